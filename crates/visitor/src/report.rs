//! The "Take part" page's report form, worked by its own module
//! (`crates/report`, the code a prerendered page brings for it too), which
//! the app loads only when it shows that page: the form's checks and its
//! entry's JSON are not in the app, which every changed bundle loads.
//!
//! The module's files are the build's: the page's `#build` block names
//! them (`report`), on a prerendered page and in `shell.html` alike.

use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

// The one thing Rust cannot do itself: `import()` a module by its address.
#[wasm_bindgen(inline_js = "export function importModule(url) { return import(url); }")]
extern "C" {
    #[wasm_bindgen(js_name = importModule)]
    fn import_module(url: &str) -> Promise;
}

thread_local! {
    /// The module, once it is loaded: the page may be shown again.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Works `form` once its module has come; if it cannot come, says so in
/// the page's words (its `.report-unavailable` line), rather than leaving a
/// form disabled without a word.
pub fn wire(form: Element) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = load_and_wire(&form).await {
            web_sys::console::warn_2(&"the report form cannot work:".into(), &e);
            let note = form
                .parent_element()
                .and_then(|p| p.query_selector(".report-unavailable").ok().flatten());
            if let Some(note) = note {
                let _ = note.remove_attribute("hidden");
            }
        }
    });
}

async fn load_and_wire(form: &Element) -> Result<(), JsValue> {
    let module = match MODULE.with(|m| m.borrow().clone()) {
        Some(module) => module,
        None => {
            let module = load().await?;
            MODULE.with(|m| *m.borrow_mut() = Some(module.clone()));
            module
        }
    };
    let wire: Function = Reflect::get(&module, &"wire".into())?.dyn_into()?;
    wire.call1(&JsValue::NULL, form)?;
    Ok(())
}

/// Imports and instantiates the module the page's `#build` block names.
async fn load() -> Result<JsValue, JsValue> {
    let build = solidarity_browser::build_block().ok_or("no #build block")?;
    let report = Reflect::get(&build, &"report".into())?;
    let path = |key: &str| {
        Reflect::get(&report, &key.into())?
            .as_string()
            .ok_or_else(|| JsValue::from_str("no report module in #build"))
    };
    let module = JsFuture::from(import_module(&path("glue")?)).await?;
    let init: Function = Reflect::get(&module, &"default".into())?.dyn_into()?;
    let options = Object::new();
    Reflect::set(&options, &"module_or_path".into(), &path("wasm")?.into())?;
    JsFuture::from(
        init.call1(&JsValue::NULL, &options)?
            .dyn_into::<Promise>()?,
    )
    .await?;
    Ok(module)
}
