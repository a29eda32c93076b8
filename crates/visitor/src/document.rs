//! What the app changes in the document besides its root: the title, the
//! language, the head's description and canonical address; and where
//! focus goes.

use solidarity_core::i18n::Lang;
use solidarity_render::Markup;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Makes the document's head, title and language those of a page: `head`,
/// its head's elements ([`solidarity_render::page::head_elements`]).
pub fn show_head(title: &str, head: Markup, lang: Lang) {
    let Some(document) = document() else {
        return;
    };
    document.set_title(title);
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
    // What the last page's head held (a prerendered page's has it all: its
    // cards, translations…) goes; the new page's comes.
    let Some(element) = document.head() else {
        return;
    };
    if let Ok(old) = element.query_selector_all(solidarity_render::page::HEAD_ELEMENTS) {
        for i in 0..old.length() {
            if let Some(node) = old.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                node.remove();
            }
        }
    }
    let _ = element.insert_adjacent_html("beforeend", &head.into_string());
}

/// What receives focus and keeps it across a swap.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// The position of `active` among what can take focus in `root`.
pub fn focus_position(root: &Element, active: &Element) -> Option<u32> {
    let all = root.query_selector_all(FOCUSABLE).ok()?;
    (0..all.length()).find(|&i| {
        all.item(i)
            .is_some_and(|node| node.is_same_node(Some(active.unchecked_ref())))
    })
}

/// Focuses what stands at `position` among what can take focus in `root`.
pub fn focus_at(root: &Element, position: u32) {
    let target = root
        .query_selector_all(FOCUSABLE)
        .ok()
        .and_then(|all| all.item(position))
        .and_then(|node| node.dyn_into::<HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// Focuses `element`, which need not be focusable by the keyboard.
pub fn focus(element: Element) {
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    if let Ok(element) = element.dyn_into::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Whether this document was loaded by a reload (Navigation Timing's
/// `type`).
pub fn was_reloaded() -> bool {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return false;
    };
    let entries = performance.get_entries_by_type("navigation");
    js_sys::Reflect::get(&entries.get(0), &"type".into())
        .ok()
        .and_then(|t| t.as_string())
        .is_some_and(|t| t == "reload")
}
