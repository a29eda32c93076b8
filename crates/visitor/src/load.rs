//! The bundle: fetched (or read in the thread of a prerendered page that
//! fetched it already), checked, kept for the next visit; the last good
//! copy read back when the live one cannot be shown.

use solidarity_browser::arrived::Arrived;
use solidarity_browser::storage::{BundleThread, Read, ToRead};
use solidarity_core::bundle::Campaign;
use solidarity_core::validate::Problem;
use solidarity_core::Site;
use std::rc::Rc;

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

/// The live bundle: the one `thread` fetched itself, if it is a prerendered
/// page's thread that did (once: a retry fetches anew), else fetched here.
pub async fn live(thread: &BundleThread) -> Result<ToRead, LoadError> {
    if thread.take_fetched() {
        return Ok(ToRead::Fetched);
    }
    let arrived = Arrived::live().await;
    arrived
        .map(ToRead::Here)
        .map_err(|_| LoadError::Unreachable)
}

/// A bundle that passed, and where it was read.
#[derive(Clone)]
pub enum Shown {
    /// On the page's main thread, which renders its pages: the saved copy,
    /// or a bundle the helper thread did not read.
    Here(Rc<Site>),
    /// In the helper thread, which keeps it and renders its pages
    /// ([`crate::render`]); here, its campaign (the countdown, the titles),
    /// and whether it is the copy of an earlier visit.
    Thread { campaign: Rc<Campaign>, saved: bool },
}

impl Shown {
    pub fn campaign(&self) -> &Campaign {
        match self {
            Shown::Here(site) => &site.bundle.campaign,
            Shown::Thread { campaign, .. } => campaign,
        }
    }

    /// A bundle the thread read, from its campaign's JSON.
    fn in_thread(campaign: &str, saved: bool) -> Option<Shown> {
        let campaign = Rc::new(serde_json::from_str(campaign).ok()?);
        Some(Shown::Thread { campaign, saved })
    }
}

/// `bundle` checked, by `thread` (or here, if it cannot), and kept by it
/// for the next visit before it is shown (a visitor who leaves at once has
/// it); or its problems.
pub async fn checked(bundle: ToRead, thread: &BundleThread) -> Result<Shown, LoadError> {
    let bundle = match thread.read(bundle, &wasm_bindgen::module()).await {
        Read::Taken(campaign) => {
            return Shown::in_thread(&campaign, false).ok_or(LoadError::Unreachable);
        }
        // Read here, for its problems (or because the thread cannot).
        Read::Refused(bundle) => bundle,
        // The thread failed with the bytes: fetched again by the retry, and
        // read by a new thread (or here).
        Read::Lost | Read::Absent => return Err(LoadError::Unreachable),
    };
    // The reading in a task of its own, after the one that fetched: on a
    // slow phone no single task then blocks input for long.
    solidarity_browser::next_task().await;
    match solidarity_browser::measured("bundle-validate", || Site::from_bytes(bundle.bytes())) {
        Ok(site) => {
            solidarity_browser::warn_of(&site.warnings);
            if !thread.keep(bundle).await {
                warn("no copy of the bundle kept for offline use");
            }
            Ok(Shown::Here(Rc::new(site)))
        }
        Err(invalid) => {
            solidarity_browser::warn_of(&invalid.problems);
            Err(LoadError::Invalid(invalid.problems))
        }
    }
}

/// The copy kept on an earlier visit, if there is one and it still passes
/// (it could be from an older version of the site): read by `thread`, which
/// keeps it, or here if the thread cannot.
pub async fn last_good(thread: &BundleThread) -> Option<Shown> {
    match thread.read(ToRead::Saved, &wasm_bindgen::module()).await {
        Read::Taken(campaign) => Shown::in_thread(&campaign, true),
        Read::Refused(bundle) => {
            let site = Site::from_bytes(bundle.bytes()).ok()?;
            Some(Shown::Here(Rc::new(site)))
        }
        Read::Lost | Read::Absent => None,
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
