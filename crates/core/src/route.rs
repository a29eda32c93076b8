//! The site's addresses, typed: every page of the site is a [`Route`] in a
//! [`Lang`], and its address is written by [`Route::href`] alone, so that a
//! link, the navigation, the prerendered files and the language switcher
//! cannot disagree on how an address is spelled.
//!
//! The app's router matches these same addresses (its table names each
//! route's pattern once, beside the page that renders it); a test there
//! renders every [`Route`] through it.

use crate::i18n::{Lang, Ui};
use crate::slug;
use crate::Site;

/// A page of the site, without its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    Home,
    Manifesto,
    Posts,
    /// One post, by its slug.
    Post(&'a str),
    Tags,
    /// The posts of one topic, by its slug.
    Tag(&'a str),
    Actions,
    /// "Take part": what anyone can do, and the form to report an action.
    Join,
    /// The editors' preview of a local bundle file.
    Preview,
    /// The partners' page about embedding the countdown.
    Embed,
}

impl<'a> Route<'a> {
    /// The header's navigation, in order.
    pub const NAVIGATION: [Route<'static>; 6] = [
        Route::Home,
        Route::Manifesto,
        Route::Posts,
        Route::Tags,
        Route::Actions,
        Route::Join,
    ];

    /// The pages of the editors' and the partners' tools: the app with its
    /// tools, on these pages only; never prerendered.
    pub const TOOLS: [Route<'static>; 2] = [Route::Preview, Route::Embed];

    /// The address of this page in `lang`: `/be/posts/x`; the home page is
    /// `/be`, without a trailing slash.
    pub fn href(self, lang: Lang) -> String {
        format!("/{}{}", lang.tag(), self.path())
    }

    /// The address that reaches this page in the visitor's language
    /// (`/manifesto`, `/` for the home page): search engines' `x-default`.
    pub fn href_any_lang(self) -> String {
        language_less(&self.href(Lang::default())).unwrap_or_default()
    }

    /// The address without its language: `""` for the home page, else
    /// `/manifesto`, `/posts/x`…
    pub fn path(self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Manifesto => "/manifesto".into(),
            Route::Posts => "/posts".into(),
            Route::Post(slug) => format!("/posts/{slug}"),
            Route::Tags => "/tags".into(),
            Route::Tag(slug) => format!("/tags/{slug}"),
            Route::Actions => "/actions".into(),
            Route::Join => "/join".into(),
            Route::Preview => "/preview".into(),
            Route::Embed => "/embed".into(),
        }
    }

    /// The address of this page's share image in `lang` (the picture link
    /// previews show): `/share/be/posts/x.png`, `/share/be.png` for the
    /// home page.
    pub fn share_image(self, lang: Lang) -> String {
        format!("/share{}.png", self.href(lang))
    }

    /// What the navigation calls this page, for the pages it lists.
    pub fn nav_label(self, ui: &Ui) -> Option<&'static str> {
        match self {
            Route::Home => Some(ui.nav_home),
            Route::Manifesto => Some(ui.nav_manifesto),
            Route::Posts => Some(ui.nav_posts),
            Route::Tags => Some(ui.nav_tags),
            Route::Actions => Some(ui.nav_actions),
            Route::Join => Some(ui.reach.nav_join),
            _ => None,
        }
    }

    /// Whether the build writes this page to HTML: every page but the two
    /// tools, which need the app; a post or topic whose slug could not be a
    /// file name is left to the app as well.
    pub fn is_prerendered(self) -> bool {
        match self {
            Route::Preview | Route::Embed => false,
            Route::Post(slug) | Route::Tag(slug) => slug::is_valid(slug),
            _ => true,
        }
    }

    /// Every page of `site` that the build writes, in one language: the
    /// home page, the manifesto, the posts and each post (newest first),
    /// the topics and each topic, the actions, "Take part".
    pub fn prerendered(site: &'a Site) -> Vec<Route<'a>> {
        let fixed = [
            Route::Home,
            Route::Manifesto,
            Route::Posts,
            Route::Tags,
            Route::Actions,
            Route::Join,
        ];
        let posts = site.posts_newest_first().map(|p| Route::Post(&p.slug));
        let tags = site.bundle.tags.iter().map(|t| Route::Tag(&t.slug));
        fixed
            .into_iter()
            .chain(posts)
            .chain(tags)
            .filter(|route| route.is_prerendered())
            .collect()
    }

    /// Whether this page is a list in pages ([`crate::paging`]): the news
    /// and each topic.
    pub fn is_list(self) -> bool {
        matches!(self, Route::Posts | Route::Tag(_))
    }

    /// How many pages this page of `site` has: the news and each topic are
    /// lists of [`crate::paging::PER_PAGE`] posts a page; any other page is one.
    pub fn pages(self, site: &Site) -> usize {
        match self {
            Route::Posts => crate::paging::page_count(site.bundle.posts.len()),
            Route::Tag(slug) => crate::paging::page_count(site.posts_tagged(slug).len()),
            _ => 1,
        }
    }

    /// The page an address names after its language (`/posts/x`, `""`
    /// for the home page, `/tags/t/page/2`; a trailing slash is ignored),
    /// and the page of a list it asks for by its path
    /// ([`crate::paging::page_href`]); `None` for an address the site does
    /// not have. The one reading of [`Route::path`], so a link the site
    /// writes always leads back to its page.
    pub fn parse(rest: &'a str) -> Option<(Route<'a>, Option<&'a str>)> {
        let rest = rest.trim_end_matches('/');
        let mut segments = rest.split('/').skip(1);
        let segments: [Option<&str>; 5] = std::array::from_fn(|_| segments.next());
        let route = match segments {
            [None, ..] => Route::Home,
            [Some("manifesto"), None, ..] => Route::Manifesto,
            [Some("posts"), None, ..] => Route::Posts,
            [Some("posts"), Some("page"), Some(n), None, ..] => {
                return Some((Route::Posts, Some(n)))
            }
            [Some("posts"), Some(slug), None, ..] => Route::Post(slug),
            [Some("tags"), None, ..] => Route::Tags,
            [Some("tags"), Some(slug), None, ..] => Route::Tag(slug),
            [Some("tags"), Some(slug), Some("page"), Some(n), None] => {
                return Some((Route::Tag(slug), Some(n)))
            }
            [Some("actions"), None, ..] => Route::Actions,
            [Some("join"), None, ..] => Route::Join,
            [Some("preview"), None, ..] => Route::Preview,
            [Some("embed"), None, ..] => Route::Embed,
            _ => return None,
        };
        // An empty segment (`/posts//x`) names nothing.
        match route {
            Route::Post("") | Route::Tag("") => None,
            route => Some((route, None)),
        }
    }

    /// Every address of this page in `lang`: its own, and for a list each
    /// of its further pages (`/en/posts/page/2`…).
    pub fn hrefs(self, lang: Lang, site: &Site) -> impl Iterator<Item = String> {
        let href = self.href(lang);
        (1..=self.pages(site)).map(move |n| crate::paging::page_href(&href, n))
    }
}

/// The address of the news feed in `lang`, or of one topic's:
/// `/be/feed.xml`, `/be/tags/belarus/feed.xml`.
pub fn feed_href(lang: Lang, topic: Option<&str>) -> String {
    match topic {
        Some(slug) => format!("{}/feed.xml", Route::Tag(slug).href(lang)),
        None => format!("{}/feed.xml", Route::Home.href(lang)),
    }
}

/// The address of the Day's calendar file in `lang`: `/be/solidarity-day.ics`.
pub fn calendar_href(lang: Lang) -> String {
    format!("{}/solidarity-day.ics", Route::Home.href(lang))
}

/// The language an address starts with (`/be/…` is Belarusian), if any.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::ALL.into_iter().find(|l| l.tag() == first)
}

