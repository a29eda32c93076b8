//! Pieces shared by several pages.

pub mod countdown;
pub mod notices;
pub mod post_card;
pub mod with_site;

use leptos::prelude::*;
use solidarity_core::date::{long_date, Day};

/// A date as visitors read it, machine-readable too.
#[component]
pub fn DateText(day: Day) -> impl IntoView {
    view! { <time datetime=day.to_string()>{long_date(day.0)}</time> }
}

/// Paragraphs of text. Always text nodes: content is never parsed as HTML.
#[component]
pub fn Paragraphs(paragraphs: Vec<String>) -> impl IntoView {
    paragraphs
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}
