//! `/{lang}/tags/:tag`: every post with one topic, twenty to a page.

use crate::components::page_head::{head_of, PageHead};
use crate::components::pager::{use_page_window, Pager};
use crate::components::route_param;
use crate::components::with_site::{Shape, WithSite};
use crate::components::Rendered;
use crate::lang::use_lang;
use crate::pages::not_found::NotFound;
use leptos::prelude::*;
use solidarity_core::i18n::post_count;
use solidarity_core::route::Route;
use solidarity_render::post_card;

#[component]
pub fn TagPage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    let slug = route_param("tag");
    view! {
        <WithSite shape=Shape::List render=move |site| {
            move || {
                let Some(slug) = slug() else {
                    return ().into_any();
                };
                let Some(tag) = site.tag(&slug) else {
                    return view! { <NotFound message=ui.no_such_tag /> }.into_any();
                };
                let total = site.posts_tagged(&slug).len();
                let window = use_page_window(total);
                let path = Route::Tag(&slug).href(lang);
                let site = site.clone();
                let page = move || {
                    let w = window();
                    let posts = site.posts_tagged(&slug).skip(w.start).take(w.len);
                    view! {
                        <PageHead head=head_of(Route::Tag(&slug), w.number, lang, &site) />
                        <Rendered markup=post_card::list(posts, false, lang) />
                        <Pager window=w path=path.clone() />
                    }
                };
                view! {
                    <div class="wrap page">
                        <h1>{(ui.tagged_posts)(tag.name_in(lang).text)}</h1>
                        <p class="count">{post_count(lang, total)}</p>
                        {page}
                        <p class="back"><a href=Route::Tags.href(lang)>"← " {ui.all_tags}</a></p>
                    </div>
                }
                .into_any()
            }
        } />
    }
}
