//! Long lists in pages (`?page=N`): the page's slice of the list and the
//! links between pages. The arithmetic is `solidarity_core::paging`.

use crate::lang::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use solidarity_core::paging::{page_href, Window, PER_PAGE};

/// The window of a list of `total` items the address asks for.
pub fn use_page_window(total: usize) -> impl Fn() -> Window + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || Window::of(total, query.read().get("page").as_deref(), PER_PAGE)
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
