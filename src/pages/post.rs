//! `/{lang}/posts/:slug`: one post, its topics and the actions it reports.

use crate::components::page_head::{head_of, PageHead};
use crate::components::share::ShareButton;
use crate::components::with_site::{Shape, WithSite};
use crate::components::{lang_attr, route_param, DateText, Paragraphs, TranslationNote};
use crate::lang::use_lang;
use crate::pages::not_found::NotFound;
use leptos::prelude::*;
use solidarity_core::route::Route;

#[component]
pub fn PostPage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    let slug = route_param("slug");
    view! {
        <WithSite shape=Shape::Article render=move |site| {
            // The route stays mounted from one post to the next: follow the slug.
            move || {
                let Some(slug) = slug() else {
                    return ().into_any();
                };
                let Some(post) = site.post(&slug) else {
                    return view! { <NotFound message=ui.no_such_post /> }.into_any();
                };
                let (title, excerpt, body) = (post.title_in(lang), post.excerpt_in(lang), post.body_in(lang));
                let untranslated = post.is_untranslated_in(lang);
                let tags = post
                    .tags
                    .iter()
                    .filter_map(|t| site.tag(t))
                    .map(|t| {
                        let name = t.name_in(lang);
                        view! {
                            <li>
                                <a class="tag" href=Route::Tag(&t.slug).href(lang) lang=lang_attr(name.lang)>
                                    {name.text.to_string()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                let links = (!post.links.is_empty()).then(|| {
                    let items = post
                        .links
                        .iter()
                        .map(|link| {
                            // Only http(s) and site paths get this far: the validator refuses the rest.
                            let external = link.is_external();
                            view! {
                                <li>
                                    <a href=link.url.clone() rel=external.then_some("noopener noreferrer")>
                                        {link.label.clone()}
                                    </a>
                                    {external.then(|| view! { <span class="visually-hidden">" " {ui.external_link}</span><span aria-hidden="true">" ↗"</span> })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="post-links" aria-labelledby="links-title">
                            <h2 id="links-title">{ui.links_title}</h2>
                            <ul>{items}</ul>
                        </section>
                    }
                });
                let actions = site
                    .actions_reported_by(&post.slug)
                    .map(|a| {
                        let country = a.country_in(lang);
                        let place = match a.city_in(lang) {
                            Some(city) => format!("{}, {}", city.text, country.text),
                            None => country.text.to_string(),
                        };
                        let summary = a.summary_in(lang);
                        view! { <li><strong>{place}</strong> " — " <span lang=lang_attr(summary.lang)>{summary.text.to_string()}</span></li> }
                    })
                    .collect::<Vec<_>>();
                let actions = (!actions.is_empty()).then(|| view! {
                    <aside class="reported-actions" aria-labelledby="reported-title">
                        <h2 id="reported-title">{ui.actions_in_post}</h2>
                        <ul>{actions}</ul>
                        <p><a href=Route::Actions.href(lang)>{ui.all_actions}</a></p>
                    </aside>
                });
                view! {
                    <PageHead head=head_of(Route::Post(&post.slug), 1, lang, &site) />
                    <article class="wrap page article">
                        <h1 lang=lang_attr(title.lang)>{title.text.to_string()}</h1>
                        <p class="meta"><DateText day=post.date /></p>
                        <TranslationNote untranslated />
                        <p class="lead-text" lang=lang_attr(excerpt.lang)>{excerpt.text.to_string()}</p>
                        <div class="prose" lang=lang_attr(body.lang)><Paragraphs paragraphs=body.text.to_vec() /></div>
                        <ShareButton url=site.absolute(&Route::Post(&post.slug).href(lang)) title=title.text.to_string() />
                        {links}
                        <nav class="post-tags" aria-label=ui.nav_tags>
                            <span>{ui.tagged}</span>
                            <ul>{tags}</ul>
                        </nav>
                        {actions}
                        <p class="back"><a href=Route::Posts.href(lang)>"← " {ui.back_to_posts}</a></p>
                    </article>
                }
                .into_any()
            }
        } />
    }
}
