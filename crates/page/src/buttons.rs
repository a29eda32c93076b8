//! The buttons of a prerendered page that the app is not there to handle:
//! the footer's "forget this site" and "Share". Their markup carries their
//! answers in its attributes, in the page's language; style/main.css shows
//! them once a script marks the page `data-js`.

use wasm_bindgen::prelude::*;

/// Makes the forget button remove what the site stored on the device, and
/// say so ([`solidarity_browser::forget::forget_and_say`]), as long as the
/// page is the one written at build time: an app that takes it over in
/// place works the same button itself ([`solidarity_browser::frame`]).
pub fn wire_forgetting() {
    let button = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector("#prerendered .forget button")
            .ok()
            .flatten()
    });
    let Some(button) = button else {
        return;
    };
    let target = button.clone();
    let click = Closure::<dyn FnMut()>::new(move || {
        if button.closest("#prerendered").ok().flatten().is_none() {
            return;
        }
        let button = button.clone();
        wasm_bindgen_futures::spawn_local(async move {
            solidarity_browser::forget::forget_and_say(&button).await
        });
    });
    let _ = target.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    // The button lives as long as the page.
    click.forget();
}

/// Makes the share button share its `data-url`, and say what happened
/// ([`solidarity_browser::share::wire`], as the app does).
pub fn wire_sharing() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerendered"));
    if let Some(root) = root {
        solidarity_browser::share::wire(&root);
    }
}
