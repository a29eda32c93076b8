//! `/{lang}/manifesto`: the campaign's founding text
//! ([`solidarity_render::manifesto`] writes it), with its head.

use crate::components::page_head::{head_of, PageHead};
use crate::components::with_site::{Shape, WithSite};
use crate::components::Rendered;
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::route::Route;

#[component]
pub fn ManifestoPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <WithSite shape=Shape::Article render=move |site| {
            let head = head_of(Route::Manifesto, 1, lang, &site);
            view! {
                <PageHead head />
                <Rendered markup=solidarity_render::manifesto::article(&site, lang) />
            }
        } />
    }
}
