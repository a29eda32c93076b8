//! What each page says about itself to whatever reads it without a visitor:
//! search engines (its canonical address, the same page in the other
//! languages, a description), link previews in messengers (Open Graph and
//! Twitter cards with the page's share image), feed readers (the feeds'
//! addresses) and, on the home page, the Day as a structured `Event`.
//!
//! Written once here for the prerendered pages and the app alike: the
//! component that renders it only turns each [`HeadTag`] into an element.

use crate::countdown::{anniversary, countdown_at, day_ordinal};
use crate::i18n::{coming_day, post_count, Lang};
use crate::paging::page_href;
use crate::route::{feed_href, Route};
use crate::Site;
use serde_json::json;

/// The share images' size in pixels: what link previews show large
/// (Open Graph's recommended 1.91:1).
pub const SHARE_IMAGE_SIZE: (u32, u32) = (1200, 630);

/// Descriptions longer than this are cut at a word: search engines show
/// about this much.
const DESCRIPTION_CHARS: usize = 160;

/// A page's head, besides its stylesheet and scripts.
#[derive(Clone, Debug, PartialEq)]
pub struct Head {
    /// The page's own title, as the browser tab shows it before the
    /// site's name; empty on the home page (the tab shows the site's name).
    pub title: String,
    pub tags: Vec<HeadTag>,
}

