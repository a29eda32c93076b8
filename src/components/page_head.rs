//! A page's head, as [`solidarity_core::head::Head`] writes it: its title,
//! description, canonical address, translations, feeds, link-preview cards
//! and, on the home page, the Day as an `Event`. Rendered at build time
//! into the prerendered page's `<head>`, and, what the browser itself uses
//! of it, by the app for whatever page it shows (leptos_meta puts each
//! element in the head and removes it when the page goes).

#[cfg(feature = "ssr")]
use crate::render_mode::use_render_mode;
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use solidarity_core::head::{Head, HeadTag};
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The head of `route` (page `page` of a list) in `lang`: whole when
/// prerendering ([`Head::of`], at the build's moment: which Day is next),
/// for search engines, link previews and feed readers, which read the page
/// as the build wrote it; in the browser, what the app keeps right as the
/// visitor moves on ([`Head::in_browser`]).
pub fn head_of(route: Route, page: usize, lang: Lang, site: &Site) -> Head {
    #[cfg(feature = "ssr")]
    if let Some(now) = use_render_mode().built_at() {
        return Head::of(route, page, lang, site, now);
    }
    Head::in_browser(route, page, lang, site)
}

/// What [`PageHead`] puts in a prerendered page's head, found again: the app
/// taking over removes it all once its own page is in place, and keeps only
/// what [`Head::in_browser`] gives (a canonical address or a card left from
/// the first page would be wrong on the next).
pub const RENDERED: &str = "meta[name=description], meta[name=robots], meta[name^='twitter:'], \
     meta[property], link[rel=canonical], link[rel=alternate], script[type='application/ld+json']";

#[component]
pub fn PageHead(head: Head) -> impl IntoView {
    let tags = head.tags.into_iter().map(tag).collect_view();
    view! {
        <Title text=head.title />
        {tags}
    }
}

/// One element of the head. The browser's build renders only what
/// [`Head::in_browser`] gives (a description, `noindex`, a canonical
/// address): the rest would be code in the app that never runs.
fn tag(tag: HeadTag) -> AnyView {
    match tag {
        HeadTag::Name(name, content) => view! { <Meta name=name content=content /> }.into_any(),
        HeadTag::Canonical(href) => view! { <Link rel="canonical" href /> }.into_any(),
        #[cfg(feature = "ssr")]
        HeadTag::Property(property, content) => {
            view! { <Meta property=property content=content /> }.into_any()
        }
        #[cfg(feature = "ssr")]
        HeadTag::Translation { hreflang, href } => {
            view! { <Link rel="alternate" hreflang href /> }.into_any()
        }
        #[cfg(feature = "ssr")]
        HeadTag::Feed { title, href } => {
            view! { <Link rel="alternate" type_="application/atom+xml" title href /> }.into_any()
        }
        #[cfg(feature = "ssr")]
        HeadTag::JsonLd(json) => {
            view! { <leptos_meta::Script type_="application/ld+json">{json}</leptos_meta::Script> }
                .into_any()
        }
        #[cfg(not(feature = "ssr"))]
        _ => ().into_any(),
    }
}
