//! Shows a page's content once the bundle is loaded: a placeholder of the
//! page's shape while it loads, and a friendly message with a retry if it fails.

use crate::data::{use_site_data, LoadError};
use crate::lang::use_lang;
use leptos::either::Either;
use leptos::prelude::*;
use solidarity_core::validate::Problem;
use solidarity_core::Site;
use std::sync::Arc;
use std::time::Duration;

/// The shape of a page, so its placeholder takes the same room as its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Home,
    Article,
    List,
}

#[component]
pub fn WithSite<F, V>(shape: Shape, render: F) -> impl IntoView
where
    F: Fn(Arc<Site>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let data = use_site_data();
    // Written at build time: the content itself, nothing to wait for.
    if let Some(site) = data.prerendered() {
        return render(site).into_any();
    }
    let render = Arc::new(render);
    // Behind a prerendered page nobody sees the placeholder: skip its work
    // (until the app is on screen: a retry later shows it as usual).
    view! {
        <Suspense fallback=move || (!crate::takeover::waiting()).then(|| view! { <Placeholder shape /> })>
            {move || {
                data.track_preview();
                let render = Arc::clone(&render);
                Suspend::new(async move {
                    match data.load().await {
                        Ok(loaded) => Either::Left(render(loaded.site)),
                        Err(error) => Either::Right(view! { <LoadFailed error /> }),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// Grey blocks where the content will be, announced as loading.
#[component]
fn Placeholder(shape: Shape) -> impl IntoView {
    let ui = use_lang().ui();
    let blocks = match shape {
        Shape::Home => view! {
            <div class="ph ph-kicker"></div>
            <div class="ph ph-title"></div>
            <div class="ph ph-title short"></div>
            <div class="ph ph-countdown"></div>
            <div class="ph ph-line"></div>
            <div class="ph ph-line"></div>
            <div class="ph ph-line short"></div>
        }
        .into_any(),
        Shape::Article => view! {
            <div class="ph ph-title"></div>
            <div class="ph ph-meta"></div>
            {(0..8).map(|i| view! { <div class="ph ph-line" class:short=i % 4 == 3></div> }).collect_view()}
        }
        .into_any(),
        Shape::List => view! {
            <div class="ph ph-title short"></div>
            {(0..4).map(|_| view! { <div class="ph ph-card"></div> }).collect_view()}
        }
        .into_any(),
    };
    // After a few seconds, say why nothing has come yet.
    let (slow, set_slow) = signal(false);
    if let Ok(timer) = set_timeout_with_handle(move || set_slow.set(true), Duration::from_secs(4)) {
        on_cleanup(move || timer.clear());
    }
    view! {
        <div class="wrap page placeholder" aria-busy="true">
            <p class="visually-hidden" role="status">{ui.loading}</p>
            <p class="meta slow-note" role="status">{move || slow.get().then_some(ui.loading_slow)}</p>
            <div aria-hidden="true">{blocks}</div>
        </div>
    }
}

/// What a visitor sees when the bundle cannot be shown, with a way to retry.
#[component]
fn LoadFailed(error: LoadError) -> impl IntoView {
    let ui = use_lang().ui();
    let data = use_site_data();
    let (body, problems) = match error {
        LoadError::Invalid(problems) => (ui.invalid_bundle_body, problems),
        LoadError::Http(_) | LoadError::Network(_) | LoadError::Slow => {
            (ui.load_failed_body, Vec::new())
        }
    };
    let details = (!problems.is_empty()).then(|| view! { <ProblemDetails problems /> });
    view! {
        <div class="wrap page load-failed">
            <div role="alert">
                <h1>{ui.load_failed_title}</h1>
                <p>{body}</p>
            </div>
            <button class="button" on:click=move |_| data.retry()>{ui.retry}</button>
            // Outside the alert: a new retry time is not news worth interrupting for.
            <RetryNote />
            {details}
        </div>
    }
}

/// When the bundle will be fetched again by itself, while a retry is due.
/// Said once per scheduled retry, not counted down: a live region that
/// changed every second would talk over everything else.
#[component]
pub fn RetryNote() -> impl IntoView {
    let ui = use_lang().ui();
    let data = use_site_data();
    // No empty paragraph (and gap) while none is due: an invalid bundle is not retried.
    move || {
        data.retry_in()
            .map(|wait| view! { <p class="meta retry-note">{(ui.retrying_in)(wait.as_secs())}</p> })
    }
}

/// The problems of a bundle, folded away: they are for editors, not visitors.
#[component]
pub fn ProblemDetails(problems: Vec<Problem>) -> impl IntoView {
    let ui = use_lang().ui();
    view! {
        <details class="problems">
            <summary>{ui.problems_for_editors}</summary>
            <ProblemList problems />
        </details>
    }
}

/// Problems as `bundle check` prints them.
#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    view! {
        <ul class="problem-list">
            {problems
                .iter()
                .map(|p| view! { <li class:warning=!p.is_error()><code>{p.to_string()}</code></li> })
                .collect_view()}
        </ul>
    }
}
