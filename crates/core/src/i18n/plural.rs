//! Plural categories and ordinals: the form of a word that goes with a
//! number. Each language's file holds its own rule; these pick it.
//!
//! Plural categories follow the CLDR rules for Belarusian, Russian and English
//! (<https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>).
//! For three languages and whole numbers they are a few lines; a general
//! plural-rules crate carries every locale's rules into the wasm.

use super::{be, en, ru, Lang};

/// CLDR plural categories used by these languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

/// The plural category of a whole number `n` in `lang`.
pub fn plural(lang: Lang, n: u64) -> Plural {
    match lang {
        Lang::En => en::plural(n),
        Lang::Be => be::plural(n),
        Lang::Ru => ru::plural(n),
    }
}

/// The CLDR rule of Belarusian and Russian for whole numbers.
pub(super) fn east_slavic(n: u64) -> Plural {
    // be and ru share these rules for integers.
    match (n % 10, n % 100) {
        (1, m) if m != 11 => Plural::One,
        (2..=4, m) if !(12..=14).contains(&m) => Plural::Few,
        _ => Plural::Many,
    }
}

/// Picks the form of a word for `n`: `[one, few, many]` (English uses one and many).
pub(super) fn form(lang: Lang, n: u64, forms: [&'static str; 3]) -> &'static str {
    match plural(lang, n) {
        Plural::One => forms[0],
        Plural::Few => forms[1],
        Plural::Many | Plural::Other => forms[2],
    }
}

/// The grammatical slot an ordinal fills, for languages that inflect it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrdinalFor {
    /// "the 16th Day": masculine, nominative (be/ru "дзень"/"день").
    Day,
    /// "on the 16th anniversary": feminine, accusative (be "гадавіну", ru "годовщину").
    Anniversary,
}

/// "16th"; "16-ы", "16-ю"; "16-й", "16-ю".
pub fn ordinal(lang: Lang, n: i32, slot: OrdinalFor) -> String {
    let suffix = match lang {
        Lang::En => en::ordinal_suffix(n, slot),
        Lang::Be => be::ordinal_suffix(n, slot),
        Lang::Ru => ru::ordinal_suffix(n, slot),
    };
    format!("{n}{suffix}")
}
