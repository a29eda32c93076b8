//! What the site's browser code does with the visitor's device and the
//! browser, written once for the app (`src/`), for what prerendered pages
//! run without it (`crates/page`) and, for the clock, for the partners'
//! widget: the bundle's address, what is kept in storage (the last good
//! bundle, the language chosen), the service worker that keeps the offline
//! copy, the clock, and forgetting all of it.
//!
//! Every function here fails quietly where the browser refuses (storage
//! off in a private mode, no service worker over plain http): the site then
//! simply works without what it would have kept.

pub mod forget;
pub mod storage;
pub mod worker;

pub use forget::forget_this_site;

/// Where the site's bundle is served from (`public/data/bundle.json`).
pub const BUNDLE_URL: &str = "/data/bundle.json";

/// The moment, in whole seconds since the Unix epoch, by the device's clock.
pub fn now_unix_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0).floor() as i64
}

/// The browser's languages, in the visitor's order of preference.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default()
}
