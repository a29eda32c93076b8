//! Text as every page writes it: dates, paragraphs, and content in a
//! language other than the page's.

use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::date::Day;
use solidarity_core::i18n::{long_date, Lang};

/// A date as visitors read it, machine-readable too.
#[component]
pub fn DateText(day: Day) -> impl IntoView {
    view! { <time datetime=day.to_string()>{long_date(use_lang(), day.0)}</time> }
}

/// Paragraphs of text. Always text nodes: content is never parsed as HTML.
#[component]
pub fn Paragraphs(paragraphs: Vec<String>) -> impl IntoView {
    paragraphs
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}

/// The `lang` attribute for content in `text_lang` on a page in the visitor's
/// language: set only where they differ, so screen readers switch voice.
pub fn lang_attr(text_lang: Lang) -> Option<&'static str> {
    (text_lang != use_lang()).then(|| text_lang.tag())
}

/// Says, discreetly, that some of the text is shown in another language.
#[component]
pub fn TranslationNote(untranslated: bool) -> impl IntoView {
    let ui = use_lang().ui();
    untranslated.then(|| view! { <p class="translation-note">{ui.not_translated}</p> })
}
