//! `bundle`: the editors' tool for `public/data/bundle.json`.
//!
//! `bundle check FILE...` reports every problem, compiler-style;
//! `bundle schema` prints the JSON Schema; `bundle new-post` adds a post.
//! The checks are the very ones the site runs when it loads a bundle.

use serde_json::{Map, Value};
use solidarity_core::date::{Day, Offset};
use solidarity_core::member::{Found, MemberFinder};
use solidarity_core::positions::locate_all;
use solidarity_core::slug::slugify;
use solidarity_core::text::escape_invisible;
use solidarity_core::validate::{text_of, validate, Problem, Severity};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

const USAGE: &str = "\
usage:
  bundle check FILE...        report every problem in bundle files
  bundle schema               print the bundle's JSON Schema (draft 2020-12)
  bundle new-post --title TITLE [--tag SLUG]... [--file FILE] [--date YYYY-MM-DD]
                              add a post with a slug made from TITLE
                              (FILE defaults to public/data/bundle.json)

exit status: 0 valid, 1 invalid, 2 usage error or unreadable file";

const DEFAULT_FILE: &str = "public/data/bundle.json";

/// A failure that is the caller's, not the bundle's: exit status 2.
struct UsageError(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("schema") if args.len() == 1 => schema(),
        Some("new-post") => new_post(&args[1..]),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(UsageError(format!("unknown command or arguments: {other}"))),
        None => Err(UsageError("no command given".into())),
    };
    result.unwrap_or_else(|UsageError(message)| {
        eprintln!("bundle: {message}\n{USAGE}");
        ExitCode::from(2)
    })
}

fn check(files: &[String]) -> Result<ExitCode, UsageError> {
    if files.is_empty() {
        return Err(UsageError("check needs at least one FILE".into()));
    }
    let mut invalid = false;
    let mut unreadable = false;
    for file in files {
        let bytes = match read_bundle_file(file) {
            Ok(bytes) => bytes,
            Err(why) => {
                eprintln!("{}: {why}", escape_invisible(file));
                unreadable = true;
                continue;
            }
        };
        let file = &escape_invisible(file);
        let text = match text_of(bytes) {
            Ok(text) => text,
            Err(problem) => {
                let (line, column) = problem.position.unwrap_or((1, 1));
                println!("{file}:{line}:{column}: error: {}", problem.message);
                invalid = true;
                continue;
            }
        };
        let mut report = validate(&text);
        report.problems.extend(campaign_far_down(&text));
        // In the order they stand in the file, as the validator orders its own.
        report
            .problems
            .sort_by_key(|p| p.position.unwrap_or((usize::MAX, 0)));
        for problem in &report.problems {
            match problem.position {
                Some(_) => println!("{file}:{problem}"),
                None => println!("{file}: {problem}"),
            }
        }
        let errors = report
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        let warnings = report.problems.len() - errors;
        if errors > 0 {
            invalid = true;
            eprintln!(
                "{file}: {} and {}: not valid",
                plural(errors, "error"),
                plural(warnings, "warning")
            );
        } else if warnings > 0 {
            eprintln!("{file}: valid, with {}", plural(warnings, "warning"));
        } else {
            eprintln!("{file}: valid");
        }
    }
    Ok(ExitCode::from(if unreadable {
        2
    } else if invalid {
        1
    } else {
        0
    }))
}

/// How far into the file partners' widgets may have to read for the
/// campaign before a warning: they stop the download there
/// ([`solidarity_core::member::MemberFinder`]).
const CAMPAIGN_WITHIN_BYTES: usize = 64 * 1024;

/// A warning when `campaign` stands after most of the file: every partner
/// page's widget downloads the bundle up to it. Only the editors' tool says
/// so: the bundle is as valid either way.
fn campaign_far_down(text: &str) -> Option<Problem> {
    let mut finder = MemberFinder::new("campaign");
    let Found::Object(_) = finder.feed(text.as_bytes()) else {
        return None;
    };
    let read = finder.bytes_read();
    (read > CAMPAIGN_WITHIN_BYTES).then(|| {
        let mut warning = Problem::warning(
            "campaign",
            format!(
                "partners' countdown widgets download the bundle up to its \"campaign\", here {} KB into the file: put \"campaign\" before \"posts\" and \"actions\"",
                read / 1024
            ),
        );
        warning.position = locate_all(text, &["campaign"])[0];
        warning
    })
}

/// The largest bundle the tool reads: twice the 25 MB of the benchmarks'
/// 10,000 posts, far beyond what a campaign writes by hand.
const MAX_BUNDLE_BYTES: u64 = 64 * 1024 * 1024;

/// The bytes of a bundle file, refusing what is not one: a directory, a
/// device such as `/dev/zero` (which never ends) or a named pipe (which
/// blocks until someone writes), and a file too large to be a bundle.
fn read_bundle_file(file: &str) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let metadata = std::fs::metadata(file).map_err(|e| format!("cannot read: {e}"))?;
    if !metadata.is_file() {
        let kind = if metadata.is_dir() {
            "a directory"
        } else {
            "not a regular file (a device, pipe or socket)"
        };
        return Err(format!(
            "cannot read: it is {kind}; give the path of a bundle's .json file"
        ));
    }
    let too_large = || {
        format!(
            "cannot read: larger than {} MB, too large to be a bundle",
            MAX_BUNDLE_BYTES / (1024 * 1024)
        )
    };
    if metadata.len() > MAX_BUNDLE_BYTES {
        return Err(too_large());
    }
    // The file may grow while it is read: read no more than the limit.
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_BUNDLE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn schema() -> Result<ExitCode, UsageError> {
    println!("{}", schema_text());
    Ok(ExitCode::SUCCESS)
}

