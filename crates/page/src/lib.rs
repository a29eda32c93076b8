//! What a prerendered page runs after its first paint, loaded by its
//! loader script (`js/start.js`): it decides ([`start()`]) whether the page is
//! *current* — the live bundle byte for byte the one it was written from, so
//! that it already shows exactly what the app would render and the app
//! (Leptos, a few hundred KB) is not loaded at all — or the app must take over.
//!
//! On a current page, what still depends on the moment and the visitor is
//! done here with the same core code as the app:
//!
//! - the countdown ticks (`dom`: the core's model,
//!   [`solidarity_core::face`], written as text into the component's
//!   markup), in the build of this module with the `countdown` feature,
//!   which only the pages that show one load: the others' is 10 KB lighter;
//! - the bundle is kept for offline visits, the service worker registered;
//! - the switcher remembers a language chosen, and the footer's "forget
//!   this site" button works, and so does "Share" (`buttons`), until the
//!   app replaces them.

#[cfg(all(target_arch = "wasm32", feature = "module"))]
mod buttons;
// The countdown's markup, ticking: here and in the visitors' app.
#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(all(target_arch = "wasm32", feature = "module"))]
mod start;

#[cfg(all(target_arch = "wasm32", feature = "module"))]
pub use start::start;

// Single-threaded wasm: the unsafe promise `AssumeSingleThreaded` needs holds.
// The page's module only (the `module` feature): the visitors' app, which
// uses its countdown, has an allocator of its own (one per wasm).
#[cfg(all(target_arch = "wasm32", feature = "module"))]
#[allow(unsafe_code)]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
