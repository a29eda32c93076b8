//! `/{lang}/posts/:slug`: one post ([`solidarity_render::post`] writes
//! it), with its head; its share button worked once it is in the page.

use crate::components::page_head::{head_of, PageHead};
use crate::components::with_site::{Shape, WithSite};
use crate::components::{route_param, Rendered};
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
                view! {
                    <PageHead head=head_of(Route::Post(&post.slug), 1, lang, &site) />
                    <Rendered markup=solidarity_render::post::article(&site, post, lang)
                        wire=solidarity_browser::share::wire />
                }
                .into_any()
            }
        } />
    }
}
