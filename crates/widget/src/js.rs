//! The bundle's `campaign` read straight from the object `JSON.parse` made,
//! so no JSON parser is shipped in the wasm. Shared with the site's own
//! prerendered pages (crates/page).

use crate::face::Source;
use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// The bundle's `campaign` as the browser's `JSON.parse` made it.
pub struct JsObject(pub JsValue);

impl JsObject {
    fn get(&self, key: &str) -> Option<JsValue> {
        if !self.0.is_object() {
            return None;
        }
        Reflect::get(&self.0, &JsValue::from_str(key))
            .ok()
            .filter(|v| !v.is_undefined())
    }
}

impl Source for JsObject {
    fn string(&self, key: &str) -> Option<String> {
        self.get(key)?.as_string()
    }
    fn number(&self, key: &str) -> Option<f64> {
        self.get(key)?.as_f64()
    }
    fn object(&self, key: &str) -> Option<JsObject> {
        self.get(key).filter(|v| v.is_object()).map(JsObject)
    }
    fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}
