package content

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Date is a calendar date as editors write it: a full TOML date
// (2017-11-17), or, where only the month or the year is known, the quoted
// strings "2016-06" or "2016". Timelines show only the part that is known.
type Date struct {
	Year  int
	Month int // 0 when only the year is known
	Day   int // 0 when only the month is known
}

// IsZero reports whether the date was not set.
func (d Date) IsZero() bool { return d.Year == 0 }

// Before orders dates; an unknown day or month sorts first in its period.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// Compare returns -1, 0 or +1.
func (d Date) Compare(o Date) int {
	for _, p := range [][2]int{{d.Year, o.Year}, {d.Month, o.Month}, {d.Day, o.Day}} {
		if p[0] != p[1] {
			if p[0] < p[1] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// String gives the ISO form: 2017-11-17, 2016-06 or 2016.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Time is the date at midnight UTC; an unknown month or day counts as the first.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

var partialDate = regexp.MustCompile(`^(\d{4})(?:-(\d{2}))?$`)

// UnmarshalTOML accepts a TOML date, or a "YYYY-MM" / "YYYY" string.
func (d *Date) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case time.Time:
		if v.Hour() != 0 || v.Minute() != 0 || v.Second() != 0 || v.Nanosecond() != 0 {
			return fmt.Errorf("a date has no time of day; write it as %s", v.Format("2006-01-02"))
		}
		*d = Date{Year: v.Year(), Month: int(v.Month()), Day: v.Day()}
		return nil
	case string:
		m := partialDate.FindStringSubmatch(v)
		if m == nil {
			return fmt.Errorf("%q is not a date; write 2017-11-17 without quotes, or \"2016-06\" when only the month is known", v)
		}
		year, _ := strconv.Atoi(m[1])
		month := 0
		if m[2] != "" {
			month, _ = strconv.Atoi(m[2])
			if month < 1 || month > 12 {
				return fmt.Errorf("%q has no month %d", v, month)
			}
		}
		*d = Date{Year: year, Month: month}
		return nil
	}
	return fmt.Errorf("a date must be written like 2017-11-17, not %T", v)
}
