//! Every published file read back by a parser this project did not write:
//! roxmltree (XML: the sitemap), feed-rs (Atom), ical (iCalendar), for
//! every language, from the default bundle, a changed one and one full of
//! hostile text.

use serde_json::{json, Value};
use solidarity_core::i18n::Lang;
use solidarity_core::route::{calendar_href, feed_href, Route};
use solidarity_core::Site;
use solidarity_publish::{files, File, FEED_ENTRIES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const BUNDLE: &str = include_str!("../../../public/data/bundle.json");
const SITE_URL: &str = "https://solidarity.example";

fn default_bundle() -> Value {
    let mut value: Value = serde_json::from_str(BUNDLE).unwrap();
    value["campaign"]["site_url"] = json!(SITE_URL);
    value
}

fn site_of(value: &Value) -> Site {
    Site::from_json(&value.to_string()).unwrap_or_else(|e| panic!("{:#?}", e.problems))
}

fn file<'a>(files: &'a [File], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("no {path}"))
        .content
}

/// Each `<loc>` of the sitemap with its alternates, by hreflang.
fn sitemap(xml: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let xhtml = "http://www.w3.org/1999/xhtml";
    assert_eq!(doc.root_element().tag_name().namespace(), Some(ns));
    doc.root_element()
        .children()
        .filter(|n| n.has_tag_name((ns, "url")))
        .map(|url| {
            let loc = url
                .children()
                .find(|n| n.has_tag_name((ns, "loc")))
                .and_then(|n| n.text())
                .unwrap()
                .to_string();
            let alternates = url
                .children()
                .filter(|n| n.has_tag_name((xhtml, "link")))
                .map(|n| {
                    assert_eq!(n.attribute("rel"), Some("alternate"));
                    (
                        n.attribute("hreflang").unwrap().to_string(),
                        n.attribute("href").unwrap().to_string(),
                    )
                })
                .collect();
            (loc, alternates)
        })
        .collect()
}

#[test]
fn the_sitemap_lists_every_page_with_reciprocal_alternates() {
    let site = site_of(&default_bundle());
    let published = files(&site);
    let urls = sitemap(file(&published, "/sitemap.xml"));
    let routes = Route::prerendered(&site);
    assert_eq!(urls.len(), routes.len() * Lang::ALL.len());
    for route in &routes {
        for lang in Lang::ALL {
            let loc = format!("{SITE_URL}{}", route.href(lang));
            let alternates = urls.get(&loc).unwrap_or_else(|| panic!("{loc} missing"));
            let hreflangs: BTreeSet<&str> = alternates.keys().map(String::as_str).collect();
            assert_eq!(hreflangs, BTreeSet::from(["be", "en", "ru", "x-default"]));
            assert_eq!(alternates[lang.tag()], loc, "a page names itself");
            assert_eq!(
                alternates["x-default"],
                format!("{SITE_URL}{}", route.href_any_lang())
            );
            // Reciprocal: every language version lists the same set.
            for other in Lang::ALL {
                assert_eq!(&urls[&alternates[other.tag()]], alternates);
            }
        }
    }
    let robots = file(&published, "/robots.txt");
    assert!(robots.contains("User-agent: *\nAllow: /\n"));
    assert!(robots.contains(&format!("Sitemap: {SITE_URL}/sitemap.xml\n")));
}

#[test]
fn the_feeds_carry_the_newest_posts_whole_in_each_language() {
    let site = site_of(&default_bundle());
    let published = files(&site);
    for lang in Lang::ALL {
        let xml = file(&published, &feed_href(lang, None));
        let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
        assert_eq!(feed.language.as_deref(), Some(lang.tag()));
        assert_eq!(
            feed.title.unwrap().content,
            site.bundle.campaign.title_in(lang).text
        );
        let newest: Vec<_> = site.posts_newest_first().take(FEED_ENTRIES).collect();
        assert_eq!(feed.entries.len(), newest.len());
        for (entry, post) in feed.entries.iter().zip(&newest) {
            let url = format!("{SITE_URL}{}", Route::Post(&post.slug).href(lang));
            assert_eq!(entry.id, url);
            assert_eq!(entry.links[0].href, url);
            assert_eq!(
                entry.title.as_ref().unwrap().content,
                post.title_in(lang).text
            );
            let content = entry.content.as_ref().unwrap().body.as_ref().unwrap();
            for paragraph in post.body_in(lang).text {
                let html = paragraph
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                assert!(content.contains(&html), "{}", post.slug);
            }
            let minsk = chrono::FixedOffset::east_opt(3 * 3600).unwrap();
            let published = entry.published.unwrap().with_timezone(&minsk);
            assert_eq!(
                published.to_rfc3339(),
                format!("{}T00:00:00+03:00", post.date)
            );
            assert_eq!(entry.categories.len(), post.tags.len());
        }
        // The default posts are translated: every entry is in the feed's
        // language, unmarked, with no note.
        assert_eq!(entry_title_langs(xml), vec![None; newest.len()]);
        assert!(!xml.contains(lang.ui().not_translated));
    }
    // Posts not translated: the other feeds say so, and mark the language
    // of the text they show.
    let mut value = default_bundle();
    for post in value["posts"].as_array_mut().unwrap() {
        post.as_object_mut().unwrap().remove("translations");
    }
    let english = files(&site_of(&value));
    for lang in [Lang::Be, Lang::Ru] {
        let xml = file(&english, &feed_href(lang, None));
        let langs = entry_title_langs(xml);
        assert!(!langs.is_empty());
        assert!(
            langs.iter().all(|l| l.as_deref() == Some("en")),
            "{langs:?}"
        );
        assert!(xml.contains(&format!(
            "&lt;em&gt;{}",
            lang.ui().not_translated.replace('&', "&amp;amp;")
        )));
    }
}

