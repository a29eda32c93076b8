//! A post in a list: title, date, excerpt and a link to the whole text.

use crate::app::use_lang;
use crate::components::DateText;
use leptos::prelude::*;
use solidarity_core::bundle::Post;

#[component]
pub fn PostCard(post: Post) -> impl IntoView {
    let ui = use_lang().ui();
    let href = format!("/posts/{}", post.slug);
    // Many "Read more" links on one page: each names its post to screen readers,
    // starting with the visible words so voice control still finds it.
    let read_more_label = format!("{}: {}", ui.read_more, post.title);
    view! {
        <article class="post-card">
            <h3 class="post-card-title"><a href=href.clone()>{post.title}</a></h3>
            <p class="meta"><DateText day=post.date /></p>
            <p class="excerpt">{post.excerpt}</p>
            <a class="read-more" href=href aria-label=read_more_label>{ui.read_more}</a>
        </article>
    }
}

/// Posts as cards, in the order given.
#[component]
pub fn PostList(posts: Vec<Post>) -> impl IntoView {
    view! {
        <div class="post-list">
            {posts.into_iter().map(|post| view! { <PostCard post /> }).collect_view()}
        </div>
    }
}
