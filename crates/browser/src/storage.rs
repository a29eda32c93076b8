//! What the site keeps in the browser, and nothing else: the last bundle
//! that passed validation (read when the live one cannot be), in a cache
//! of its own ([`LAST_GOOD_CACHE`]); the language the visitor chose with
//! the switcher, in `localStorage`; and, in the tab's own `sessionStorage`
//! (gone when the tab closes), the draft of a report typed on the "Take
//! part" page. Every name is written here only;
//! [`crate::forget::forget_this_site`] clears them all.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, ResponseInit};

/// The cache that keeps the last bundle that passed validation, under
/// [`crate::BUNDLE_URL`]. A cache, not `localStorage`: a bundle of 10,000
/// posts (25 MB) does not fit in the latter's 5 MB, and a cache takes the
/// bytes as they came, without the page decoding or copying them on its
/// main thread. (The service worker's own cache has another name, which it
/// alone manages.)
pub const LAST_GOOD_CACHE: &str = "solidarity-day-bundle";
/// Where earlier versions of the site kept the copy: removed when a new
/// copy is kept, so that a device holds one.
const OLD_LAST_GOOD_KEY: &str = "solidarity-day:last-good-bundle";
/// The key of the visitor's explicit choice of language (a language tag).
/// Also written by a prerendered page's loader, under the name the
/// prerender gives it in the page: a click on the switcher may come before
/// any wasm.
pub const LANG_KEY: &str = "solidarity-day:lang";

fn storage() -> Option<web_sys::Storage> {
    // Storage may be disabled (private modes, strict settings): then there is
    // simply nothing kept.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The cache of the last good bundle, opened; `None` where the browser has
/// none (`caches` exists in secure contexts only; some private modes refuse
/// it): then no copy is kept.
async fn last_good_cache() -> Option<Cache> {
    let window = web_sys::window()?;
    if !Reflect::get(&window, &"caches".into()).ok()?.is_object() {
        return None;
    }
    let opened = window.caches().ok()?.open(LAST_GOOD_CACHE);
    JsFuture::from(opened).await.ok()?.dyn_into().ok()
}

async fn settled(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

/// The kept copy's header that names its SHA-256, when it was kept from
/// bytes whose hash the page knew (a prerendered page's helper thread keeps
/// them: crates/page): the next pages find it there and write nothing.
pub const SHA256_HEADER: &str = "x-bundle-sha256";

/// Keeps the bundle's text as the last good one; returns whether it is
/// kept.
pub async fn keep_last_good_text(text: &str) -> bool {
    let init = ResponseInit::new();
    let headers = Object::new();
    let _ = Reflect::set(&headers, &"content-type".into(), &"application/json".into());
    init.set_headers(&headers);
    keep_last_good_response(Response::new_with_opt_str_and_init(Some(text), &init)).await
}

/// Removes the copy earlier versions of the site kept in `localStorage`,
/// once a new one is kept: a device holds one.
pub fn forget_old_copy() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(OLD_LAST_GOOD_KEY);
    }
}

/// Keeps `response` under [`crate::BUNDLE_URL`]; returns whether it was
/// kept. Over the quota the old copy goes too: an old copy would be worse
/// than none.
async fn keep_last_good_response(response: Result<Response, JsValue>) -> bool {
    let (Some(cache), Ok(response)) = (last_good_cache().await, response) else {
        return false;
    };
    forget_old_copy();
    if settled(cache.put_with_str(crate::BUNDLE_URL, &response))
        .await
        .is_ok()
    {
        return true;
    }
    let _ = settled(cache.delete_with_str(crate::BUNDLE_URL)).await;
    false
}

/// The kept copy, if any, without reading its body (it can be megabytes).
async fn last_good_response() -> Option<Response> {
    let cache = last_good_cache().await?;
    let found = settled(cache.match_with_str(crate::BUNDLE_URL))
        .await
        .ok()?;
    found.dyn_into().ok()
}

/// Whether a saved copy exists, without reading it.
pub async fn has_last_good() -> bool {
    last_good_response().await.is_some()
}

/// The saved copy's text (the caller validates it again: it could be from
/// an older version of the site).
pub async fn last_good() -> Option<String> {
    let text = last_good_response().await?.text().ok()?;
    settled(text).await.ok()?.as_string()
}

/// The language tag the visitor chose, if they did.
pub fn chosen_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers the visitor's choice of language (`tag`: `be`, `ru`, `en`).
pub fn choose_lang(tag: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, tag);
    }
}

/// The key of the report form's draft, in `sessionStorage`.
const REPORT_DRAFT_KEY: &str = "solidarity-day:report-draft";

fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps the report form's draft (its JSON) for this tab only: a reload
/// keeps what was typed, closing the tab forgets it.
pub fn save_report_draft(json: &str) {
    if let Some(storage) = tab_storage() {
        let _ = storage.set_item(REPORT_DRAFT_KEY, json);
    }
}

/// The draft kept in this tab, if any.
pub fn report_draft() -> Option<String> {
    tab_storage()?.get_item(REPORT_DRAFT_KEY).ok().flatten()
}
