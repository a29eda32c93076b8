//! A page's head, as [`solidarity_core::head::Head`] writes it: its title,
//! description, canonical address, translations, feeds, link-preview cards
//! and, on the home page, the Day as an `Event`. Rendered at build time
//! into the prerendered page's `<head>`, and by the app for whatever page
//! it shows (leptos_meta puts each element in the head and removes it when
//! the page goes).

use crate::render_mode::use_render_mode;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Script, Title};
use solidarity_core::head::{Head, HeadTag};
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The head of `route` (page `page` of a list) in `lang`, now (the build's
/// moment when prerendering: which Day is next).
pub fn head_of(route: Route, page: usize, lang: Lang, site: &Site) -> Head {
    Head::of(route, page, lang, site, use_render_mode().now())
}

/// What [`PageHead`] puts in the head, found again: the app taking over a
/// prerendered page removes the page's own once its are in place.
pub const RENDERED: &str = "meta[name=description], meta[name=robots], meta[name^='twitter:'], \
     meta[property], link[rel=canonical], link[rel=alternate], script[type='application/ld+json']";

#[component]
pub fn PageHead(head: Head) -> impl IntoView {
    let tags = head
        .tags
        .into_iter()
        .map(|tag| match tag {
            HeadTag::Name(name, content) => view! { <Meta name=name content=content /> }.into_any(),
            HeadTag::Property(property, content) => {
                view! { <Meta property=property content=content /> }.into_any()
            }
            // (An optional property takes a value, not an `Option`.)
            HeadTag::Link {
                rel,
                href,
                hreflang,
                kind,
                title,
            } => match (hreflang, kind, title) {
                (Some(hreflang), ..) => view! { <Link rel href hreflang /> }.into_any(),
                (None, Some(kind), Some(title)) => {
                    view! { <Link rel href type_=kind title /> }.into_any()
                }
                (None, Some(kind), None) => view! { <Link rel href type_=kind /> }.into_any(),
                (None, None, _) => view! { <Link rel href /> }.into_any(),
            },
            HeadTag::JsonLd(json) => {
                view! { <Script type_="application/ld+json">{json}</Script> }.into_any()
            }
        })
        .collect_view();
    view! {
        <Title text=head.title />
        {tags}
    }
}
