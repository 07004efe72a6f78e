package corpus

// The vocabularies below are read-only tables. Everything generated is drawn
// from them, so the archive looks like the real one: accented place names,
// French apostrophes and guillemets, typographic quotes in English.

// place is a city as each language names it. Native is the
// language-neutral form written in the place field; Slug is its ASCII form
// for folder names.
type place struct {
	Native, En, Fr       string
	CountryEn, CountryFr string
	Slug                 string
}

var places = []place{
	{"Liège", "Liège", "Liège", "Belgium", "Belgique", "liege"},
	{"Mechelen", "Mechelen", "Malines", "Belgium", "Belgique", "mechelen"},
	{"Antwerpen", "Antwerp", "Anvers", "Belgium", "Belgique", "antwerp"},
	{"Bruxelles", "Brussels", "Bruxelles", "Belgium", "Belgique", "brussels"},
	{"Düsseldorf", "Düsseldorf", "Düsseldorf", "Germany", "Allemagne", "dusseldorf"},
	{"Köln", "Cologne", "Cologne", "Germany", "Allemagne", "cologne"},
	{"München", "Munich", "Munich", "Germany", "Allemagne", "munich"},
	{"Nürnberg", "Nuremberg", "Nuremberg", "Germany", "Allemagne", "nuremberg"},
	{"Genève", "Geneva", "Genève", "Switzerland", "Suisse", "geneva"},
	{"Zürich", "Zurich", "Zurich", "Switzerland", "Suisse", "zurich"},
	{"Montréal", "Montreal", "Montréal", "Canada", "Canada", "montreal"},
	{"Québec", "Quebec City", "Québec", "Canada", "Canada", "quebec"},
	{"Trois-Rivières", "Trois-Rivières", "Trois-Rivières", "Canada", "Canada", "trois-rivieres"},
	{"Lyon", "Lyon", "Lyon", "France", "France", "lyon"},
	{"Besançon", "Besançon", "Besançon", "France", "France", "besancon"},
	{"Nîmes", "Nîmes", "Nîmes", "France", "France", "nimes"},
	{"Orléans", "Orléans", "Orléans", "France", "France", "orleans"},
	{"Saint-Étienne", "Saint-Étienne", "Saint-Étienne", "France", "France", "saint-etienne"},
	{"Kraków", "Kraków", "Cracovie", "Poland", "Pologne", "krakow"},
	{"Gdańsk", "Gdańsk", "Gdańsk", "Poland", "Pologne", "gdansk"},
	{"Łódź", "Łódź", "Łódź", "Poland", "Pologne", "lodz"},
	{"Malmö", "Malmö", "Malmö", "Sweden", "Suède", "malmo"},
	{"Göteborg", "Gothenburg", "Göteborg", "Sweden", "Suède", "gothenburg"},
	{"Tromsø", "Tromsø", "Tromsø", "Norway", "Norvège", "tromso"},
	{"Aarhus", "Aarhus", "Aarhus", "Denmark", "Danemark", "aarhus"},
	{"Reykjavík", "Reykjavík", "Reykjavik", "Iceland", "Islande", "reykjavik"},
	{"Lisboa", "Lisbon", "Lisbonne", "Portugal", "Portugal", "lisbon"},
	{"Sevilla", "Seville", "Séville", "Spain", "Espagne", "seville"},
	{"Málaga", "Málaga", "Malaga", "Spain", "Espagne", "malaga"},
	{"Córdoba", "Córdoba", "Cordoue", "Spain", "Espagne", "cordoba"},
	{"Genova", "Genoa", "Gênes", "Italy", "Italie", "genoa"},
	{"Venezia", "Venice", "Venise", "Italy", "Italie", "venice"},
	{"Thessaloníki", "Thessaloniki", "Thessalonique", "Greece", "Grèce", "thessaloniki"},
	{"Athína", "Athens", "Athènes", "Greece", "Grèce", "athens"},
	{"İstanbul", "Istanbul", "Istanbul", "Türkiye", "Turquie", "istanbul"},
	{"Tunis", "Tunis", "Tunis", "Tunisia", "Tunisie", "tunis"},
	{"Beirut", "Beirut", "Beyrouth", "Lebanon", "Liban", "beirut"},
	{"Dakar", "Dakar", "Dakar", "Senegal", "Sénégal", "dakar"},
	{"Yaoundé", "Yaoundé", "Yaoundé", "Cameroon", "Cameroun", "yaounde"},
	{"Lomé", "Lomé", "Lomé", "Togo", "Togo", "lome"},
	{"Ouagadougou", "Ouagadougou", "Ouagadougou", "Burkina Faso", "Burkina Faso", "ouagadougou"},
	{"Bogotá", "Bogotá", "Bogota", "Colombia", "Colombie", "bogota"},
	{"Medellín", "Medellín", "Medellín", "Colombia", "Colombie", "medellin"},
	{"São Paulo", "São Paulo", "São Paulo", "Brazil", "Brésil", "sao-paulo"},
	{"Asunción", "Asunción", "Asuncion", "Paraguay", "Paraguay", "asuncion"},
}

