//! "Share" on the home page and on posts: the device's share sheet, or the
//! link copied with a visible confirmation
//! ([`solidarity_browser::share::share_or_copy`]). No third-party button,
//! script or counter: nothing is contacted until the visitor chooses.
//!
//! The button carries its answers in its own attributes so that a
//! prerendered page's wasm (`solidarity_page`) can work it without the app;
//! style/main.css shows it only where a script marks the page `data-js`.

use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_browser::share::share_or_copy;

/// Shares `url` (absolute), titled `title`.
#[component]
pub fn ShareButton(url: String, title: String) -> impl IntoView {
    let words = use_lang().ui().discovery;
    let (said, say) = signal(None::<String>);
    let (shared_url, shared_title) = (url.clone(), title.clone());
    let share = move |_| {
        let (url, title) = (shared_url.clone(), shared_title.clone());
        leptos::task::spawn_local(async move {
            let shared = share_or_copy(&url, &title).await;
            say.set(shared.said(words.link_copied, words.copy_this_link, &url));
        });
    };
    view! {
        <div class="share">
            <button
                type="button"
                class="button secondary share-button"
                on:click=share
                data-url=url
                data-title=title
                data-copied=words.link_copied
                data-not-copied=words.copy_this_link
            >
                {words.share}
            </button>
            <p class="share-status" role="status">{move || said.get()}</p>
        </div>
    }
}
