//! The "Share" button of a prerendered page, which the app is not there to
//! handle (`ShareButton` writes it with its address, title and answers in
//! its attributes; style/main.css shows it once a script marks the page
//! `data-js`).

use solidarity_browser::share::{share_or_copy, Shared};
use wasm_bindgen::prelude::*;

/// Makes the prerendered page's share button share, and say what happened
/// in its status line.
pub fn wire_sharing() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = |selector: &str| document.query_selector(selector).ok().flatten();
    let (Some(button), Some(status)) = (
        found("#prerendered .share-button"),
        found("#prerendered .share-status"),
    ) else {
        return;
    };
    let target = button.clone();
    let share = Closure::<dyn FnMut()>::new(move || {
        let (button, status) = (button.clone(), status.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let attribute = |name: &str| button.get_attribute(name).unwrap_or_default();
            let url = attribute("data-url");
            let said = match share_or_copy(&url, &attribute("data-title")).await {
                Shared::BySheet => return,
                Shared::Copied => attribute("data-copied"),
                Shared::NotCopied => format!("{} {url}", attribute("data-not-copied")),
            };
            status.set_text_content(Some(&said));
        });
    });
    let _ = target.add_event_listener_with_callback("click", share.as_ref().unchecked_ref());
    // The button lives as long as the page.
    share.forget();
}