// tags is the tag vocabulary (slugs, as content.ValidSlug wants them).
var tags = []string{
	"migration", "refugees", "asylum", "integration", "inclusion",
	"living-together", "social-cohesion", "diversity", "human-rights", "housing",
	"employment", "education", "health", "language-learning", "citizenship",
	"participation", "local-governance", "multilevel-governance", "global-compact", "new-urban-agenda",
	"sustainable-development", "climate", "resilience", "security", "public-space",
	"culture", "interfaith-dialogue", "youth", "women", "children",
	"anti-discrimination", "racism", "mobility", "labour-market", "data",
	"urban-planning", "solidarity", "reception", "unaccompanied-minors", "mediterranean",
}

// pair is one phrase in both languages.
type pair struct{ En, Fr string }

// topics are what declarations, events and news are about.
var topics = []pair{
	{"Cities and Migration", "les villes et les migrations"},
	{"Living Together", "le vivre ensemble"},
	{"Inclusive Housing", "le logement inclusif"},
	{"the Reception of Refugees", "l’accueil des réfugiés"},
	{"Social Cohesion", "la cohésion sociale"},
	{"the Education of Migrant Children", "l’éducation des enfants migrants"},
	{"Local Democracy and Participation", "la démocratie locale et la participation"},
	{"Urban Resilience", "la résilience urbaine"},
	{"Decent Work for Newcomers", "le travail décent pour les nouveaux arrivants"},
	{"Health Care for All Residents", "l’accès aux soins pour tous les habitants"},
	{"Fighting Discrimination", "la lutte contre les discriminations"},
	{"Safe and Inclusive Public Spaces", "des espaces publics sûrs et inclusifs"},
	{"Intercultural Dialogue", "le dialogue interculturel"},
	{"Climate and Human Mobility", "le climat et la mobilité humaine"},
	{"Solidarity between Cities", "la solidarité entre les villes"},
	{"Unaccompanied Minors", "les mineurs non accompagnés"},
}

// forms name the kind of text a declaration is.
var forms = []pair{
	{"Declaration", "Déclaration"},
	{"Charter", "Charte"},
	{"Commitment", "Engagement"},
	{"Call to Action", "Appel à l’action"},
}

// eventKinds name events; the third column is the slug prefix.
var eventKinds = []struct{ En, Fr, Slug string }{
	{"Global Conference on", "Conférence mondiale sur", "conference"},
	{"Mayors Summit on", "Sommet des maires sur", "summit"},
	{"Regional Forum on", "Forum régional sur", "forum"},
	{"General Assembly on", "Assemblée générale sur", "assembly"},
	{"Expert Meeting on", "Réunion d’experts sur", "meeting"},
}

// organizations are language-neutral names, as organizers are written once.
var organizations = []string{
	"UCLG", "IOM", "UN-Habitat", "UNHCR", "Eurocities", "AIMF", "Metropolis",
	"ICLEI", "Council of Europe", "Observatoire international des maires sur le vivre ensemble",
	"Mayors Migration Council", "Cities Alliance", "Intercultural Cities", "MC2CM",
}

var firstNames = []string{
	"Anne", "Jürgen", "Zoë", "Hélène", "José", "Søren", "Ahmed", "Fatou", "Björn", "Inès",
	"Łukasz", "Małgorzata", "François", "Noémie", "Raphaël", "Chloé", "Ayşe", "João", "Mónica", "Kwame",
}

var lastNames = []string{
	"Lefèvre", "Müller", "Öztürk", "Ndiaye", "García", "Nováková", "Dubois", "Østergaard",
	"Kowalski", "Rossi", "Martínez", "Benali", "Şahin", "Thériault", "Gonçalves", "Dembélé",
}

// references are instruments outside the archive, titled in each language.
var references = []struct{ En, Fr, URL string }{
	{"New York Declaration for Refugees and Migrants", "Déclaration de New York pour les réfugiés et les migrants", "https://www.un.org/en/development/desa/population/migration/generalassembly/docs/globalcompact/A_RES_71_1.pdf"},
	{"New Urban Agenda", "Nouveau Programme pour les villes", "https://habitat3.org/the-new-urban-agenda/"},
	{"2030 Agenda for Sustainable Development", "Programme de développement durable à l’horizon 2030", "https://sdgs.un.org/2030agenda"},
	{"Global Compact for Safe, Orderly and Regular Migration", "Pacte mondial pour des migrations sûres, ordonnées et régulières", "https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/73/195"},
	{"European Charter for the Safeguarding of Human Rights in the City", "Charte européenne des droits de l’homme dans la ville", "https://www.uclg-cisdp.org/en/right-to-the-city/european-charter"},
	{"Global Compact on Refugees", "Pacte mondial sur les réfugiés", "https://www.unhcr.org/the-global-compact-on-refugees.html"},
}

// lexicon is the sentence material of one language. A sentence is an
// opener that takes an infinitive, a verb, a noun phrase and zero or more
// connector + noun phrase pairs. The shape avoids agreement, so random
// draws still read grammatically.
type lexicon struct {
	openers    []string
	verbs      []string
	nouns      []string
	connectors []string
	semicolon  string // how a numbered paragraph ends when it is not the last
	seeAlso    []string
	paragraph  string // "paragraph", in link labels
}

