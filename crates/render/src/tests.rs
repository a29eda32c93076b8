//! What every page written here must hold, whatever the bundle says.

use crate::{manifesto, post_card, tags};
use solidarity_core::bundle::Tag;
use solidarity_core::i18n::Lang;
use solidarity_core::Site;

fn default_site() -> Site {
    Site::from_json(include_str!("../../../public/data/bundle.json")).unwrap()
}

/// Every naughty string (../shared/testdata) that is not blank.
fn naughty_strings() -> Vec<String> {
    let text = std::fs::read_to_string("../../../shared/testdata/naughty-strings/blns.json")
        .expect("the naughty strings, from ../shared/testdata");
    let all: Vec<String> = serde_json::from_str(&text).unwrap();
    all.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// A naughty string as a post's title and excerpt, and as a topic's name,
/// comes out as text: as many elements as there are posts and topics, and
/// the string itself nowhere if it holds markup.
#[test]
fn hostile_content_is_written_as_text_never_as_markup() {
    let naughty = naughty_strings();
    let mut bundle = default_site().bundle;
    let model = bundle.posts[0].clone();
    bundle.tags = naughty
        .iter()
        .enumerate()
        .map(|(i, s)| Tag {
            slug: format!("tag-{i}"),
            name: s.clone(),
            ..bundle.tags[0].clone()
        })
        .collect();
    bundle.posts = naughty
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut post = model.clone();
            post.slug = format!("post-{i}");
            post.title = s.clone();
            post.excerpt = s.clone();
            post.tags = vec![format!("tag-{i}")];
            post
        })
        .collect();
    let site = Site::draft(bundle);
    for lang in Lang::ALL {
        let cards = post_card::list(site.posts_newest_first(), false, lang).into_string();
        let topics = tags::page(&site, lang).into_string();
        assert_eq!(cards.matches("<article").count(), naughty.len());
        assert_eq!(cards.matches("<h2").count(), naughty.len());
        assert_eq!(topics.matches("<li>").count(), naughty.len());
        for s in naughty.iter().filter(|s| s.contains('<')) {
            assert!(!cards.contains(s.as_str()), "unescaped in a card: {s:?}");
            assert!(
                !topics.contains(s.as_str()),
                "unescaped in the topics: {s:?}"
            );
        }
    }
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
