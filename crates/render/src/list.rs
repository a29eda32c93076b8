//! The long lists, twenty posts to a page: the news (`/{lang}/posts`) and
//! one topic's posts (`/{lang}/tags/:tag`), and the links between their
//! pages. The arithmetic and the addresses are [`solidarity_core::paging`].

use crate::post_card;
use maud::{html, Markup};
use solidarity_core::bundle::Post;
use solidarity_core::i18n::{post_count, Lang};
use solidarity_core::paging::{page_href, Window};
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The page `window` of the news, newest first.
pub fn posts(site: &Site, window: Window, lang: Lang) -> Markup {
    let ui = lang.ui();
    let total = site.posts_newest_first().len();
    html! {
        div.wrap.page {
            h1 { (ui.posts_title) }
            p.count { (post_count(lang, total)) }
            (page(site.posts_newest_first(), window, &Route::Posts.href(lang), lang))
        }
    }
}

/// The page `window` of the posts about the topic `slug`, which `site`
/// has.
pub fn tag(site: &Site, slug: &str, name: &str, window: Window, lang: Lang) -> Markup {
    let ui = lang.ui();
    let total = site.posts_tagged(slug).len();
    html! {
        div.wrap.page {
            h1 { ((ui.tagged_posts)(name)) }
            p.count { (post_count(lang, total)) }
            (page(site.posts_tagged(slug), window, &Route::Tag(slug).href(lang), lang))
            p.back { a href=(Route::Tags.href(lang)) { "← " (ui.all_tags) } }
        }
    }
}

/// Only this page's posts, however long the list, and the pager.
fn page<'a>(
    posts: impl Iterator<Item = &'a Post>,
    window: Window,
    path: &str,
    lang: Lang,
) -> Markup {
    html! {
        (post_card::list(posts.skip(window.start).take(window.len), false, lang))
        (pager(window, path, lang))
    }
}

/// "← Newer · Page 2 of 500 · Older →", or nothing for a single page.
pub fn pager(window: Window, path: &str, lang: Lang) -> Markup {
    let ui = lang.ui();
    html! {
        @if window.pages > 1 {
            nav.pager aria-label=(ui.pager_label) {
                @if let Some(n) = window.previous() {
                    span.pager-prev { "← " a href=(page_href(path, n)) rel="prev" { (ui.newer) } }
                }
                span.pager-at aria-current="page" { ((ui.page_of)(window.number, window.pages)) }
                @if let Some(n) = window.next() {
                    span.pager-next { a href=(page_href(path, n)) rel="next" { (ui.older) } " →" }
                }
            }
        }
    }
}
