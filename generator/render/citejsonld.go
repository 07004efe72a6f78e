package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"html/template"

	"github.com/concord-archive/concord/generator/site"
)

// ldNode is a schema.org node in JSON-LD. One struct serves every type the
// archive describes; empty fields are left out, and the struct's field
// order makes the output the same on every build.
type ldNode struct {
	Context string `json:"@context,omitempty"`
	Type    string `json:"@type"`
	ID      string `json:"@id,omitempty"`
	URL     string `json:"url,omitempty"`
	Name    string `json:"name,omitempty"`
	// Headline is a news article's title.
	Headline    string `json:"headline,omitempty"`
	Description string `json:"description,omitempty"`
	InLanguage  string `json:"inLanguage,omitempty"`
	Address     string `json:"address,omitempty"`

	// A declaration: a schema.org Legislation ("a legal document such as
	// an act, decree, bill, etc. (enforceable or not)").
	LegislationType     string    `json:"legislationType,omitempty"`
	LegislationDate     string    `json:"legislationDate,omitempty"`
	DatePublished       string    `json:"datePublished,omitempty"`
	LocationCreated     *ldNode   `json:"locationCreated,omitempty"`
	LegislationPassedBy []*ldNode `json:"legislationPassedBy,omitempty"`
	Author              []*ldNode `json:"author,omitempty"`
	// RecordedAt is the event the declaration was adopted at: schema.org
	// has no closer CreativeWork-to-Event link (about and isPartOf would
	// say something else).
	RecordedAt        *ldNode   `json:"recordedAt,omitempty"`
	About             *ldNode   `json:"about,omitempty"`
	Publisher         *ldNode   `json:"publisher,omitempty"`
	Translator        *ldNode   `json:"translator,omitempty"`
	TranslationOfWork *ldNode   `json:"translationOfWork,omitempty"`
	WorkTranslation   []*ldNode `json:"workTranslation,omitempty"`
	Citation          []*ldNode `json:"citation,omitempty"`
	Encoding          []*ldNode `json:"encoding,omitempty"`
	Keywords          []string  `json:"keywords,omitempty"`
	ContentURL        string    `json:"contentUrl,omitempty"`
	EncodingFormat    string    `json:"encodingFormat,omitempty"`

	// An event.
	StartDate           string    `json:"startDate,omitempty"`
	EndDate             string    `json:"endDate,omitempty"`
	Location            *ldNode   `json:"location,omitempty"`
	Organizer           []*ldNode `json:"organizer,omitempty"`
	EventAttendanceMode string    `json:"eventAttendanceMode,omitempty"`
	EventStatus         string    `json:"eventStatus,omitempty"`
	WorkFeatured        []*ldNode `json:"workFeatured,omitempty"`
}

// jsonLD describes a document page in lang as schema.org JSON-LD, ready to
// sit inside <script type="application/ld+json">. json.Marshal escapes <,
// > and & (and U+2028, U+2029), so no value can close the script element.
func (r *Renderer) jsonLD(d *site.Document, lang string) (template.JS, error) {
	var n *ldNode
	switch d.Key.Section {
	case "declarations":
		n = r.ldDeclaration(d, lang)
	case "events":
		n = r.ldEvent(d, lang)
	case "news":
		n = r.ldNews(d, lang)
	default:
		return "", nil
	}
	n.Context = "https://schema.org"
	data, err := json.Marshal(n)
	if err != nil {
		return "", err
	}
	if bytes.Contains(data, []byte("</")) { // json.Marshal never leaves one; say so if it ever did
		return "", errUnsafeJSON
	}
	return template.JS(data), nil
}

var errUnsafeJSON = errors.New(`JSON-LD holds "</", which would end its script element`)