/// `path` without its language (`/be/posts/x` → `/posts/x`, `/be` → `""`),
/// or `None` if it has none: the same page's address in another language is
/// `/{lang}` followed by this.
pub fn without_lang(path: &str) -> Option<&str> {
    let lang = lang_of_path(path)?;
    let rest = path.trim_start_matches('/')[lang.tag().len()..].trim_end_matches('/');
    Some(rest)
}

/// The address without a language `path` (`/posts/x`, `/`) in `lang`,
/// its query and fragment kept (with or without their `?` and `#`):
/// `/be/posts/x?page=2#top`. (A prerendered page's first script,
/// `crates/page/js/language.js`, does the same before any wasm runs.)
pub fn in_language(lang: Lang, path: &str, query: &str, fragment: &str) -> String {
    let rest = if path == "/" {
        ""
    } else {
        path.trim_end_matches('/')
    };
    let (query, fragment) = (
        query.trim_start_matches('?'),
        fragment.trim_start_matches('#'),
    );
    let mark = |mark: &'static str, part: &str| if part.is_empty() { "" } else { mark };
    format!(
        "/{}{rest}{}{query}{}{fragment}",
        lang.tag(),
        mark("?", query),
        mark("#", fragment)
    )
}

/// The address of `href`'s page without its language (`/be/manifesto` →
/// `/manifesto`, `/be` → `/`), the one that reaches it in the visitor's
/// language; `None` if `href` has no language.
pub fn language_less(href: &str) -> Option<String> {
    without_lang(href).map(|rest| {
        if rest.is_empty() {
            "/".into()
        } else {
            rest.into()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_in_pages_are_the_news_and_each_topic() {
        assert!(Route::Posts.is_list() && Route::Tag("t").is_list());
        for route in [
            Route::Home,
            Route::Manifesto,
            Route::Post("x"),
            Route::Tags,
            Route::Actions,
            Route::Join,
            Route::Preview,
            Route::Embed,
        ] {
            assert!(!route.is_list(), "{route:?}");
        }
    }

    #[test]
    fn every_route_has_its_address_in_each_language() {
        assert_eq!(Route::Home.href(Lang::Be), "/be");
        assert_eq!(Route::Manifesto.href(Lang::Ru), "/ru/manifesto");
        assert_eq!(Route::Post("x-y").href(Lang::En), "/en/posts/x-y");
        assert_eq!(Route::Tag("belarus").href(Lang::Be), "/be/tags/belarus");
        assert_eq!(Route::Preview.href(Lang::En), "/en/preview");
        assert_eq!(Route::Embed.href(Lang::Ru), "/ru/embed");
        assert_eq!(Route::Join.href(Lang::Be), "/be/join");
    }

    #[test]
    fn an_address_gives_back_its_language_and_the_rest() {
        for lang in Lang::ALL {
            for route in [Route::Home, Route::Posts, Route::Post("a"), Route::Embed] {
                let href = route.href(lang);
                assert_eq!(lang_of_path(&href), Some(lang));
                assert_eq!(without_lang(&href), Some(route.path().as_str()));
                assert_eq!(
                    without_lang(&format!("{href}/")),
                    Some(route.path().as_str())
                );
            }
        }
        assert_eq!(lang_of_path("/posts/x"), None);
        assert_eq!(lang_of_path("/bel/posts"), None);
        assert_eq!(without_lang("/"), None);
        assert_eq!(without_lang("/de/x"), None);
    }

    #[test]
    fn every_address_the_site_writes_reads_back_as_its_page() {
        let routes = [
            Route::Home,
            Route::Manifesto,
            Route::Posts,
            Route::Post("a-b"),
            Route::Post("page"),
            Route::Tags,
            Route::Tag("belarus"),
            Route::Actions,
            Route::Join,
            Route::Preview,
            Route::Embed,
        ];
        for lang in Lang::ALL {
            for route in routes {
                let href = route.href(lang);
                let rest = without_lang(&href).unwrap();
                assert_eq!(Route::parse(rest), Some((route, None)), "{href}");
                assert_eq!(Route::parse(&format!("{rest}/")), Some((route, None)));
            }
        }
        assert_eq!(
            Route::parse("/posts/page/2"),
            Some((Route::Posts, Some("2")))
        );
        assert_eq!(
            Route::parse("/tags/t/page/x"),
            Some((Route::Tag("t"), Some("x")))
        );
        for unknown in [
            "/nope",
            "/posts/a/b",
            "/posts//x",
            "//posts",
            "/tags/t/page",
            "/join/x",
            "/tags/t/page/2/3",
        ] {
            assert_eq!(Route::parse(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn an_address_without_a_language_gets_one_and_keeps_the_rest() {
        assert_eq!(in_language(Lang::Be, "/", "", ""), "/be");
        assert_eq!(
            in_language(Lang::Ru, "/posts/x/", "?page=2", "#top"),
            "/ru/posts/x?page=2#top"
        );
        assert_eq!(
            in_language(Lang::En, "/manifesto", "from=x", "end"),
            "/en/manifesto?from=x#end"
        );
    }

    #[test]
    fn the_tools_and_unusable_slugs_are_not_prerendered() {
        assert!(!Route::Preview.is_prerendered());
        assert!(!Route::Embed.is_prerendered());
        assert!(Route::Post("ok-slug").is_prerendered());
        assert!(!Route::Post("../etc").is_prerendered());
        assert!(!Route::Tag("").is_prerendered());
    }

    #[test]
    fn the_files_beside_the_pages_have_addresses_of_their_own() {
        assert_eq!(Route::Home.share_image(Lang::Be), "/share/be.png");
        assert_eq!(
            Route::Post("x").share_image(Lang::Ru),
            "/share/ru/posts/x.png"
        );
        assert_eq!(feed_href(Lang::En, None), "/en/feed.xml");
        assert_eq!(feed_href(Lang::Be, Some("t")), "/be/tags/t/feed.xml");
        assert_eq!(calendar_href(Lang::Ru), "/ru/solidarity-day.ics");
    }

    #[test]
    fn the_navigation_names_each_of_its_pages() {
        let ui = Lang::En.ui();
        for route in Route::NAVIGATION {
            assert!(route.nav_label(ui).is_some(), "{route:?}");
        }
        assert_eq!(Route::Post("x").nav_label(ui), None);
    }
}
