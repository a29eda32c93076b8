//! Notices above every page: a saved copy is shown, or an editor's preview.

use crate::components::with_site::{ProblemDetails, RetryNote};
use crate::data::{use_site_data, LoadError};
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::route::Route;

/// Says, discreetly, that visitors are reading the copy from their last visit.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let ui = use_lang().ui();
    let data = use_site_data();
    move || {
        data.stale().map(|why| {
            let text = match why {
                LoadError::Slow => ui.stale_slow_notice,
                _ => ui.stale_notice,
            };
            // Editors who open the live site see what broke it.
            let details = match why {
                LoadError::Invalid(problems) => Some(view! { <ProblemDetails problems /> }),
                _ => None,
            };
            view! {
                <div class="notice" role="status">
                    <div class="wrap">
                        <p>{text} " "
                            <button class="link-button" on:click=move |_| data.retry()>{ui.retry}</button>
                        </p>
                        {details}
                    </div>
                </div>
            }
        })
    }
}

/// While an editor previews a local file, every page says so.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    let data = use_site_data();
    move || {
        data.preview().map(|preview| {
            let errors = preview.problems.iter().filter(|p| p.is_error()).count();
            let status = if errors == 0 { ui.preview_valid.to_string() } else { (ui.preview_errors)(errors) };
            view! {
                <div class="notice preview-banner" role="region" aria-label=ui.preview_title>
                    <div class="wrap">
                        <p>
                            <strong>{(ui.preview_of)(&preview.file_name)}</strong>
                            " " {status} " "
                            <a href=Route::Preview.href(lang)>{ui.preview_problems_link}</a>
                            " · "
                            <button class="link-button" on:click=move |_| data.end_preview()>{ui.exit_preview}</button>
                        </p>
                    </div>
                </div>
            }
        })
    }
}

/// On a prerendered page whose live bundle could not be shown (and no copy
/// was saved): the page stays as written at build time, and says so. Goes
/// with the page when the app takes over after a successful retry.
#[component]
pub fn BuiltCopyNotice() -> impl IntoView {
    let ui = use_lang().ui();
    let data = use_site_data();
    let details = move || match data.outcome() {
        Some(Err(LoadError::Invalid(problems))) => Some(view! { <ProblemDetails problems /> }),
        _ => None,
    };
    view! {
        <div class="notice" role="status">
            <div class="wrap">
                <p>{ui.built_copy_notice} " "
                    <button class="link-button" on:click=move |_| data.retry()>{ui.retry}</button>
                </p>
                <RetryNote />
                {details}
            </div>
        </div>
    }
}
