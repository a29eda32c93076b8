//! `/{lang}/actions`: the solidarity actions year by year, and their map
//! ([`solidarity_render::actions`] writes them), with its head.

use crate::components::page_head::{head_of, PageHead};
use crate::components::with_site::{Shape, WithSite};
use crate::components::Rendered;
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::route::Route;

#[component]
pub fn ActionsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <WithSite shape=Shape::List render=move |site| {
            let head = head_of(Route::Actions, 1, lang, &site);
            view! {
                <PageHead head />
                <Rendered markup=solidarity_render::actions::page(&site, lang) />
            }
        } />
    }
}
