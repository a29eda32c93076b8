//! Shows a page's content once the bundle is loaded: a placeholder of the
//! page's shape while it loads, and a message with a retry if it fails
//! (their markup is [`solidarity_render::notices`]', as in the visitors'
//! app; their "Try again" is the app's, `data-retry`).

use crate::components::Rendered;
use crate::data::{failure, use_site_data};
use crate::lang::use_lang;
use leptos::either::Either;
use leptos::prelude::*;
use solidarity_core::validate::Problem;
use solidarity_core::Site;
use solidarity_render::notices::{self, Shape};
use std::sync::Arc;

#[component]
pub fn WithSite<F, V>(shape: Shape, render: F) -> impl IntoView
where
    F: Fn(Arc<Site>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let lang = use_lang();
    let data = use_site_data();
    let render = Arc::new(render);
    view! {
        <Suspense fallback=move || view! { <Placeholder shape /> }>
            {move || {
                data.track_preview();
                let render = Arc::clone(&render);
                Suspend::new(async move {
                    match data.load().await {
                        Ok(loaded) => Either::Left(render(loaded.site)),
                        Err(error) => Either::Right(move || {
                            let retry_in = data.retry_in().map(|wait| wait.as_secs());
                            view! { <Rendered markup=notices::load_failed(failure(&error), retry_in, lang) /> }
                        }),
                    }
                })
            }}
        </Suspense>
    }
}

/// Grey blocks where the content will be; after a few seconds, a word on
/// why nothing has come yet.
#[component]
fn Placeholder(shape: Shape) -> impl IntoView {
    let lang = use_lang();
    view! { <Rendered markup=notices::placeholder(shape, lang) wire=say_when_slow /> }
}

fn say_when_slow(root: &web_sys::Element) {
    if let Some(note) = root.query_selector(".slow-note").ok().flatten() {
        set_timeout(move || say_slow(&note), solidarity_browser::SLOW_AFTER);
    }
}

/// Writes its words into a placeholder's `.slow-note`, if it is still shown.
fn say_slow(note: &web_sys::Element) {
    if note.is_connected() {
        note.set_text_content(note.get_attribute("data-slow").as_deref());
    }
}

/// Problems as `bundle check` prints them.
#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    view! { <Rendered markup=notices::problem_list(&problems) /> }
}
