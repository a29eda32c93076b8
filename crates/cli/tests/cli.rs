//! The editors' `bundle` tool, run as editors run it.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BUNDLE_FILE: &str = "public/data/bundle.json";

/// The repository's root, where editors run the tool (and where the tests
/// run it, reading the paths above from there).
fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn bundle(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bundle"))
        .args(args)
        .current_dir(repository())
        .output()
        .expect("the bundle tool runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The default bundle's text, as committed.
fn default_bundle() -> String {
    std::fs::read_to_string(repository().join(BUNDLE_FILE)).unwrap()
}

fn suite_files(prefix: &str) -> Vec<PathBuf> {
    let dir = repository().join("../shared/testdata/json-test-suite/test_parsing");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    files.sort();
    files
}

/// A scratch copy of `text` that tests may modify.
fn scratch(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bundle-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bundle.json");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_default_bundle_checks_clean() {
    let out = bundle(&["check", BUNDLE_FILE]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("public/data/bundle.json: valid"));
}

#[test]
fn every_invalid_json_document_gets_a_positioned_error_never_a_panic() {
    let files = suite_files("n_");
    assert!(
        files.len() > 150,
        "JSONTestSuite is missing: {}",
        files.len()
    );
    for file in files {
        let name = file.to_string_lossy().into_owned();
        let out = bundle(&["check", &name]);
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(1), "{name}: {text}");
        let first = text.lines().next().unwrap_or_default();
        let rest = first
            .strip_prefix(&format!("{name}:"))
            .unwrap_or_else(|| panic!("{name}: {first:?}"));
        let mut parts = rest.splitn(3, ':');
        let (line, column) = (parts.next().unwrap(), parts.next().unwrap());
        assert!(
            line.parse::<usize>().is_ok() && column.parse::<usize>().is_ok(),
            "{name}: no position in {first:?}"
        );
        assert!(parts.next().unwrap().starts_with(" error: "), "{first}");
    }
}

/// Every suite file starting with `prefix` is refused as a bundle (exit 1, an error line).
fn assert_all_refused(prefix: &str) {
    for file in suite_files(prefix) {
        let name = file.to_string_lossy().into_owned();
        let out = bundle(&["check", &name]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stdout(&out));
        assert!(stdout(&out).contains("error: "), "{name}");
    }
}

#[test]
fn valid_json_that_is_not_a_bundle_is_rejected() {
    assert_all_refused("y_");
}

#[test]
fn implementation_defined_documents_never_crash_the_tool() {
    assert_all_refused("i_");
}

#[test]
fn several_problems_are_all_reported_compiler_style() {
    let text = default_bundle()
        .replacen(
            "\"solidarity-day\",\n        \"ales-bialiatski\",\n        \"political-prisoners\"",
            "\"solidarity-dya\"",
            1,
        )
        .replacen("\"date\": \"2013-08-04\"", "\"date\": \"2013-02-30\"", 1)
        .replacen(
            "\"title\": \"Solidarity action",
            "\"titel\": \"Solidarity action",
            1,
        );
    let file = scratch("several", &text);
    let name = file.to_string_lossy().into_owned();
    let out = bundle(&["check", &name]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<String> = stdout(&out)
        .lines()
        .map(|l| l.replacen(&name, "FILE", 1))
        .collect();
    // Where each mistake stands in the file, counted as an editor would.
    let at = |needle: &str| {
        let before = &text[..text.find(needle).expect("the mistake is in the file")];
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        format!("FILE:{line}:{column}")
    };
    assert_eq!(
        lines,
        [
            format!("{}: error: posts[0].date: February 2013 has no day 30; it has 28 days", at("\"date\": \"2013-02-30\"")),
            format!("{}: error: posts[0].tags[0]: unknown tag \"solidarity-dya\"; did you mean \"solidarity-day\"?", at("\"solidarity-dya\"")),
            format!("{}: error: posts[1].titel: unknown field \"titel\"; did you mean \"title\"?", at("\"titel\"")),
        ]
    );
}

#[test]
fn usage_errors_and_unreadable_files_exit_2() {
    assert_eq!(bundle(&[]).status.code(), Some(2));
    assert_eq!(bundle(&["check"]).status.code(), Some(2));
    assert_eq!(bundle(&["frobnicate"]).status.code(), Some(2));
    let out = bundle(&["check", "no/such/file.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.json: cannot read"));
    // An unreadable file among valid ones still makes the run fail with 2.
    assert_eq!(
        bundle(&["check", BUNDLE_FILE, "no/such/file.json"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(bundle(&["help"]).status.code(), Some(0));
}

#[test]
fn what_is_not_a_bundle_file_is_refused_at_once() {
    // /dev/zero never ends; a named pipe blocks until someone writes; a
    // directory and an oversized file are no bundle either. Each is refused
    // with a message before anything is read.
    let dir = scratch("not-a-file", "{}").parent().unwrap().to_path_buf();
    let fifo = dir.join("pipe.json");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let large = dir.join("large.json");
    let file = std::fs::File::create(&large).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    for (path, says) in [
        (PathBuf::from("/dev/zero"), "not a regular file"),
        (fifo, "not a regular file"),
        (dir.clone(), "a directory"),
        (large, "too large to be a bundle"),
    ] {
        for command in [&["check"][..], &["new-post", "--title", "T", "--file"][..]] {
            let mut args = command.to_vec();
            let path = path.to_str().unwrap();
            args.push(path);
            let out = bundle(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains(says), "{args:?}: {stderr}");
        }
    }
}

#[test]
fn text_from_the_file_cannot_rewrite_the_report() {
    // A slug that would return to the start of the line, clear it and print
    // "valid" in a terminal is shown escaped, as it is written in JSON.
    let text =
        default_bundle().replacen("\"slug\": \"", "\"slug\": \"x\\r\\u001b[2Kvalid\\u202e", 1);
    let path = scratch("escapes", &text);
    let out = bundle(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let printed = format!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
    assert!(
        !printed
            .chars()
            .any(|c| c != '\n' && (c.is_control() || c == '\u{202e}')),
        "{printed:?}"
    );
    assert!(
        printed.contains("x\\u000d\\u001b[2Kvalid\\u202e"),
        "{printed}"
    );
}

#[test]
fn a_campaign_after_the_posts_is_a_warning_for_partners_widgets() {
    let mut value: serde_json::Value = serde_json::from_str(&default_bundle()).unwrap();
    let object = value.as_object_mut().unwrap();
    let campaign = object.remove("campaign").unwrap();
    // Enough posts to put the campaign far down the file.
    let posts = object["posts"].as_array().unwrap().clone();
    for round in 0..20 {
        for post in &posts {
            let mut post = post.clone();
            post["slug"] = format!("{}-{round}", post["slug"].as_str().unwrap()).into();
            object["posts"].as_array_mut().unwrap().push(post);
        }
    }
    object.insert("campaign".into(), campaign);
    let path = scratch(
        "campaign-last",
        &serde_json::to_string_pretty(&value).unwrap(),
    );
    let out = bundle(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("warning: campaign: partners' countdown widgets download the bundle up to its \"campaign\""),
        "{}",
        stdout(&out)
    );
    // Where it belongs, nothing is said.
    assert!(!stdout(&bundle(&["check", BUNDLE_FILE])).contains("widgets"));
}

#[test]
fn the_committed_schema_matches_the_types() {
    let committed =
        std::fs::read_to_string(repository().join("public/data/bundle.schema.json")).unwrap();
    let generated = stdout(&bundle(&["schema"]));
    assert!(
        committed == generated,
        "public/data/bundle.schema.json is stale: run `cargo run --bin bundle -- schema > public/data/bundle.schema.json`"
    );
    let schema: serde_json::Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let bundle: serde_json::Value = serde_json::from_str(&default_bundle()).unwrap();
    assert_eq!(bundle["$schema"], "./bundle.schema.json");
}

#[test]
fn rewriting_the_default_bundle_changes_nothing() {
    // new-post rewrites the whole file: it must keep the file's own layout.
    let text = default_bundle();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string_pretty(&value).unwrap() + "\n", text);
}

#[test]
fn new_post_appends_a_post_with_a_transliterated_slug() {
    let original = default_bundle();
    let file = scratch("new-post", &original);
    let name = file.to_string_lossy().into_owned();
    let out = bundle(&[
        "new-post",
        "--file",
        &name,
        "--title",
        "Акцыя салідарнасці ў Гродне",
        "--tag",
        "solidarity-day",
        "--date",
        "2027-08-04",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout(&out)
            .contains("added posts[10] \"aktsyya-salidarnastsi-w-hrodne\" dated 2027-08-04"),
        "{}",
        stdout(&out)
    );

    let after = std::fs::read_to_string(&file).unwrap();
    let value: serde_json::Value = serde_json::from_str(&after).unwrap();
    let post = &value["posts"][10];
    assert_eq!(post["slug"], "aktsyya-salidarnastsi-w-hrodne");
    assert_eq!(post["title"], "Акцыя салідарнасці ў Гродне");
    assert_eq!(post["tags"], serde_json::json!(["solidarity-day"]));
    // Everything before the new post is byte for byte what it was.
    let kept = after.lines().take_while(|l| !l.contains("aktsyya")).count() - 2;
    assert_eq!(
        after.lines().take(kept).collect::<Vec<_>>(),
        original.lines().take(kept).collect::<Vec<_>>()
    );

    // The new post needs its text before the bundle is valid again.
    let check = bundle(&["check", &name]);
    assert_eq!(check.status.code(), Some(1));
    assert!(
        stdout(&check).contains("posts[10].excerpt: must not be empty"),
        "{}",
        stdout(&check)
    );

    // The same title again gets a slug of its own; today's date by default.
    let out = bundle(&[
        "new-post",
        "--file",
        &name,
        "--title",
        "Акцыя салідарнасці ў Гродне",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(
        value["posts"][11]["slug"],
        "aktsyya-salidarnastsi-w-hrodne-2"
    );
    let date = value["posts"][11]["date"].as_str().unwrap();
    assert!(solidarity_core::date::Day::parse(date).is_ok(), "{date}");
}

#[test]
fn new_post_refuses_unknown_tags_and_broken_files() {
    let file = scratch("refuse", &default_bundle());
    let name = file.to_string_lossy().into_owned();
    let out = bundle(&[
        "new-post",
        "--file",
        &name,
        "--title",
        "X",
        "--tag",
        "no-such-tag",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("unknown tag \"no-such-tag\"; declared tags: solidarity-day"));
    assert_eq!(
        bundle(&["new-post", "--file", &name]).status.code(),
        Some(2)
    );

    let broken = scratch("broken", "{\"posts\": [");
    let out = bundle(&[
        "new-post",
        "--file",
        &broken.to_string_lossy(),
        "--title",
        "X",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "{\"posts\": [",
        "a broken file is left as it was"
    );
}
