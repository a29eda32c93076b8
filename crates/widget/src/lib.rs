//! The countdown partners embed on their own sites.
//!
//! No framework: `face.rs` turns the site's countdown, ordinals and
//! translations (`solidarity-core`) into the texts of one instant, and
//! `dom.rs` writes them into a shadow root with web-sys. The custom element
//! itself (`js/element.js`) is a few lines of JavaScript, because a class
//! extending `HTMLElement` cannot be written in Rust. `scripts/build-widget.mjs`
//! builds all of it into `dist/widget/`.
//!
//! Without the `element` feature (on by default) the crate is only `face`,
//! `js` and `live`: what the site's prerendered pages (crates/page) share
//! with it.

pub mod face;

#[cfg(target_arch = "wasm32")]
pub mod js;
#[cfg(target_arch = "wasm32")]
pub mod live;

// Single-threaded wasm: the unsafe promise `AssumeSingleThreaded` needs holds.
#[cfg(all(target_arch = "wasm32", feature = "element"))]
#[allow(unsafe_code)]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(all(target_arch = "wasm32", feature = "element"))]
mod dom;
