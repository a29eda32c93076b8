//! The report's positions, the URL rule and the "did you mean" distance,
//! checked (the bundle-wide cases are in `crates/core/tests`).

use super::suggest::{did_you_mean, edit_distance_within};
use super::*;
use crate::positions::{parse_path, path_string};

#[test]
fn edit_distance_counts_characters() {
    assert_eq!(
        edit_distance_within("solidarity-dya", "solidarity-day", 5),
        Some(2)
    );
    assert_eq!(edit_distance_within("", "abc", 3), Some(3));
    assert_eq!(edit_distance_within("дзень", "дзянь", 2), Some(1));
    assert_eq!(edit_distance_within("kitten", "sitting", 3), Some(3));
    assert_eq!(edit_distance_within("kitten", "sitting", 2), None);
    assert_eq!(edit_distance_within("a", "abcdef", 2), None);
}

#[test]
fn bounded_distance_agrees_with_the_full_one() {
    fn full(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut diagonal = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if ca == *cb {
                    diagonal
                } else {
                    1 + diagonal.min(above).min(row[j])
                };
                diagonal = above;
            }
        }
        row[b.len()]
    }
    let words = [
        "",
        "a",
        "ab",
        "ba",
        "abc",
        "acb",
        "tag",
        "tga",
        "vilnius",
        "vilnus",
        "vilnjus",
        "prague",
        "praha",
        "дзень",
        "дзянь",
    ];
    for a in words {
        for b in words {
            let d = full(a, b);
            for limit in 0..6 {
                let expected = (d <= limit).then_some(d);
                assert_eq!(
                    edit_distance_within(a, b, limit),
                    expected,
                    "{a} {b} {limit}"
                );
            }
        }
    }
}

#[test]
fn long_names_are_not_compared() {
    let long = "a".repeat(30_000);
    assert_eq!(did_you_mean(&long, [long.as_str()]), "");
    let close = format!("{}b", "a".repeat(99));
    assert_eq!(
        did_you_mean(&"a".repeat(100), [close.as_str()]),
        format!("; did you mean \"{close}\"?")
    );
}

#[test]
fn suggests_only_close_names() {
    let known = ["solidarity-day", "vilnius"];
    assert_eq!(
        did_you_mean("solidarity-dya", known.into_iter()),
        "; did you mean \"solidarity-day\"?"
    );
    assert_eq!(did_you_mean("prague", known.into_iter()), "");
}

#[test]
fn syntax_errors_carry_their_position() {
    let report = validate("{\n  \"version\": 1,\n  oops\n}");
    let p = &report.problems[0];
    assert_eq!(p.position, Some((3, 3)));
    assert!(
        p.message.starts_with("key must be a string"),
        "{}",
        p.message
    );
    assert_eq!(p.to_string(), format!("3:3: error: {}", p.message));
}

#[test]
fn links_are_web_or_site_relative() {
    for good in [
        "https://spring96.org/en",
        "http://example.org",
        "/posts/a",
        "/",
        "HTTPS://EXAMPLE.ORG",
    ] {
        assert_eq!(check_url(good), Ok(()), "{good}");
    }
    for (bad, why) in [
        (
            "javascript:alert(1)",
            "\"javascript:\" links are not allowed",
        ),
        (
            "JavaScript:alert(1)",
            "\"javascript:\" links are not allowed",
        ),
        (
            "data:text/html,<script>alert(1)</script>",
            "\"data:\" links are not allowed",
        ),
        ("//evil.example/x", "ambiguous"),
        ("https://", "no host"),
        ("spring96.org", "start it with https://"),
        ("https://a b", "spaces"),
        ("java\tscript:alert(1)", "control"),
    ] {
        let message = check_url(bad).unwrap_err();
        assert!(message.contains(why), "{bad}: {message}");
    }
}

#[test]
fn paths_round_trip() {
    for path in [
        "",
        "version",
        "posts[12].tags[1]",
        "campaign.utc_offset",
        "a[0][1].b",
    ] {
        assert_eq!(path_string(&parse_path(path)), path);
    }
}

#[test]
fn a_file_that_is_not_utf8_is_refused_where_it_stops_being_text() {
    let mut bytes = "{\n  \"a\": \"é".as_bytes().to_vec();
    bytes.push(0xff);
    let problem = super::text_of(bytes.clone()).unwrap_err();
    assert!(problem.is_error());
    assert_eq!(problem.position, Some((2, 10)));
    // As the site reads it: refused, with that one problem.
    let refused = crate::Site::from_bytes(bytes).unwrap_err();
    assert_eq!(refused.problems, vec![problem]);
    // A byte-order mark is UTF-8: left for the validation, which skips it.
    assert_eq!(super::text_of("\u{feff}{}".into()).unwrap(), "\u{feff}{}");
}
