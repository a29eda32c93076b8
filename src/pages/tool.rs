//! In the visitors' build, `/{lang}/preview` and `/{lang}/embed`: the tools
//! are not in this wasm. Their addresses are files of their own that load
//! the app with its tools ([`solidarity_core::route::Route::TOOLS`], written
//! by the prerender), so the page is loaded anew from the server. Links to
//! the tools leave the app already (`rel="external"`); this is for any other
//! way of getting here. If the page was just loaded anew and still came to
//! the visitors' build (offline, the service worker answers every address
//! with its shell), it says so instead of reloading forever.

use crate::components::page_head::PageHead;
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::head::Head;
use solidarity_core::route::Route;

#[component]
pub fn ToolPage() -> impl IntoView {
    let Some(window) = web_sys::window() else {
        return ().into_any();
    };
    if !was_reloaded(&window) {
        let _ = window.location().reload();
        return ().into_any();
    }
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <PageHead head=Head::unlisted(ui.tool_offline_title, ui.tool_offline_body) />
        <div class="wrap page not-found">
            <h1>{ui.tool_offline_title}</h1>
            <p>{ui.tool_offline_body}</p>
            <ul class="more-links">
                <li><a href=Route::Home.href(lang)>{ui.go_home}</a></li>
            </ul>
        </div>
    }
    .into_any()
}

/// Whether this document was loaded by a reload (Navigation Timing's
/// `type`).
fn was_reloaded(window: &web_sys::Window) -> bool {
    let Some(performance) = window.performance() else {
        return false;
    };
    let entries = performance.get_entries_by_type("navigation");
    js_sys::Reflect::get(&entries.get(0), &"type".into())
        .ok()
        .and_then(|t| t.as_string())
        .is_some_and(|t| t == "reload")
}