func (r *Renderer) ldDeclaration(d *site.Document, lang string) *ldNode {
	w := r.work(d, lang)
	f := d.In(lang)
	n := &ldNode{Type: "Legislation", ID: w.URL, URL: w.URL, Name: w.Title, Description: w.Summary,
		InLanguage: lang, LegislationType: r.word(lang, "section_declarations"),
		LegislationDate: d.Meta.Date.String(), DatePublished: d.Meta.Date.String(),
		Publisher: r.ldArchive(lang), Keywords: d.Meta.Tags}
	if d.Meta.Place != "" {
		n.LocationCreated = &ldNode{Type: "Place", Name: d.Meta.Place}
	}
	for _, s := range d.Meta.Signatories {
		n.LegislationPassedBy = append(n.LegislationPassedBy, &ldNode{Type: "Organization", Name: s})
	}
	n.Author = n.LegislationPassedBy
	if d.Event != nil {
		n.RecordedAt = r.ldRef("Event", d.Event, lang)
	}
	if f == d.Orig {
		for _, code := range r.site.Config.Codes() {
			if t := d.In(code); t != nil && t != d.Orig {
				n.WorkTranslation = append(n.WorkTranslation, r.ldRef("Legislation", d, code))
			}
		}
	} else {
		n.TranslationOfWork = r.ldRef("Legislation", d, d.Orig.Lang)
		if f.Meta.Translation == "unofficial" { // made for the archive
			n.Translator = r.ldArchive(lang)
		}
	}
	for _, c := range d.Cites {
		ref := r.ldRef("CreativeWork", c.To, lang)
		if c.Anchor != "" {
			ref.ID += "#" + c.Anchor
			ref.URL = ref.ID
		}
		n.Citation = append(n.Citation, ref)
	}
	for _, ref := range f.Meta.References {
		n.Citation = append(n.Citation, &ldNode{Type: "CreativeWork", Name: ref.Title, URL: ref.URL})
	}
	if w.PDF != "" {
		n.Encoding = []*ldNode{{Type: "MediaObject", ContentURL: w.PDF, EncodingFormat: "application/pdf"}}
	}
	return n
}

func (r *Renderer) ldEvent(d *site.Document, lang string) *ldNode {
	f := d.In(lang)
	url := r.AbsURL(DocPath(lang, d.Key))
	n := &ldNode{Type: "Event", ID: url, URL: url, Name: f.Meta.Title, Description: f.Meta.Summary,
		InLanguage: lang, StartDate: d.Meta.Date.String(), EndDate: d.Meta.End.String(),
		// The archive's events took place in person, as planned.
		EventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
		EventStatus:         "https://schema.org/EventScheduled"}
	if d.Meta.Place != "" {
		n.Location = &ldNode{Type: "Place", Name: d.Meta.Place, Address: d.Meta.Place}
	}
	for _, o := range d.Meta.Organizers {
		n.Organizer = append(n.Organizer, &ldNode{Type: "Organization", Name: o})
	}
	for _, e := range d.Timeline {
		if e.Doc != nil && e.Doc.Key.Section == "declarations" && e.Doc.Event == d {
			n.WorkFeatured = append(n.WorkFeatured, r.ldRef("Legislation", e.Doc, lang))
		}
	}
	return n
}

func (r *Renderer) ldNews(d *site.Document, lang string) *ldNode {
	f := d.In(lang)
	url := r.AbsURL(DocPath(lang, d.Key))
	n := &ldNode{Type: "NewsArticle", ID: url, URL: url, Headline: f.Meta.Title, Description: f.Meta.Summary,
		InLanguage: lang, DatePublished: d.Meta.Date.String(), Publisher: r.ldArchive(lang), Keywords: d.Meta.Tags}
	n.Author = []*ldNode{r.ldArchive(lang)}
	if d.Event != nil {
		n.About = r.ldRef("Event", d.Event, lang)
	}
	return n
}

// ldRef points at another document's page in lang, or in its original
// when it has no such translation.
func (r *Renderer) ldRef(typ string, d *site.Document, lang string) *ldNode {
	if d.In(lang) == nil {
		lang = d.Orig.Lang
	}
	url := r.AbsURL(DocPath(lang, d.Key))
	return &ldNode{Type: typ, ID: url, URL: url, Name: d.Title(lang), InLanguage: lang}
}

// ldArchive is the archive itself, as publisher (and translator of its
// unofficial translations).
func (r *Renderer) ldArchive(lang string) *ldNode {
	n := &ldNode{Type: "Organization", URL: r.AbsURL(lang + "/")}
	if l, ok := r.site.Config.Lang(lang); ok {
		n.Name = l.Title
	}
	return n
}
