//! Any page of the site at its address: what the build writes into each
//! prerendered file ([`built`]) and what the browser shows ([`live`]),
//! from one function, so that the two cannot differ but for the moment
//! (the countdown's numbers) and how much of the head each needs.

use crate::countdown::Moment;
use crate::{actions, home, join, list, manifesto, not_found, post, tags};
use maud::{html, Markup};
use solidarity_core::head::Head;
use solidarity_core::i18n::{page_title, Lang};
use solidarity_core::paging::{query_page, Window, PER_PAGE};
use solidarity_core::route::{lang_of_path, without_lang, Route};
use solidarity_core::Site;

/// What an address (its path and query) names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address<'a> {
    /// A page in a language: `route`, and for a list the page its path
    /// (`/page/2`) or, in earlier links, its query (`?page=2`) asks for.
    Page {
        lang: Lang,
        route: Route<'a>,
        requested: Option<&'a str>,
    },
    /// An address in a language that names no page of the site.
    Unknown(Lang),
    /// An address without a language (`/manifesto`): the same address in
    /// the visitor's is the page.
    NoLanguage,
}

impl<'a> Address<'a> {
    /// Reads `path` and `query` (with or without its `?`).
    pub fn of(path: &'a str, query: &'a str) -> Address<'a> {
        let Some(lang) = lang_of_path(path) else {
            return Address::NoLanguage;
        };
        let rest = without_lang(path).unwrap_or_default();
        match Route::parse(rest) {
            Some((route, requested)) => Address::Page {
                lang,
                route,
                requested: requested.or_else(|| query_page(query)),
            },
            None => Address::Unknown(lang),
        }
    }

    /// The address's language, if it has one.
    pub fn lang(self) -> Option<Lang> {
        match self {
            Address::Page { lang, .. } | Address::Unknown(lang) => Some(lang),
            Address::NoLanguage => None,
        }
    }
}

/// One page's content and its head.
pub struct Page {
    pub head: Head,
    /// What goes in `<main>`.
    pub main: Markup,
}

impl Page {
    /// The document's title: the page's, then the site's name.
    pub fn title(&self, lang: Lang) -> String {
        page_title(&self.head.title, lang.ui().site_name)
    }
}

/// The page of `route` in `lang` (page `requested` of a list) from
/// `site` as the build writes it at `now` (Unix seconds): its whole head
/// ([`Head::of`]: which Day is next, link previews, translations…), the
/// countdown's numbers left blank. A post or topic the bundle does not
/// have is not found. `None` for the tools' pages, which are not the
/// visitors'.
pub fn built(
    site: &Site,
    lang: Lang,
    route: Route,
    requested: Option<&str>,
    now: i64,
) -> Option<Page> {
    with_head(site, lang, route, requested, Moment::Built(now), |number| {
        Head::of(route, number, lang, site, now)
    })
}

/// The same page as the browser shows it `now`: what the browser keeps
/// right as the visitor moves on of its head ([`Head::in_browser`]; the
/// rest is for whatever reads the built file, and would only weigh on the
/// visitors' app), the countdown's numbers in place.
pub fn live(
    site: &Site,
    lang: Lang,
    route: Route,
    requested: Option<&str>,
    now: i64,
) -> Option<Page> {
    with_head(site, lang, route, requested, Moment::Live(now), |number| {
        Head::in_browser(route, number, lang, site)
    })
}

/// The page's [`content`] with the head `head` gives for the number of
/// the list's page shown.
fn with_head(
    site: &Site,
    lang: Lang,
    route: Route,
    requested: Option<&str>,
    moment: Moment,
    head: impl FnOnce(usize) -> Head,
) -> Option<Page> {
    Some(match content(site, lang, route, requested, moment)? {
        Ok((main, number)) => Page {
            head: head(number),
            main,
        },
        Err(not_found) => not_found,
    })
}

/// The page's content and, for a list, the number of the page shown; the
/// not-found page for a post or topic `site` does not have; `None` for a
/// tool.
fn content(
    site: &Site,
    lang: Lang,
    route: Route,
    requested: Option<&str>,
    moment: Moment,
) -> Option<Result<(Markup, usize), Page>> {
    let ui = lang.ui();
    let window = |total: usize| Window::of(total, requested, PER_PAGE);
    Some(Ok(match route {
        Route::Home => (home::page(site, lang, moment), 1),
        Route::Manifesto => (manifesto::article(site, lang), 1),
        Route::Posts => {
            let window = window(site.posts_newest_first().len());
            (list::posts(site, window, lang), window.number)
        }
        Route::Post(slug) => match site.post(slug) {
            Some(found) => (post::article(site, found, lang), 1),
            None => return Some(Err(not_found(ui.no_such_post, lang))),
        },
        Route::Tags => (tags::page(site, lang), 1),
        Route::Tag(slug) => match site.tag(slug) {
            Some(tag) => {
                let window = window(site.posts_tagged(slug).len());
                let name = tag.name_in(lang).text;
                (list::tag(site, slug, name, window, lang), window.number)
            }
            None => return Some(Err(not_found(ui.no_such_tag, lang))),
        },
        Route::Actions => (actions::page(site, lang), 1),
        Route::Join => (join::page(site, lang), 1),
        Route::Preview | Route::Embed => return None,
    }))
}

/// The page for an address the site does not have, with `message` saying
/// what was missing.
pub fn not_found(message: &str, lang: Lang) -> Page {
    Page {
        head: Head::not_found(lang),
        main: not_found::page(message, lang),
    }
}

/// What [`head_elements`] writes, found again in a document: what a page
/// shown in its place removes.
/// (Not every `meta[name]`: the page's viewport and colours are the
/// template's.)
pub const HEAD_ELEMENTS: &str =
    "meta[name=description], meta[name=robots], meta[name^='twitter:'], \
     meta[property], link[rel=canonical], link[rel=alternate], script[type='application/ld+json']";

/// A page's head as elements, for a prerendered file: everything
/// [`Head::of`] says, each value escaped.
pub fn head_elements(head: &Head) -> Markup {
    use solidarity_core::head::HeadTag;
    html! {
        @for tag in &head.tags {
            @match tag {
                HeadTag::Name(name, content) => meta name=(name) content=(content);
                HeadTag::Property(property, content) => meta property=(property) content=(content);
                HeadTag::Canonical(href) => link rel="canonical" href=(href);
                HeadTag::Translation { hreflang, href } => link rel="alternate" hreflang=(hreflang) href=(href);
                HeadTag::Feed { title, href } => link rel="alternate" type="application/atom+xml" title=(title) href=(href);
                // Already safe inside a script element (HeadTag::JsonLd).
                HeadTag::JsonLd(json) => script type="application/ld+json" { (maud::PreEscaped(json)) }
            }
        }
    }
}
