//! What a prerendered page runs when it is *current*: when the live bundle
//! is byte for byte the one the page was written from, the page already
//! shows exactly what the app would render, so the app (Leptos, ~210 KB
//! brotli) is not loaded at all. Two things on such a page still depend on
//! the moment and the visitor, and this small wasm does them with the same
//! core code as the app:
//!
//! - the countdown ticks ([`PageCountdown`]: the texts of `face`, shared
//!   with the partners' widget, written into the markup of
//!   src/components/countdown.rs);
//! - `/` (written in English) sends the visitor to their language
//!   ([`preferred_language`], the app's rule);
//! - the footer's "forget this site" button works (`wire_forgetting`).
//!
//! The start-up script of prerendered pages (js/start.js)
//! decides between this and the app, and builds nothing itself.

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod forget;

#[cfg(target_arch = "wasm32")]
pub use dom::*;
#[cfg(target_arch = "wasm32")]
pub use forget::*;

// Single-threaded wasm: the unsafe promise `AssumeSingleThreaded` needs holds.
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
