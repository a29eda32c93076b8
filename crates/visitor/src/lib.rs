//! The visitors' app, without a framework: it fetches the bundle, checks
//! it as `bundle check` does ([`solidarity_core::Site::from_json`]),
//! renders the address with the same code the build wrote the prerendered
//! pages with ([`solidarity_render::page`]) and puts it in the page; then
//! it follows the visitor's clicks from page to page without reloading.
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
mod report;
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

/// What the app is about to do with `bytes` on the page's main thread,
/// done first in its helper thread (`crates/page/js/check.js`, asked by
/// `load.rs` before it reads them): reading and checking them, and
/// rendering the page at `path` and `query` from them.
///
/// Chromium compiles a wasm function the first time it is called, on the
/// thread that calls it, and the compiled code is the module's, shared by
/// every thread that has it: done here first, the main thread's reading
/// and rendering find it compiled. On the default bundle that compiling was
/// four fifths of the app's reading it (20 ms, 4 without; in a test page,
/// the first reading on the main thread took 14–30 ms, and 2–4 after the
/// helper's). Firefox and WebKit compile a module whole, in the
/// background: there this is work done twice, off the main thread.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn warm(bytes: &[u8], path: &str, query: &str) {
    let Ok(site) = solidarity_core::Site::from_bytes(bytes.to_vec()) else {
        return;
    };
    let address = solidarity_render::page::Address::of(path, query);
    if let Some(lang) = address.lang() {
        let now = solidarity_browser::now_unix_seconds();
        let page = app::site_page(&site, address, lang, path, "", Default::default(), now);
        std::hint::black_box(page.body);
    }
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
