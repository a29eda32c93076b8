//! Any address the site does not know, and unknown posts or topics.

use maud::{html, Markup};
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;

/// "Not found", with `message` saying what was missing, and ways onward.
pub fn page(message: &str, lang: Lang) -> Markup {
    let ui = lang.ui();
    html! {
        div.wrap.page.not-found {
            h1 { (ui.not_found_title) }
            p { (message) }
            ul.more-links {
                li { a href=(Route::Home.href(lang)) { (ui.go_home) } }
                li { a href=(Route::Posts.href(lang)) { (ui.all_posts) } }
                li { a href=(Route::Tags.href(lang)) { (ui.all_tags) } }
            }
        }
    }
}

/// In the visitors' app, at a tool's address (`/{lang}/preview`,
/// `/{lang}/embed`) after the page was loaded anew and still came to it
/// (offline, the service worker answers every address with its shell):
/// the tools are another build's, which is not available now.
pub fn tool_offline(lang: Lang) -> Markup {
    let ui = lang.ui();
    html! {
        div.wrap.page.not-found {
            h1 { (ui.tool_offline_title) }
            p { (ui.tool_offline_body) }
            ul.more-links {
                li { a href=(Route::Home.href(lang)) { (ui.go_home) } }
            }
        }
    }
}
