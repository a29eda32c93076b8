//! Time left until the next Day, from a UTC instant.
//!
//! The visitor's own time zone never enters: the browser supplies seconds since
//! the Unix epoch, and the Day begins at midnight in the campaign's time zone.

use crate::bundle::Campaign;
use time::{Date, OffsetDateTime, PrimitiveDateTime, Time};

/// What the countdown shows at one instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Countdown {
    /// The Day of `year` is still ahead.
    Until {
        /// The year of the coming Day.
        year: i32,
        /// Midnight that starts it, as seconds since the Unix epoch.
        starts_at: i64,
        days: i64,
        hours: u8,
        minutes: u8,
        seconds: u8,
    },
    /// It is the Day of `year` in the campaign's time zone.
    Today { year: i32 },
}

impl Countdown {
    /// The year of the Day being counted down to, or being held today.
    pub fn year(&self) -> i32 {
        match *self {
            Countdown::Until { year, .. } | Countdown::Today { year } => year,
        }
    }
}

/// The countdown at `now` (seconds since the Unix epoch) for `campaign`.
///
/// Returns `None` only for instants outside the calendar the `time` crate
/// handles (years ±9999), which no clock reports.
pub fn countdown_at(now: i64, campaign: &Campaign) -> Option<Countdown> {
    let offset = campaign.utc_offset.0;
    let local = OffsetDateTime::from_unix_timestamp(now)
        .ok()?
        .to_offset(offset);
    let today = local.date();
    let day = campaign.day;
    if day.in_year(today.year()) == Some(today) {
        return Some(Countdown::Today { year: today.year() });
    }
    // The next occurrence strictly after today; a 29 February Day may skip
    // up to seven years (1896 → 1904), so look a little further than one.
    let (year, date): (i32, Date) = (today.year()..=today.year() + 8)
        .filter_map(|y| day.in_year(y).map(|d| (y, d)))
        .find(|(_, d)| *d > today)?;
    let starts_at = PrimitiveDateTime::new(date, Time::MIDNIGHT)
        .assume_offset(offset)
        .unix_timestamp();
    let left = starts_at - now;
    Some(Countdown::Until {
        year,
        starts_at,
        days: left / 86_400,
        hours: (left % 86_400 / 3_600) as u8,
        minutes: (left % 3_600 / 60) as u8,
        seconds: (left % 60) as u8,
    })
}

/// Which Day this is: the Day of the first year is the 1st.
pub fn day_ordinal(campaign: &Campaign, year: i32) -> i32 {
    year - campaign.first_year + 1
}

