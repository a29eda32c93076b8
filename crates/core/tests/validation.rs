//! A hand-broken bundle for each rule: the validator names the place, says
//! what is wrong, and reports every problem of a file, not only the first.

use serde_json::{json, Value};
use solidarity_core::validate::{validate, Report, Severity};

const BUNDLE: &str = include_str!("../../../public/data/bundle.json");

fn default_bundle() -> Value {
    serde_json::from_str(BUNDLE).unwrap()
}

/// Validates the default bundle after `edit`, as pretty-printed JSON.
fn broken(edit: impl FnOnce(&mut Value)) -> Report {
    let mut value = default_bundle();
    edit(&mut value);
    validate(&serde_json::to_string_pretty(&value).unwrap())
}

/// The problems as `bundle check` prints them, without the file name.
fn lines(report: &Report) -> Vec<String> {
    report.problems.iter().map(ToString::to_string).collect()
}

fn assert_one_error(report: &Report, expected: &str) {
    let lines = lines(report);
    assert!(report.has_errors(), "an invalid bundle must not pass");
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains(expected),
        "{:?} should contain {expected:?}",
        lines[0]
    );
}

#[test]
fn the_default_bundle_is_valid() {
    let report = validate(BUNDLE);
    assert!(report.problems.is_empty(), "{:#?}", lines(&report));
    assert!(report.readable.is_some() && !report.has_errors());
}

#[test]
fn a_missing_comma_is_placed_exactly() {
    let text = BUNDLE.replacen("\"version\": 1,", "\"version\": 1", 1);
    let report = validate(&text);
    // The parser expected a comma and found "campaign" at the start of line 4.
    assert_one_error(&report, "4:3: error: expected `,` or `}`");
}

#[test]
fn a_trailing_comma_and_truncation_are_syntax_errors() {
    let text = format!(
        "{},\n}}\n",
        BUNDLE.trim_end().trim_end_matches('}').trim_end()
    );
    let last_line = text.lines().count();
    assert_one_error(
        &validate(&text),
        &format!("{last_line}:1: error: trailing comma"),
    );
    let cut = &BUNDLE[..BUNDLE.len() / 2];
    assert_one_error(&validate(cut), "error: EOF while parsing");
}

#[test]
fn wrong_types() {
    let report = broken(|b| b["posts"][2]["tags"] = json!("solidarity-day"));
    assert_one_error(
        &report,
        "error: posts[2].tags: invalid type: string \"solidarity-day\", expected a sequence",
    );
    let report = broken(|b| b["campaign"]["first_year"] = json!("2012"));
    assert_one_error(
        &report,
        "error: campaign.first_year: invalid type: string \"2012\", expected i32",
    );
}

#[test]
fn missing_required_fields() {
    let report = broken(|b| {
        b["posts"][4].as_object_mut().unwrap().remove("title");
    });
    assert_one_error(&report, "error: posts[4]: missing field \"title\"");
}

#[test]
fn unknown_fields_suggest_the_intended_one() {
    let report = broken(|b| {
        let post = b["posts"][1].as_object_mut().unwrap();
        let title = post.remove("title").unwrap();
        post.insert("titel".into(), title);
    });
    // The typo is the problem; the title it leaves missing is not news.
    assert_one_error(
        &report,
        "error: posts[1].titel: unknown field \"titel\"; did you mean \"title\"?",
    );
    let report = broken(|b| b["campaign"]["colour"] = json!("red"));
    assert_one_error(
        &report,
        "campaign.colour: unknown field \"colour\"; the fields here are title, short_title",
    );
}

