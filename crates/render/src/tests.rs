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
