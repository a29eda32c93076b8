//! The frame of every page: the skip link, the header with the brand, the
//! language switcher and the navigation, the notices, the page's `<main>`,
//! the footer.
//! It speaks the page's language and links by [`Route`].

use maud::{html, Markup};
use solidarity_core::i18n::Lang;
use solidarity_core::route::{feed_href, without_lang, Route};

/// The id of a prerendered page's root, which the build writes around the
/// frame: what the visitors' app replaces.
pub const PRERENDERED_ID: &str = "prerendered";

/// The element that holds the notices above a page (a saved copy is
/// shown…), which the visitors' app rewrites alone.
pub const NOTICES: &str = ".notices";

/// The id of `<main>`, which the skip link and the focus after a move
/// to another page go to.
pub const MAIN_ID: &str = "main";

/// The page at `path` (its address, language included) in `lang`: `main`
/// in the frame, `notices` above it. `fragment` (`#…`, or empty) is
/// carried over by the language switcher: at build time a page has none.
pub fn page(lang: Lang, path: &str, fragment: &str, notices: Markup, main: Markup) -> Markup {
    html! {
        (top(lang, path, fragment))
        // Their own box, so that they change alone.
        div.notices { (notices) }
        main id=(MAIN_ID) tabindex="-1" { (main) }
        (footer(lang))
    }
}

/// What comes before the notices: the link to the main content that
/// keyboard users meet first, and the header.
pub fn top(lang: Lang, path: &str, fragment: &str) -> Markup {
    html! {
        a.skip-link href={ "#" (MAIN_ID) } { (lang.ui().skip_to_content) }
        (header(lang, path, fragment))
    }
}

/// The header shown on every page, before and after the bundle loads.
fn header(lang: Lang, path: &str, fragment: &str) -> Markup {
    let ui = lang.ui();
    html! {
        header.site-header {
            div.wrap.header-inner {
                a.brand href=(Route::Home.href(lang)) {
                    span.brand-flag aria-hidden="true" {}
                    span.brand-text {
                        span.brand-date { (ui.brand_date) }
                        span.brand-name { (ui.brand_name) }
                    }
                }
                (language_switcher(lang, path, fragment))
                nav.site-nav aria-label=(ui.nav_label) {
                    ul {
                        @for route in Route::NAVIGATION {
                            @if let Some(label) = route.nav_label(ui) {
                                @let href = route.href(lang);
                                li {
                                    a href=(href)
                                        aria-current=[is_current(path, &href, route == Route::Home).then_some("page")] {
                                        (label)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Whether the navigation's link to `href` is the page at `path`: the
/// home page's on the home page only, another on its page and every page
/// below it (a post is in the news).
fn is_current(path: &str, href: &str, exact: bool) -> bool {
    let path = path.trim_end_matches('/');
    path == href
        || (!exact
            && path
                .strip_prefix(href)
                .is_some_and(|rest| rest.starts_with('/')))
}

/// Links to the same page in the other languages. They load the page anew
/// (`rel="external"`): every string on it changes. The choice is
/// remembered by whatever code runs the page (they carry `hreflang`).
fn language_switcher(current: Lang, path: &str, fragment: &str) -> Markup {
    // Any address, a page that was not found included: the same address
    // in the other language.
    let rest = without_lang(path).unwrap_or_default();
    html! {
        nav.lang-switch aria-label=(current.ui().language_label) {
            ul {
                @for lang in Lang::ALL {
                    li {
                        a href={ "/" (lang.tag()) (rest) (fragment) } lang=(lang.tag()) hreflang=(lang.tag())
                            rel="external" aria-current=[(lang == current).then_some("true")] {
                            (lang.native_name())
                        }
                    }
                }
            }
        }
    }
}

/// The footer. Its button that removes what the site stored on this
/// device is last, shown only where a script can act on it (`html[data-js]`,
/// style/main.css), and carries its answers (`data-done`, `data-failed`)
/// for the code that works it.
pub fn footer(lang: Lang) -> Markup {
    let ui = lang.ui();
    html! {
        footer.site-footer {
            div.wrap {
                p { (ui.footer_note) }
                p.footer-privacy { (ui.footer_privacy) }
                // A page load: the embed page is the partners' tool, in a
                // build of its own.
                p { a href=(Route::Embed.href(lang)) rel="external" { (ui.embed_title) } }
                p { a href=(feed_href(lang, None)) type="application/atom+xml" { (ui.discovery.feed) } }
                // Last: when a script shows it, nothing below it moves.
                div.forget {
                    button.button.secondary type="button" data-done=(ui.forgotten) data-failed=(ui.forget_failed) {
                        (ui.forget)
                    }
                    p.forget-status role="status" {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_current;

    #[test]
    fn a_navigation_link_is_current_on_its_page_and_below() {
        assert!(is_current("/en", "/en", true));
        assert!(!is_current("/en/posts", "/en", true));
        assert!(is_current("/en/posts/x", "/en/posts", false));
        assert!(is_current("/en/posts/", "/en/posts", false));
        assert!(!is_current("/en/postscript", "/en/posts", false));
    }
}
