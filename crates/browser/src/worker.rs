//! The service worker (`public/sw.js`) that keeps the offline copy: after
//! one visit the site opens without a network.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Registers the worker, once the page has painted (whoever calls this:
/// the app when it starts, or a prerendered page's wasm when the app is not
/// needed). Absent over plain http on a public host (not a secure context)
/// and in some private modes: the site then simply needs the network.
pub async fn register_service_worker() -> Result<(), JsValue> {
    let Some(window) = web_sys::window() else {
        return Ok(());
    };
    let navigator = window.navigator();
    if !Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))?.is_object() {
        return Ok(());
    }
    JsFuture::from(navigator.service_worker().register("/sw.js")).await?;
    Ok(())
}
