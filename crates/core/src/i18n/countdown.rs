//! The countdown in words: the sentence a screen reader hears, and its
//! units in the right grammatical number.

use super::plural::form;
use super::{be, en, long_date, ru, Lang};
use time::Date;

/// What a screen reader hears, changing once a minute: "253 days, 4 hours,
/// 12 minutes until 4 August 2027". Seconds are left out on purpose.
pub fn countdown_sentence(lang: Lang, days: i64, hours: u8, minutes: u8, date: Date) -> String {
    format!(
        "{days} {}, {hours} {}, {minutes} {} {} {}",
        countdown_unit(lang, Unit::Day, days),
        countdown_unit(lang, Unit::Hour, hours.into()),
        countdown_unit(lang, Unit::Minute, minutes.into()),
        lang.countdown_words().until,
        long_date(lang, date),
    )
}

/// The four units of the countdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Hour,
    Minute,
    Second,
}

/// A countdown unit in the right grammatical number: 1 дзень, 2 дні, 5 дзён.
pub fn countdown_unit(lang: Lang, unit: Unit, n: i64) -> &'static str {
    let forms = match lang {
        Lang::En => en::unit_forms(unit),
        Lang::Be => be::unit_forms(unit),
        Lang::Ru => ru::unit_forms(unit),
    };
    form(lang, n.unsigned_abs(), forms)
}
