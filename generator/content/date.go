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
	// Bad says what is wrong with a value that is not a date, such as
	// "\"17 November 2017\" is not a date"; the Date is otherwise zero.
	// Decoding does not fail on it, so the file's other fields are still
	// read and checkMeta reports it at its key's line.
	Bad string
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

// UnmarshalTOML accepts a TOML date, or a "YYYY-MM" / "YYYY" string. Any
// other value is kept as Bad, never returned as an error: BurntSushi/toml
// would turn the error into a syntax error, hiding which key it was and
// that the TOML itself is fine.
func (d *Date) UnmarshalTOML(v any) error {
	*d = parseDate(v)
	return nil
}

func parseDate(v any) Date {
	switch v := v.(type) {
	case time.Time:
		if v.Hour() != 0 || v.Minute() != 0 || v.Second() != 0 || v.Nanosecond() != 0 {
			return Date{Bad: v.Format(time.RFC3339) + " has a time of day"}
		}
		return Date{Year: v.Year(), Month: int(v.Month()), Day: v.Day()}
	case string:
		m := partialDate.FindStringSubmatch(v)
		if m == nil {
			return Date{Bad: fmt.Sprintf("%q is not a date", v)}
		}
		year, _ := strconv.Atoi(m[1])
		month := 0
		if m[2] != "" {
			month, _ = strconv.Atoi(m[2])
			if month < 1 || month > 12 {
				return Date{Bad: fmt.Sprintf("%q has no month %d", v, month)}
			}
		}
		return Date{Year: year, Month: month}
	case int64:
		return Date{Bad: fmt.Sprintf("%d is a number, not a date", v)}
	}
	return Date{Bad: fmt.Sprintf("%v is not a date", v)}
}

// dateHint says how to write a date, for every Bad one.
const dateHint = `write dates as 2017-11-17, without quotes, or as "2016-06" or "2016" when only the month or the year is known`
