//! `/{lang}/tags`: every topic with its number of posts
//! ([`solidarity_render::tags`] writes it), with its head.

use crate::components::page_head::{head_of, PageHead};
use crate::components::with_site::{Shape, WithSite};
use crate::components::Rendered;
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::route::Route;

#[component]
pub fn TagsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <WithSite shape=Shape::List render=move |site| {
            let head = head_of(Route::Tags, 1, lang, &site);
            view! {
                <PageHead head />
                <Rendered markup=solidarity_render::tags::page(&site, lang) />
            }
        } />
    }
}
