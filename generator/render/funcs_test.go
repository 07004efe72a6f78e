package render

import (
	"testing"

	"github.com/concord-archive/concord/generator/config"
	"github.com/concord-archive/concord/generator/content"
	"github.com/concord-archive/concord/generator/site"
)

func TestFormatDate(t *testing.T) {
	cfg := &config.Config{Languages: []config.Language{
		{Code: "en", DateFormat: "2 January 2006"},
		{Code: "fr", DateFormat: "Monday 2 January 2006"},
	}}
	fr := wordTable{
		months: []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		days:   []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	}
	r := &Renderer{site: &site.Site{Config: cfg}, theme: &Theme{i18n: map[string]wordTable{"fr": fr}}}
	tests := []struct {
		d    content.Date
		lang string
		want string
	}{
		{content.Date{Year: 2017, Month: 11, Day: 16}, "en", "16 November 2017"},
		{content.Date{Year: 2017, Month: 11, Day: 16}, "fr", "jeudi 16 novembre 2017"},
		{content.Date{Year: 2016, Month: 6}, "fr", "juin 2016"},
		{content.Date{Year: 2016, Month: 6}, "en", "June 2016"},
		{content.Date{Year: 2015}, "fr", "2015"},
		{content.Date{}, "fr", ""},
	}
	for _, tt := range tests {
		if got := r.formatDate(tt.d, tt.lang); got != tt.want {
			t.Errorf("formatDate(%v, %q) = %q; want %q", tt.d, tt.lang, got, tt.want)
		}
	}
}
