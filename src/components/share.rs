//! "Share" on the home page and on posts: [`solidarity_render::share`]'s
//! button, worked by [`solidarity_browser::share::wire`] (as on a
//! prerendered page).

use crate::components::Rendered;
use crate::lang::use_lang;
use leptos::prelude::*;

/// Shares `url` (absolute), titled `title`.
#[component]
pub fn ShareButton(url: String, title: String) -> impl IntoView {
    let markup = solidarity_render::share::button(&url, &title, use_lang());
    view! { <Rendered markup wire=solidarity_browser::share::wire /> }
}
