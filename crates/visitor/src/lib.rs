//! The visitors' app, without a framework: it fetches the bundle, checks
//! it as `bundle check` does ([`solidarity_core::Site::from_json`]),
//! renders the address with the same code the build wrote the prerendered
//! pages with ([`solidarity_render::page`]) and puts it in the page; then
//! it follows the visitor's clicks from page to page without reloading.
//! The checking and rendering are done in its helper thread, by this same
//! module ([`read`], [`render`]).
//!
//! It is loaded where a page cannot be complete without it: a prerendered
//! page whose live bundle changed since the build (then it takes over the
//! page once it has the live bundle), and every address that
//! was not prerendered (a post added since the build; `shell.html`). The
//! editors' preview and the partners' embed page are another build's.
//!
//! A string rendered and set as one element's HTML needs neither a
//! reactive graph nor a router nor the DOM code of every element: that is
//! what keeps this app within its budget (150 KB brotli).

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod document;
#[cfg(target_arch = "wasm32")]
mod load;
#[cfg(target_arch = "wasm32")]
mod morph;
#[cfg(target_arch = "wasm32")]
mod timer;

/// Starts the app, in a task after the one that instantiated the wasm: two
/// short tasks rather than one long one that would hold up a tap on a slow
/// phone.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    timer::after(0, app::mount);
}

/// Makes `worker`, the helper thread the page's loader started
/// (`crates/page/js/start.js`), the app's: it reads the live bundle, the
/// one it fetched if `fetched` (a prerendered page's), and renders the
/// pages ([`read`], [`render`]). Called by the loader before the app
/// starts.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn adopt(worker: wasm_bindgen::JsValue, fetched: bool) {
    app::adopt(worker, fetched);
}

// The bundle read, and its pages rendered, in the app's helper thread
// (`crates/page/js/check.js`, which runs this same module), so that the
// page's main thread only puts the pages it is sent in place. Reading the
// bundle is one task that cannot be cut up: at 10,000 posts (25 MB) it took
// 330 ms of the main thread at full speed (`node scripts/bench-browser.mjs
// 3 target/bench/big.json`), 1.3 s of a phone's (Lighthouse's TBT); a
// visitor's tap would wait that long. `load.rs` reads a bundle on the main
// thread only where the helper cannot: it refused the bundle (for its
// problems, which the page shows), or it cannot run this module.

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// In the helper thread: the last live bundle [`read`] that passed,
    /// and the last copy of an earlier visit. (Both, at times: the app
    /// shows the copy, and takes the live one only if it comes in time.)
    static READ: std::cell::RefCell<[Option<solidarity_core::Site>; 2]> = Default::default();
}

/// In the helper thread: reads and checks `bytes` (`saved`: the copy of an
/// earlier visit) as `bundle check` does ([`solidarity_core::Site`]); if
/// they pass, keeps them for [`render`] and gives their campaign (its JSON,
/// for the main thread's countdown and titles), else `None`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn read(bytes: &[u8], saved: bool) -> Option<String> {
    let read = || solidarity_core::Site::from_bytes(bytes.to_vec());
    let site = solidarity_browser::measured("bundle-validate", read).ok()?;
    solidarity_browser::warn_of(&site.warnings);
    let campaign = serde_json::to_string(&site.bundle.campaign).ok()?;
    READ.with(|read| read.borrow_mut()[usize::from(saved)] = Some(site));
    Some(campaign)
}

/// In the helper thread: the page at `path` and `query` from the bundle
/// [`read`] last (`saved`: the copy), framed, with `notices` above it, as
/// the app renders a bundle it read itself: its title, its head's elements
/// and its body (HTML). `None` before a bundle is read, or for an address
/// without a language (the main thread gives it one first).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn render(
    path: &str,
    query: &str,
    fragment: &str,
    notices: String,
    saved: bool,
    now: f64,
) -> Option<js_sys::Array> {
    READ.with(|read| {
        let read = read.borrow();
        let site = read[usize::from(saved)].as_ref()?;
        let address = solidarity_render::page::Address::of(path, query);
        let lang = address.lang()?;
        let notices = maud::PreEscaped(notices);
        let page = app::site_page(site, address, lang, path, fragment, notices, now as i64);
        let [title, head, body] =
            [page.title, page.head.0, page.body.0].map(wasm_bindgen::JsValue::from);
        Some(js_sys::Array::of3(&title, &head, &body))
    })
}

// A free-list allocator of a few hundred bytes instead of dlmalloc's ~7 KB
// (3 KB brotli, what kept the app over its budget). Measured on the
// 10,000-post bundle (25 MB), reading it is no slower: 332 ms against
// dlmalloc's 347 (`node scripts/bench-browser.mjs 3 target/bench/big.json`),
// and the one-line minified file 339 ms against 652: parsing allocates
// mostly, and frees little. Single-threaded wasm: the unsafe promise
// `AssumeSingleThreaded` needs holds.
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