/// One element of a page's head.
#[derive(Clone, Debug, PartialEq)]
pub enum HeadTag {
    /// `<meta name="…" content="…">`.
    Name(&'static str, String),
    /// `<meta property="…" content="…">`: Open Graph.
    Property(&'static str, String),
    /// `<link rel="canonical" href="…">`.
    Canonical(String),
    /// `<link rel="alternate" hreflang="…" href="…">`: the same page in a
    /// language, or (`x-default`) in the visitor's.
    Translation {
        hreflang: &'static str,
        href: String,
    },
    /// `<link rel="alternate" type="application/atom+xml" title="…" href="…">`.
    Feed { title: String, href: String },
    /// A `<script type="application/ld+json">` block's text: JSON with `<`,
    /// `>` and `&` written as `\u003c`… so that nothing in it can end the
    /// element or be read as markup, whoever writes it out.
    JsonLd(String),
}

/// What kind of thing a page is, for link previews.
enum Kind {
    Website,
    /// A post, published on this date (`YYYY-MM-DD`).
    Article(String),
}

/// What a listed page says about itself, before it is written out.
struct Described {
    /// The tab's title ([`Head::title`]).
    title: String,
    /// The title on link previews: the page's own where the tab says less
    /// (the manifesto), the campaign's on the home page.
    card_title: String,
    description: String,
    kind: Kind,
    /// The page's canonical address.
    url: String,
}

impl Described {
    /// `Err`: the page is not for search engines, and this is its head.
    fn of(route: Route, page: usize, lang: Lang, site: &Site) -> Result<Described, Head> {
        let ui = lang.ui();
        let words = ui.discovery;
        let campaign = &site.bundle.campaign;
        // The manifesto's tab says "Manifesto"; its card, its own title.
        let mut card_title = None;
        let (title, description, kind) = match route {
            Route::Home => (
                String::new(),
                (words.day_description)(campaign.first_year, campaign.honoree_in(lang).text),
                Kind::Website,
            ),
            Route::Manifesto => {
                let manifesto = &site.bundle.manifesto;
                card_title = Some(manifesto.title_in(lang).text.to_string());
                (
                    ui.nav_manifesto.to_string(),
                    manifesto.subtitle_in(lang).text.to_string(),
                    Kind::Website,
                )
            }
            Route::Posts => (
                ui.posts_title.to_string(),
                (words.posts_description)(&post_count(lang, site.bundle.posts.len())),
                Kind::Website,
            ),
            Route::Post(slug) => match site.post(slug) {
                Some(post) => (
                    post.title_in(lang).text.to_string(),
                    post.excerpt_in(lang).text.to_string(),
                    Kind::Article(post.date.to_string()),
                ),
                None => return Err(Head::not_found(lang)),
            },
            Route::Tags => {
                let names: Vec<&str> = site
                    .bundle
                    .tags
                    .iter()
                    .map(|t| t.name_in(lang).text)
                    .collect();
                (
                    ui.tags_title.to_string(),
                    format!("{}{}.", words.tags_description, names.join(", ")),
                    Kind::Website,
                )
            }
            Route::Tag(slug) => match site.tag(slug) {
                Some(tag) => {
                    let name = tag.name_in(lang).text;
                    let count = post_count(lang, site.posts_tagged(slug).len());
                    (
                        (ui.tagged_posts)(name),
                        (words.tag_description)(name, &count),
                        Kind::Website,
                    )
                }
                None => return Err(Head::not_found(lang)),
            },
            Route::Actions => (
                ui.actions_title.to_string(),
                ui.actions_intro.to_string(),
                Kind::Website,
            ),
            Route::Join => (
                ui.reach.nav_join.to_string(),
                ui.reach.join_intro.to_string(),
                Kind::Website,
            ),
            // Not the visitors' pages: their app writes their heads
            // (`Head::unlisted`) and nothing asks for them here; should
            // anything, they are not listed.
            Route::Preview | Route::Embed => return Err(Head::not_found(lang)),
        };
        let card_title = match card_title {
            Some(own) => own,
            None if title.is_empty() => campaign.title_in(lang).text.to_string(),
            None => title.clone(),
        };
        // Each page of a list is a page of its own, and says which.
        let title = match page {
            0 | 1 => title,
            n => format!("{title} · {}", (ui.page_of)(n, route.pages(site))),
        };
        Ok(Described {
            title,
            card_title,
            description: shortened(&description, DESCRIPTION_CHARS),
            kind,
            url: site.absolute(&page_href(&route.href(lang), page)),
        })
    }

    /// What the browser itself uses: the tab's title, the description, and
    /// the canonical address (which a browser's own "Share" may offer).
    fn essentials(&self) -> Head {
        Head {
            title: self.title.clone(),
            tags: vec![
                HeadTag::Name("description", self.description.clone()),
                HeadTag::Canonical(self.url.clone()),
            ],
        }
    }
}

impl Head {
    /// The whole head of `route` in `lang`, page `page` of a list (1
    /// otherwise), at `now` (seconds since the Unix epoch: which Day comes
    /// next), as the build writes it: [`Head::in_browser`]'s, and what
    /// search engines, link previews and feed readers read of the page. A
    /// post or topic `site` does not have gets the not-found page's head.
    pub fn of(route: Route, page: usize, lang: Lang, site: &Site, now: i64) -> Head {
        let described = match Described::of(route, page, lang, site) {
            Ok(described) => described,
            Err(head) => return head,
        };
        let words = lang.ui().discovery;
        let at = |path: String| site.absolute(&page_href(&path, page));
        let site_name = site.bundle.campaign.title_in(lang).text;
        let (width, height) = SHARE_IMAGE_SIZE;
        let mut head = described.essentials();
        let tags = &mut head.tags;
        for other in Lang::ALL {
            tags.push(HeadTag::Translation {
                hreflang: other.tag(),
                href: at(route.href(other)),
            });
        }
        tags.push(HeadTag::Translation {
            hreflang: "x-default",
            href: at(route.href_any_lang()),
        });
        tags.push(HeadTag::Feed {
            title: site_name.to_string(),
            href: site.absolute(&feed_href(lang, None)),
        });
        if let Some(tag) = match route {
            Route::Tag(slug) => site.tag(slug),
            _ => None,
        } {
            // Titled as the feed titles itself (on every page of the topic).
            tags.push(HeadTag::Feed {
                title: (words.tag_feed_title)(tag.name_in(lang).text),
                href: site.absolute(&feed_href(lang, Some(&tag.slug))),
            });
        }
        tags.extend([
            HeadTag::Property("og:site_name", site_name.to_string()),
            HeadTag::Property("og:title", described.card_title.clone()),
            HeadTag::Property("og:description", described.description),
            HeadTag::Property("og:url", described.url),
            HeadTag::Property("og:locale", og_locale(lang).into()),
        ]);
        for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
            tags.push(HeadTag::Property(
                "og:locale:alternate",
                og_locale(other).into(),
            ));
        }
        match described.kind {
            Kind::Website => tags.push(HeadTag::Property("og:type", "website".into())),
            Kind::Article(published) => tags.extend([
                HeadTag::Property("og:type", "article".into()),
                HeadTag::Property("article:published_time", published),
            ]),
        }
        let alt = (words.image_alt)(&described.card_title);
        tags.extend([
            HeadTag::Property("og:image", site.absolute(&route.share_image(lang))),
            HeadTag::Property("og:image:type", "image/png".into()),
            HeadTag::Property("og:image:width", width.to_string()),
            HeadTag::Property("og:image:height", height.to_string()),
            HeadTag::Property("og:image:alt", alt.clone()),
            HeadTag::Name("twitter:card", "summary_large_image".into()),
            HeadTag::Name("twitter:image:alt", alt),
        ]);
        if route == Route::Home {
            if let Some(event) = event(lang, site, now) {
                tags.push(HeadTag::JsonLd(event));
            }
        }
        head
    }

    /// What the app keeps right as the visitor moves between pages: the
    /// title, the description and the canonical address (`noindex` where it
    /// applies). The rest of [`Head::of`] is for whatever reads the page
    /// as the build wrote it — search engines, link previews, feed readers —
    /// and would only add weight to the app.
    pub fn in_browser(route: Route, page: usize, lang: Lang, site: &Site) -> Head {
        match Described::of(route, page, lang, site) {
            Ok(described) => described.essentials(),
            Err(head) => head,
        }
    }

    /// A page no search engine should list: the not-found page.
    pub fn not_found(lang: Lang) -> Head {
        let ui = lang.ui();
        Head::unlisted(ui.not_found_title, ui.not_found_body)
    }

    /// The head of a page that is not for search engines (the tools, the
    /// not-found page): its title, its description, `noindex`.
    pub fn unlisted(title: &str, description: &str) -> Head {
        Head {
            title: title.to_string(),
            tags: vec![
                HeadTag::Name("description", shortened(description, DESCRIPTION_CHARS)),
                HeadTag::Name("robots", "noindex".into()),
            ],
        }
    }

    /// The description, as search engines read it.
    pub fn description(&self) -> Option<&str> {
        self.tags.iter().find_map(|tag| match tag {
            HeadTag::Name("description", text) => Some(text.as_str()),
            _ => None,
        })
    }

    /// The values of an Open Graph property (`og:title`), in order.
    pub fn property<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.tags.iter().filter_map(move |tag| match tag {
            HeadTag::Property(n, value) if *n == name => Some(value.as_str()),
            _ => None,
        })
    }
}

