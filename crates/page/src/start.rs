//! What a prerendered page does once it has painted: the decisions of its
//! start-up, which its loader script (`js/start.js`) only carries out.
//!
//! The loader loads this wasm and calls [`start`] with what the build wrote
//! into the page (the `#build` block: the SHA-256 of the bundle the pages
//! were written from, and its campaign) and the helper thread it started
//! ([`Check`], `js/check.js`), which fetches and hashes the live bundle. If
//! it is, byte for byte, the built one, the page already is what the app
//! would render and is finished without the app, its bytes kept for offline
//! by that thread; otherwise the loader is told to load the app, and the
//! thread, which holds them, is left running for it: the loader hands it to
//! the app ([`solidarity_browser::storage::BundleThread::adopted`]), which
//! has it read them there.

use js_sys::Reflect;
use solidarity_browser::helper::Helper;
use solidarity_browser::storage;
use solidarity_browser::AppState;
use solidarity_core::paging;
use wasm_bindgen::prelude::*;

/// Starts the page: `build` is the page's `#build` block (as `JSON.parse`
/// made it), `check` the loader's helper thread (`undefined` if it could not
/// start one). Resolves to `true` when the app must take over (the bundle
/// changed, could not be fetched, or the address asks for more than the
/// page shows), `false` when the page is complete without it.
#[wasm_bindgen]
pub async fn start(build: JsValue, check: JsValue) -> Result<bool, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    // Until the app replaces them, if it comes.
    crate::buttons::wire_forgetting();
    crate::buttons::wire_sharing();

    let Some(check) = Helper::of(check).map(Check) else {
        // The app fetches the bundle itself.
        return Ok(true);
    };
    let Some(live) = check.hash().await else {
        // The app has the thread try again, and retries.
        check.0.release();
        return Ok(true);
    };
    let built = Reflect::get(&build, &"bundle_sha256".into())?.as_string();
    let elsewhere = AppState::Elsewhere.is_marked();
    // A list's page asked by the query of earlier links (`?page=2`) is more
    // than the page shows; any other query (`?from=partner`) is not.
    let asks_more = paging::query_names_a_page(&window.location().search()?);
    let current = match (built, live) {
        (Some(built), Some(live)) if !elsewhere && !asks_more && built == live => Some(built),
        _ => None,
    };
    let Some(sha256) = current else {
        // The bytes stay where they came: only the app reads them, there.
        check.0.release();
        return Ok(true);
    };
    // (Only the build of this module for the pages that show a countdown.)
    #[cfg(feature = "countdown")]
    if let Err(e) = countdown::tick(&window, &build) {
        web_sys::console::warn_2(&"the countdown cannot tick:".into(), &e);
    }
    finish_without_the_app(check, sha256);
    Ok(false)
}

/// The page's helper thread (a dedicated worker, `js/check.js`), which
/// the loader started and asked to fetch the live bundle, and which holds
/// its bytes: the page's main thread never has them (25 MB at 10,000
/// posts), whether the page is current or the app reads them in that
/// thread. It is asked one question at a time, and ended with the last
/// (or left to the app).
struct Check(Helper);

impl Check {
    /// The live bundle's SHA-256 (lowercase hex): `None` if it could not
    /// be fetched, `Some(None)` if the browser cannot hash (no SubtleCrypto:
    /// plain http on a public host), so that nothing can be compared.
    async fn hash(&self) -> Option<Option<String>> {
        let answer = self.0.ask("hash", &true.into()).await?;
        Some(Reflect::get(&answer, &"sha256".into()).ok()?.as_string())
    }

    /// Keeps the bytes, whose SHA-256 is `sha256`, as the last good bundle
    /// ([`storage::keep_fetched`]); whether they are kept. The last
    /// question.
    async fn keep(self, sha256: &str) -> bool {
        storage::keep_fetched(self.0, sha256).await
    }
}

/// A current page: what the app would add besides the countdown's ticking
/// is the copy kept for offline and the service worker. (An address without
/// a language got the visitor's before the page painted: `js/language.js`.)
/// The campaign is the build's (the bundle is): nothing is parsed.
fn finish_without_the_app(check: Check, sha256: String) {
    wasm_bindgen_futures::spawn_local(async move {
        if !check.keep(&sha256).await {
            web_sys::console::warn_1(&"no copy of the bundle kept for offline use".into());
        }
        // Complete: the copy kept too, for a visitor who leaves at once.
        AppState::Current.mark();
        if let Err(e) = solidarity_browser::worker::register_service_worker().await {
            web_sys::console::warn_2(&"offline copy unavailable:".into(), &e);
        }
    });
}

/// The page's countdown, ticking: only in the module built for the pages
/// that show one (the `countdown` feature), which the prerender names in
/// those pages' `#build` block.
#[cfg(feature = "countdown")]
mod countdown {
    use crate::dom::PageCountdown;
    use js_sys::Reflect;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use web_sys::Window;

    thread_local! {
        /// The page's countdown, ticking as long as the page lives.
        static COUNTDOWN: RefCell<Option<PageCountdown>> = const { RefCell::new(None) };
    }

    pub(super) fn tick(window: &Window, build: &JsValue) -> Result<(), JsValue> {
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
}
