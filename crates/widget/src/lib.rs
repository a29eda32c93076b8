//! The countdown partners embed on their own sites.
//!
//! No framework: `face.rs` turns the site's countdown, ordinals and
//! translations (`solidarity-core`) into the texts of one instant, and
//! `dom.rs` writes them into a shadow root with web-sys. The custom element
//! itself (`js/element.js`) is a few lines of JavaScript, because a class
//! extending `HTMLElement` cannot be written in Rust. `scripts/build-widget.mjs`
//! builds all of it into `dist/widget/`.

pub mod face;

// Single-threaded wasm: the unsafe promise `AssumeSingleThreaded` needs holds.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
mod dom;
