//! Checks a bundle beyond its shape: the rules that keep the site whole
//! (every tag declared, every slug unique, every link to a post resolvable).
//!
//! Every problem is reported, not only the first, each with the JSON path of
//! the value at fault, so an editor can fix them all in one pass.
//!
//! The entry points are here; the rest is split by concern: the types of the
//! report (`problem.rs`), the text's own problems and every problem's line
//! and column (`syntax.rs`), the reading past shape mistakes that finds them
//! all (`repair.rs`, and `paths.rs` for the paths it keeps true to the file),
//! the rules (`rules.rs`) and "did you mean" hints (`suggest.rs`).

mod paths;
mod problem;
mod repair;
mod rules;
mod suggest;
mod syntax;

#[cfg(test)]
mod tests;

pub use problem::{Problem, Report, Rule, Severity};
pub use rules::{check, check_action, check_email, check_url};

use crate::bundle::Bundle;
use repair::shape_problems;
use serde_json::Value;
use syntax::{duplicate_key_problems, is_duplicate, placed, syntax_problem};

/// A bundle file's bytes as text, or why they are not: a file that is not
/// UTF-8 is refused, at its first byte that is not, wherever it is read
/// (`bundle check`, the build, the visitors' and the editors' apps).
pub fn text_of(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // Valid UTF-8 up to there, by definition.
        let before = std::str::from_utf8(before).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Problem::new(
            Severity::Error,
            "",
            Some((line, column)),
            "the file is not UTF-8 text; save it as UTF-8",
        )
    })
}

/// Validates bundle text: its JSON syntax, then its shape (types, required and
/// unknown fields, dates), then the rules of [`check`]. Reports every problem
/// it can, each with its JSON path and, where it can, its line and column.
pub fn validate(text: &str) -> Report {
    // Editors on some systems save a byte-order mark; it is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (readable, problems) = match serde_json::from_str::<Bundle>(text) {
        // The common case: one pass, no intermediate tree.
        Ok(bundle) => {
            let problems = check(&bundle);
            (Some(bundle), problems)
        }
        Err(e) if e.is_syntax() || e.is_eof() => (None, vec![syntax_problem(text, &e)]),
        Err(first) => match serde_json::from_str::<Value>(text) {
            Err(e) => (None, vec![syntax_problem(text, &e)]),
            Ok(_) if is_duplicate(&first) => match duplicate_key_problems(text) {
                found if found.is_empty() => (None, vec![syntax_problem(text, &first)]),
                found => (None, found),
            },
            Ok(value) => match shape_problems(value) {
                // The tree hides what the typed parse saw, e.g. a key given
                // twice: report the typed parse's own finding.
                (_, problems) if problems.is_empty() => (None, vec![syntax_problem(text, &first)]),
                found => found,
            },
        },
    };
    Report {
        readable,
        problems: placed(text, problems),
    }
}

/// The same verdict as [`validate`] — a bundle is refused by one exactly
/// when it is refused by the other, with the same warnings when it is not —
/// in one typed pass and without the code that reads past a mistake. What
/// visitors' browsers run (through [`crate::Site::from_json`]), so that the
/// site's wasm does not carry the editors' repair path: on a broken file it
/// reports only the first mistake serde_json meets; `bundle check` and the
/// preview give the full report.
pub fn validate_quick(text: &str) -> Report {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match serde_json::from_str::<Bundle>(text) {
        Ok(bundle) => {
            let problems = check(&bundle);
            Report {
                readable: Some(bundle),
                problems: placed(text, problems),
            }
        }
        // A key given twice is refused here as serde words it ("duplicate
        // field"); the full report says where the first one stands.
        Err(e) => Report {
            readable: None,
            problems: vec![syntax_problem(text, &e)],
        },
    }
}
