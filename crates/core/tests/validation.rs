//! A hand-broken bundle for each rule: the validator names the place, says
//! what is wrong, and reports every problem of a file, not only the first.

use serde_json::{json, Value};
use solidarity_core::validate::{validate, validate_quick, Report, Severity};

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
    let half = (0..=BUNDLE.len() / 2)
        .rev()
        .find(|&i| BUNDLE.is_char_boundary(i))
        .unwrap();
    let cut = &BUNDLE[..half];
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
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{positions:?}");
}

#[test]
fn a_key_given_twice_is_reported_at_its_second_place_and_alone() {
    // A second `version` with another value: not "not version 2".
    let text = BUNDLE.replacen("\"version\": 1,", "\"version\": 1,\n  \"version\": 2,", 1);
    let expected =
        "4:3: error: version: duplicate key \"version\": it is already given at line 3, column 3";
    assert_one_error(&validate(&text), expected);
    // What visitors' browsers run refuses it too, in serde's words.
    assert_one_error(
        &validate_quick(&text),
        "4:11: error: duplicate field `version`",
    );

    // A second, empty `posts`: one problem, not one for each tag it leaves unused.
    let text = BUNDLE.replacen("\"version\": 1,", "\"version\": 1,\n  \"posts\": [],", 1);
    let found = lines(&validate(&text));
    assert_eq!(found.len(), 1, "{found:#?}");
    // The file's own `posts` is the second one here.
    assert!(
        found[0].contains(
            ": error: posts: duplicate key \"posts\": it is already given at line 4, column 3"
        ),
        "{}",
        found[0]
    );

    // Inside a post, and on one line: the same report, at the right column.
    let mut value = default_bundle();
    value["posts"][2]["title"] = json!("T");
    let minified = serde_json::to_string(&value).unwrap().replacen(
        "\"title\":\"T\"",
        "\"title\":\"T\",\"title\":\"U\"",
        1,
    );
    let report = validate(&minified);
    let column = minified.find("\"title\":\"U\"").unwrap() + 1;
    assert_eq!(lines(&report).len(), 1, "{:#?}", lines(&report));
    let problem = &report.problems[0];
    assert_eq!(problem.path, "posts[2].title");
    assert_eq!(problem.position.map(|(line, _)| line), Some(1));
    // The default bundle is not ASCII: the column counts characters.
    let chars = minified[..column - 1].chars().count() + 1;
    assert_eq!(problem.position, Some((1, chars)));
    assert!(problem.message.starts_with("duplicate key \"title\""));
}

