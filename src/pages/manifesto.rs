//! `/manifesto`: the campaign's founding text in full.

use crate::app::use_lang;
use crate::components::with_site::{Shape, WithSite};
use crate::components::{DateText, Paragraphs};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ManifestoPage() -> impl IntoView {
    let ui = use_lang().ui();
    view! {
        <Title text=ui.nav_manifesto />
        <WithSite shape=Shape::Article render=move |site| {
            let m = site.bundle.manifesto.clone();
            view! {
                <article class="wrap page article">
                    <p class="call">{m.subtitle}</p>
                    <h1>{m.title}</h1>
                    <p class="meta">{ui.published} " " <DateText day=m.published /></p>
                    <div class="prose"><Paragraphs paragraphs=m.body /></div>
                </article>
            }
        } />
    }
}
