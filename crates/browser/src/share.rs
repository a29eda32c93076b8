//! Sharing a page: the device's own share sheet (the Web Share API), or,
//! where there is none (most desktop browsers), the link copied. Nothing is
//! contacted: the visitor's device does the sharing, with the apps they
//! choose.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

/// Works the share button in `root`, if it has one, as the site's markup
/// writes it (`solidarity_render::share::button`): a click shares its
/// `data-url`, and its status line says what happened in the words its
/// attributes carry. The same for a prerendered page and for the app.
///
/// A button is worked once, by whichever comes first: the app that takes
/// over a prerendered page keeps the page's button element (its attributes
/// brought up to date), already worked by the page's own code, which reads
/// them at each click.
pub fn wire(root: &Element) {
    let found = |selector: &str| root.query_selector(selector).ok().flatten();
    let (Some(button), Some(status)) = (found(".share-button"), found(".share-status")) else {
        return;
    };
    // A property, not an attribute: the button's markup stays the site's.
    let wired = JsValue::from_str("solidarityShareWired");
    if Reflect::has(&button, &wired).unwrap_or(false) {
        return;
    }
    let _ = Reflect::set(&button, &wired, &JsValue::TRUE);
    let clicked = button.clone();
    let click = Closure::<dyn FnMut()>::new(move || {
        let (button, status) = (clicked.clone(), status.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let attribute = |name: &str| button.get_attribute(name).unwrap_or_default();
            let url = attribute("data-url");
            let shared = share_or_copy(&url, &attribute("data-title")).await;
            let said = shared.said(
                &attribute("data-copied"),
                &attribute("data-not-copied"),
                &url,
            );
            if let Some(said) = said {
                status.set_text_content(Some(&said));
            }
        });
    });
    let _ = button.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    // The button lives as long as its page.
    click.forget();
}

/// How sharing ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The share sheet took it, or the visitor closed it: nothing to say.
    BySheet,
    /// The link is on the clipboard: say so.
    Copied,
    /// Neither worked: show the link for the visitor to copy.
    NotCopied,
}

impl Shared {
    /// What the page's status line says: nothing after the sheet,
    /// `copied` ("Link copied"), or `not_copied` ("Copy this link:") and the
    /// link itself, for the visitor to copy by hand.
    pub fn said(self, copied: &str, not_copied: &str, url: &str) -> Option<String> {
        match self {
            Shared::BySheet => None,
            Shared::Copied => Some(copied.to_string()),
            Shared::NotCopied => Some(format!("{not_copied} {url}")),
        }
    }
}

/// Shares `url` (titled `title`) through the device's share sheet, else
/// copies it.
pub async fn share_or_copy(url: &str, title: &str) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::NotCopied;
    };
    let navigator = window.navigator();
    let share = Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    if let Some(share) = share {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"url".into(), &url.into());
        let sheet = share
            .call1(&navigator, &data)
            .ok()
            .and_then(|p| p.dyn_into::<Promise>().ok());
        if let Some(sheet) = sheet {
            match JsFuture::from(sheet).await {
                Ok(_) => return Shared::BySheet,
                // The visitor closed the sheet: their choice, not a failure.
                Err(e) if error_name(&e).as_deref() == Some("AbortError") => {
                    return Shared::BySheet
                }
                // Refused (no sheet for this page, no user gesture): copy.
                Err(_) => {}
            }
        }
    }
    if copy(url).await {
        return Shared::Copied;
    }
    Shared::NotCopied
}

/// Puts `text` on the clipboard; false where the browser will not (no
/// clipboard outside secure contexts, or permission refused).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = Reflect::get(&navigator, &"clipboard".into())
        .map(|c| c.is_object())
        .unwrap_or(false);
    has_clipboard
        && JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
}

fn error_name(error: &JsValue) -> Option<String> {
    Reflect::get(error, &"name".into()).ok()?.as_string()
}