/// The schema exactly as committed in `public/data/bundle.schema.json`.
fn schema_text() -> String {
    serde_json::to_string_pretty(&solidarity_core::bundle_schema()).unwrap_or_default()
}

/// Options of `new-post`.
struct NewPost {
    title: String,
    tags: Vec<String>,
    file: String,
    date: Option<Day>,
}

fn parse_new_post(args: &[String]) -> Result<NewPost, UsageError> {
    let mut title = None;
    let mut tags = Vec::new();
    let mut file = DEFAULT_FILE.to_string();
    let mut date = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let mut value = || {
            rest.next()
                .cloned()
                .ok_or_else(|| UsageError(format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--title" => title = Some(value()?),
            "--tag" => tags.push(value()?),
            "--file" => file = value()?,
            "--date" => date = Some(Day::parse(&value()?).map_err(UsageError)?),
            other => return Err(UsageError(format!("unknown option {other}"))),
        }
    }
    let title = title
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| UsageError("new-post needs --title".into()))?;
    Ok(NewPost {
        title: title.trim().to_string(),
        tags,
        file,
        date,
    })
}

fn new_post(args: &[String]) -> Result<ExitCode, UsageError> {
    let options = parse_new_post(args)?;
    let file = &options.file;
    let text = read_bundle_file(file)
        .and_then(|bytes| {
            String::from_utf8(bytes).map_err(|_| {
                "not UTF-8 text; save it as UTF-8 (bundle check says where)".to_string()
            })
        })
        .map_err(|why| UsageError(format!("{}: {why}", escape_invisible(file))))?;
    let mut bundle: Value =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
            UsageError(format!(
                "{file}:{}:{}: error: {e}; fix it first (bundle check {file})",
                e.line(),
                e.column()
            ))
        })?;
    let Some(root) = bundle.as_object_mut() else {
        return Err(UsageError(format!(
            "{file}: not a bundle: the file must hold a JSON object"
        )));
    };

    let declared: Vec<String> = root
        .get("tags")
        .and_then(Value::as_array)
        .map(|tags| {
            tags.iter()
                .filter_map(|t| t.get("slug")?.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    for tag in &options.tags {
        if !declared.contains(tag) {
            return Err(UsageError(format!(
                "unknown tag \"{tag}\"; declared tags: {}",
                if declared.is_empty() {
                    "none".to_string()
                } else {
                    declared.join(", ")
                }
            )));
        }
    }

    // Today in the campaign's time zone, where the editors are.
    let offset = root
        .get("campaign")
        .and_then(|c| c.get("utc_offset"))
        .and_then(Value::as_str)
        .and_then(|s| Offset::parse(s).ok())
        .unwrap_or(Offset::UTC);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let date = match options.date.or_else(|| Day::at_instant(now, offset)) {
        Some(date) => date,
        None => {
            return Err(UsageError(
                "cannot tell today's date; pass --date YYYY-MM-DD".into(),
            ))
        }
    };

    let posts = root
        .entry("posts")
        .or_insert_with(|| Value::Array(Vec::new()));
    let Some(posts) = posts.as_array_mut() else {
        return Err(UsageError(format!(
            "{file}: \"posts\" is not a list; fix it first (bundle check {file})"
        )));
    };
    let base = slugify(&options.title);
    let base = if base.is_empty() {
        format!("post-{date}")
    } else {
        base
    };
    let taken = |slug: &str| {
        posts
            .iter()
            .any(|p| p.get("slug").and_then(Value::as_str) == Some(slug))
    };
    let slug = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|s| !taken(s))
        .unwrap_or(base);

    let mut post = Map::new();
    post.insert("slug".into(), Value::String(slug.clone()));
    post.insert("title".into(), Value::String(options.title.clone()));
    post.insert("date".into(), Value::String(date.to_string()));
    post.insert(
        "tags".into(),
        Value::Array(options.tags.iter().cloned().map(Value::String).collect()),
    );
    post.insert("excerpt".into(), Value::String(String::new()));
    post.insert("body".into(), Value::Array(Vec::new()));
    posts.push(Value::Object(post));
    let index = posts.len() - 1;

    let mut out = serde_json::to_string_pretty(&bundle).map_err(|e| UsageError(e.to_string()))?;
    out.push('\n');
    // Write beside the file, then rename: an interrupted write never leaves half a bundle.
    let temporary = format!("{file}.new-post.tmp");
    std::fs::write(&temporary, &out)
        .and_then(|()| std::fs::rename(&temporary, file))
        .map_err(|e| UsageError(format!("{file}: cannot write: {e}")))?;

    let line = locate_all(&out, &[&format!("posts[{index}]")])[0].map_or(0, |(line, _)| line);
    println!("{file}:{line}: added posts[{index}] \"{slug}\" dated {date}");
    println!("next: write its \"excerpt\" (one paragraph) and \"body\" (paragraphs), then run: bundle check {file}");
    Ok(ExitCode::SUCCESS)
}
