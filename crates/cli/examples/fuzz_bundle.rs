//! Feeds the bundle parser and validator mutated bundles for a bounded time
//! and stops at the first panic, writing the input that caused it:
//! `scripts/fuzz [SECONDS] [SEED]` (default 60 s, a random seed it prints).
//!
//! Inputs start from the default bundle, every JSONTestSuite file and the
//! Big List of Naughty Strings (`../shared/testdata/`), and are mutated at
//! the byte level (flips, cuts, splices, repeats) and at the JSON level
//! (values swapped for naughty strings, odd numbers, wrong types, deep
//! nesting, removed or renamed keys), so that most inputs still parse and
//! reach the rules behind the parser. Every input goes through exactly what
//! the site and `bundle check` run: `validate` and `Site::from_json`.

use serde_json::Value;
use solidarity_core::validate::validate;
use solidarity_core::Site;
use std::panic;
use std::path::Path;
use std::time::{Duration, Instant};

#[path = "../../core/tests/common/rng.rs"]
mod rng;
use rng::Rng;

/// The fuzzer's draws, in the sizes it needs.
trait Draw {
    fn below_len(&mut self, n: usize) -> usize;
    fn chance(&mut self, one_in: usize) -> bool;
}

impl Draw for Rng {
    fn below_len(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below_len(one_in) == 0
    }
}

struct Corpus {
    bundle: Value,
    files: Vec<Vec<u8>>,
    naughty: Vec<String>,
}

fn load_corpus(testdata: &Path) -> Corpus {
    let bundle_text = include_str!("../../../public/data/bundle.json");
    let bundle: Value = serde_json::from_str(bundle_text).expect("the default bundle is JSON");
    // Pretty and minified: many exports and deploy steps write one line, on
    // which whatever counts from the start of a line grows with the square.
    let mut files = vec![
        bundle_text.as_bytes().to_vec(),
        serde_json::to_vec(&bundle).unwrap_or_default(),
    ];
    if let Ok(entries) = std::fs::read_dir(testdata.join("json-test-suite/test_parsing")) {
        for entry in entries.flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                files.push(bytes);
            }
        }
    }
    let naughty = std::fs::read_to_string(testdata.join("naughty-strings/blns.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<Vec<String>>(&text).ok())
        .unwrap_or_else(|| vec!["<script>alert(1)</script>".into(), "\u{202e}".into()]);
    Corpus {
        bundle,
        files,
        naughty,
    }
}

/// A value of a random kind: the things editors (and attackers) type.
fn odd_value(rng: &mut Rng, corpus: &Corpus) -> Value {
    match rng.below_len(9) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => serde_json::json!(rng.next() as i64),
        3 => serde_json::json!([-1e308, 1e-308, 0.5, -0.0][rng.below_len(4)]),
        4 => Value::Array(vec![]),
        5 => Value::Object(Default::default()),
        6 => Value::String(
            [
                "",
                " ",
                "2013-02-30",
                "99-99",
                "+14:01",
                "-12:00",
                "0000-01-01",
                "08-04",
            ][rng.below_len(8)]
            .into(),
        ),
        _ => Value::String(corpus.naughty[rng.below_len(corpus.naughty.len())].clone()),
    }
}

/// Changes one random place of `value`, recursively.
fn mutate_value(value: &mut Value, rng: &mut Rng, corpus: &Corpus, depth: usize) {
    let here = depth > 6 || rng.chance(4);
    match value {
        Value::Object(map) if !map.is_empty() && !here => {
            let key = map
                .keys()
                .nth(rng.below_len(map.len()))
                .cloned()
                .unwrap_or_default();
            match rng.below_len(6) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    if let Some(v) = map.remove(&key) {
                        map.insert(
                            format!("{key}{}", ["_", "s", " ", "é"][rng.below_len(4)]),
                            v,
                        );
                    }
                }
                _ => {
                    if let Some(v) = map.get_mut(&key) {
                        mutate_value(v, rng, corpus, depth + 1);
                    }
                }
            }
        }
        Value::Array(items) if !items.is_empty() && !here => {
            let i = rng.below_len(items.len());
            match rng.below_len(6) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items[i].clone();
                    items.insert(i, copy);
                }
                _ => mutate_value(&mut items[i], rng, corpus, depth + 1),
            }
        }
        _ => {
            *value = if rng.chance(10) {
                // Deep nesting where a flat value belongs.
                let mut deep = Value::Null;
                for _ in 0..rng.below_len(200) {
                    deep = Value::Array(vec![deep]);
                }
                deep
            } else {
                odd_value(rng, corpus)
            }
        }
    }
}