/// Which anniversary of the arrest falls on the Day of `year`.
pub fn anniversary(campaign: &Campaign, year: i32) -> i32 {
    year - campaign.arrest_year
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{MonthDay, Offset};

    fn campaign(offset: &str, day: &str) -> Campaign {
        Campaign {
            title: "International Day of Solidarity with civil society of Belarus".into(),
            short_title: "Solidarity Day".into(),
            site_url: "https://solidarity.example".into(),
            day: MonthDay::parse(day).unwrap(),
            time_zone: "Europe/Minsk".into(),
            utc_offset: Offset::parse(offset).unwrap(),
            first_year: 2012,
            arrest_year: 2011,
            honoree: "Ales Bialiatski".into(),
            contact: None,
            translations: Default::default(),
        }
    }

    fn minsk() -> Campaign {
        campaign("+03:00", "08-04")
    }

    /// Seconds since the epoch of an RFC 3339-like instant "YYYY-MM-DDTHH:MM:SS±HH:MM".
    fn at(s: &str) -> i64 {
        let (date, rest) = s.split_once('T').unwrap();
        let (clock, offset) = rest.split_at(8);
        let d = crate::date::Day::parse(date).unwrap().0;
        let h: u8 = clock[0..2].parse().unwrap();
        let m: u8 = clock[3..5].parse().unwrap();
        let sec: u8 = clock[6..8].parse().unwrap();
        let offset = if offset == "Z" { "+00:00" } else { offset };
        PrimitiveDateTime::new(d, Time::from_hms(h, m, sec).unwrap())
            .assume_offset(Offset::parse(offset).unwrap().0)
            .unix_timestamp()
    }

    fn until(days: i64, hours: u8, minutes: u8, seconds: u8, year: i32) -> (i32, i64, u8, u8, u8) {
        (year, days, hours, minutes, seconds)
    }

    fn parts(c: Countdown) -> (i32, i64, u8, u8, u8) {
        match c {
            Countdown::Until {
                year,
                days,
                hours,
                minutes,
                seconds,
                ..
            } => (year, days, hours, minutes, seconds),
            Countdown::Today { year } => panic!("expected a countdown, got the Day of {year}"),
        }
    }

    #[test]
    fn the_issue_example_253_days_21_hours() {
        let c = countdown_at(at("2026-11-23T00:00:00Z"), &minsk()).unwrap();
        assert_eq!(parts(c), until(253, 21, 0, 0, 2027));
        assert_eq!(day_ordinal(&minsk(), 2027), 16);
        assert_eq!(anniversary(&minsk(), 2027), 16);
    }

    #[test]
    fn the_instant_of_midnight_in_minsk_is_the_day() {
        // 2027-08-04 00:00 in Minsk is 2027-08-03 21:00 UTC.
        let midnight = at("2027-08-04T00:00:00+03:00");
        assert_eq!(midnight, at("2027-08-03T21:00:00Z"));
        assert_eq!(
            countdown_at(midnight, &minsk()),
            Some(Countdown::Today { year: 2027 })
        );
        let c = countdown_at(midnight - 1, &minsk()).unwrap();
        assert_eq!(parts(c), until(0, 0, 0, 1, 2027));
        if let Countdown::Until { starts_at, .. } = c {
            assert_eq!(starts_at, midnight);
        }
    }

    #[test]
    fn the_last_second_of_the_day_then_a_full_year() {
        let last = at("2027-08-04T23:59:59+03:00");
        assert_eq!(
            countdown_at(last, &minsk()),
            Some(Countdown::Today { year: 2027 })
        );
        // One second later the next Day is a whole (common) year away.
        let c = countdown_at(last + 1, &minsk()).unwrap();
        assert_eq!(parts(c), until(365, 0, 0, 0, 2028));
    }

    #[test]
    fn new_years_eve_counts_into_the_next_year() {
        let c = countdown_at(at("2026-12-31T23:59:59+03:00"), &minsk()).unwrap();
        // 1 Jan → 4 Aug 2027 is 215 days; one second short of that.
        assert_eq!(parts(c), until(215, 0, 0, 1, 2027));
        let c = countdown_at(at("2027-01-01T00:00:00+03:00"), &minsk()).unwrap();
        assert_eq!(parts(c), until(215, 0, 0, 0, 2027));
    }

    #[test]
    fn leap_years_add_a_day() {
        // 1 Jan → 4 Aug is 216 days in a leap year, 215 otherwise.
        let leap = countdown_at(at("2028-01-01T00:00:00+03:00"), &minsk()).unwrap();
        assert_eq!(parts(leap), until(216, 0, 0, 0, 2028));
        let common = countdown_at(at("2027-01-01T00:00:00+03:00"), &minsk()).unwrap();
        assert_eq!(parts(common), until(215, 0, 0, 0, 2027));
    }

    #[test]
    fn a_leap_day_celebration_waits_for_a_leap_year() {
        let c = countdown_at(
            at("2027-03-01T00:00:00+03:00"),
            &campaign("+03:00", "02-29"),
        )
        .unwrap();
        assert_eq!(c.year(), 2028);
        let (_, days, ..) = parts(c);
        assert_eq!(days, 365); // 1 Mar 2027 → 29 Feb 2028
    }

    #[test]
    fn the_visitors_time_zone_does_not_matter() {
        // The same instant read by clocks in UTC−10 (Honolulu) and UTC+14 (Kiritimati).
        let honolulu = at("2027-08-03T11:00:00-10:00");
        let kiritimati = at("2027-08-04T11:00:00+14:00");
        assert_eq!(honolulu, kiritimati);
        // For Honolulu it is still 3 August, for Kiritimati already the 4th;
        // in Minsk it is 00:00 on the 4th: the Day for everyone.
        assert_eq!(
            countdown_at(honolulu, &minsk()),
            Some(Countdown::Today { year: 2027 })
        );
        // An hour earlier in Minsk it is 23:00 on the 3rd.
        let c = countdown_at(at("2027-08-04T10:00:00+14:00"), &minsk()).unwrap();
        assert_eq!(parts(c), until(0, 1, 0, 0, 2027));
        let c = countdown_at(at("2027-08-03T10:00:00-10:00"), &minsk()).unwrap();
        assert_eq!(parts(c), until(0, 1, 0, 0, 2027));
    }

    #[test]
    fn the_campaign_offset_comes_from_the_bundle() {
        // Same instant; a campaign in UTC−10 has its midnight 13 hours later.
        let now = at("2027-08-03T20:00:00Z");
        let minsk_view = parts(countdown_at(now, &minsk()).unwrap());
        let other = parts(countdown_at(now, &campaign("-10:00", "08-04")).unwrap());
        assert_eq!(minsk_view, until(0, 1, 0, 0, 2027));
        assert_eq!(other, until(0, 14, 0, 0, 2027));
    }

    #[test]
    fn the_units_always_add_up_to_the_instant() {
        let c = minsk();
        let mut now = at("1970-01-01T00:00:00Z");
        let end = at("2100-12-31T00:00:00Z");
        while now < end {
            match countdown_at(now, &c).unwrap() {
                Countdown::Until {
                    starts_at,
                    days,
                    hours,
                    minutes,
                    seconds,
                    year,
                } => {
                    let sum =
                        days * 86_400 + hours as i64 * 3_600 + minutes as i64 * 60 + seconds as i64;
                    assert_eq!(now + sum, starts_at);
                    assert!(days < 366 && hours < 24 && minutes < 60 && seconds < 60);
                    assert!(year == 1970 || starts_at - now <= 366 * 86_400);
                }
                Countdown::Today { year } => assert!((1970..=2100).contains(&year)),
            }
            now += 7_777_777; // an odd stride visits every hour and minute
        }
    }
}
