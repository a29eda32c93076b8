//! The "Take part" page's report form on a prerendered page that needs no
//! app (the live bundle is the one it was written from): its loader
//! (`crates/page/js/start.js`) brings this small module on that page only,
//! once the form is within a screen of being seen, and hands it the form,
//! which
//! [`solidarity_browser::report_form::wire`] works — the code the app runs
//! for the forms it renders.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Works the prerendered report form `form`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn wire(form: web_sys::HtmlFormElement) -> Result<(), JsValue> {
    solidarity_browser::report_form::wire(&form)
}

// Single-threaded wasm: the unsafe promise `AssumeSingleThreaded` needs holds.
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
