//! Loading the bundle: the only module that talks to the network.
//!
//! The bundle is fetched once per visit (and again on "Try again"), parsed and
//! validated by the core, and shared with every page through context.

use gloo_net::http::Request;
use leptos::prelude::*;
use solidarity_core::validate::Problem;
use solidarity_core::Site;
use std::sync::Arc;

/// Where the site reads its bundle; served from `public/data/`.
pub const BUNDLE_URL: &str = "/data/bundle.json";

/// Why the site has no bundle to show.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// No answer: offline, DNS, connection reset.
    Network(String),
    /// The server answered with an error status.
    Http(u16),
    /// The file arrived but is not a valid bundle.
    Invalid(Vec<Problem>),
}

pub type Loaded = Result<Arc<Site>, LoadError>;

/// The bundle as every page sees it.
#[derive(Clone, Copy)]
pub struct SiteData {
    bundle: LocalResource<Loaded>,
    attempt: RwSignal<u32>,
}

impl SiteData {
    /// Starts loading the bundle and makes it available to the pages below.
    pub fn provide() {
        let attempt = RwSignal::new(0u32);
        let bundle = LocalResource::new(move || {
            attempt.track();
            fetch_site()
        });
        provide_context(SiteData { bundle, attempt });
    }

    /// The load result, once it is there.
    pub async fn load(&self) -> Loaded {
        self.bundle.await
    }

    /// Fetches the bundle again, after a failure.
    pub fn retry(&self) {
        self.attempt.update(|n| *n += 1);
    }
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}

async fn fetch_site() -> Loaded {
    let response = Request::get(BUNDLE_URL)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    let site = Site::from_json(&text).map_err(|invalid| LoadError::Invalid(invalid.problems))?;
    for warning in &site.warnings {
        leptos::logging::warn!("bundle: {warning}");
    }
    Ok(Arc::new(site))
}
