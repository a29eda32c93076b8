//! `/{lang}/posts`: every post, newest first, twenty to a page.

use crate::components::page_head::{head_of, PageHead};
use crate::components::pager::{use_page_window, Pager};
use crate::components::with_site::{Shape, WithSite};
use crate::components::Rendered;
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::i18n::post_count;
use solidarity_core::route::Route;
use solidarity_render::post_card;

#[component]
pub fn PostsPage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <WithSite shape=Shape::List render=move |site| {
            let total = site.posts_newest_first().len();
            let window = use_page_window(total);
            // Only this page's posts are rendered, however long the list.
            let page = move || {
                let w = window();
                let posts = site.posts_newest_first().skip(w.start).take(w.len);
                view! {
                    <PageHead head=head_of(Route::Posts, w.number, lang, &site) />
                    <Rendered markup=post_card::list(posts, false, lang) />
                    <Pager window=w path=Route::Posts.href(lang) />
                }
            };
            view! {
                <div class="wrap page">
                    <h1>{ui.posts_title}</h1>
                    <p class="count">{post_count(lang, total)}</p>
                    {page}
                </div>
            }
        } />
    }
}
