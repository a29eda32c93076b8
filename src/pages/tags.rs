//! `/{lang}/tags`: every topic with its number of posts.

use crate::components::lang_attr;
use crate::components::page_head::{head_of, PageHead};
use crate::components::with_site::{Shape, WithSite};
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::i18n::post_count;
use solidarity_core::route::Route;

#[component]
pub fn TagsPage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <WithSite shape=Shape::List render=move |site| {
            let head = head_of(Route::Tags, 1, lang, &site);
            let tags = site
                .tags_with_counts()
                .map(|(tag, n)| {
                    let name = tag.name_in(lang);
                    view! {
                        <li>
                            <a class="tag-link" href=Route::Tag(&tag.slug).href(lang) lang=lang_attr(name.lang)>
                                {name.text.to_string()}
                            </a>
                            <span class="count">{post_count(lang, n)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <PageHead head />
                <div class="wrap page">
                    <h1>{ui.tags_title}</h1>
                    <ul class="tag-list">{tags}</ul>
                </div>
            }
        } />
    }
}
