//! After one visit, the site opens without a network: `public/sw.js` keeps
//! the app's files. Registered when the app starts (src/main.rs), which is
//! after the first paint: prerendered pages load the app only once they
//! have painted, and the shell has nothing to paint before it. Pages that
//! need no app register it from their start-up script.

use wasm_bindgen::JsValue;

pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Absent over plain http on a public host (not a secure context) and in
    // some private modes: the site then simply needs the network.
    let navigator = window.navigator();
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|worker| worker.is_object());
    if !available {
        return;
    }
    let registering = navigator.service_worker().register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(registering).await {
            leptos::logging::warn!("offline copy unavailable: {e:?}");
        }
    });
}
