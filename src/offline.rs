//! After one visit, the site opens without a network: `public/sw.js` keeps
//! the app's files. Registered once the app is on screen, so it never
//! competes with the first paint.

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