var english = lexicon{
	openers: []string{
		"We will", "We undertake to", "We call on States to", "We ask national governments to",
		"Cities must", "It is essential to", "We resolve to", "We invite our partners to",
		"We agree to", "Recognizing the need to", "Stressing that it is important to",
		"Recalling the commitment to", "Local authorities should", "We encourage our residents to",
		"Mayors are ready to", "Regional governments are invited to",
	},
	verbs: []string{
		"strengthen", "support", "guarantee", "promote", "improve", "protect", "accompany",
		"recognize", "assess", "develop", "facilitate", "consolidate", "measure", "encourage",
		"fund", "document", "monitor", "coordinate",
	},
	nouns: []string{
		"local authorities", "the reception of refugees", "social cohesion", "affordable housing",
		"shared governance", "the rights of all residents", "access to public services",
		"the participation of migrants", "language courses for newcomers", "decent work",
		"the recognition of qualifications", "intercultural dialogue", "safe public spaces",
		"the fight against discrimination", "the protection of unaccompanied minors",
		"multilevel cooperation", "the “New Urban Agenda”", "the Global Compact for Migration",
		"the “2030 Agenda”", "reliable local data", "the role of civil society",
		"community organisations", "neighbourhood associations", "the voice of young people",
		"equal access to health care", "inclusive schools", "the resilience of our cities",
		"the welcome of newcomers", "durable solutions", "the exchange of good practices",
		"city-to-city networks", "adequate funding", "national governments", "regional authorities",
		"the dignity of every person", "a positive narrative on migration", "human mobility",
		"the needs of host communities", "a sense of belonging", "public trust", "vulnerable groups",
		"women and girls", "social housing", "early childhood education", "the labour market",
		"municipal services", "our residents’ well-being", "cultural life", "mediation services",
		"the cities’ own experience", "local action plans", "anti-racism campaigns",
	},
	connectors: []string{
		"and", "as well as", "with", "for", "through", "in", "together with",
		"while supporting", "by strengthening", "without neglecting", "in particular",
	},
	semicolon: ";",
	seeAlso:   []string{"See also", "See", "Compare"},
	paragraph: "paragraph",
}

var french = lexicon{
	openers: []string{
		"Nous nous engageons à", "Il convient de", "Nous appelons les États à",
		"Nous demandons aux gouvernements nationaux de", "Les villes doivent", "Il est essentiel de",
		"Nous décidons de", "Nous invitons nos partenaires à", "Nous convenons de",
		"Reconnaissant la nécessité de", "Soulignant qu’il importe de", "Rappelant l’engagement à",
		"Les autorités locales devraient", "Nous encourageons nos habitants à",
		"Les maires sont prêts à", "Les gouvernements régionaux sont invités à",
	},
	verbs: []string{
		"renforcer", "soutenir", "garantir", "promouvoir", "améliorer", "protéger", "accompagner",
		"reconnaître", "évaluer", "développer", "faciliter", "consolider", "mesurer", "encourager",
		"financer", "documenter", "suivre", "coordonner",
	},
	nouns: []string{
		"les autorités locales", "l’accueil des réfugiés", "la cohésion sociale", "le logement abordable",
		"la gouvernance partagée", "les droits de tous les habitants", "l’accès aux services publics",
		"la participation des migrants", "les cours de langue pour les nouveaux arrivants", "le travail décent",
		"la reconnaissance des qualifications", "le dialogue interculturel", "des espaces publics sûrs",
		"la lutte contre les discriminations", "la protection des mineurs non accompagnés",
		"la coopération à plusieurs niveaux", "le « Nouveau Programme pour les villes »",
		"le Pacte mondial sur les migrations", "le « Programme 2030 »", "des données locales fiables",
		"le rôle de la société civile", "les organisations communautaires", "les associations de quartier",
		"la voix des jeunes", "l’égalité d’accès aux soins", "une école inclusive", "la résilience de nos villes",
		"l’intégration des nouveaux arrivants", "des solutions durables", "l’échange de bonnes pratiques",
		"les réseaux de villes", "un financement adéquat", "les gouvernements nationaux", "les autorités régionales",
		"la dignité de chaque personne", "un discours positif sur les migrations", "la mobilité humaine",
		"les besoins des communautés d’accueil", "le sentiment d’appartenance", "la confiance du public",
		"les groupes vulnérables", "les femmes et les filles", "le logement social", "l’éducation de la petite enfance",
		"le marché du travail", "les services municipaux", "le bien-être de nos habitants", "la vie culturelle",
		"les services de médiation", "l’expérience propre des villes", "les plans d’action locaux",
		"les campagnes contre le racisme",
	},
	connectors: []string{
		"et", "ainsi que", "avec", "pour", "par", "dans", "comme",
		"tout en soutenant", "en renforçant", "sans négliger", "notamment",
	},
	semicolon: " ;",
	seeAlso:   []string{"Voir aussi :", "Voir :", "Voir en ce sens :"},
	paragraph: "paragraphe",
}
