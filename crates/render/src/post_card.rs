//! A post in a list: title, date, excerpt and a link to the whole text.

use crate::text::{date, lang_attr};
use maud::{html, Markup};
use solidarity_core::bundle::Post;
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;

/// `post` as a card in `lang`; `nested`: the list sits under a section
/// heading (h2), so its title is an h3.
pub fn card(post: &Post, nested: bool, lang: Lang) -> Markup {
    let ui = lang.ui();
    let link = Route::Post(&post.slug).href(lang);
    let title = post.title_in(lang);
    let excerpt = post.excerpt_in(lang);
    let title_link = html! { a href=(link) lang=[lang_attr(title.lang, lang)] { (title.text) } };
    html! {
        article.post-card {
            @if nested {
                h3.post-card-title { (title_link) }
            } @else {
                h2.post-card-title { (title_link) }
            }
            p.meta { (date(post.date, lang)) }
            p.excerpt lang=[lang_attr(excerpt.lang, lang)] { (excerpt.text) }
            a.read-more href=(link) {
                (ui.read_more)
                // Many "Read more" links on one page: each names its post
                // to screen readers and search engines, starting with the
                // visible words so that voice control still finds it.
                span.visually-hidden lang=[lang_attr(title.lang, lang)] {
                    ((ui.discovery.read_more_about)(title.text))
                }
            }
        }
    }
}

/// Posts as cards, in the order given.
pub fn list<'a>(posts: impl IntoIterator<Item = &'a Post>, nested: bool, lang: Lang) -> Markup {
    html! {
        div.post-list {
            @for post in posts { (card(post, nested, lang)) }
        }
    }
}
