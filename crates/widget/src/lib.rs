//! The countdown partners embed on their own sites.
//!
//! No framework: the core's countdown model ([`solidarity_core::face`])
//! gives the texts of one instant, `face.rs` reads the campaign and the
//! language with the site's rules, and `dom.rs` writes the texts into a
//! shadow root with web-sys. The custom element
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

/// The site's bundle address ([`solidarity_browser::BUNDLE_URL`]), the
/// element's default `bundle`, in a custom section of the wasm named
/// `solidarity-bundle-url`: the element's script must start the bundle's
/// download before the wasm is there, so `scripts/build-widget.mjs` reads
/// the address from the built wasm and gives it to the script (as it gives
/// the wasm's file name), rather than the script spelling it again.
#[cfg(all(target_arch = "wasm32", feature = "element"))]
#[allow(unsafe_code)] // a link section is only data, read by the build
#[used]
#[link_section = "solidarity-bundle-url"]
static BUNDLE_URL_SECTION: [u8; solidarity_browser::BUNDLE_URL.len()] =
    bytes_of(solidarity_browser::BUNDLE_URL);

/// `text`'s bytes as an array, at compile time.
#[cfg(all(target_arch = "wasm32", feature = "element"))]
const fn bytes_of<const N: usize>(text: &str) -> [u8; N] {
    let bytes = text.as_bytes();
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = bytes[i];
        i += 1;
    }
    out
}
