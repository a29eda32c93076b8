//! `/{lang}/posts/:slug`: one post, its topics and the actions it reports.

use crate::share;
use crate::text::{date, lang_attr, paragraphs, translation_note};
use maud::{html, Markup};
use solidarity_core::bundle::Post;
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The post's article, in `lang`.
pub fn article(site: &Site, post: &Post, lang: Lang) -> Markup {
    let ui = lang.ui();
    let (title, excerpt, body) = (
        post.title_in(lang),
        post.excerpt_in(lang),
        post.body_in(lang),
    );
    let tags = post.tags.iter().filter_map(|t| site.tag(t));
    let actions: Vec<_> = site.actions_reported_by(&post.slug).collect();
    let address = site.absolute(&Route::Post(&post.slug).href(lang));
    html! {
        article.wrap.page.article {
            h1 lang=[lang_attr(title.lang, lang)] { (title.text) }
            p.meta { (date(post.date, lang)) }
            (translation_note(post.is_untranslated_in(lang), lang))
            p.lead-text lang=[lang_attr(excerpt.lang, lang)] { (excerpt.text) }
            div.prose lang=[lang_attr(body.lang, lang)] { (paragraphs(body.text)) }
            (share::button(&address, title.text, lang))
            @if !post.links.is_empty() {
                section.post-links aria-labelledby="links-title" {
                    h2 #links-title { (ui.links_title) }
                    ul {
                        @for link in &post.links {
                            // Only http(s) and site paths get this far: the
                            // validator refuses the rest.
                            @let external = link.is_external();
                            li {
                                a href=(link.url) rel=[external.then_some("noopener noreferrer")] { (link.label) }
                                @if external {
                                    span.visually-hidden { " " (ui.external_link) }
                                    span aria-hidden="true" { " ↗" }
                                }
                            }
                        }
                    }
                }
            }
            nav.post-tags aria-label=(ui.nav_tags) {
                span { (ui.tagged) }
                ul {
                    @for tag in tags {
                        @let name = tag.name_in(lang);
                        li {
                            a.tag href=(Route::Tag(&tag.slug).href(lang)) lang=[lang_attr(name.lang, lang)] { (name.text) }
                        }
                    }
                }
            }
            @if !actions.is_empty() {
                aside.reported-actions aria-labelledby="reported-title" {
                    h2 #reported-title { (ui.actions_in_post) }
                    ul {
                        @for action in &actions {
                            @let country = action.country_in(lang);
                            @let summary = action.summary_in(lang);
                            li {
                                strong {
                                    @if let Some(city) = action.city_in(lang) {
                                        (city.text) ", "
                                    }
                                    (country.text)
                                }
                                " — "
                                span lang=[lang_attr(summary.lang, lang)] { (summary.text) }
                            }
                        }
                    }
                    p { a href=(Route::Actions.href(lang)) { (ui.all_actions) } }
                }
            }
            p.back { a href=(Route::Posts.href(lang)) { "← " (ui.back_to_posts) } }
        }
    }
}
