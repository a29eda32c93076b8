//! The bundle: fetched (or taken from a prerendered page that fetched it
//! already), checked, kept for the next visit; the last good copy read
//! back when the live one cannot be shown.

use solidarity_browser::arrived::Arrived;
use solidarity_browser::storage::{self, Keeper};
use solidarity_core::validate::Problem;
use solidarity_core::Site;

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

/// The live bundle: the one a prerendered page fetched and handed over,
/// once, else fetched.
pub async fn live() -> Result<Arrived, LoadError> {
    Arrived::live().await.map_err(|_| LoadError::Unreachable)
}

/// The largest bundle whose reading the helper thread runs first (1 MB,
/// some 400 posts).
const WARM_UP_TO: usize = 1 << 20;

/// `bundle` checked: the site to show, kept for the next visit by
/// `keeper` (a helper thread) before it is shown (a visitor who leaves at
/// once has it), or its problems.
pub async fn checked(bundle: Arrived, keeper: Keeper) -> Result<Site, LoadError> {
    // Its code compiled off this thread first (crate::warm), while this
    // one waits idle: only where that is short, a bundle of a few posts.
    // (On a large one, compiling is a small part of the reading.)
    if bundle.size() <= WARM_UP_TO {
        keeper.warm(&bundle, &wasm_bindgen::module()).await;
    }
    match solidarity_browser::measured("bundle-validate", || Site::from_bytes(bundle.bytes())) {
        Ok(site) => {
            solidarity_browser::warn_of(&site.warnings);
            if !keeper.keep(bundle).await {
                warn("no copy of the bundle kept for offline use");
            }
            Ok(site)
        }
        Err(invalid) => {
            solidarity_browser::warn_of(&invalid.problems);
            Err(LoadError::Invalid(invalid.problems))
        }
    }
}

/// The copy kept on an earlier visit, if there is one and it still passes
/// (it could be from an older version of the site).
pub async fn last_good() -> Option<Site> {
    Site::from_bytes(storage::last_good().await?).ok()
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