/// Byte-level damage: what a bad upload, a wrong encoding or a cut
/// connection does to a file.
fn mutate_bytes(bytes: &mut Vec<u8>, rng: &mut Rng, corpus: &Corpus) {
    for _ in 0..1 + rng.below_len(4) {
        let at = rng.below_len(bytes.len() + 1);
        match rng.below_len(6) {
            0 if !bytes.is_empty() => {
                let i = rng.below_len(bytes.len());
                bytes[i] ^= 1 << rng.below_len(8);
            }
            1 => bytes.truncate(at),
            2 => {
                let s = &corpus.naughty[rng.below_len(corpus.naughty.len())];
                bytes.splice(at..at, s.bytes().collect::<Vec<_>>());
            }
            3 => {
                let end = (at + rng.below_len(64)).min(bytes.len());
                let chunk = bytes[at..end].to_vec();
                let repeated: Vec<u8> = chunk
                    .iter()
                    .cycle()
                    .take(chunk.len() * rng.below_len(50))
                    .copied()
                    .collect();
                bytes.splice(at..at, repeated);
            }
            4 => {
                let end = (at + rng.below_len(32)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                let byte = [b'"', b'\\', b'{', b'[', b',', b':', 0xff, 0xc3][rng.below_len(8)];
                bytes.insert(at, byte);
            }
        }
    }
}

fn next_input(rng: &mut Rng, corpus: &Corpus) -> Vec<u8> {
    if rng.chance(3) {
        let mut bytes = corpus.files[rng.below_len(corpus.files.len())].clone();
        mutate_bytes(&mut bytes, rng, corpus);
        bytes
    } else {
        let mut value = corpus.bundle.clone();
        for _ in 0..1 + rng.below_len(8) {
            mutate_value(&mut value, rng, corpus, 0);
        }
        let mut bytes = if rng.chance(2) {
            serde_json::to_vec_pretty(&value)
        } else {
            serde_json::to_vec(&value)
        }
        .unwrap_or_default();
        if rng.chance(8) {
            mutate_bytes(&mut bytes, rng, corpus);
        }
        bytes
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(60);
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x5eed, |d| d.as_nanos() as u64)
            | 1
    });
    let testdata = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata");
    let corpus = load_corpus(&testdata);
    eprintln!(
        "fuzzing the validator for {seconds} s, seed {seed}: {} files, {} naughty strings",
        corpus.files.len(),
        corpus.naughty.len()
    );
    // Panics are what we look for: keep their messages, not the default noise.
    panic::set_hook(Box::new(|info| eprintln!("panic: {info}")));
    let mut rng = Rng(seed);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut valid, mut bytes) = (0u64, 0u64, 0u64);
    // The input that took longest: where work grows faster than the input
    // (a minified bundle, a long name), it shows here first.
    let mut slowest: Option<(Duration, Vec<u8>)> = None;
    while Instant::now() < deadline {
        let input = next_input(&mut rng, &corpus);
        let text = String::from_utf8_lossy(&input).into_owned();
        bytes += text.len() as u64;
        let started = Instant::now();
        let outcome = panic::catch_unwind(|| {
            let report = validate(&text);
            let site = Site::from_json(&text);
            // The two must agree on whether the bundle can be shown.
            let shown = report.readable.is_some() && !report.has_errors();
            assert_eq!(shown, site.is_ok(), "validate and Site::from_json disagree");
            // The site runs the quick path: on a bundle it shows, it must
            // warn exactly as the full report does.
            if let Ok(site) = &site {
                assert_eq!(report.problems, site.warnings, "warnings differ");
            }
            site.is_ok()
        });
        let took = started.elapsed();
        if slowest.as_ref().is_none_or(|(worst, _)| took > *worst) {
            slowest = Some((took, input.clone()));
        }
        match outcome {
            Ok(ok) => valid += u64::from(ok),
            Err(_) => {
                let out = Path::new("target/fuzz");
                let _ = std::fs::create_dir_all(out);
                let file = out.join(format!("crash-{seed}-{runs}.json"));
                let _ = std::fs::write(&file, &input);
                eprintln!(
                    "crash after {runs} inputs; input written to {}",
                    file.display()
                );
                eprintln!("reproduce: scripts/fuzz {seconds} {seed}");
                std::process::exit(1);
            }
        }
        runs += 1;
    }
    println!(
        "fuzz: {runs} inputs ({:.1} MB) in {seconds} s, {valid} of them valid bundles, no panic",
        bytes as f64 / 1e6
    );
    if let Some((took, input)) = slowest {
        let out = Path::new("target/fuzz");
        let file = out.join(format!("slowest-{seed}.json"));
        let _ = std::fs::create_dir_all(out).and_then(|()| std::fs::write(&file, &input));
        println!(
            "fuzz: slowest input {:.1} ms for {:.0} KB, written to {}",
            took.as_secs_f64() * 1e3,
            input.len() as f64 / 1024.0,
            file.display()
        );
    }
}
