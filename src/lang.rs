//! The language of the page being rendered, and the visitor's.
//!
//! Every address starts with its language (`/be/…`,
//! [`solidarity_core::route`]); the frame provides it to every component
//! ([`use_lang`]). An address without one is sent to the visitor's language
//! ([`solidarity_browser::preferred_lang`]): the one they chose with the
//! switcher, else the first of their browser's languages the site speaks,
//! else English.

use leptos::prelude::*;
use solidarity_core::i18n::Lang;

/// The language of the page being shown, provided by the frame.
#[derive(Clone, Copy)]
pub struct CurrentLang(pub Lang);

/// The interface language of the current page.
pub fn use_lang() -> Lang {
    match use_context::<CurrentLang>() {
        Some(CurrentLang(lang)) => lang,
        None => {
            // A component rendered outside the frame: a bug; the page
            // still reads in English.
            debug_assert!(false, "use_lang() outside the frame");
            Lang::En
        }
    }
}
