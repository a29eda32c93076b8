//! Checks a bundle beyond its shape: the rules that keep the site whole
//! (every tag declared, every slug unique, every link to a post resolvable).
//!
//! Every problem is reported, not only the first, each with the JSON path of
//! the value at fault, so an editor can fix them all in one pass.

use crate::bundle::{Bundle, BUNDLE_VERSION};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where: `posts[12].tags[1]`; empty for the document as a whole.
    pub path: String,
    /// Line and column (1-based) when known, e.g. for syntax errors.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            position: None,
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            position: None,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if let Some((line, col)) = self.position {
            write!(f, "{line}:{col}: ")?;
        }
        write!(f, "{kind}: ")?;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

/// Parses bundle text, reporting a syntax or shape error with its position.
pub fn parse(text: &str) -> Result<Bundle, Problem> {
    serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        // serde_json appends " at line L column C"; the position has its own field.
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        Problem {
            severity: Severity::Error,
            path: String::new(),
            position: (e.line() > 0).then_some((e.line(), e.column())),
            message,
        }
    })
}

/// Every rule a well-formed bundle must also follow.
pub fn check(bundle: &Bundle) -> Vec<Problem> {
    let mut problems = Vec::new();
    if bundle.version != BUNDLE_VERSION {
        problems.push(Problem::error(
            "version",
            format!(
                "this site reads bundle version {BUNDLE_VERSION}, not {}",
                bundle.version
            ),
        ));
    }
    check_campaign(bundle, &mut problems);
    not_blank(&mut problems, "manifesto.title", &bundle.manifesto.title);
    if bundle.manifesto.body.iter().all(|p| p.trim().is_empty()) {
        problems.push(Problem::error(
            "manifesto.body",
            "the manifesto has no paragraphs",
        ));
    }

    let mut tags: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, tag) in bundle.tags.iter().enumerate() {
        let path = format!("tags[{i}]");
        check_slug(&mut problems, &format!("{path}.slug"), &tag.slug);
        not_blank(&mut problems, &format!("{path}.name"), &tag.name);
        if let Some(first) = tags.insert(&tag.slug, i) {
            problems.push(Problem::error(
                format!("{path}.slug"),
                format!(
                    "tag \"{}\" is declared twice, first at tags[{first}]",
                    tag.slug
                ),
            ));
        }
    }

    let mut posts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut used_tags = BTreeSet::new();
    for (i, post) in bundle.posts.iter().enumerate() {
        let path = format!("posts[{i}]");
        check_slug(&mut problems, &format!("{path}.slug"), &post.slug);
        not_blank(&mut problems, &format!("{path}.title"), &post.title);
        not_blank(&mut problems, &format!("{path}.excerpt"), &post.excerpt);
        if let Some(first) = posts.insert(&post.slug, i) {
            problems.push(Problem::error(
                format!("{path}.slug"),
                format!(
                    "post slug \"{}\" is used twice, first at posts[{first}]",
                    post.slug
                ),
            ));
        }
        for (j, tag) in post.tags.iter().enumerate() {
            used_tags.insert(tag.as_str());
            if !tags.contains_key(tag.as_str()) {
                problems.push(Problem::error(
                    format!("{path}.tags[{j}]"),
                    format!(
                        "unknown tag \"{tag}\"{}",
                        did_you_mean(tag, tags.keys().copied())
                    ),
                ));
            }
        }
    }
    for (slug, i) in &tags {
        if !used_tags.contains(slug) {
            problems.push(Problem::warning(
                format!("tags[{i}]"),
                format!("tag \"{slug}\" is declared but no post uses it; its page will be empty"),
            ));
        }
    }

    for (i, action) in bundle.actions.iter().enumerate() {
        let path = format!("actions[{i}]");
        not_blank(&mut problems, &format!("{path}.country"), &action.country);
        not_blank(&mut problems, &format!("{path}.summary"), &action.summary);
        if let Some(city) = &action.city {
            not_blank(&mut problems, &format!("{path}.city"), city);
        }
        if let Some(post) = &action.post {
            if !posts.contains_key(post.as_str()) {
                problems.push(Problem::error(
                    format!("{path}.post"),
                    format!(
                        "no post has the slug \"{post}\"{}",
                        did_you_mean(post, posts.keys().copied())
                    ),
                ));
            }
        }
    }
    problems
}

fn check_campaign(bundle: &Bundle, problems: &mut Vec<Problem>) {
    let c = &bundle.campaign;
    not_blank(problems, "campaign.title", &c.title);
    not_blank(problems, "campaign.short_title", &c.short_title);
    if c.first_year < c.arrest_year {
        problems.push(Problem::error(
            "campaign.first_year",
            format!(
                "the Day was first held in {} but marks an arrest in {}; the first year cannot come before the arrest",
                c.first_year, c.arrest_year
            ),
        ));
    }
}

fn not_blank(problems: &mut Vec<Problem>, path: &str, text: &str) {
    if text.trim().is_empty() {
        problems.push(Problem::error(path, "must not be empty"));
    }
}

/// Slugs appear in URLs: lowercase ASCII letters, digits and single hyphens.
fn check_slug(problems: &mut Vec<Problem>, path: &str, slug: &str) {
    if !crate::slug::is_valid(slug) {
        let hint = crate::slug::slugify(slug);
        let hint = if hint.is_empty() {
            String::new()
        } else {
            format!("; for example \"{hint}\"")
        };
        problems.push(Problem::error(
            path,
            format!("\"{slug}\" is not a valid slug: use lowercase letters a-z, digits and single hyphens{hint}"),
        ));
    }
}

/// `; did you mean "x"?` when one known name is a likely intended spelling.
fn did_you_mean<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> String {
    known
        .map(|k| (edit_distance(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| format!("; did you mean \"{k}\"?"))
        .unwrap_or_default()
}

/// Levenshtein distance counted in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_characters() {
        assert_eq!(edit_distance("solidarity-dya", "solidarity-day"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("дзень", "дзянь"), 1);
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
        let p = parse("{\n  \"version\": 1,\n  oops\n}").unwrap_err();
        assert_eq!(p.position, Some((3, 3)));
        assert!(
            p.message.starts_with("key must be a string"),
            "{}",
            p.message
        );
        assert_eq!(p.to_string(), format!("3:3: error: {}", p.message));
    }
}