#[test]
fn a_minified_bundle_is_placed_like_a_pretty_one() {
    let mut value = default_bundle();
    value["posts"][3]["tags"][0] = json!("solidarity-dya");
    value["tags"]
        .as_array_mut()
        .unwrap()
        .push(json!({"slug": "unused", "name": "Unused"}));
    let pretty = validate(&serde_json::to_string_pretty(&value).unwrap());
    let minified_text = serde_json::to_string(&value).unwrap();
    let minified = validate(&minified_text);
    let strip = |r: &Report| {
        r.problems
            .iter()
            .map(|p| (p.severity, p.path.clone(), p.message.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(&pretty), strip(&minified));
    assert_eq!(minified.problems.len(), 2, "{:#?}", lines(&minified));
    for problem in &minified.problems {
        let (line, column) = problem.position.expect("placed");
        assert_eq!(line, 1);
        // The problem's own text starts at its column.
        let at: String = minified_text.chars().skip(column - 1).take(12).collect();
        assert!(
            at.starts_with('"') || at.starts_with('{'),
            "{problem}: {at}"
        );
    }
}

#[test]
fn text_from_the_bundle_cannot_rewrite_the_report() {
    for hostile in [
        "a\rvalid",
        "\u{1b}[2K\u{1b}[1Gvalid",
        "\u{202e}dilav",
        "x\u{2028}y",
        "\u{7}bell",
    ] {
        let report = broken(|b| b["posts"][0]["slug"] = json!(hostile));
        assert!(report.has_errors());
        for line in lines(&report) {
            assert!(
                !line.chars().any(|c| c.is_control()
                    || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2028}' | '\u{2029}')),
                "{line:?}"
            );
        }
        let slug_line = lines(&report)
            .into_iter()
            .find(|l| l.contains("posts[0].slug"))
            .unwrap();
        assert!(slug_line.contains("\\u"), "{slug_line}");
    }
    // A key is quoted too.
    let report = broken(|b| b["campaign"]["ti\u{1b}tle"] = json!("x"));
    assert!(
        lines(&report).iter().any(|l| l.contains("ti\\u001btle")),
        "{:#?}",
        lines(&report)
    );
}

#[test]
fn years_stay_in_one_sane_range_everywhere() {
    for (field, year) in [
        ("first_year", 2147483647i64),
        ("first_year", 0),
        ("arrest_year", -2147483648),
        ("arrest_year", 20011),
    ] {
        let report = broken(|b| b["campaign"][field] = json!(year));
        assert!(report.has_errors(), "{field} {year}");
        assert!(
            lines(&report).iter().any(|l| l.contains(&format!(
                "campaign.{field}: {year} is not a year this site can use"
            ))),
            "{:#?}",
            lines(&report)
        );
    }
    for date in ["0000-08-04", "0212-08-04", "9999-08-04"] {
        let report = broken(|b| b["posts"][0]["date"] = json!(date));
        assert_one_error(&report, "is not a year this site can use");
    }
    assert!(!broken(|b| b["posts"][0]["date"] = json!("1900-01-01")).has_errors());
    assert!(!broken(|b| b["posts"][0]["date"] = json!("2200-12-31")).has_errors());
}

#[test]
fn texts_that_show_nothing_are_empty() {
    for blank in [
        "   ",
        "\u{200b}\u{200b}",
        "\u{0}",
        "\u{feff}\u{2060}",
        "\t\u{3164}",
    ] {
        let report = broken(|b| b["posts"][1]["title"] = json!(blank));
        assert_one_error(&report, "posts[1].title: must not be empty");
        let report = broken(|b| b["campaign"]["short_title"] = json!(blank));
        assert_one_error(&report, "campaign.short_title: must not be empty");
    }
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

#[test]
fn the_sites_address_is_a_scheme_and_a_host() {
    for good in [
        "https://solidarity.example",
        "https://solidarity.example/",
        "https://xn--80ak6aa92e.example:8443",
        "https://дзень.example",
        "http://127.0.0.1:8080",
        "http://localhost",
        "http://[::1]:8080/",
    ] {
        let report = broken(|b| b["campaign"]["site_url"] = json!(good));
        assert!(report.problems.is_empty(), "{good}: {:#?}", lines(&report));
    }
    for (bad, why) in [
        ("solidarity.example", "must start with https://"),
        ("ftp://solidarity.example", "must start with https://"),
        (
            "http://solidarity.example",
            "plain http:// is only for this machine",
        ),
        ("https://solidarity.example/en", "without \"/en\""),
        ("https://solidarity.example?x=1", "without \"?x=1\""),
        ("https://", "no valid host name"),
        ("https://a..b", "no valid host name"),
        (
            "https://user:pw@solidarity.example",
            "user name or password",
        ),
        ("https://solidarity.example:", "no valid port"),
        ("https://solidarity.example:80a", "no valid port"),
        ("https://solidarity .example", "contains spaces"),
        ("", "must start with https://"),
    ] {
        let report = broken(|b| b["campaign"]["site_url"] = json!(bad));
        assert_one_error(&report, &format!("error: campaign.site_url: \"{bad}\""));
        assert_one_error(&report, why);
    }
}

#[test]
fn a_bundle_without_the_sites_address_is_refused_where_it_is_missing() {
    let text = BUNDLE.replacen("    \"site_url\": \"http://127.0.0.1:8080\",\n", "", 1);
    assert_ne!(text, BUNDLE);
    // At the campaign's key, line 4.
    assert_one_error(
        &validate(&text),
        "4:3: error: campaign: missing field \"site_url\"",
    );
    let report =
        validate(&BUNDLE.replacen("\"http://127.0.0.1:8080\"", "\"https://a.example/x\"", 1));
    // Placed at its key, line 7.
    assert_one_error(&report, "7:5: error: campaign.site_url");
}

#[test]
fn positions_must_be_on_earth() {
    let report = broken(|b| b["actions"][0]["position"]["lat"] = json!(154.687));
    assert_one_error(
        &report,
        "error: actions[0].position.lat: out of range: a latitude must be between -90 (south) and 90 (north) degrees",
    );
    let report = broken(|b| b["actions"][1]["position"] = json!({"lat": 42.8, "lon": -200}));
    assert_one_error(
        &report,
        "actions[1].position.lon: out of range: a longitude must be between",
    );
    let report = broken(|b| b["actions"][1]["position"] = json!({"lat": 42.8}));
    assert_one_error(&report, "actions[1].position: missing field \"lon\"");
    // Placed at the value, line and column, like every other problem.
    let report = broken(|b| b["actions"][2]["position"]["lon"] = json!(-181));
    let line = &lines(&report)[0];
    assert!(
        line.split(':').next().unwrap().parse::<usize>().is_ok(),
        "{line}"
    );
}

#[test]
fn the_map_warns_of_places_it_can_only_guess_or_cannot_place() {
    let report = broken(|b| {
        b["actions"][0].as_object_mut().unwrap().remove("position");
    });
    assert!(!report.has_errors());
    let said = lines(&report);
    assert_eq!(said.len(), 1, "{said:#?}");
    assert!(
        said[0].contains(
            "warning: actions[0]: no \"position\": the map puts Vilnius at the middle of Lithuania"
        ),
        "{said:?}"
    );
    let report = broken(|b| b["actions"][14]["country"] = json!("Irland"));
    assert!(!report.has_errors());
    let said = lines(&report);
    assert_eq!(said.len(), 1, "{said:#?}");
    assert!(
        said[0].contains("warning: actions[14].country: the map knows no country \"Irland\"; did you mean \"Ireland\"?; it leaves this action out"),
        "{said:?}"
    );
    // A position of its own places an action whatever its country.
    let report = broken(|b| {
        b["actions"][14]["country"] = json!("Malta");
        b["actions"][14]["position"] = json!({"lat": 35.9, "lon": 14.51});
    });
    assert!(report.problems.is_empty(), "{:#?}", lines(&report));
}

#[test]
fn action_links_and_the_contact_address_are_checked() {
    let report = broken(|b| b["actions"][0]["link"] = json!("javascript:alert(1)"));
    assert_one_error(
        &report,
        "actions[0].link: \"javascript:alert(1)\": links may only be http(s)://",
    );
    let report = broken(|b| b["actions"][0]["link"] = json!("https://spring96.org/en/news/1"));
    assert!(report.problems.is_empty(), "{:#?}", lines(&report));
    for (contact, expected) in [
        (
            "mailto:editors@example.org",
            "write the address alone, \"editors@example.org\", without \"mailto:\"",
        ),
        ("editors at example.org", "is not one email address"),
        ("a@b.org, c@d.org", "is not one email address"),
        ("editors@localhost", "is not an email address"),
        ("@example.org", "is not an email address"),
    ] {
        let report = broken(|b| b["campaign"]["contact"] = json!(contact));
        assert_one_error(&report, &format!("campaign.contact: \"{contact}\""));
        assert!(lines(&report)[0].contains(expected), "{:?}", lines(&report));
    }
    let report = broken(|b| b["campaign"]["contact"] = json!("editors@solidarity.example"));
    assert!(report.problems.is_empty(), "{:#?}", lines(&report));
}
