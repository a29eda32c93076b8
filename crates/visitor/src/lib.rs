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