#[test]
fn duplicate_slugs() {
    // posts[6] is reported by no action, so renaming it breaks nothing else.
    let report = broken(|b| b["posts"][6]["slug"] = b["posts"][0]["slug"].clone());
    assert_one_error(&report, "error: posts[6].slug: post slug \"vilnius-banner-at-belarusian-embassy\" is used twice, first at posts[0]");
    let report = broken(|b| {
        b["tags"]
            .as_array_mut()
            .unwrap()
            .push(json!({"slug": "ales-bialiatski", "name": "Again"}))
    });
    assert_one_error(
        &report,
        "error: tags[5].slug: tag \"ales-bialiatski\" is declared twice, first at tags[1]",
    );
}

#[test]
fn undeclared_tags_with_a_suggestion() {
    let report = broken(|b| b["posts"][0]["tags"][1] = json!("ales-bialiatsky"));
    assert_one_error(&report, "error: posts[0].tags[1]: unknown tag \"ales-bialiatsky\"; did you mean \"ales-bialiatski\"?");
}

#[test]
fn dates_that_do_not_exist() {
    let report = broken(|b| b["posts"][4]["date"] = json!("2013-02-30"));
    assert_one_error(
        &report,
        "error: posts[4].date: February 2013 has no day 30; it has 28 days",
    );
    let report = broken(|b| b["actions"][0]["date"] = json!("4 August 2013"));
    assert_one_error(
        &report,
        "actions[0].date: \"4 August 2013\" is not a date; write it as YYYY-MM-DD",
    );
    let report = broken(|b| b["campaign"]["day"] = json!("08-32"));
    assert_one_error(&report, "campaign.day: August has no day 32");
}

#[test]
fn actions_must_name_existing_posts() {
    let report = broken(|b| b["actions"][1]["post"] = json!("solidarity-action-in-bishkk"));
    assert_one_error(
        &report,
        "error: actions[1].post: no post has the slug \"solidarity-action-in-bishkk\"; did you mean \"solidarity-action-in-bishkek\"?",
    );
}

#[test]
fn links_must_be_web_or_site_relative() {
    let report = broken(|b| {
        b["posts"][1]["links"] = json!([
            {"label": "Video", "url": "https://example.org/video"},
            {"label": "Click", "url": "javascript:alert(document.cookie)"},
            {"label": "Data", "url": "data:text/html;base64,PHNjcmlwdD4="}
        ])
    });
    let lines = lines(&report);
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].contains("posts[1].links[1].url: \"javascript:alert(document.cookie)\": links may only be http(s)://"));
    assert!(lines[1].contains("posts[1].links[2].url"));
}

#[test]
fn empty_titles() {
    let report = broken(|b| b["posts"][6]["title"] = json!("   "));
    assert_one_error(&report, "error: posts[6].title: must not be empty");
    let report = broken(|b| b["manifesto"]["title"] = json!(""));
    assert_one_error(&report, "error: manifesto.title: must not be empty");
}

#[test]
fn the_schema_version() {
    let report = broken(|b| b["version"] = json!(2));
    assert_one_error(
        &report,
        "error: version: this site reads bundle version 1, not 2",
    );
    let report = broken(|b| {
        b.as_object_mut().unwrap().remove("version");
    });
    assert_one_error(&report, "error: missing field \"version\"");
}

#[test]
fn slugs_must_fit_in_an_address() {
    let report = broken(|b| {
        b["tags"]
            .as_array_mut()
            .unwrap()
            .push(json!({"slug": "Минск Actions", "name": "Minsk"}));
        b["posts"][0]["tags"][0] = json!("Минск Actions");
    });
    let lines = lines(&report);
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("tags[5].slug: \"Минск Actions\" is not a valid slug"),
        "{lines:#?}"
    );
    assert!(lines[0].contains("for example \"minsk-actions\""));
}

#[test]
fn unused_tags_are_only_a_warning() {
    let report = broken(|b| {
        b["tags"]
            .as_array_mut()
            .unwrap()
            .push(json!({"slug": "minsk", "name": "Minsk"}))
    });
    assert!(report.readable.is_some() && !report.has_errors());
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].severity, Severity::Warning);
    assert!(report.problems[0]
        .to_string()
        .contains("warning: tags[5]: tag \"minsk\" is declared but no post uses it"));
}

