//! Dates as visitors read them, in each language.

use super::{be, en, ru, Lang};
use time::{Date, Month};

/// Month names as they follow a day number: "4 August", "4 жніўня", "4 августа".
fn month_name(lang: Lang, month: Month) -> &'static str {
    let names = match lang {
        Lang::En => &en::MONTHS,
        Lang::Be => &be::MONTHS,
        Lang::Ru => &ru::MONTHS,
    };
    names[u8::from(month) as usize - 1]
}

/// A day of the year: "4 August", "4 жніўня", "4 августа".
pub fn day_and_month(lang: Lang, day: u8, month: Month) -> String {
    format!("{day} {}", month_name(lang, month))
}

/// A date as visitors read it: "4 August 2013", "4 жніўня 2013", "4 августа 2013".
pub fn long_date(lang: Lang, date: Date) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(lang, date.month()),
        date.year()
    )
}
