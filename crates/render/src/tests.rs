//! What every page written here must hold, whatever the bundle says.

use crate::hostile::{hostile_bundle, naughty_strings};
use crate::{actions, manifesto, post, post_card, tags};
use solidarity_core::bundle::ActionStatus;
use solidarity_core::i18n::Lang;
use solidarity_core::Site;

fn default_site() -> Site {
    Site::from_json(include_str!("../../../public/data/bundle.json")).unwrap()
}

/// A naughty string as a post's title and excerpt, and as a topic's name,
/// comes out as text: as many elements as there are posts and topics, and
/// the string itself nowhere if it holds markup.
#[test]
fn hostile_content_is_written_as_text_never_as_markup() {
    let naughty = naughty_strings();
    let site = Site::draft(hostile_bundle(default_site().bundle, &naughty));
    for lang in Lang::ALL {
        let cards = post_card::list(site.posts_newest_first(), false, lang).into_string();
        let topics = tags::page(&site, lang).into_string();
        assert_eq!(cards.matches("<article").count(), naughty.len());
        assert_eq!(cards.matches("<h2").count(), naughty.len());
        assert_eq!(topics.matches("<li>").count(), naughty.len());
        let list = actions::page(&site, lang).into_string();
        assert_eq!(
            list.matches(r#"<li id="action-"#).count(),
            site.bundle.actions.len()
        );
        for s in naughty.iter().filter(|s| s.contains('<')) {
            assert!(!cards.contains(s.as_str()), "unescaped in a card: {s:?}");
            assert!(
                !topics.contains(s.as_str()),
                "unescaped in the topics: {s:?}"
            );
            assert!(
                !list.contains(s.as_str()),
                "unescaped in the actions: {s:?}"
            );
        }
        for (i, s) in naughty.iter().enumerate() {
            let article =
                post::article(&site, site.post(&format!("post-{i}")).unwrap(), lang).into_string();
            assert_eq!(article.matches("<h1").count(), 1, "{s:?}");
            // The share button's attributes and the link hold the text as text.
            assert_eq!(article.matches("<button").count(), 1, "{s:?}");
            assert_eq!(
                article.matches("<a ").count(),
                3,
                "the link, its topic, back: {s:?}"
            );
            if s.contains('<') {
                assert!(!article.contains(s.as_str()), "unescaped in a post: {s:?}");
            }
        }
    }
}

#[test]
fn the_actions_a_map_per_year_and_banned_ones_marked() {
    let site = default_site();
    let html = actions::page(&site, Lang::Ru).into_string();
    let years = site.actions_by_year().len();
    assert_eq!(
        html.matches(r#"<section class="action-year""#).count(),
        years
    );
    assert_eq!(
        html.matches(r#"<input class="map-pick" type="radio""#)
            .count(),
        html.matches("<svg").count()
    );
    assert_eq!(
        html.matches(" checked").count(),
        1,
        "the newest year shown first"
    );
    let banned = site
        .bundle
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Banned)
        .count();
    assert_eq!(html.matches(r#" class="action banned""#).count(), banned);
    assert!(html.contains(r#"<h2 id="map-title">"#));
}

#[test]
fn the_manifesto_in_each_language_with_its_leaflet_end() {
    let site = default_site();
    for lang in Lang::ALL {
        let html = manifesto::article(&site, lang).into_string();
        assert!(
            html.starts_with(r#"<article class="wrap page article">"#),
            "{lang:?}"
        );
        assert_eq!(html.matches("<h1").count(), 1);
        let first: String = site.bundle.manifesto.body_in(lang).text[0]
            .chars()
            .take(30)
            .collect();
        assert!(html.contains(&first), "{lang:?}: the text");
        assert!(html.contains(r#"<footer class="leaflet-end">"#));
        assert!(html.contains(&site.absolute(&format!("/{}/manifesto", lang.tag()))));
    }
}

#[test]
fn a_card_names_its_post_in_its_read_more_link_and_nests_under_a_section() {
    let site = default_site();
    let post = site.posts_newest_first().next().unwrap();
    let nested = post_card::card(post, true, Lang::En).into_string();
    assert!(nested.contains(r#"<h3 class="post-card-title"><a href="/en/posts/"#));
    let read_more = (Lang::En.ui().discovery.read_more_about)(&post.title);
    let read_more = maud::html! { (read_more) }.into_string();
    assert!(nested.contains(&format!(
        r#"<span class="visually-hidden">{read_more}</span></a>"#
    )));
    assert!(!post_card::card(post, false, Lang::En)
        .into_string()
        .contains("<h3"));
}

/// Every address the build writes is a page of its own: one main heading,
/// the page's language on the switcher, never the not-found page; and
/// an address the site does not have is not found, in its language.
#[test]
fn every_address_is_its_page_and_no_other() {
    use crate::page::{self, Address};
    use solidarity_core::route::Route;
    let site = default_site();
    for lang in Lang::ALL {
        let not_found = lang.ui().not_found_title;
        for route in Route::prerendered(&site) {
            for href in route.hrefs(lang, &site) {
                let Address::Page {
                    lang: read,
                    route: found,
                    requested,
                } = Address::of(&href, "")
                else {
                    panic!("{href} is not a page");
                };
                assert_eq!((read, found), (lang, route), "{href}");
                for of in [page::built, page::live] {
                    let page = of(&site, lang, route, requested, 1_790_000_000).unwrap();
                    let main = page.main.into_string();
                    assert_eq!(main.matches("<h1").count(), 1, "{href}");
                    assert_eq!(
                        main.contains(r#"<section class="countdown""#),
                        crate::home::shows_countdown(route),
                        "{href}"
                    );
                    assert!(!main.contains(not_found), "{href}");
                    let framed = crate::frame::page(
                        lang,
                        &href,
                        "",
                        Default::default(),
                        of(&site, lang, route, requested, 1_790_000_000)
                            .unwrap()
                            .main,
                    )
                    .into_string();
                    assert!(
                        framed.contains(&format!(
                            r#"hreflang="{0}" rel="external" aria-current="true""#,
                            lang.tag()
                        )),
                        "{href}"
                    );
                }
            }
        }
        let missing = Route::Post("no-such-post");
        let page = page::live(&site, lang, missing, None, 0).unwrap();
        assert!(page.main.into_string().contains(not_found));
        assert!(page::built(&site, lang, Route::Embed, None, 0).is_none());
    }
    assert_eq!(Address::of("/posts/x", ""), Address::NoLanguage);
    assert_eq!(Address::of("/en/nope", ""), Address::Unknown(Lang::En));
    assert_eq!(
        Address::of("/ru/posts", "?from=x&page=3"),
        Address::Page {
            lang: Lang::Ru,
            route: solidarity_core::route::Route::Posts,
            requested: Some("3")
        }
    );
}

/// Written at build time the countdown leaves its numbers blank in boxes
/// of their final size; in the browser it shows them.
#[test]
fn the_countdown_shows_numbers_only_when_it_knows_the_moment() {
    use crate::countdown::{section, Moment};
    let campaign = &default_site().bundle.campaign;
    // 2026-11-23, counting down to 4 August 2027.
    let at = 1_795_392_000;
    let built = section(campaign, Lang::En, Moment::Built(at)).into_string();
    assert_eq!(built.matches(r#"<span class="cd-num">–</span>"#).count(), 4);
    let live = section(campaign, Lang::En, Moment::Live(at)).into_string();
    assert!(
        live.contains(r#"<span class="cd-num">253</span>"#),
        "{live}"
    );
    assert!(live.contains("253 days, 21 hours, 0 minutes until 4 August 2027"));
}

/// The pages of a long list link to each other, each once.
#[test]
fn a_long_lists_pager_links_its_neighbours() {
    use solidarity_core::paging::Window;
    let middle =
        crate::list::pager(Window::of(100, Some("2"), 20), "/en/posts", Lang::En).into_string();
    assert!(middle.contains(r#"href="/en/posts" rel="prev""#));
    assert!(middle.contains(r#"href="/en/posts/page/3" rel="next""#));
    assert!(middle.contains("Page 2 of 5"));
    let single = crate::list::pager(Window::of(3, None, 20), "/en/posts", Lang::En);
    assert_eq!(single.into_string(), "");
}
