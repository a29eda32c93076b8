//! Forgetting the site: reading it can be risky in Belarus, and a device
//! can be seized, so whatever the site left on it (the language in
//! `localStorage`, the saved bundle in its cache, the app in the service
//! worker's) must go with one click.

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// The footer's button pressed ("Forget this site on this device", as the
/// site's frame writes it): forgets the site, then says so in the status
/// line beside the button (`.forget-status`), in the button's own words
/// (`data-done`, `data-failed`): the same for a prerendered page, the
/// visitors' app and the tools'.
pub async fn forget_and_say(button: &Element) {
    let answer = match forget_this_site().await {
        Ok(()) => "data-done",
        Err(e) => {
            web_sys::console::warn_2(&"forgetting the site:".into(), &e);
            "data-failed"
        }
    };
    let status = button
        .parent_element()
        .and_then(|p| p.query_selector(".forget-status").ok().flatten());
    if let Some(status) = status {
        status.set_text_content(button.get_attribute(answer).as_deref());
    }
}

/// Removes everything this site stored on the device: both web storages,
/// every service worker registration (the offline copy's keeper) and every
/// cache of this origin. Goes on past a step that fails, and says whether
/// all of them worked. The HTTP cache and the browser's history are not
/// the page's to clear.
pub async fn forget_this_site() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let mut outcome = Ok(());
    let mut keep = |step: Result<(), JsValue>| {
        if let Err(e) = step {
            outcome = Err(e);
        }
    };
    for storage in [window.local_storage(), window.session_storage()] {
        // Err or None: storage is off (a private mode), so nothing is in it.
        if let Ok(Some(storage)) = storage {
            keep(storage.clear());
        }
    }
    keep(unregister_workers(&window).await);
    keep(delete_caches(&window).await);
    outcome
}

async fn unregister_workers(window: &web_sys::Window) -> Result<(), JsValue> {
    // Absent over plain http and in some private modes: nothing registered.
    let navigator = window.navigator();
    if !Reflect::get(&navigator, &"serviceWorker".into())?.is_object() {
        return Ok(());
    }
    let registrations: Array = JsFuture::from(navigator.service_worker().get_registrations())
        .await?
        .dyn_into()?;
    for registration in registrations.iter() {
        let registration: web_sys::ServiceWorkerRegistration = registration.dyn_into()?;
        JsFuture::from(registration.unregister()?).await?;
    }
    Ok(())
}

async fn delete_caches(window: &web_sys::Window) -> Result<(), JsValue> {
    // `caches` is absent outside secure contexts: nothing was kept.
    if !Reflect::get(window, &"caches".into())?.is_object() {
        return Ok(());
    }
    let caches = window.caches()?;
    let names: Array = JsFuture::from(caches.keys()).await?.dyn_into()?;
    for name in names.iter() {
        let name = name.as_string().unwrap_or_default();
        JsFuture::from(caches.delete(&name)).await?;
    }
    Ok(())
}
