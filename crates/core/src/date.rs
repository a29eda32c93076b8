//! Calendar values as editors write them in the bundle: `"2013-08-04"`,
//! `"08-04"`, `"+03:00"`. Parsing rejects dates that do not exist, with a
//! message that says why.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use time::{Date, Month, UtcOffset};

/// The years a bundle may name, in its dates and its campaign's years. A
/// year outside them is a typo (`20012`, `0202`), and arithmetic on extreme
/// years would overflow the countdown; the site, the widget and the
/// editors' tool all read years through [`check_year`].
pub const YEARS: std::ops::RangeInclusive<i32> = FIRST_YEAR..=LAST_YEAR;
/// The first of [`YEARS`].
pub const FIRST_YEAR: i32 = 1900;
/// The last of [`YEARS`].
pub const LAST_YEAR: i32 = 2200;

/// `Ok` for a year in [`YEARS`], else the message editors read.
pub fn check_year(year: i32) -> Result<i32, String> {
    if YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(format!(
            "{year} is not a year this site can use: years run from {} to {}",
            YEARS.start(),
            YEARS.end()
        ))
    }
}

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub Date);

/// A month and day that recur every year, written `MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthDay {
    pub month: Month,
    pub day: u8,
}

/// A fixed offset from UTC, written `+HH:MM` or `-HH:MM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offset(pub UtcOffset);

fn two_digits(s: &str) -> Option<u8> {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

fn month_from_number(n: u8) -> Result<Month, String> {
    Month::try_from(n).map_err(|_| format!("there is no month {n}; months run from 01 to 12"))
}

fn days_in(month: Month, year: Option<i32>) -> u8 {
    match year {
        Some(y) => time::util::days_in_month(month, y),
        // A recurring day may be 29 February: it exists in leap years.
        None => time::util::days_in_month(month, 2000),
    }
}

fn check_day_of_month(month: Month, day: u8, year: Option<i32>) -> Result<(), String> {
    let last = days_in(month, year);
    if day == 0 || day > last {
        let when = match year {
            Some(y) => format!("{month} {y}"),
            None => month.to_string(),
        };
        return Err(format!("{when} has no day {day}; it has {last} days"));
    }
    Ok(())
}

impl Day {
    pub fn parse(s: &str) -> Result<Day, String> {
        let shape = || format!("\"{s}\" is not a date; write it as YYYY-MM-DD, e.g. 2013-08-04");
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(shape());
        };
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return Err(shape());
        }
        let year: i32 = y.parse().map_err(|_| shape())?;
        check_year(year).map_err(|why| format!("\"{s}\": {why}"))?;
        let month = month_from_number(two_digits(m).ok_or_else(shape)?)?;
        let day = two_digits(d).ok_or_else(shape)?;
        check_day_of_month(month, day, Some(year))?;
        Date::from_calendar_date(year, month, day)
            .map(Day)
            .map_err(|e| e.to_string())
    }

    pub fn year(&self) -> i32 {
        self.0.year()
    }

    /// The date at `unix_seconds` in a place whose clocks are at `offset`.
    pub fn at_instant(unix_seconds: i64, offset: Offset) -> Option<Day> {
        let instant = time::OffsetDateTime::from_unix_timestamp(unix_seconds).ok()?;
        Some(Day(instant.to_offset(offset.0).date()))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}",
            d.year(),
            u8::from(d.month()),
            d.day()
        )
    }
}

impl MonthDay {
    pub fn parse(s: &str) -> Result<MonthDay, String> {
        let shape = || format!("\"{s}\" is not a day of the year; write it as MM-DD, e.g. 08-04");
        let (m, d) = s.split_once('-').ok_or_else(shape)?;
        let month = month_from_number(two_digits(m).ok_or_else(shape)?)?;
        let day = two_digits(d).ok_or_else(shape)?;
        check_day_of_month(month, day, None)?;
        Ok(MonthDay { month, day })
    }

    /// This month-day in `year`, or `None` for 29 February in a common year.
    pub fn in_year(&self, year: i32) -> Option<Date> {
        Date::from_calendar_date(year, self.month, self.day).ok()
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", u8::from(self.month), self.day)
    }
}

impl Offset {
    pub const UTC: Offset = Offset(UtcOffset::UTC);

