//! "Share" on the home page and on posts: the device's share sheet, or the
//! link copied with a visible confirmation. No third-party button, script
//! or counter: nothing is contacted until the visitor chooses.
//!
//! The button carries its answers in its own attributes, in the page's
//! language, for the code that works it, the same in the app and on a
//! prerendered page (`solidarity_browser::share::wire`); style/main.css
//! shows it only where a script marks the page `data-js`.

use maud::{html, Markup};
use solidarity_core::i18n::Lang;

/// The button that shares `url` (absolute), titled `title`, and its
/// status line.
pub fn button(url: &str, title: &str, lang: Lang) -> Markup {
    let words = lang.ui().discovery;
    html! {
        div.share {
            button.button.secondary.share-button type="button"
                data-url=(url) data-title=(title)
                data-copied=(words.link_copied) data-not-copied=(words.copy_this_link) {
                (words.share)
            }
            p.share-status role="status" {}
        }
    }
}
