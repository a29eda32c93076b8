//! The buttons of a prerendered page that the app is not there to handle:
//! the footer's "forget this site" and "Share". Their markup carries their
//! answers in its attributes, in the page's language; style/main.css shows
//! them once a script marks the page `data-js`.

use solidarity_browser::forget_this_site;
use std::future::Future;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// Makes the forget button remove what the site stored on the device, and
/// say so (its `data-done` or `data-failed`).
pub fn wire_forgetting() {
    on_click_say(
        "#prerendered .forget button",
        "#prerendered .forget-status",
        |button| async move {
            let answer = match forget_this_site().await {
                Ok(()) => "data-done",
                Err(e) => {
                    web_sys::console::warn_2(&"forgetting the site:".into(), &e);
                    "data-failed"
                }
            };
            button.get_attribute(answer)
        },
    );
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

/// On each click of the page's `button`, runs `act` and writes what it
/// answers into the page's `status` (a status line: screen readers hear it).
fn on_click_say<F, Fut>(button: &str, status: &str, act: F)
where
    F: Fn(Element) -> Fut + 'static,
    Fut: Future<Output = Option<String>> + 'static,
{
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = |selector: &str| document.query_selector(selector).ok().flatten();
    let (Some(button), Some(status)) = (found(button), found(status)) else {
        return;
    };
    let target = button.clone();
    let click = Closure::<dyn FnMut()>::new(move || {
        let answer = act(button.clone());
        let status = status.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(said) = answer.await {
                status.set_text_content(Some(&said));
            }
        });
    });
    let _ = target.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    // The button lives as long as the page.
    click.forget();
}
