//! Every string of the interface, in one place, with the number rules that go
//! with them (plural forms, ordinals, dates). Components never spell out a
//! word themselves: they ask for it here, so a language is added in this
//! module: as a file of its own, like `en.rs`, `be.rs` and `ru.rs` (its
//! tables of words, month names, plural rule, ordinals, counted nouns), a
//! [`Lang`] variant, and an arm in each `match` that picks a language's file.
//!
//! The other files hold what every language shares: [`Lang`] and how a
//! visitor's is chosen (`lang.rs`), plural categories and ordinals
//! (`plural.rs`), the tables' types (`ui.rs`), the countdown in words
//! (`countdown.rs`), phrases around numbers (`phrases.rs`) and dates
//! (`dates.rs`).

mod countdown;
mod dates;
mod lang;
mod phrases;
mod plural;
mod ui;

mod be;
mod en;
mod ru;

#[cfg(test)]
mod tests;

pub use countdown::{countdown_sentence, countdown_unit, Unit};
pub use dates::{day_and_month, long_date};
pub use lang::Lang;
pub use phrases::{coming_day, page_title, post_count, year_reach};
pub use plural::{ordinal, plural, OrdinalFor, Plural};
pub use ui::{
    CountdownWords, DiscoveryWords, EmbedWords, PreviewWords, ReachWords, ReportWords, Ui,
};
