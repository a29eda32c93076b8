//! Text as the pages still written here write it: dates, paragraphs, and
//! content in a language other than the page's — as
//! [`solidarity_render::text`] writes it for the pages that have moved
//! there, which these follow until the last of them has moved.

use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::date::Day;
use solidarity_core::i18n::{long_date, Lang};
use solidarity_render::Markup;

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
/// language ([`solidarity_render::text::lang_attr`]).
pub fn lang_attr(text_lang: Lang) -> Option<&'static str> {
    solidarity_render::text::lang_attr(text_lang, use_lang())
}

/// Markup [`solidarity_render`] wrote (a page that has moved there), in
/// the app and in the prerendered page alike. Its box is not drawn
/// (style/main.css: `display: contents`): the markup lays out as if it
/// stood in its place.
#[component]
pub fn Rendered(markup: Markup) -> impl IntoView {
    view! { <div class="rendered" inner_html=markup.into_string()></div> }
}

/// Says, discreetly, that some of the text is shown in another language.
#[component]
pub fn TranslationNote(untranslated: bool) -> impl IntoView {
    let ui = use_lang().ui();
    untranslated.then(|| view! { <p class="translation-note">{ui.not_translated}</p> })
}
