//! `/{lang}/posts`: every post, newest first.

use crate::app::use_lang;
use crate::components::post_card::PostList;
use crate::components::with_site::{Shape, WithSite};
use leptos::prelude::*;
use leptos_meta::Title;
use solidarity_core::i18n::post_count;

#[component]
pub fn PostsPage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <Title text=ui.posts_title />
        <WithSite shape=Shape::List render=move |site| {
            let posts = site.posts_newest_first().cloned().collect::<Vec<_>>();
            view! {
                <div class="wrap page">
                    <h1>{ui.posts_title}</h1>
                    <p class="count">{post_count(lang, posts.len())}</p>
                    <PostList posts />
                </div>
            }
        } />
    }
}
