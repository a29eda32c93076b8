//! Any address the site does not know, and unknown posts or topics.

use crate::components::page_head::PageHead;
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::head::Head;
use solidarity_core::route::Route;

/// The page for an unknown route.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let ui = use_lang().ui();
    view! { <NotFound message=ui.not_found_body /> }
}

/// "Not found", with `message` saying what was missing and ways onward.
#[component]
pub fn NotFound(message: &'static str) -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <PageHead head=Head::not_found(lang) />
        <div class="wrap page not-found">
            <h1>{ui.not_found_title}</h1>
            <p>{message}</p>
            <ul class="more-links">
                <li><a href=Route::Home.href(lang)>{ui.go_home}</a></li>
                <li><a href=Route::Posts.href(lang)>{ui.all_posts}</a></li>
                <li><a href=Route::Tags.href(lang)>{ui.all_tags}</a></li>
            </ul>
        </div>
    }
}
