//! The bundle: fetched (or taken from a prerendered page that fetched it
//! already), checked, kept for the next visit; the last good copy read
//! back when the live one cannot be shown.

use solidarity_browser::storage::{self, Keeper};
use solidarity_browser::{handover, BUNDLE_URL};
use solidarity_core::validate::Problem;
use solidarity_core::Site;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why the live bundle is not shown.
#[derive(Clone, Debug)]
pub enum LoadError {
    /// No answer (offline, DNS, a reset connection) or an error status:
    /// tried again by itself.
    Unreachable,
    /// No answer yet, with a saved copy to read meanwhile.
    Slow,
    /// The file arrived and is not a valid bundle: only an editor fixes
    /// it, so it is not tried again by itself.
    Invalid(Vec<Problem>),
}

/// The live bundle's text: the one a prerendered page fetched and handed
/// over, once, else fetched.
pub async fn text() -> Result<String, LoadError> {
    if let Some(text) = handover::take() {
        return Ok(text);
    }
    fetch_text().await.ok_or(LoadError::Unreachable)
}

async fn fetch_text() -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(BUNDLE_URL))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// `text` checked: the site to show, kept for the next visit by
/// `keeper` (a helper thread) before it is shown (a visitor who leaves at
/// once has it), or its problems.
pub async fn checked(text: &str, keeper: Keeper) -> Result<Site, LoadError> {
    match solidarity_browser::measured("bundle-validate", || Site::from_json(text)) {
        Ok(site) => {
            for warning in &site.warnings {
                warn(&format!("bundle: {warning}"));
            }
            if !keeper.keep(text).await {
                warn("no copy of the bundle kept for offline use");
            }
            Ok(site)
        }
        Err(invalid) => {
            for problem in &invalid.problems {
                warn(&format!("bundle: {problem}"));
            }
            Err(LoadError::Invalid(invalid.problems))
        }
    }
}

/// The copy kept on an earlier visit, if there is one and it still passes
/// (it could be from an older version of the site).
pub async fn last_good() -> Option<Site> {
    let text = storage::last_good().await?;
    Site::from_json(&text).ok()
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
