//! The footer's "forget this site" button on a prerendered page, which the
//! app is not there to handle (the app's frame writes it; style/main.css shows it
//! once a script marks the page `data-js`).

use solidarity_browser::forget_this_site;
use wasm_bindgen::prelude::*;

/// Makes the prerendered footer's button remove what the site stored on
/// the device, and say so in its status line: the answers are the button's
/// `data-done` and `data-failed`, written in the page's language.
pub fn wire_forgetting() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = |selector: &str| document.query_selector(selector).ok().flatten();
    let (Some(button), Some(status)) = (
        found("#prerendered .forget button"),
        found("#prerendered .forget-status"),
    ) else {
        return;
    };
    let target = button.clone();
    let forget = Closure::<dyn FnMut()>::new(move || {
        let (button, status) = (button.clone(), status.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let answer = match forget_this_site().await {
                Ok(()) => "data-done",
                Err(e) => {
                    web_sys::console::warn_2(&"forgetting the site:".into(), &e);
                    "data-failed"
                }
            };
            status.set_text_content(button.get_attribute(answer).as_deref());
        });
    });
    let _ = target.add_event_listener_with_callback("click", forget.as_ref().unchecked_ref());
    // The button lives as long as the page.
    forget.forget();
}
