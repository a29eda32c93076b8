//! What the site's browser code does with the visitor's device and the
//! browser, written once for the app (`src/`), for what prerendered pages
//! run without it (`crates/page`) and, for the clock, for the partners'
//! widget: the bundle's address, what is kept in storage (the last good
//! bundle, the language chosen), the service worker that keeps the offline
//! copy, the clock, sharing a page, the "Take part" page's report form, and
//! forgetting all of it.
//!
//! Every function here fails quietly where the browser refuses (storage
//! off in a private mode, no service worker over plain http): the site then
//! simply works without what it would have kept.

pub mod arrived;
pub mod forget;
pub mod frame;
pub mod helper;
pub mod report_form;
pub mod share;
pub mod storage;
pub mod worker;

pub use forget::forget_this_site;

/// The id of the block in which the build tells a page's code what it
/// loads (`<script type="application/json" id="build">`: a prerendered
/// page's loader, its wasm and the visitors' app read it).
pub const BUILD_BLOCK_ID: &str = "build";

/// The page's `#build` block, parsed; `None` where the page has none
/// (Trunk's development server writes none).
pub fn build_block() -> Option<wasm_bindgen::JsValue> {
    let block = web_sys::window()?
        .document()?
        .get_element_by_id(BUILD_BLOCK_ID)?
        .text_content()?;
    js_sys::JSON::parse(&block).ok()
}

/// The visitor's language: the one they chose with the switcher, else the
/// first of their browser's languages the site speaks, else the default
/// ([`solidarity_core::i18n::Lang::preferred`]).
pub fn preferred_lang() -> solidarity_core::i18n::Lang {
    let chosen = storage::chosen_lang();
    let languages = browser_languages();
    solidarity_core::i18n::Lang::preferred(chosen.as_deref(), languages.iter().map(String::as_str))
}

/// Lets the browser run what is waiting (input, paint) before going on:
/// what follows runs in a task of its own. On a slow phone no single task
/// then holds a tap back for long.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window()
            .is_some_and(|window| window.set_timeout_with_callback(&resolve).is_ok());
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Where the site's bundle is served from (`public/data/bundle.json`).
pub const BUNDLE_URL: &str = "/data/bundle.json";

/// How long a visitor with a saved copy waits for the live bundle before
/// reading the copy; the live one replaces it if it arrives.
pub const SLOW_AFTER: std::time::Duration = std::time::Duration::from_secs(4);

/// Waits between automatic retries after `failures` failed fetches in a
/// row: doubling, so a site that is down is not hammered by every open tab.
pub fn retry_delay(failures: u32) -> std::time::Duration {
    std::time::Duration::from_secs(2u64.saturating_pow(failures.clamp(1, 6)).min(60))
}

/// Runs `f` between two performance marks, so that benchmarks (and the
/// browser's performance panel) can read how long it took under `name`: on
/// the page, or in the helper thread that runs it.
pub fn measured<T>(name: &str, f: impl FnOnce() -> T) -> T {
    use wasm_bindgen::JsCast;
    let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok());
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

/// How many of a bundle's problems the console lists.
pub const PROBLEMS_LISTED: usize = 10;

/// Says a bundle's `problems` (its warnings, or why it is refused) in the
/// console, in one message: the first [`PROBLEMS_LISTED`], then how many
/// more. A message each took a slow phone's main thread seconds on a real
/// bundle's thousands of warnings (10,000 posts, 2,000 actions without a
/// position), for a console editors do not read: `bundle check` and the
/// preview list them all, with their lines.
pub fn warn_of(problems: &[solidarity_core::validate::Problem]) {
    use std::fmt::Write;
    if problems.is_empty() {
        return;
    }
    let mut message = String::new();
    for problem in problems.iter().take(PROBLEMS_LISTED) {
        let _ = writeln!(message, "bundle: {problem}");
    }
    if let Some(more) = problems
        .len()
        .checked_sub(PROBLEMS_LISTED)
        .filter(|&n| n > 0)
    {
        let _ = write!(
            message,
            "bundle: and {more} more (`bundle check` or the preview lists them all)"
        );
    }
    web_sys::console::warn_1(&message.trim_end().into());
}

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

/// Where the page is in its start-up, as `<html data-app=…>`: for the
/// stylesheet, for tests, and for anyone reading the page's state in the
/// inspector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppState {
    /// The app is on screen.
    Live,
    /// A prerendered page stays, with a notice, because the live bundle
    /// could not be shown and no copy was saved; the app keeps trying.
    Built,
    /// A prerendered page is complete as written (the live bundle is the
    /// one it was written from): no app.
    Current,
    /// A prerendered page read at an address it was not written for
    /// (hidden until the app renders the address). Marked by the page's
    /// loader, before any wasm, so that it is never seen.
    Elsewhere,
}

impl AppState {
    pub fn name(self) -> &'static str {
        match self {
            AppState::Live => "live",
            AppState::Built => "built",
            AppState::Current => "current",
            AppState::Elsewhere => "elsewhere",
        }
    }

    /// Whether the document is marked so.
    pub fn is_marked(self) -> bool {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute("data-app"))
            .is_some_and(|state| state == self.name())
    }

    /// Marks the document.
    pub fn mark(self) {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("data-app", self.name());
        }
    }
}