/// Open Graph's `language_TERRITORY` for each language.
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Be => "be_BY",
        Lang::Ru => "ru_RU",
        Lang::En => "en_GB",
    }
}

/// `text` on one line, cut at the last word that fits in `max` characters,
/// with "…" if anything was cut.
pub fn shortened(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        let needed = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if needed > max.saturating_sub(1) {
            if out.is_empty() {
                out = word.chars().take(max.saturating_sub(1)).collect();
            }
            let trimmed = out.trim_end_matches([',', ';', ':', '.', '—', '–', '-', ' ']);
            return format!("{trimmed}…");
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The next Day (today's, while it lasts) as a schema.org `Event` of the
/// yearly series, in `lang`: JSON-LD as [`HeadTag::JsonLd`] holds it.
fn event(lang: Lang, site: &Site, now: i64) -> Option<String> {
    let campaign = &site.bundle.campaign;
    let year = countdown_at(now, campaign)?.year();
    let date = campaign.day.in_year(year)?;
    let first = campaign.day.in_year(campaign.first_year);
    let offset = campaign.utc_offset.to_string();
    let name = campaign.title_in(lang).text;
    let honoree = campaign.honoree_in(lang).text;
    let home = site.absolute(&Route::Home.href(lang));
    let description = coming_day(
        lang,
        day_ordinal(campaign, year),
        anniversary(campaign, year),
        honoree,
    );
    let value = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": name,
        "description": description,
        "inLanguage": lang.tag(),
        "startDate": format!("{date}T00:00:00{offset}"),
        "endDate": format!("{date}T23:59:59{offset}"),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": { "@type": "VirtualLocation", "url": home },
        "image": [site.absolute(&Route::Home.share_image(lang))],
        "url": home,
        "organizer": { "@type": "Organization", "name": name, "url": home },
        "superEvent": {
            "@type": "EventSeries",
            "name": name,
            "url": home,
            "startDate": first.map(|d| d.to_string()),
            "eventSchedule": {
                "@type": "Schedule",
                "repeatFrequency": "P1Y",
                "byMonth": u8::from(date.month()),
                "byMonthDay": date.day(),
                "startDate": first.map(|d| d.to_string()),
                "scheduleTimezone": campaign.time_zone,
            },
        },
    });
    Some(json_for_script(&value))
}

/// JSON that can stand inside a `<script>` element whatever it contains.
pub fn json_for_script(value: &serde_json::Value) -> String {
    value
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        let text = include_str!("../../../public/data/bundle.json").replacen(
            "http://127.0.0.1:8080",
            "https://solidarity.example",
            1,
        );
        Site::from_json(&text).unwrap()
    }

    /// 2026-12-06 12:00 UTC: the next Day is 4 August 2027.
    const NOW: i64 = 1_796_558_400;

    /// The `<link rel>`s of a page but its feeds: (href, hreflang).
    fn links<'a>(head: &'a Head, rel: &str) -> Vec<(&'a str, Option<&'static str>)> {
        head.tags
            .iter()
            .filter_map(|tag| match (tag, rel) {
                (HeadTag::Canonical(href), "canonical") => Some((href.as_str(), None)),
                (HeadTag::Translation { hreflang, href }, "alternate") => {
                    Some((href.as_str(), Some(*hreflang)))
                }
                _ => None,
            })
            .collect()
    }

    fn property<'a>(head: &'a Head, name: &'a str) -> Vec<&'a str> {
        head.property(name).collect()
    }

    #[test]
    fn every_page_names_itself_and_its_translations_absolutely() {
        let site = site();
        for lang in Lang::ALL {
            for route in Route::prerendered(&site) {
                let head = Head::of(route, 1, lang, &site, NOW);
                let canonical = links(&head, "canonical");
                let own = format!("https://solidarity.example{}", route.href(lang));
                assert_eq!(canonical, [(own.as_str(), None)], "{route:?}");
                let alternates = links(&head, "alternate");
                let expected: Vec<(String, Option<&str>)> = Lang::ALL
                    .into_iter()
                    .map(|l| {
                        (
                            format!("https://solidarity.example{}", route.href(l)),
                            Some(l.tag()),
                        )
                    })
                    .chain([(
                        format!("https://solidarity.example{}", route.href_any_lang()),
                        Some("x-default"),
                    )])
                    .collect();
                let expected: Vec<(&str, Option<&str>)> =
                    expected.iter().map(|(h, l)| (h.as_str(), *l)).collect();
                assert_eq!(alternates, expected, "{route:?}");
                let description = head.description().unwrap();
                assert!(!description.trim().is_empty(), "{route:?} {lang:?}");
                assert!(description.chars().count() <= DESCRIPTION_CHARS);
                assert_eq!(property(&head, "og:url"), [own.as_str()]);
                assert_eq!(property(&head, "og:locale"), [og_locale(lang)]);
                assert_eq!(property(&head, "og:locale:alternate").len(), 2);
                assert_eq!(property(&head, "og:image:width"), ["1200"]);
                let image = format!("https://solidarity.example{}", route.share_image(lang));
                assert_eq!(property(&head, "og:image"), [image.as_str()]);
                let article = matches!(route, Route::Post(_));
                assert_eq!(
                    property(&head, "og:type"),
                    [if article { "article" } else { "website" }]
                );
                assert_eq!(
                    property(&head, "article:published_time").len(),
                    usize::from(article)
                );
                assert!(head
                    .tags
                    .contains(&HeadTag::Name("twitter:card", "summary_large_image".into())));
            }
        }
    }

    #[test]
    fn the_descriptions_say_what_each_page_holds() {
        let site = site();
        let post = site.posts_newest_first().next().unwrap();
        let head = Head::of(Route::Post(&post.slug), 1, Lang::En, &site, NOW);
        assert_eq!(head.title, post.title);
        assert_eq!(
            head.description().unwrap(),
            shortened(&post.excerpt, DESCRIPTION_CHARS)
        );
        let head = Head::of(Route::Manifesto, 1, Lang::Be, &site, NOW);
        assert_eq!(
            head.description(),
            site.bundle.manifesto.subtitle_in(Lang::Be).text.into()
        );
        let head = Head::of(Route::Posts, 1, Lang::Ru, &site, NOW);
        assert!(head
            .description()
            .unwrap()
            .contains(&post_count(Lang::Ru, site.bundle.posts.len())));
        let head = Head::of(Route::Tag("ales-bialiatski"), 1, Lang::En, &site, NOW);
        assert!(head.description().unwrap().contains("Ales Bialiatski"));
        assert!(head.tags.iter().any(|t| matches!(t,
            HeadTag::Feed { href, .. }
                if href == "https://solidarity.example/en/tags/ales-bialiatski/feed.xml")));
        // On a later page too, the feed is the topic's, titled as it titles itself.
        let second = Head::of(Route::Tag("ales-bialiatski"), 2, Lang::En, &site, NOW);
        assert!(second.tags.iter().any(|t| matches!(t,
            HeadTag::Feed { title, .. } if title == "News on “Ales Bialiatski”")));
    }

    #[test]
    fn the_browser_keeps_the_title_description_and_canonical_address_of_the_whole() {
        let site = site();
        for lang in Lang::ALL {
            for route in Route::prerendered(&site) {
                let whole = Head::of(route, 1, lang, &site, NOW);
                let essentials = Head::in_browser(route, 1, lang, &site);
                assert_eq!(essentials.title, whole.title);
                assert_eq!(essentials.tags.len(), 2);
                assert!(essentials.tags.iter().all(|tag| whole.tags.contains(tag)));
                assert_eq!(links(&essentials, "canonical"), links(&whole, "canonical"));
            }
        }
        let missing = Head::in_browser(Route::Post("no-such-post"), 1, Lang::En, &site);
        assert_eq!(missing, Head::not_found(Lang::En));
    }

    #[test]
    fn a_second_page_of_a_list_is_its_own_canonical_address() {
        let site = site();
        let head = Head::of(Route::Posts, 2, Lang::En, &site, NOW);
        assert_eq!(
            links(&head, "canonical"),
            [("https://solidarity.example/en/posts/page/2", None)]
        );
        assert!(links(&head, "alternate")
            .contains(&("https://solidarity.example/posts/page/2", Some("x-default"))));
    }

    #[test]
    fn the_tools_and_missing_pages_are_not_for_search_engines() {
        let site = site();
        for head in [
            Head::of(Route::Preview, 1, Lang::En, &site, NOW),
            Head::of(Route::Embed, 1, Lang::Be, &site, NOW),
            Head::of(Route::Post("no-such-post"), 1, Lang::Ru, &site, NOW),
            Head::of(Route::Tag("no-such-tag"), 1, Lang::En, &site, NOW),
        ] {
            assert!(head
                .tags
                .contains(&HeadTag::Name("robots", "noindex".into())));
            assert!(links(&head, "canonical").is_empty());
        }
    }

    #[test]
    fn the_home_page_describes_the_next_day_as_an_event() {
        let site = site();
        for lang in Lang::ALL {
            let head = Head::of(Route::Home, 1, lang, &site, NOW);
            let json = head
                .tags
                .iter()
                .find_map(|t| match t {
                    HeadTag::JsonLd(json) => Some(json),
                    _ => None,
                })
                .expect("an Event");
            let event: serde_json::Value = serde_json::from_str(json).unwrap();
            assert_eq!(event["@type"], "Event");
            assert_eq!(event["startDate"], "2027-08-04T00:00:00+03:00");
            assert_eq!(event["endDate"], "2027-08-04T23:59:59+03:00");
            assert_eq!(event["inLanguage"], lang.tag());
            assert_eq!(event["name"], site.bundle.campaign.title_in(lang).text);
            assert_eq!(event["superEvent"]["startDate"], "2012-08-04");
            assert_eq!(event["superEvent"]["eventSchedule"]["byMonthDay"], 4);
            assert!(event["location"]["url"]
                .as_str()
                .unwrap()
                .starts_with("https://"));
        }
        // On the Day itself, it is today's.
        let on_the_day = 1_817_330_400; // 2027-08-04 01:00 in Minsk
        let head = Head::of(Route::Home, 1, Lang::En, &site, on_the_day);
        assert!(head
            .tags
            .iter()
            .any(|t| matches!(t, HeadTag::JsonLd(j) if j.contains("\"startDate\":\"2027-08-04T"))));
        // No other page has one.
        let head = Head::of(Route::Manifesto, 1, Lang::En, &site, NOW);
        assert!(!head.tags.iter().any(|t| matches!(t, HeadTag::JsonLd(_))));
    }

    #[test]
    fn nothing_an_editor_types_can_end_the_script_element() {
        let value = json!({ "name": "</script><script>alert(1)</script> & <!--" });
        let text = json_for_script(&value);
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            value
        );
    }

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        assert_eq!(shortened("short  and\nsweet", 160), "short and sweet");
        assert_eq!(shortened("one two three four", 12), "one two…");
        assert_eq!(shortened("one, two three", 8), "one…");
        assert_eq!(shortened(&"x".repeat(300), 10).chars().count(), 10);
        assert_eq!(shortened("", 10), "");
    }
}
