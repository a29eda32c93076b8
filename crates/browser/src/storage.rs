//! What the site keeps in the browser's `localStorage`, and nothing else:
//! the last bundle that passed validation (read when the live one cannot
//! be) and the language the visitor chose with the switcher; and, in the
//! tab's own `sessionStorage` (gone when the tab closes), the draft of a
//! report typed on the "Take part" page. Every key is written here only;
//! [`crate::forget::forget_this_site`] clears them all.

/// The key of the last bundle that passed validation.
const LAST_GOOD_KEY: &str = "solidarity-day:last-good-bundle";
/// The key of the visitor's explicit choice of language (a language tag).
/// Also written by a prerendered page's loader, under the name the
/// prerender gives it in the page: a click on the switcher may come before
/// any wasm.
pub const LANG_KEY: &str = "solidarity-day:lang";

fn storage() -> Option<web_sys::Storage> {
    // Storage may be disabled (private modes, strict settings): then there is
    // simply nothing kept.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Keeps `text`, a bundle that passed validation, for the visits when the
/// live one cannot be shown. Returns false, with no copy kept, when it is
/// over the quota: an old copy would be worse than none.
pub fn save_last_good(text: &str) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    if storage.set_item(LAST_GOOD_KEY, text).is_ok() {
        return true;
    }
    let _ = storage.remove_item(LAST_GOOD_KEY);
    false
}

/// Whether a saved copy exists, without reading it (it can be megabytes).
pub fn has_last_good() -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    let count = storage.length().unwrap_or(0);
    (0..count).any(|i| storage.key(i).ok().flatten().as_deref() == Some(LAST_GOOD_KEY))
}

/// The saved copy's text (the caller validates it again: it could be from
/// an older version of the site).
pub fn last_good() -> Option<String> {
    storage()?.get_item(LAST_GOOD_KEY).ok().flatten()
}

/// The language tag the visitor chose, if they did.
pub fn chosen_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers the visitor's choice of language (`tag`: `be`, `ru`, `en`).
pub fn choose_lang(tag: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, tag);
    }
}

/// The key of the report form's draft, in `sessionStorage`.
const REPORT_DRAFT_KEY: &str = "solidarity-day:report-draft";

fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps the report form's draft (its JSON) for this tab only: a reload
/// keeps what was typed, closing the tab forgets it.
pub fn save_report_draft(json: &str) {
    if let Some(storage) = tab_storage() {
        let _ = storage.set_item(REPORT_DRAFT_KEY, json);
    }
}

/// The draft kept in this tab, if any.
pub fn report_draft() -> Option<String> {
    tab_storage()?.get_item(REPORT_DRAFT_KEY).ok().flatten()
}