#[test]
fn every_problem_of_a_file_is_reported_in_file_order_with_original_paths() {
    let report = broken(|b| {
        b["campaign"]["utc_offset"] = json!("+3");
        // A post with two shape problems: both are reported, and so are
        // the rules its other fields break.
        b["posts"][1]["date"] = json!("2013-13-01");
        b["posts"][1]["titel"] = json!("typo");
        b["posts"][2]["tags"][0] = json!(7);
        b["posts"][2]["tags"][1] = json!("nope");
        b["posts"][5]["tags"][0] = json!("solidarity-dya");
        b["posts"][7]["slug"] = json!("solidarity-action-in-bishkek");
        b["actions"][3]["post"] = json!("missing-post");
        b["actions"][4]["status"] = json!("cancelled");
    });
    let lines = lines(&report);
    let expected = [
        "campaign.utc_offset: \"+3\" is not a UTC offset",
        "posts[1].date: there is no month 13",
        "posts[1].titel: unknown field \"titel\"",
        "posts[2].tags[0]: invalid type: integer `7`, expected a string",
        "posts[2].tags[1]: unknown tag \"nope\"",
        "posts[5].tags[0]: unknown tag \"solidarity-dya\"; did you mean \"solidarity-day\"?",
        "posts[7].slug: post slug \"solidarity-action-in-bishkek\" is used twice, first at posts[1]",
        // posts[7]'s old slug was reported by an action: renaming it breaks that link.
        "actions[3].post: no post has the slug \"missing-post\"",
        "actions[4].status: unknown variant `cancelled`, expected `held` or `banned`",
        "actions[5].post: no post has the slug \"actions-of-solidarity-held-worldwide\"",
        "actions[6].post: no post has the slug \"actions-of-solidarity-held-worldwide\"",
    ];
    assert_eq!(lines.len(), expected.len(), "{lines:#?}");
    for (line, want) in lines.iter().zip(expected) {
        assert!(line.contains(want), "{line:?} should contain {want:?}");
        assert!(line.contains(": error: "), "{line}");
    }
    // In file order, each with a real position.
    let positions: Vec<_> = report
        .problems
        .iter()
        .map(|p| p.position.unwrap())
        .collect();
    let mut sorted = positions.clone();
    sorted.sort();
    assert_eq!(positions, sorted);
}

#[test]
fn a_key_given_twice_is_an_error() {
    let text = BUNDLE.replacen("\"version\": 1,", "\"version\": 1,\n  \"version\": 1,", 1);
    assert_one_error(&validate(&text), "error: duplicate field `version`");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let report = validate(&format!("\u{feff}{BUNDLE}"));
    assert!(report.problems.is_empty(), "{:#?}", lines(&report));
}

#[test]
fn json_that_is_not_a_bundle() {
    for text in ["[]", "1", "\"bundle\"", "null", "{}"] {
        let report = validate(text);
        assert!(report.has_errors(), "{text}");
        assert!(report.valid_bundle().is_none());
    }
    assert!(lines(&validate("[]"))[0].contains("a bundle is a JSON object"));
}

#[test]
fn translations_use_known_languages_and_say_something() {
    let report = broken(|b| b["posts"][0]["translations"] = json!({"de": {"title": "Titel"}}));
    assert_one_error(
        &report,
        "posts[0].translations.de: unknown field \"de\"; the fields here are be, ru, en",
    );
    let report = broken(|b| b["tags"][0]["translations"]["be"]["name"] = json!(" "));
    assert_one_error(
        &report,
        "error: tags[0].translations.be.name: must not be empty",
    );
    let report = broken(|b| b["posts"][0]["translations"] = json!({"ru": {"titel": "Заголовок"}}));
    assert_one_error(
        &report,
        "posts[0].translations.ru.titel: unknown field \"titel\"; did you mean \"title\"?",
    );
}
