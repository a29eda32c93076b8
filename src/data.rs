//! Loading the bundle: the only module that talks to the network or storage.
//!
//! The bundle is fetched once per visit (and again on "Try again"), validated
//! by the core — the same checks `bundle check` runs — and shared with every
//! page through context. The last bundle that passed is kept in the browser's
//! storage: when a later one cannot be fetched or is invalid, visitors read
//! that copy, with a notice, rather than an error or half a site.

use gloo_net::http::Request;
use leptos::prelude::*;
use solidarity_core::validate::{validate, Problem};
use solidarity_core::Site;
use std::sync::Arc;

/// Where the site reads its bundle; served from `public/data/`.
pub const BUNDLE_URL: &str = "/data/bundle.json";

/// The storage key of the last bundle that passed validation.
const LAST_GOOD_KEY: &str = "solidarity-day:last-good-bundle";

/// Why the site could not show the current bundle.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// No answer: offline, DNS, connection reset.
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The file arrived but is not a valid bundle.
    Invalid(Vec<Problem>),
}

/// A bundle ready to show.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub site: Arc<Site>,
    /// Set when this is the saved copy from an earlier visit, and why.
    pub stale: Option<LoadError>,
}

pub type LoadResult = Result<Loaded, LoadError>;

/// A bundle an editor opened on the preview page; never leaves the browser.
#[derive(Clone, Debug)]
pub struct Preview {
    pub file_name: String,
    /// What could be read of it; `None` if nothing could.
    pub site: Option<Arc<Site>>,
    pub problems: Arc<Vec<Problem>>,
}

/// The bundle as every page sees it.
#[derive(Clone, Copy)]
pub struct SiteData {
    bundle: LocalResource<LoadResult>,
    attempt: RwSignal<u32>,
    preview: RwSignal<Option<Preview>>,
}

impl SiteData {
    /// Starts loading the bundle and makes it available to the pages below.
    pub fn provide() {
        let attempt = RwSignal::new(0u32);
        let bundle = LocalResource::new(move || {
            attempt.track();
            load_site()
        });
        provide_context(SiteData {
            bundle,
            attempt,
            preview: RwSignal::new(None),
        });
    }

    /// The site to show: the editor's preview if there is one, else the live bundle.
    pub async fn load(&self) -> LoadResult {
        if let Some(site) = self
            .preview
            .with_untracked(|p| p.as_ref().and_then(|p| p.site.clone()))
        {
            return Ok(Loaded { site, stale: None });
        }
        self.bundle.await
    }

    /// Tracks the preview, so that views re-render when it starts or ends.
    pub fn track_preview(&self) {
        self.preview.track();
    }

    /// Why the live bundle is not shown, when a saved copy is.
    pub fn stale(&self) -> Option<LoadError> {
        self.bundle
            .get()
            .and_then(Result::ok)
            .and_then(|loaded| loaded.stale)
    }

    /// Fetches the bundle again.
    pub fn retry(&self) {
        self.attempt.update(|n| *n += 1);
    }

    pub fn preview(&self) -> Option<Preview> {
        self.preview.get()
    }

    /// Shows the whole site from `text`, an editor's local file.
    pub fn start_preview(&self, file_name: String, text: &str) {
        let report = validate(text);
        let problems = Arc::new(report.problems);
        let site = report.readable.map(|bundle| Arc::new(Site::draft(bundle)));
        self.preview.set(Some(Preview {
            file_name,
            site,
            problems,
        }));
    }

    pub fn end_preview(&self) {
        self.preview.set(None);
    }
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}

/// The live bundle, or the last good one with the reason it is shown instead.
async fn load_site() -> LoadResult {
    let fresh = match fetch_text().await {
        Ok(text) => match measured("bundle-validate", || Site::from_json(&text)) {
            Ok(site) => {
                for warning in &site.warnings {
                    leptos::logging::warn!("bundle: {warning}");
                }
                save_last_good(&text);
                return Ok(Loaded {
                    site: Arc::new(site),
                    stale: None,
                });
            }
            Err(invalid) => {
                for problem in &invalid.problems {
                    leptos::logging::warn!("bundle: {problem}");
                }
                LoadError::Invalid(invalid.problems)
            }
        },
        Err(error) => error,
    };
    match load_last_good() {
        Some(site) => Ok(Loaded {
            site: Arc::new(site),
            stale: Some(fresh),
        }),
        None => Err(fresh),
    }
}

async fn fetch_text() -> Result<String, LoadError> {
    let response = Request::get(BUNDLE_URL)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

fn storage() -> Option<web_sys::Storage> {
    // Storage may be disabled (private modes, strict settings): then there is
    // simply no saved copy.
    web_sys::window()?.local_storage().ok().flatten()
}

fn save_last_good(text: &str) {
    if let Some(storage) = storage() {
        if storage.set_item(LAST_GOOD_KEY, text).is_err() {
            // Over the quota: an old copy would be worse than none.
            let _ = storage.remove_item(LAST_GOOD_KEY);
            leptos::logging::warn!("bundle too large to keep a copy for offline use");
        }
    }
}

fn load_last_good() -> Option<Site> {
    let text = storage()?.get_item(LAST_GOOD_KEY).ok().flatten()?;
    // Checked again: it could be from an older version of the site.
    Site::from_json(&text).ok()
}

/// Runs `f` between two performance marks, so that benchmarks (and the
/// browser's performance panel) can read how long it took under `name`.
fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let (start, end) = (format!("{name}-start"), format!("{name}-end"));
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = f();
    if let Some(p) = &performance {
        let _ = p.mark(&end);
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
    }
    result
}
