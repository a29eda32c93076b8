//! `/posts/:slug`: one post, its topics and the actions it reports.

use crate::app::use_lang;
use crate::components::with_site::{Shape, WithSite};
use crate::components::{DateText, Paragraphs};
use crate::pages::not_found::NotFound;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PostPage() -> impl IntoView {
    let ui = use_lang().ui();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    view! {
        <WithSite shape=Shape::Article render=move |site| {
            // The route stays mounted from one post to the next: follow the slug.
            move || {
                let Some(post) = site.post(&slug()).cloned() else {
                    return view! { <NotFound message=ui.no_such_post /> }.into_any();
                };
                let tags = post
                    .tags
                    .iter()
                    .filter_map(|t| site.tag(t))
                    .map(|t| view! { <li><a class="tag" href=format!("/tags/{}", t.slug)>{t.name.clone()}</a></li> })
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
                let actions = site.actions_reported_by(&post.slug).cloned().collect::<Vec<_>>();
                let actions = (!actions.is_empty()).then(|| view! {
                    <aside class="reported-actions" aria-labelledby="reported-title">
                        <h2 id="reported-title">{ui.actions_in_post}</h2>
                        <ul>
                            {actions.into_iter().map(|a| {
                                let place = match &a.city {
                                    Some(city) => format!("{city}, {}", a.country),
                                    None => a.country.clone(),
                                };
                                view! { <li><strong>{place}</strong> " — " {a.summary}</li> }
                            }).collect_view()}
                        </ul>
                        <p><a href="/actions">{ui.all_actions}</a></p>
                    </aside>
                });
                view! {
                    <Title text=post.title.clone() />
                    <article class="wrap page article">
                        <h1>{post.title}</h1>
                        <p class="meta"><DateText day=post.date /></p>
                        <p class="lead-text">{post.excerpt}</p>
                        <div class="prose"><Paragraphs paragraphs=post.body /></div>
                        {links}
                        <nav class="post-tags" aria-label=ui.nav_tags>
                            <span>{ui.tagged}</span>
                            <ul>{tags}</ul>
                        </nav>
                        {actions}
                        <p class="back"><a href="/posts">"← " {ui.back_to_posts}</a></p>
                    </article>
                }
                .into_any()
            }
        } />
    }
}
