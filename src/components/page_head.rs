//! A page's head in the tools' app: what [`Head::in_browser`] gives (its
//! title, description, canonical address, `noindex`); leptos_meta puts
//! each element in the head and removes it when the page goes. (The whole
//! head, for search engines and link previews, is the prerendered files'.)

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use solidarity_core::head::{Head, HeadTag};

#[component]
pub fn PageHead(head: Head) -> impl IntoView {
    let tags = head
        .tags
        .into_iter()
        .map(|tag| match tag {
            HeadTag::Name(name, content) => view! { <Meta name=name content=content /> }.into_any(),
            HeadTag::Canonical(href) => view! { <Link rel="canonical" href /> }.into_any(),
            // Not in [`Head::in_browser`].
            _ => ().into_any(),
        })
        .collect_view();
    view! {
        <Title text=head.title />
        {tags}
    }
}