    pub fn parse(s: &str) -> Result<Offset, String> {
        let shape =
            || format!("\"{s}\" is not a UTC offset; write it as +HH:MM or -HH:MM, e.g. +03:00");
        // `strip_prefix`, not `&s[1..]`: no slicing panic path, whose
        // message formatting would add kilobytes to the widget's wasm.
        let (sign, rest) = if let Some(rest) = s.strip_prefix('+') {
            (1i8, rest)
        } else if let Some(rest) = s.strip_prefix('-') {
            (-1i8, rest)
        } else {
            return Err(shape());
        };
        let (h, m) = rest.split_once(':').ok_or_else(shape)?;
        let hours = two_digits(h).ok_or_else(shape)?;
        let minutes = two_digits(m).ok_or_else(shape)?;
        // Real offsets run from -12:00 to +14:00.
        if minutes >= 60 || hours > 14 || (hours == 14 && minutes > 0) || (sign < 0 && hours > 12) {
            return Err(format!(
                "\"{s}\" is outside the real range of offsets, -12:00 to +14:00"
            ));
        }
        UtcOffset::from_hms(sign * hours as i8, sign * minutes as i8, 0)
            .map(Offset)
            .map_err(|e| e.to_string())
    }
}

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, _) = self.0.as_hms();
        let sign = if self.0.is_negative() { '-' } else { '+' };
        write!(f, "{sign}{:02}:{:02}", h.unsigned_abs(), m.unsigned_abs())
    }
}

macro_rules! string_serde {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                <$t>::parse(&s).map_err(de::Error::custom)
            }
        }
    };
}
string_serde!(Day);
string_serde!(MonthDay);
string_serde!(Offset);

#[cfg(feature = "schema")]
macro_rules! string_schema {
    ($t:ty, $name:literal, $pattern:literal, $description:literal) => {
        impl schemars::JsonSchema for $t {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": $pattern,
                    "description": $description
                })
            }
        }
    };
}
#[cfg(feature = "schema")]
string_schema!(
    Day,
    "Date",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    "A date that exists, YYYY-MM-DD, e.g. 2013-08-04."
);
#[cfg(feature = "schema")]
string_schema!(
    MonthDay,
    "MonthDay",
    "^[0-9]{2}-[0-9]{2}$",
    "A day of every year, MM-DD, e.g. 08-04."
);
#[cfg(feature = "schema")]
string_schema!(
    Offset,
    "UtcOffset",
    "^[+-][0-9]{2}:[0-9]{2}$",
    "An offset from UTC between -12:00 and +14:00, e.g. +03:00."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates() {
        assert_eq!(Day::parse("2013-08-04").unwrap().to_string(), "2013-08-04");
        assert_eq!(Day::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
    }

    #[test]
    fn rejects_impossible_dates_with_a_reason() {
        assert_eq!(
            Day::parse("2013-02-30").unwrap_err(),
            "February 2013 has no day 30; it has 28 days"
        );
        assert_eq!(
            Day::parse("2023-02-29").unwrap_err(),
            "February 2023 has no day 29; it has 28 days"
        );
        assert!(Day::parse("2013-13-01")
            .unwrap_err()
            .contains("no month 13"));
        for bad in [
            "2013-8-4",
            "04.08.2013",
            "",
            "2013-08-04T00:00",
            "13-08-04",
            "２０１３-08-04",
        ] {
            assert!(Day::parse(bad).unwrap_err().contains("YYYY-MM-DD"), "{bad}");
        }
    }

    #[test]
    fn month_days_allow_leap_day() {
        let leap = MonthDay::parse("02-29").unwrap();
        assert!(leap.in_year(2027).is_none());
        assert!(leap.in_year(2028).is_some());
        assert!(MonthDay::parse("02-30").is_err());
        assert_eq!(MonthDay::parse("08-04").unwrap().to_string(), "08-04");
    }

    #[test]
    fn offsets_round_trip_and_stay_in_range() {
        for s in ["+03:00", "-10:00", "+14:00", "-12:00", "+05:45", "+00:00"] {
            assert_eq!(Offset::parse(s).unwrap().to_string(), s);
        }
        for bad in [
            "03:00", "+3:00", "+15:00", "-13:00", "+03:60", "+14:30", "UTC+3",
        ] {
            assert!(Offset::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_date_depends_on_the_offset() {
        // 2026-11-23 22:30 UTC is already the 24th in Minsk.
        let instant = 1_795_392_000 + 22 * 3600 + 1800;
        assert_eq!(
            Day::at_instant(instant, Offset::parse("+00:00").unwrap())
                .unwrap()
                .to_string(),
            "2026-11-23"
        );
        assert_eq!(
            Day::at_instant(instant, Offset::parse("+03:00").unwrap())
                .unwrap()
                .to_string(),
            "2026-11-24"
        );
    }
}
