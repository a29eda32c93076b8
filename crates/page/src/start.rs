//! What a prerendered page does once it has painted: the decisions of its
//! start-up, which its loader script (`js/start.js`) only carries out.
//!
//! The loader fetches the live bundle beside this wasm and hands both to
//! [`start`] with what the build wrote into the page (the `#build` block:
//! the SHA-256 of the bundle the pages were written from, and its
//! campaign). If the live bundle is, byte for byte, that one, the page
//! already is what the app would render and [`start`] finishes it without
//! the app; otherwise it hands the bundle's text to the app
//! ([`solidarity_browser::handover`]) and tells the loader to load it.

use crate::dom::PageCountdown;
use js_sys::{Object, Promise, Reflect, Uint8Array};
use solidarity_browser::{storage, AppState};
use solidarity_core::paging;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Response, Window};

/// Starts the page: `build` is the page's `#build` block (as `JSON.parse`
/// made it), `bundle` the loader's fetch of the live bundle. Resolves to
/// `true` when the app must take over (the bundle changed, could not be
/// fetched, or the address asks for more than the page shows), `false`
/// when the page is complete without it.
#[wasm_bindgen]
pub async fn start(build: JsValue, bundle: Promise) -> Result<bool, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    // Until the app replaces them, if it comes.
    crate::buttons::wire_forgetting();
    crate::buttons::wire_sharing();

    let Some(bytes) = fetched(bundle).await else {
        // The app retries, and shows the saved copy meanwhile.
        return Ok(true);
    };
    // The bytes stay in JavaScript's memory: hashed there, and kept for
    // offline as they are. Only a bundle the app needs is decoded, once: a
    // current page never reads megabytes on its main thread.
    let built = Reflect::get(&build, &"bundle_sha256".into())?.as_string();
    let elsewhere = AppState::Elsewhere.is_marked();
    // A list's page asked by the query of earlier links (`?page=2`) is more
    // than the page shows; any other query (`?from=partner`) is not.
    let asks_more = paging::query_names_a_page(&window.location().search()?);
    let current = match built {
        Some(built) if !elsewhere && !asks_more => {
            let live = sha256_hex(&window, &bytes).await;
            (live.as_deref() == Some(built.as_str())).then_some(built)
        }
        _ => None,
    };
    let Some(sha256) = current else {
        let text = web_sys::TextDecoder::new()?.decode_with_buffer_source(&bytes)?;
        solidarity_browser::handover::hand_over(&text);
        return Ok(true);
    };
    finish_without_the_app(&window, &build, bytes, sha256)?;
    Ok(false)
}

/// The bundle's bytes, if it arrived whole with a success status.
async fn fetched(bundle: Promise) -> Option<Object> {
    let response: Response = JsFuture::from(bundle).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    buffer.dyn_into().ok()
}

/// The SHA-256 of `bytes` in lowercase hex, by the browser's own crypto;
/// `None` without SubtleCrypto (plain http on a public host): nothing can
/// then be compared, and the app decides, as if the bundle had changed.
async fn sha256_hex(window: &Window, bytes: &Object) -> Option<String> {
    let crypto = window.crypto().ok()?;
    if !Reflect::get(&crypto, &"subtle".into()).ok()?.is_object() {
        return None;
    }
    let digest = crypto
        .subtle()
        .digest_with_str_and_buffer_source("SHA-256", bytes)
        .ok()?;
    let digest = Uint8Array::new(&JsFuture::from(digest).await.ok()?).to_vec();
    Some(digest.iter().map(|b| format!("{b:02x}")).collect())
}

/// A current page: what the app would add is the countdown's ticking, the
/// copy kept for offline and the service worker. (An address without a
/// language got the visitor's before the page painted: `js/language.js`.)
/// The campaign is the build's (the bundle is): nothing is parsed.
fn finish_without_the_app(
    window: &Window,
    build: &JsValue,
    bytes: Object,
    sha256: String,
) -> Result<(), JsValue> {
    if let Err(e) = tick_the_countdown(window, build) {
        web_sys::console::warn_2(&"the countdown cannot tick:".into(), &e);
    }
    wasm_bindgen_futures::spawn_local(async move {
        if !storage::keep_last_good_bytes(&bytes, &sha256).await {
            web_sys::console::warn_1(&"no copy of the bundle kept for offline use".into());
        }
        // Complete: the copy kept too, for a visitor who leaves at once.
        AppState::Current.mark();
        if let Err(e) = solidarity_browser::worker::register_service_worker().await {
            web_sys::console::warn_2(&"offline copy unavailable:".into(), &e);
        }
    });
    Ok(())
}

thread_local! {
    /// The page's countdown, ticking as long as the page lives.
    static COUNTDOWN: RefCell<Option<PageCountdown>> = const { RefCell::new(None) };
}

fn tick_the_countdown(window: &Window, build: &JsValue) -> Result<(), JsValue> {
    let section = window.document().and_then(|d| {
        d.query_selector("#prerendered section.countdown")
            .ok()
            .flatten()
    });
    let Some(section) = section else {
        return Ok(());
    };
    let campaign = Reflect::get(build, &"campaign".into())?;
    let countdown = PageCountdown::new(section, campaign)?;
    COUNTDOWN.with(|c| *c.borrow_mut() = Some(countdown));
    let tick = Closure::<dyn FnMut()>::new(|| {
        COUNTDOWN.with(|c| {
            if let Some(countdown) = c.borrow_mut().as_mut() {
                countdown.tick();
            }
        })
    });
    window.set_interval_with_callback_and_timeout_and_arguments_0(
        tick.as_ref().unchecked_ref(),
        1000,
    )?;
    tick.forget();
    Ok(())
}
