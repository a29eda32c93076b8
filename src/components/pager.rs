//! Long lists in pages (`…/page/N`): the page's slice of the list and the
//! links between pages. The arithmetic and the addresses are
//! [`solidarity_core::paging`].

use crate::lang::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use solidarity_core::paging::{page_href, requested_page, Window, PAGE_PARAM, PER_PAGE};

/// The window of a list of `total` items the address asks for: its
/// `/page/N`, else the `?page=N` of earlier links. Read from the router's
/// own location, which outlives the page: a list being left may still be
/// asked once as the address changes.
pub fn use_page_window(total: usize) -> impl Fn() -> Window + Copy + Send + Sync + 'static {
    let location = use_location();
    move || {
        let path = location.pathname.get();
        let requested = requested_page(&path)
            .map(str::to_string)
            .or_else(|| location.query.with(|q| q.get(PAGE_PARAM)));
        Window::of(total, requested.as_deref(), PER_PAGE)
    }
}

/// "← Newer · Page 2 of 500 · Older →", or nothing for a single page.
#[component]
pub fn Pager(window: Window, path: String) -> impl IntoView {
    let ui = use_lang().ui();
    (window.pages > 1).then(|| {
        let link = |target: Option<usize>, text: &'static str, rel: &'static str| {
            target.map(|n| view! { <a href=page_href(&path, n) rel=rel>{text}</a> })
        };
        view! {
            <nav class="pager" aria-label=ui.pager_label>
                {link(window.previous(), ui.newer, "prev").map(|a| view! { <span class="pager-prev">"← " {a}</span> })}
                <span class="pager-at" aria-current="page">{(ui.page_of)(window.number, window.pages)}</span>
                {link(window.next(), ui.older, "next").map(|a| view! { <span class="pager-next">{a} " →"</span> })}
            </nav>
        }
    })
}