/// The `xml:lang` of each entry's title in an Atom feed.
fn entry_title_langs(xml: &str) -> Vec<Option<String>> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let xml_ns = "http://www.w3.org/XML/1998/namespace";
    doc.descendants()
        .filter(|n| n.has_tag_name("title") && n.parent().unwrap().has_tag_name("entry"))
        .map(|title| title.attribute((xml_ns, "lang")).map(str::to_string))
        .collect()
}

#[test]
fn each_topic_has_a_feed_of_its_posts() {
    let site = site_of(&default_bundle());
    let published = files(&site);
    for tag in &site.bundle.tags {
        for lang in Lang::ALL {
            let xml = file(&published, &feed_href(lang, Some(&tag.slug)));
            let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
            let expected: Vec<String> = site
                .posts_tagged(&tag.slug)
                .take(FEED_ENTRIES)
                .map(|p| format!("{SITE_URL}{}", Route::Post(&p.slug).href(lang)))
                .collect();
            let ids: Vec<String> = feed.entries.iter().map(|e| e.id.clone()).collect();
            assert_eq!(ids, expected, "{}", tag.slug);
            assert!(feed.title.unwrap().content.contains(tag.name_in(lang).text));
        }
    }
}

/// The calendar's one event, as `ical` reads it: (name with parameters, value).
fn calendar_event(text: &str) -> Vec<(String, String)> {
    let mut reader = ical::IcalParser::new(text.as_bytes());
    let calendar = reader
        .next()
        .expect("a calendar")
        .expect("a valid calendar");
    assert!(reader.next().is_none());
    assert_eq!(calendar.events.len(), 1);
    calendar.events[0]
        .properties
        .iter()
        .map(|p| {
            let params = p
                .params
                .iter()
                .flatten()
                .map(|(k, v)| format!(";{k}={}", v.join(",")))
                .collect::<String>();
            (
                format!("{}{params}", p.name),
                p.value.clone().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn the_calendar_is_one_yearly_all_day_event_and_the_same_each_build() {
    let site = site_of(&default_bundle());
    let published = files(&site);
    for lang in Lang::ALL {
        let text = file(&published, &calendar_href(lang));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75 && !line.contains('\n'), "{line:?}");
        }
        let props: BTreeMap<String, String> = calendar_event(text).into_iter().collect();
        assert_eq!(props["DTSTART;VALUE=DATE"], "20120804");
        assert_eq!(props["DTEND;VALUE=DATE"], "20120805");
        assert_eq!(props["RRULE"], "FREQ=YEARLY");
        assert_eq!(props["UID"], "day-0804@solidarity.example");
        assert!(props["DTSTAMP"].ends_with("T000000Z"));
        let summary = &props[&format!("SUMMARY;LANGUAGE={}", lang.tag())];
        assert_eq!(summary, site.bundle.campaign.title_in(lang).text);
    }
    assert_eq!(files(&site), published, "two builds, the same bytes");
}

#[test]
fn a_changed_bundle_publishes_its_own_content() {
    let mut value = default_bundle();
    value["campaign"]["site_url"] = json!("https://other.example:8443/");
    let mut post = value["posts"][0].clone();
    post["slug"] = json!("a-new-post");
    post["title"] = json!("A new post, published today");
    post["date"] = json!("2026-12-06");
    value["posts"].as_array_mut().unwrap().push(post);
    let site = site_of(&value);
    let published = files(&site);
    let urls = sitemap(file(&published, "/sitemap.xml"));
    assert!(urls.contains_key("https://other.example:8443/be/posts/a-new-post"));
    assert!(urls
        .keys()
        .all(|u| u.starts_with("https://other.example:8443/")));
    let feed = feed_rs::parser::parse(file(&published, "/ru/feed.xml").as_bytes()).unwrap();
    assert_eq!(
        feed.entries[0].id,
        "https://other.example:8443/ru/posts/a-new-post"
    );
    assert_eq!(
        feed.updated.unwrap().to_rfc3339(),
        "2026-12-05T21:00:00+00:00"
    );
    let calendar: BTreeMap<String, String> =
        calendar_event(file(&published, "/en/solidarity-day.ics"))
            .into_iter()
            .collect();
    assert_eq!(calendar["DTSTAMP"], "20261206T000000Z");
}

/// The Big List of Naughty Strings.
fn naughty() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/testdata/naughty-strings/blns.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// What XML and iCalendar can carry of a text: no control characters but
/// tab and line breaks.
fn carried(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .filter(|c| !matches!(c, '\u{fffe}' | '\u{ffff}'))
        .collect()
}

#[test]
fn hostile_titles_come_out_escaped_and_read_back_whole() {
    let mut strings: Vec<String> = naughty()
        .into_iter()
        .filter(|s| !solidarity_core::text::is_blank(s))
        .collect();
    strings.extend([
        "]]><script>alert(1)</script>".to_string(),
        "a\u{0}b\u{1}c\u{1b}[31m; \\, \"quoted\" 'single' & <b>bold</b>".to_string(),
    ]);
    for chunk in strings.chunks(40) {
        let mut value = default_bundle();
        let posts = value["posts"].as_array_mut().unwrap();
        for (post, text) in posts.iter_mut().zip(chunk) {
            post["title"] = json!(text);
            post["excerpt"] = json!(text);
            post["body"] = json!([text, "after"]);
            post["translations"] = json!({ "be": { "title": text } });
        }
        value["campaign"]["title"] = json!(chunk[0]);
        value["campaign"]["translations"]["ru"]["title"] = json!(chunk[chunk.len() - 1]);
        let site = site_of(&value);
        let published = files(&site);
        for lang in Lang::ALL {
            let xml = file(&published, &feed_href(lang, None));
            let feed = feed_rs::parser::parse(xml.as_bytes())
                .unwrap_or_else(|e| panic!("{lang:?} feed unreadable: {e}"));
            for entry in &feed.entries {
                let post = site
                    .posts_newest_first()
                    .find(|p| entry.id.ends_with(&format!("/posts/{}", p.slug)))
                    .unwrap();
                assert_eq!(
                    entry.title.as_ref().unwrap().content,
                    carried(post.title_in(lang).text).trim(),
                );
            }
            roxmltree::Document::parse(xml).unwrap();
            let props = calendar_event(file(&published, &calendar_href(lang)));
            let summary = &props
                .iter()
                .find(|(k, _)| k.starts_with("SUMMARY"))
                .unwrap()
                .1;
            assert_eq!(
                unescape_ical(summary),
                carried(site.bundle.campaign.title_in(lang).text)
            );
        }
        sitemap(file(&published, "/sitemap.xml"));
    }
}

/// A TEXT value as RFC 5545 defines it (the `ical` crate leaves escapes).
fn unescape_ical(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_page_has_a_share_image_of_the_announced_size_drawn_once() {
    let site = site_of(&default_bundle());
    let dir = std::env::temp_dir().join(format!("share-images-{}", std::process::id()));
    let (dist, cache) = (dir.join("dist"), dir.join("cache"));
    let _ = std::fs::remove_dir_all(&dir);
    let now = 1_796_558_400;
    let cold = solidarity_publish::write_share_images(&site, now, &dist, &cache).unwrap();
    let pages = Route::prerendered(&site).len() * Lang::ALL.len();
    assert_eq!((cold.images, cold.drawn), (pages, pages));
    for lang in Lang::ALL {
        for route in Route::prerendered(&site) {
            let path = dist.join(route.share_image(lang).trim_start_matches('/'));
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                bytes.len() < 300_000,
                "{}: {} bytes",
                path.display(),
                bytes.len()
            );
            let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
                .read_info()
                .unwrap();
            let (width, height) = solidarity_core::head::SHARE_IMAGE_SIZE;
            assert_eq!((reader.info().width, reader.info().height), (width, height));
            let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
            reader.next_frame(&mut pixels).unwrap();
        }
    }
    // A rebuild draws nothing; a changed post redraws its three images.
    let warm = solidarity_publish::write_share_images(&site, now, &dist, &cache).unwrap();
    assert_eq!((warm.images, warm.drawn), (pages, 0));
    let mut value = default_bundle();
    value["posts"][0]["title"] = json!("A corrected title");
    value["posts"][0]["translations"]["be"]["title"] = json!("Выпраўлены загаловак");
    value["posts"][0]["translations"]["ru"]["title"] = json!("Исправленный заголовок");
    let changed = site_of(&value);
    let again = solidarity_publish::write_share_images(&changed, now, &dist, &cache).unwrap();
    assert_eq!(again.drawn, 3);
    std::fs::remove_dir_all(&dir).unwrap();
}
