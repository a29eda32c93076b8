//! Sharing a page: the device's own share sheet (the Web Share API), or,
//! where there is none (most desktop browsers), the link copied. Nothing is
//! contacted: the visitor's device does the sharing, with the apps they
//! choose.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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
