//! `/{lang}/tags`: every topic with its number of posts.

use crate::text::lang_attr;
use maud::{html, Markup};
use solidarity_core::i18n::{post_count, Lang};
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The page's content, in `lang`.
pub fn page(site: &Site, lang: Lang) -> Markup {
    html! {
        div.wrap.page {
            h1 { (lang.ui().tags_title) }
            ul.tag-list {
                @for (tag, count) in site.tags_with_counts() {
                    @let name = tag.name_in(lang);
                    li {
                        a.tag-link href=(Route::Tag(&tag.slug).href(lang)) lang=[lang_attr(name.lang, lang)] {
                            (name.text)
                        }
                        span.count { (post_count(lang, count)) }
                    }
                }
            }
        }
    }
}
