//! [`Lang`], a language of the site, and how a visitor's is chosen. Its
//! words are in each language's file, which its methods pick.

use super::{be, en, ru, CountdownWords, EmbedWords, PreviewWords, ReportWords, Ui};

/// A language of the site. The order is the one the switcher shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename_all = "lowercase"))]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Be,
    Ru,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Be, Lang::Ru, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and the URL prefix.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Be => "be",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language of a tag such as `be`, `ru-RU` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of the visitor's preferred languages the site speaks,
    /// English if none.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The language an address without one (`/`, `/manifesto`) sends a
    /// visitor to: the one they chose on an earlier visit (`remembered`, as
    /// stored), else the first of their browser's the site speaks, else
    /// English. The app's rule (its `lang` module); a prerendered page
    /// applies it before any wasm, in the script first in its head
    /// (`crates/page/js/language.js`), and both are checked against one
    /// table of cases, `crates/core/tests/preferred-lang.json`.
    pub fn preferred<'a>(
        remembered: Option<&str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        remembered
            .and_then(Lang::from_tag)
            .unwrap_or_else(|| Lang::negotiate(browser))
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Be => be::NATIVE_NAME,
            Lang::Ru => ru::NATIVE_NAME,
            Lang::En => en::NATIVE_NAME,
        }
    }

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::Be => &be::UI,
            Lang::Ru => &ru::UI,
            Lang::En => &en::UI,
        }
    }

    /// What the report form says as it works (also `ui().reach.report`):
    /// code that needs only these (the report form's own module) does not
    /// carry every word of the site, nor the rest of the page's.
    pub fn report_words(self) -> &'static ReportWords {
        match self {
            Lang::En => &en::REPORT,
            Lang::Be => &be::REPORT,
            Lang::Ru => &ru::REPORT,
        }
    }

    /// The `/embed` page's words (but its title, [`Ui::embed_title`]).
    pub fn embed_words(self) -> &'static EmbedWords {
        match self {
            Lang::En => &en::EMBED,
            Lang::Be => &be::EMBED,
            Lang::Ru => &ru::EMBED,
        }
    }

    /// The editors' preview's words.
    pub fn preview_words(self) -> &'static PreviewWords {
        match self {
            Lang::En => &en::PREVIEW,
            Lang::Be => &be::PREVIEW,
            Lang::Ru => &ru::PREVIEW,
        }
    }

    pub fn countdown_words(self) -> &'static CountdownWords {
        match self {
            Lang::En => &en::COUNTDOWN,
            Lang::Be => &be::COUNTDOWN,
            Lang::Ru => &ru::COUNTDOWN,
        }
    }
}
