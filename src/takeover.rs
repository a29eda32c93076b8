//! The app taking over a prerendered page without a visible change.
//!
//! Every route is written to HTML at build time (the `prerender` module of the `ssr` build)
//! from these same components, so its content paints before any script.
//! The app then renders into an element outside the document and, once it
//! has the live bundle, puts that element in place of the prerendered one in
//! a single DOM operation: the same markup from the same components, so
//! nothing moves (CLS 0) and, if the live bundle changed since the build, the
//! live content appears. No hydration: nothing the app shows depends on the
//! two renderings matching node for node.
//!
//! If the live bundle cannot be shown and no copy was saved, the prerendered
//! page stays, with a notice, while the app keeps trying.

use crate::app::provide_and_render;
use crate::components::notices::BuiltCopyNotice;
use crate::components::page_head;
use crate::data::{measured, SiteData};
use crate::lang::CurrentLang;
use crate::render_mode::RenderMode;
use leptos::prelude::*;
use solidarity_browser::AppState;
use solidarity_core::i18n::Lang;
use solidarity_core::route::lang_of_path;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The id of the prerendered page's root (`src/bin/prerender.rs`).
pub const PRERENDERED_ID: &str = "prerendered";

/// What receives focus and keeps it across the swap.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

thread_local! {
    /// The app's root while it renders out of sight.
    static WAITING_ROOT: RefCell<Option<Element>> = const { RefCell::new(None) };
    /// The prerendered page's head elements that the app renders too (its
    /// description, canonical address…): they go when the app's page comes.
    static PRERENDERED_HEAD: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Whether the app is still rendering out of sight, behind a prerendered page.
pub(crate) fn waiting() -> bool {
    WAITING_ROOT.with(|r| r.borrow().is_some())
}

/// Starts the app: behind the prerendered page if there is one, else
/// directly in the page (routes that were not prerendered). In a task after
/// the one that instantiated the wasm: two short tasks, not one long one
/// that would hold up a tap on a slow phone.
pub fn start() {
    set_timeout(mount, std::time::Duration::ZERO);
}

fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // What only a script can do is shown (style/main.css), as a prerendered
    // page's start-up script does too.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-js", "");
    }
    let Some(body) = document.body() else {
        return;
    };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_class_name("app");
    let root: HtmlElement = root.unchecked_into();
    if document.get_element_by_id(PRERENDERED_ID).is_some() {
        WAITING_ROOT.with(|r| *r.borrow_mut() = Some(root.clone().into()));
        let head = document
            .head()
            .and_then(|head| head.query_selector_all(page_head::RENDERED).ok());
        if let Some(head) = head {
            let elements = (0..head.length())
                .filter_map(|i| head.item(i)?.dyn_into::<Element>().ok())
                .collect();
            PRERENDERED_HEAD.with(|h| *h.borrow_mut() = elements);
        }
        measured("app-mount", || {
            leptos::mount::mount_to(root, || {
                let (data, app) = provide_and_render(RenderMode::TakingOver);
                when_ready(data);
                app
            })
            .forget()
        });
    } else {
        let _ = body.append_child(&root);
        leptos::mount::mount_to(root, || provide_and_render(RenderMode::Live).1).forget();
        AppState::Live.mark();
    }
}

/// Swaps the app in once the bundle is there, or leaves the prerendered
/// page in place, with a notice, while it is not.
fn when_ready(data: SiteData) {
    let noticed = StoredValue::new(false);
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        match data.outcome() {
            // The live bundle, or the copy saved on an earlier visit (newer
            // than the build, and with its own notice): the app's turn.
            Some(Ok(_)) => {
                // After this turn's rendering, which the resolved bundle
                // triggers in tasks of its own, and before the next paint.
                request_animation_frame(swap);
                true
            }
            Some(Err(_)) => {
                if !noticed.get_value() {
                    noticed.set_value(true);
                    show_built_copy_notice(data);
                    AppState::Built.mark();
                }
                false
            }
            None => false,
        }
    });
}

/// Puts the app's root where the prerendered page is, keeping the focus.
fn swap() {
    let Some(live) = WAITING_ROOT.with(|r| r.borrow_mut().take()) else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(prerendered) = document.get_element_by_id(PRERENDERED_ID) else {
        return;
    };
    // A keyboard user may already be on a link: the same one, in the same
    // place, keeps the focus.
    let focused = document
        .active_element()
        .filter(|active| prerendered.contains(Some(active)))
        .and_then(|active| position_among_focusable(&prerendered, &active));
    if measured("app-swap", || prerendered.replace_with_with_node_1(&live)).is_err() {
        return;
    }
    for element in PRERENDERED_HEAD.with(|h| std::mem::take(&mut *h.borrow_mut())) {
        element.remove();
    }
    if let Some(index) = focused {
        let target = live
            .query_selector_all(FOCUSABLE)
            .ok()
            .and_then(|all| all.item(index as u32))
            .and_then(|node| node.dyn_into::<HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    }
    AppState::Live.mark();
}

fn position_among_focusable(root: &Element, active: &Element) -> Option<usize> {
    let all = root.query_selector_all(FOCUSABLE).ok()?;
    (0..all.length()).position(|i| {
        all.item(i)
            .is_some_and(|node| node.is_same_node(Some(active.unchecked_ref())))
    })
}

/// Mounts [`BuiltCopyNotice`] above the prerendered page's content.
fn show_built_copy_notice(data: SiteData) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let main = document
        .get_element_by_id(PRERENDERED_ID)
        .and_then(|root| root.query_selector("main").ok().flatten());
    let (Some(main), Ok(slot)) = (main, document.create_element("div")) else {
        return;
    };
    if main.before_with_node_1(&slot).is_err() {
        return;
    }
    let lang = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .and_then(|path| lang_of_path(&path))
        .unwrap_or(Lang::En);
    leptos::mount::mount_to(slot.unchecked_into(), move || {
        provide_context(CurrentLang(lang));
        provide_context(data);
        view! { <BuiltCopyNotice /> }
    })
    .forget();
}
