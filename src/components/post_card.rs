//! A post in a list: title, date, excerpt and a link to the whole text.

use crate::components::{lang_attr, DateText};
use crate::lang::use_lang;
use leptos::either::Either;
use leptos::prelude::*;
use solidarity_core::bundle::Post;
use solidarity_core::route::Route;

/// `nested`: the list sits under a section heading (h2), so titles are h3.
#[component]
pub fn PostCard(post: Post, nested: bool) -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    let link = Route::Post(&post.slug).href(lang);
    let title = post.title_in(lang);
    let excerpt = post.excerpt_in(lang);
    // Many "Read more" links on one page: each names its post to screen
    // readers and search engines, starting with the visible words so voice
    // control still finds it.
    let read_more_about = (ui.discovery.read_more_about)(title.text);
    let title_link =
        view! { <a href=link.clone() lang=lang_attr(title.lang)>{title.text.to_string()}</a> };
    view! {
        <article class="post-card">
            {if nested {
                Either::Left(view! { <h3 class="post-card-title">{title_link}</h3> })
            } else {
                Either::Right(view! { <h2 class="post-card-title">{title_link}</h2> })
            }}
            <p class="meta"><DateText day=post.date /></p>
            <p class="excerpt" lang=lang_attr(excerpt.lang)>{excerpt.text.to_string()}</p>
            <a class="read-more" href=link>
                {ui.read_more}
                <span class="visually-hidden" lang=lang_attr(title.lang)>{read_more_about}</span>
            </a>
        </article>
    }
}

/// Posts as cards, in the order given.
#[component]
pub fn PostList(posts: Vec<Post>, #[prop(optional)] nested: bool) -> impl IntoView {
    view! {
        <div class="post-list">
            {posts.into_iter().map(|post| view! { <PostCard post nested /> }).collect_view()}
        </div>
    }
}
