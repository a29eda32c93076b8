//! The problems of the text as JSON — its syntax, a key given twice — and
//! the line and column of every problem.

use super::{Problem, Severity};
use crate::positions;

/// serde's own words for a key given twice in a struct.
pub(super) fn is_duplicate(e: &serde_json::Error) -> bool {
    e.is_data() && e.to_string().starts_with("duplicate field")
}

/// A problem found by serde_json while reading the text, at its position.
pub(super) fn syntax_problem(text: &str, e: &serde_json::Error) -> Problem {
    let message = e.to_string();
    // serde_json appends " at line L column C"; the position has its own field.
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    let position =
        (e.line() > 0).then(|| (e.line(), positions::char_column(text, e.line(), e.column())));
    Problem::new(Severity::Error, "", position, message)
}

/// Each key given twice, at its second place. serde refuses the second as a
/// "duplicate field" and a JSON tree keeps only one of the two, so whatever
/// either reports next is about a value the editor may not be looking at:
/// this is reported instead, as editors' JSON tools do.
pub(super) fn duplicate_key_problems(text: &str) -> Vec<Problem> {
    positions::duplicate_keys(text)
        .into_iter()
        .map(|d| {
            Problem::new(
                Severity::Error,
                d.path,
                Some(d.at),
                format!(
                    "duplicate key \"{}\": it is already given at line {}, column {}; keep one of the two",
                    d.key, d.first.0, d.first.1
                ),
            )
        })
        .collect()
}

/// Gives each problem the line and column of its path, and orders them as
/// they stand in the file.
pub(super) fn placed(text: &str, mut problems: Vec<Problem>) -> Vec<Problem> {
    let unplaced: Vec<usize> = (0..problems.len())
        .filter(|&i| problems[i].position.is_none())
        .collect();
    if !unplaced.is_empty() {
        let paths: Vec<&str> = unplaced
            .iter()
            .map(|&i| problems[i].path.as_str())
            .collect();
        let found = positions::locate_all(text, &paths);
        for (i, position) in unplaced.into_iter().zip(found) {
            problems[i].position = position;
        }
    }
    crate::order::sort_by_key(&mut problems, |p| p.position.unwrap_or((usize::MAX, 0)));
    problems
}
