//! In the visitors' build, `/{lang}/preview` and `/{lang}/embed`: the tools
//! are not in this wasm, so the page is loaded anew, from the server, which
//! answers it with the full app (`shell.html`). Links to the tools leave the
//! app already (`rel="external"`); this is for any other way of getting here.

use leptos::prelude::*;

#[component]
pub fn ToolPage() -> impl IntoView {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
