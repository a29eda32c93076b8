//! Notices above every page: a saved copy is shown, or an editor's preview.

use crate::components::Rendered;
use crate::data::{failure, use_site_data, LoadError};
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::route::Route;
use solidarity_render::notices;

/// Says, discreetly, that visitors are reading the copy from their last
/// visit ([`notices::stale`]; its "Try again" is the app's, `data-retry`).
#[component]
pub fn StaleNotice() -> impl IntoView {
    let lang = use_lang();
    let data = use_site_data();
    move || {
        data.stale().map(|why| {
            let slow = matches!(why, LoadError::Slow);
            view! { <Rendered markup=notices::stale(failure(&why), slow, lang) /> }
        })
    }
}

/// While an editor previews a local file, every page says so.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let lang = use_lang();
    let pw = lang.preview_words();
    let data = use_site_data();
    move || {
        data.preview().map(|preview| {
            let errors = preview.problems.iter().filter(|p| p.is_error()).count();
            let status = if errors == 0 { pw.preview_valid.to_string() } else { (pw.preview_errors)(errors) };
            view! {
                <div class="notice preview-banner" role="region" aria-label=pw.preview_title>
                    <div class="wrap">
                        <p>
                            <strong>{(pw.preview_of)(&preview.file_name)}</strong>
                            " " {status} " "
                            <a href=Route::Preview.href(lang)>{pw.preview_problems_link}</a>
                            " · "
                            <button class="link-button" on:click=move |_| data.end_preview()>{pw.exit_preview}</button>
                        </p>
                    </div>
                </div>
            }
        })
    }
}
