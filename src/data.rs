//! Loading the bundle: fetching it, keeping its last good copy in storage
//! ([`solidarity_browser::storage`]), retrying.
//!
//! The bundle is fetched once per visit, validated by the core — the same
//! checks `bundle check` runs — and shared with every page through context.
//! The last bundle that passed is kept in the browser's storage: when a later
//! one cannot be fetched, is invalid, or is slow to come, visitors read that
//! copy, with a notice, rather than an error, a blank page or half a site.
//! A fetch that failed is tried again by itself, less and less often.

use futures::future::{select, Either};
use leptos::prelude::*;
use leptos::task::spawn_local;
use solidarity_browser::arrived::{Arrived, Unfetched};
use solidarity_browser::{retry_delay, storage, SLOW_AFTER};
use solidarity_core::validate::Problem;
use solidarity_core::Site;
use solidarity_render::notices::Failure;
use std::sync::Arc;
use std::time::Duration;

/// Why the site could not show the current bundle.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// No answer: offline, DNS, connection reset.
    Network(String),
    /// No answer yet after [`SLOW_AFTER`]; still waiting for it.
    Slow,
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

/// What the notices ([`solidarity_render::notices`]) say of `error`.
pub fn failure(error: &LoadError) -> Failure<'_> {
    match error {
        LoadError::Invalid(problems) => Failure::Invalid(problems),
        LoadError::Network(_) | LoadError::Http(_) | LoadError::Slow => Failure::Unreachable,
    }
}

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
    /// Failed fetches in a row; sets the wait before the next retry.
    failures: StoredValue<u32>,
    /// When the next automatic retry is due, while one is.
    retry_in: RwSignal<Option<Duration>>,
    retry_timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl SiteData {
    /// Starts loading the bundle and makes it available to the pages below.
    pub fn provide() -> SiteData {
        let attempt = RwSignal::new(0u32);
        // A slow fetch that finished after the saved copy was shown.
        let late = StoredValue::new_local(None);
        let bundle = LocalResource::new(move || {
            attempt.track();
            load_site(late, attempt)
        });
        let data = SiteData {
            bundle,
            attempt,
            preview: RwSignal::new(None),
            failures: StoredValue::new(0),
            retry_in: RwSignal::new(None),
            retry_timer: StoredValue::new_local(None),
        };
        // A fetch that failed (the server down, the network gone) is tried
        // again by itself; an invalid bundle is not: only an editor fixes it.
        Effect::new(move |_| {
            let failed = match data.bundle.get() {
                Some(Err(LoadError::Network(_) | LoadError::Http(_))) => true,
                Some(Ok(Loaded {
                    stale: Some(LoadError::Network(_) | LoadError::Http(_)),
                    ..
                })) => true,
                Some(_) => {
                    data.failures.set_value(0);
                    false
                }
                None => false,
            };
            if failed {
                let failures = data.failures.get_value() + 1;
                data.failures.set_value(failures);
                data.schedule_retry(retry_delay(failures));
            }
        });
        provide_context(data);
        data
    }

    fn schedule_retry(&self, delay: Duration) {
        let data = *self;
        data.cancel_retry();
        match set_timeout_with_handle(move || data.fetch_again(), delay) {
            Ok(handle) => {
                data.retry_timer.set_value(Some(handle));
                data.retry_in.set(Some(delay));
            }
            Err(e) => leptos::logging::warn!("cannot schedule a retry: {e:?}"),
        }
    }

    fn cancel_retry(&self) {
        if let Some(handle) = self.retry_timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        self.retry_in.set(None);
    }

    fn fetch_again(&self) {
        self.cancel_retry();
        self.attempt.update(|n| *n += 1);
    }

    /// The wait before the next automatic retry, while one is scheduled.
    pub fn retry_in(&self) -> Option<Duration> {
        self.retry_in.get()
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

    /// Fetches the bundle again now ("Try again").
    pub fn retry(&self) {
        self.fetch_again();
    }

    pub fn preview(&self) -> Option<Preview> {
        self.preview.get()
    }

    /// Shows the whole site from `bytes`, an editor's local file.
    pub fn start_preview(&self, file_name: String, bytes: Vec<u8>) {
        use solidarity_core::validate::{text_of, validate, Report};
        let report = match text_of(bytes) {
            Ok(text) => validate(&text),
            Err(problem) => Report {
                readable: None,
                problems: vec![problem],
            },
        };
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

/// Waits `duration` without blocking anything.
async fn sleep(duration: Duration) {
    let (tell, told) = futures::channel::oneshot::channel::<()>();
    if set_timeout_with_handle(
        move || {
            let _ = tell.send(());
        },
        duration,
    )
    .is_ok()
    {
        let _ = told.await;
    }
}

/// The bundle. With a saved copy to fall back on, gives up waiting
/// after [`SLOW_AFTER`] (`LoadError::Slow`) but lets the fetch finish: its
/// result is kept in `late` and the bundle loaded again from it.
async fn fetch_patiently(
    late: StoredValue<Option<Result<Arrived, LoadError>>, LocalStorage>,
    attempt: RwSignal<u32>,
) -> Result<Arrived, LoadError> {
    if let Some(arrived) = late.try_update_value(Option::take).flatten() {
        return arrived;
    }
    if !storage::has_last_good().await {
        return fetch_bundle().await;
    }
    let fetch = Box::pin(fetch_bundle());
    match select(fetch, Box::pin(sleep(SLOW_AFTER))).await {
        Either::Left((text, _)) => text,
        Either::Right(((), still_fetching)) => {
            spawn_local(async move {
                let arrived = still_fetching.await;
                late.set_value(Some(arrived));
                attempt.update(|n| *n += 1);
            });
            Err(LoadError::Slow)
        }
    }
}

/// The live bundle, or the last good one with the reason it is shown instead.
async fn load_site(
    late: StoredValue<Option<Result<Arrived, LoadError>>, LocalStorage>,
    attempt: RwSignal<u32>,
) -> LoadResult {
    // The thread that keeps a good bundle starts while it arrives.
    let keeper = storage::BundleThread::start();
    let fetched = fetch_patiently(late, attempt).await;
    // Reading the bundle, and then rendering it, each in a task of its own:
    // on a slow phone no single task then blocks input for long.
    solidarity_browser::next_task().await;
    let fresh = match fetched {
        Ok(bundle) => {
            match solidarity_browser::measured("bundle-validate", || {
                Site::from_bytes(bundle.bytes())
            }) {
                Ok(site) => {
                    solidarity_browser::warn_of(&site.warnings);
                    // Kept before it is shown: a visitor who leaves the page
                    // at once has it on the next visit.
                    if !keeper.keep(bundle).await {
                        leptos::logging::warn!("no copy of the bundle kept for offline use");
                    }
                    solidarity_browser::next_task().await;
                    return Ok(Loaded {
                        site: Arc::new(site),
                        stale: None,
                    });
                }
                Err(invalid) => {
                    solidarity_browser::warn_of(&invalid.problems);
                    LoadError::Invalid(invalid.problems)
                }
            }
        }
        Err(error) => error,
    };
    match load_last_good().await {
        Some(site) => Ok(Loaded {
            site: Arc::new(site),
            stale: Some(fresh),
        }),
        None => Err(fresh),
    }
}

async fn fetch_bundle() -> Result<Arrived, LoadError> {
    Arrived::live().await.map_err(|unfetched| match unfetched {
        Unfetched::Network(said) => LoadError::Network(said),
        Unfetched::Http(status) => LoadError::Http(status),
    })
}

async fn load_last_good() -> Option<Site> {
    // Checked again: it could be from an older version of the site.
    Site::from_bytes(storage::last_good().await?).ok()
}
