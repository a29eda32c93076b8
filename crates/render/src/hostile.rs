//! Test data for whoever writes pages (this crate's tests, the
//! prerender's): the naughty strings of `../shared/testdata` as a bundle's
//! content. Built only with the `test-data` feature.

use solidarity_core::bundle::{Bundle, Link, Tag};

/// Every naughty string (../shared/testdata) that is not blank.
pub fn naughty_strings() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/testdata/naughty-strings/blns.json"
    );
    let text = std::fs::read_to_string(path).expect("the naughty strings, from ../shared/testdata");
    let all: Vec<String> = serde_json::from_str(&text).expect("blns.json: a list of strings");
    all.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// `bundle` with one post and one topic per string of `naughty`: the
/// string as the post's title, excerpt, paragraph, link label and address
/// (`post-{i}`, under topic `tag-{i}`) and as the topic's name; and as the
/// city, organiser and summary of as many actions as there are.
pub fn hostile_bundle(mut bundle: Bundle, naughty: &[String]) -> Bundle {
    let (post, tag) = (bundle.posts[0].clone(), bundle.tags[0].clone());
    bundle.tags = naughty
        .iter()
        .enumerate()
        .map(|(i, s)| Tag {
            slug: format!("tag-{i}"),
            name: s.clone(),
            ..tag.clone()
        })
        .collect();
    bundle.posts = naughty
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut post = post.clone();
            post.slug = format!("post-{i}");
            post.title = s.clone();
            post.excerpt = s.clone();
            post.tags = vec![format!("tag-{i}")];
            post.body = vec![s.clone()];
            post.links = vec![Link {
                label: s.clone(),
                url: s.clone(),
            }];
            post
        })
        .collect();
    for (action, s) in bundle.actions.iter_mut().zip(naughty) {
        action.summary = s.clone();
        action.city = Some(s.clone());
        action.organiser = Some(s.clone());
    }
    bundle
}
