//! A page on screen made into another in place: what is already right
//! stays, node for node; only what differs changes.
//!
//! Used when the app takes over a prerendered page ([`crate::app`]): most
//! of a changed bundle leaves most pages as they were written (a post added
//! changes the lists, not the manifesto), and even where it does not, the
//! header, the navigation and the footer are the same. Replacing the whole
//! page made the browser lay it all out again: on the home page 19–34 ms
//! of a phone's time (4× CPU), in a frame of 50–89 ms, longer than a tap
//! may wait; kept, 7–12 ms. Nodes kept keep their layout, and what the
//! visitor did with them: the focus, a text selection, what was typed
//! into a form.

use js_sys::Array;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Makes `old`'s children what `new`'s are. Children are matched by their
/// place: one of the same kind (the same element name, or both text) is
/// kept and brought up to date, any other is replaced by `new`'s, moved
/// from it. `new` is left with what was not needed.
pub fn morph(old: &Node, new: &Node) {
    let mut have = old.first_child();
    let mut next_wanted = new.first_child();
    while let Some(wanted) = next_wanted {
        // Before `wanted` may move out of `new`.
        next_wanted = wanted.next_sibling();
        match have {
            Some(kept) if same_kind(&kept, &wanted) => {
                have = kept.next_sibling();
                update(&kept, &wanted);
            }
            Some(ref before) => {
                let _ = old.insert_before(&wanted, Some(before));
            }
            None => {
                let _ = old.append_child(&wanted);
            }
        }
    }
    while let Some(extra) = have {
        have = extra.next_sibling();
        let _ = old.remove_child(&extra);
    }
}

fn same_kind(a: &Node, b: &Node) -> bool {
    a.node_type() == b.node_type()
        && (a.node_type() != Node::ELEMENT_NODE || a.node_name() == b.node_name())
}

/// Brings `kept` up to `wanted`, of the same kind: a text's characters, or
/// an element's attributes and then its children.
fn update(kept: &Node, wanted: &Node) {
    // One call into the browser for the whole subtree, where walking it
    // would take one per node and attribute: most of a page is equal.
    if kept.is_equal_node(Some(wanted)) {
        return;
    }
    let (Some(kept_element), Some(wanted_element)) =
        (kept.dyn_ref::<Element>(), wanted.dyn_ref::<Element>())
    else {
        if kept.node_value() != wanted.node_value() {
            kept.set_node_value(wanted.node_value().as_deref());
        }
        return;
    };
    let names = |element: &Element| -> Vec<String> {
        Array::from(&element.get_attribute_names())
            .iter()
            .filter_map(|name| name.as_string())
            .collect()
    };
    for name in names(kept_element) {
        if !wanted_element.has_attribute(&name) {
            let _ = kept_element.remove_attribute(&name);
        }
    }
    for name in names(wanted_element) {
        let value = wanted_element.get_attribute(&name);
        if kept_element.get_attribute(&name) != value {
            let _ = kept_element.set_attribute(&name, value.as_deref().unwrap_or_default());
        }
    }
    morph(kept, wanted);
}
