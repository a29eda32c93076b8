//! Checks a bundle beyond its shape: the rules that keep the site whole
//! (every tag declared, every slug unique, every link to a post resolvable).
//!
//! Every problem is reported, not only the first, each with the JSON path of
//! the value at fault, so an editor can fix them all in one pass.

use crate::bundle::{Action, Bundle, Campaign, Manifesto, Post, Tag, BUNDLE_VERSION};
use crate::positions::{self, parse_path, path_string, Seg};
use serde_json::Value;
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
    /// A problem whose path and message may quote the bundle: every
    /// character that could rewrite a terminal line or reorder text is
    /// written escaped ([`crate::text::escape_invisible`]), here, so that no
    /// caller can forget it.
    pub fn new(
        severity: Severity,
        path: impl Into<String>,
        position: Option<(usize, usize)>,
        message: impl Into<String>,
    ) -> Problem {
        let escaped = |text: String| match crate::text::escape_invisible(&text) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(escaped) => escaped,
        };
        Problem {
            severity,
            path: escaped(path.into()),
            position,
            message: escaped(message.into()),
        }
    }

    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem::new(Severity::Error, path, None, message)
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem::new(Severity::Warning, path, None, message)
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

/// The outcome of validating a bundle's text.
#[derive(Debug)]
pub struct Report {
    /// The bundle as far as it could be read: values too broken to read are
    /// replaced by empty stand-ins or left out. Good for a preview; trust it
    /// for visitors only through [`Report::valid_bundle`].
    pub readable: Option<Bundle>,
    /// Every problem found, in the order they stand in the file.
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// The bundle, if it has no errors (it may have warnings).
    pub fn valid_bundle(self) -> Option<Bundle> {
        if self.has_errors() {
            None
        } else {
            self.readable
        }
    }
}

/// How many shape problems to report before giving up on a file.
const MAX_SHAPE_PROBLEMS: usize = 500;

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

/// serde's own words for a key given twice in a struct.
fn is_duplicate(e: &serde_json::Error) -> bool {
    e.is_data() && e.to_string().starts_with("duplicate field")
}

/// A problem found by serde_json while reading the text, at its position.
fn syntax_problem(text: &str, e: &serde_json::Error) -> Problem {
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
fn duplicate_key_problems(text: &str) -> Vec<Problem> {
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
fn placed(text: &str, mut problems: Vec<Problem>) -> Vec<Problem> {
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
    problems.sort_by_key(|p| p.position.unwrap_or((usize::MAX, 0)));
    problems
}

/// Finds every shape problem by deserializing, and each time it fails,
/// reporting the failure and repairing the tree — a stand-in for a value of the
/// wrong type, or removal — until it deserializes. Paths are reported as in
/// the original file. Each post, tag and action is first repaired on its own,
/// so that a big bundle with many mistakes costs little more than one pass.
fn shape_problems(mut value: Value) -> (Option<Bundle>, Vec<Problem>) {
    let mut pruner = Pruner::default();
    if let Some(object) = value.as_object_mut() {
        if let Some(campaign) = object.get_mut("campaign") {
            pruner.repair::<Campaign>(campaign, &[Seg::Key("campaign".into())]);
        }
        if let Some(manifesto) = object.get_mut("manifesto") {
            pruner.repair::<Manifesto>(manifesto, &[Seg::Key("manifesto".into())]);
        }
        pruner.repair_items::<Tag>(object.get_mut("tags"), "tags");
        pruner.repair_items::<Post>(object.get_mut("posts"), "posts");
        pruner.repair_items::<Action>(object.get_mut("actions"), "actions");
    }
    match pruner.repair_top::<Bundle>(&mut value) {
        Repaired::Whole(bundle) => {
            let found = check(&bundle)
                .into_iter()
                .map(|p| to_original(p, &pruner.removed_elements))
                .collect();
            pruner.report_all(found);
            (Some(bundle), pruner.problems)
        }
        // Still check the parts that could be read.
        Repaired::Incomplete => {
            let found = check_readable_parts(&value);
            let found = found
                .into_iter()
                .map(|p| to_original(p, &pruner.removed_elements))
                .collect();
            pruner.report_all(found);
            (None, pruner.problems)
        }
        Repaired::Given => (None, pruner.problems),
    }
}

/// The end of repairing one value.
enum Repaired<T> {
    /// It deserializes now.
    Whole(T),
    /// A member it needs is missing and could not be stood in for.
    Incomplete,
    /// Beyond repair (not even the right kind of value), or too many problems.
    Given,
}

/// What repairing has done so far, so that paths and messages stay true to
/// the original file.
#[derive(Default)]
struct Pruner {
    problems: Vec<Problem>,
    removed_elements: Removed,
    /// Members removed from objects: their later "missing field" says nothing new.
    removed_members: BTreeSet<(String, String)>,
    /// Values replaced by stand-ins: whatever is said about them later is moot.
    stood_in: Vec<String>,
}

impl Pruner {
    fn report(&mut self, problem: Problem) {
        let moot = self.stood_in.iter().any(|s| is_within(&problem.path, s));
        // A broken item is repaired on its own, then met again in the whole.
        let repeated = self
            .problems
            .iter()
            .any(|p| p.path == problem.path && p.message == problem.message);
        if !moot && !repeated {
            self.problems.push(problem);
        }
    }

    fn report_all(&mut self, problems: Vec<Problem>) {
        for problem in problems {
            self.report(problem);
        }
    }

    /// Repairs each item of a list on its own, and takes out those beyond
    /// repair (their problem is reported), so that the list as a whole
    /// deserializes at once.
    fn repair_items<T: serde::de::DeserializeOwned>(
        &mut self,
        list: Option<&mut Value>,
        key: &str,
    ) {
        let Some(Value::Array(items)) = list else {
            return;
        };
        let mut beyond_repair = Vec::new();
        for (i, item) in items.iter_mut().enumerate() {
            if !matches!(
                self.repair::<T>(item, &[Seg::Key(key.into()), Seg::Index(i)]),
                Repaired::Whole(_)
            ) {
                beyond_repair.push(i);
            }
        }
        for &i in beyond_repair.iter().rev() {
            items.remove(i);
        }
        if !beyond_repair.is_empty() {
            self.removed_elements
                .entry(key.to_string())
                .or_default()
                .extend(beyond_repair);
        }
    }

    /// Repairs the bundle as a whole once its lists' items are repaired.
    /// Each round of [`Pruner::repair`] deserializes all it is given, so the
    /// long lists are set aside (as empty lists) while the top level is
    /// mended: 499 unknown fields cost 499 rounds over a few fields, not
    /// over 25 MB. The whole is then read once with its lists back.
    fn repair_top<T: serde::de::DeserializeOwned>(&mut self, value: &mut Value) -> Repaired<T> {
        const LISTS: [&str; 3] = ["tags", "posts", "actions"];
        let mut aside = Vec::new();
        if let Some(object) = value.as_object_mut() {
            for key in LISTS {
                if let Some(list @ Value::Array(_)) = object.get_mut(key) {
                    aside.push((key, std::mem::replace(list, Value::Array(Vec::new()))));
                }
            }
        }
        let top = self.repair::<T>(value, &[]);
        if let Some(object) = value.as_object_mut() {
            for (key, list) in aside {
                // Put back only where the top level kept an (empty) list.
                if let Some(slot @ Value::Array(_)) = object.get_mut(key) {
                    *slot = list;
                }
            }
        }
        match top {
            Repaired::Whole(_) => self.repair::<T>(value, &[]),
            other => other,
        }
    }

    /// Repairs `value`, which stands at `prefix` in the file, until it
    /// deserializes as a `T`.
    fn repair<T: serde::de::DeserializeOwned>(
        &mut self,
        value: &mut Value,
        prefix: &[Seg],
    ) -> Repaired<T> {
        loop {
            let error = match serde_path_to_error::deserialize::<_, T>(&*value) {
                Ok(whole) => return Repaired::Whole(whole),
                Err(e) => e,
            };
            if self.problems.len() >= MAX_SHAPE_PROBLEMS {
                self.report(Problem::error(
                    "",
                    format!("stopped after {MAX_SHAPE_PROBLEMS} problems"),
                ));
                return Repaired::Given;
            }
            let mut at = error_path(&error);
            let message = error.inner().to_string();
            let full = |at: &[Seg], removed: &Removed| {
                let mut full = prefix.to_vec();
                full.extend_from_slice(at);
                original(&full, removed)
            };

            if let Some(field) = quoted_after(&message, "unknown field `") {
                if at.last() != Some(&Seg::Key(field.clone())) {
                    at.push(Seg::Key(field.clone()));
                }
                let expected: Vec<String> = message
                    .split_once("expected")
                    .map(|(_, list)| {
                        list.split('`')
                            .skip(1)
                            .step_by(2)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default();
                let hint = did_you_mean(&field, expected.iter().map(String::as_str));
                let hint = if hint.is_empty() && !expected.is_empty() {
                    format!("; the fields here are {}", expected.join(", "))
                } else {
                    hint
                };
                let path = path_string(&full(&at, &self.removed_elements));
                self.report(Problem::error(
                    path,
                    format!("unknown field \"{field}\"{hint}"),
                ));
                // A misspelt field explains the field it stands for being missing.
                if let Some(meant) = expected.iter().find(|e| hint.contains(&format!("\"{e}\""))) {
                    let object = path_string(&full(&at[..at.len() - 1], &self.removed_elements));
                    self.removed_members.insert((object, meant.clone()));
                }
            } else if let Some(field) = quoted_after(&message, "missing field `") {
                let object = path_string(&full(&at, &self.removed_elements));
                if !self
                    .removed_members
                    .contains(&(object.clone(), field.clone()))
                {
                    self.report(Problem::error(
                        object.clone(),
                        format!("missing field \"{field}\""),
                    ));
                }
                // Fill the gap so the rest of the object is still checked.
                let mut target = at.clone();
                target.push(Seg::Key(field.clone()));
                if stand_in::<T>(value, &target) {
                    self.stood_in.push(if object.is_empty() {
                        field
                    } else {
                        format!("{object}.{field}")
                    });
                    continue;
                }
                if at.is_empty() {
                    return Repaired::Incomplete;
                }
            } else if at.is_empty() {
                let message = if prefix.is_empty()
                    && (message.starts_with("invalid type")
                        || message.starts_with("invalid length"))
                {
                    "a bundle is a JSON object with the fields \"version\", \"campaign\", \"manifesto\", \"tags\", \"posts\" and \"actions\"".to_string()
                } else {
                    message
                };
                self.report(Problem::error(
                    path_string(&full(&at, &self.removed_elements)),
                    message,
                ));
                return Repaired::Given;
            } else {
                let path = path_string(&full(&at, &self.removed_elements));
                self.report(Problem::error(path.clone(), message));
                // A member of the wrong type gets a stand-in, so that the rest
                // of its object is still checked; a wrong element of a list goes.
                if matches!(at.last(), Some(Seg::Key(_))) && stand_in::<T>(value, &at) {
                    self.stood_in.push(path);
                    continue;
                }
            }

            // Remove the value at fault and try again.
            let Some((last, parent)) = at.split_last() else {
                return Repaired::Given;
            };
            let parent_original = path_string(&full(parent, &self.removed_elements));
            let original_index = match full(&at, &self.removed_elements).last() {
                Some(Seg::Index(o)) => Some(*o),
                _ => None,
            };
            match (last, value_at(value, parent)) {
                (Seg::Key(k), Some(Value::Object(map))) => {
                    // Each round must remove something, or it would never end.
                    if map.remove(k).is_none() {
                        return Repaired::Given;
                    }
                    self.removed_members.insert((parent_original, k.clone()));
                }
                (Seg::Index(i), Some(Value::Array(items))) if *i < items.len() => {
                    items.remove(*i);
                    let original_index = original_index.unwrap_or(*i);
                    let gone = self.removed_elements.entry(parent_original).or_default();
                    let slot = gone.partition_point(|&g| g < original_index);
                    gone.insert(slot, original_index);
                }
                _ => return Repaired::Given,
            }
        }
    }
}

fn error_path(error: &serde_path_to_error::Error<serde_json::Error>) -> Vec<Seg> {
    error
        .path()
        .iter()
        .filter_map(|s| match s {
            serde_path_to_error::Segment::Seq { index } => Some(Seg::Index(*index)),
            serde_path_to_error::Segment::Map { key } => Some(Seg::Key(key.clone())),
            _ => None,
        })
        .collect()
}

/// Puts at `target` (a member of an object) the first simple value that the
/// bundle's types accept there. Returns false, changing nothing, if none fits.
fn stand_in<T: serde::de::DeserializeOwned>(value: &mut Value, target: &[Seg]) -> bool {
    let Some((Seg::Key(key), parent)) = target.split_last() else {
        return false;
    };
    let candidates = || {
        [
            Value::String(String::new()),
            Value::String("1970-01-01".into()),
            Value::String("01-01".into()),
            Value::String("+00:00".into()),
            Value::from(0),
            Value::Array(Vec::new()),
            Value::Object(serde_json::Map::new()),
            Value::Bool(false),
        ]
    };
    let previous = match value_at(value, parent) {
        Some(Value::Object(map)) => map.get(key).cloned(),
        _ => return false,
    };
    for candidate in candidates() {
        if let Some(Value::Object(map)) = value_at(value, parent) {
            map.insert(key.clone(), candidate);
        }
        match serde_path_to_error::deserialize::<_, T>(&*value) {
            Ok(_) => return true,
            Err(e) => {
                // Accepted if the next complaint is elsewhere, or only that
                // the stand-in (an empty object) lacks members.
                let elsewhere = error_path(&e) != target;
                if elsewhere || e.inner().to_string().starts_with("missing field") {
                    return true;
                }
            }
        }
    }
    if let Some(Value::Object(map)) = value_at(value, parent) {
        match previous {
            Some(v) => map.insert(key.clone(), v),
            None => map.remove(key),
        };
    }
    false
}

/// Whether `path` is `outer` or lies inside it.
fn is_within(path: &str, outer: &str) -> bool {
    path == outer
        || (path.starts_with(outer)
            && matches!(path.as_bytes().get(outer.len()), Some(b'.' | b'[')))
}

/// Original indices removed from each array, by the array's original path.
type Removed = BTreeMap<String, Vec<usize>>;

/// The path in the original file of a path in the pruned tree.
fn original(segs: &[Seg], removed: &Removed) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::with_capacity(segs.len());
    for seg in segs {
        match seg {
            Seg::Key(k) => out.push(Seg::Key(k.clone())),
            Seg::Index(i) => {
                let mut index = *i;
                if let Some(gone) = removed.get(&path_string(&out)) {
                    for &g in gone {
                        if g <= index {
                            index += 1;
                        }
                    }
                }
                out.push(Seg::Index(index));
            }
        }
    }
    out
}

/// A problem found in the pruned tree, with its path in the original file.
fn to_original(problem: Problem, removed: &Removed) -> Problem {
    Problem {
        path: path_string(&original(&parse_path(&problem.path), removed)),
        ..problem
    }
}

fn value_at<'v>(value: &'v mut Value, segs: &[Seg]) -> Option<&'v mut Value> {
    segs.iter().try_fold(value, |v, seg| match seg {
        Seg::Key(k) => v.get_mut(k.as_str()),
        Seg::Index(i) => v.get_mut(*i),
    })
}

/// The text between `prefix` and the next backtick in `message`.
fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let rest = &message[message.find(prefix)? + prefix.len()..];
    Some(rest[..rest.find('`')?].to_string())
}

/// Every rule a well-formed bundle must also follow.
pub fn check(bundle: &Bundle) -> Vec<Problem> {
    let parts = Parts {
        version: Some(bundle.version),
        campaign: Some(&bundle.campaign),
        manifesto: Some(&bundle.manifesto),
        collections: Some((&bundle.tags, &bundle.posts, &bundle.actions)),
    };
    check_parts(parts)
}

/// The parts of a bundle the rules look at, each present when it could be
/// read: a broken campaign must not hide the mistakes in the posts.
struct Parts<'a> {
    version: Option<u32>,
    campaign: Option<&'a Campaign>,
    manifesto: Option<&'a Manifesto>,
    collections: Option<(&'a [Tag], &'a [Post], &'a [Action])>,
}

/// The rules for whatever parts of a bundle whose shape is broken could be read.
fn check_readable_parts(value: &Value) -> Vec<Problem> {
    fn part<T: serde::de::DeserializeOwned>(value: &Value, key: &str) -> Option<T> {
        value.get(key).and_then(|v| T::deserialize(v).ok())
    }
    let campaign: Option<Campaign> = part(value, "campaign");
    let manifesto: Option<Manifesto> = part(value, "manifesto");
    let tags: Option<Vec<Tag>> = part(value, "tags");
    let posts: Option<Vec<Post>> = part(value, "posts");
    let actions: Option<Vec<Action>> = if value.get("actions").is_some() {
        part(value, "actions")
    } else {
        Some(Vec::new())
    };
    let collections = match (&tags, &posts, &actions) {
        (Some(t), Some(p), Some(a)) => Some((t.as_slice(), p.as_slice(), a.as_slice())),
        _ => None,
    };
    let parts = Parts {
        version: part(value, "version"),
        campaign: campaign.as_ref(),
        manifesto: manifesto.as_ref(),
        collections,
    };
    check_parts(parts)
}

fn check_parts(parts: Parts<'_>) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some(version) = parts.version.filter(|v| *v != BUNDLE_VERSION) {
        problems.push(Problem::error(
            "version",
            format!("this site reads bundle version {BUNDLE_VERSION}, not {version}"),
        ));
    }
    if let Some(campaign) = parts.campaign {
        check_campaign(campaign, &mut problems);
    }
    if let Some(manifesto) = parts.manifesto {
        check_translations(&mut problems, "manifesto", &manifesto.translations, |t| {
            vec![
                ("title", t.title.as_deref()),
                ("subtitle", t.subtitle.as_deref()),
            ]
        });
        not_blank(&mut problems, "manifesto.title", &manifesto.title);
        if manifesto.body.iter().all(|p| crate::text::is_blank(p)) {
            problems.push(Problem::error(
                "manifesto.body",
                "the manifesto has no paragraphs",
            ));
        }
    }
    if let Some((tags, posts, actions)) = parts.collections {
        check_collections(tags, posts, actions, &mut problems);
    }
    problems
}

/// Tags, posts and actions, and the links between them.
fn check_collections(
    bundle_tags: &[Tag],
    bundle_posts: &[Post],
    bundle_actions: &[Action],
    problems: &mut Vec<Problem>,
) {
    let mut tags: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, tag) in bundle_tags.iter().enumerate() {
        let path = format!("tags[{i}]");
        check_slug(problems, &format!("{path}.slug"), &tag.slug);
        not_blank(problems, &format!("{path}.name"), &tag.name);
        check_translations(problems, &path, &tag.translations, |t| {
            vec![("name", t.name.as_deref())]
        });
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

    let mut tag_hints = Suggester::new(tags.keys().copied());
    let mut posts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut used_tags = BTreeSet::new();
    for (i, post) in bundle_posts.iter().enumerate() {
        let path = format!("posts[{i}]");
        check_slug(problems, &format!("{path}.slug"), &post.slug);
        not_blank(problems, &format!("{path}.title"), &post.title);
        not_blank(problems, &format!("{path}.excerpt"), &post.excerpt);
        check_translations(problems, &path, &post.translations, |t| {
            vec![
                ("title", t.title.as_deref()),
                ("excerpt", t.excerpt.as_deref()),
            ]
        });
        if let Some(first) = posts.insert(&post.slug, i) {
            problems.push(Problem::error(
                format!("{path}.slug"),
                format!(
                    "post slug \"{}\" is used twice, first at posts[{first}]",
                    post.slug
                ),
            ));
        }
        for (j, link) in post.links.iter().enumerate() {
            not_blank(problems, &format!("{path}.links[{j}].label"), &link.label);
            if let Err(why) = check_url(&link.url) {
                problems.push(Problem::error(format!("{path}.links[{j}].url"), why));
            }
        }
        for (j, tag) in post.tags.iter().enumerate() {
            used_tags.insert(tag.as_str());
            if !tags.contains_key(tag.as_str()) {
                problems.push(Problem::error(
                    format!("{path}.tags[{j}]"),
                    format!("unknown tag \"{tag}\"{}", tag_hints.hint(tag)),
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

    let mut post_hints = Suggester::new(posts.keys().copied());
    for (i, action) in bundle_actions.iter().enumerate() {
        let path = format!("actions[{i}]");
        not_blank(problems, &format!("{path}.country"), &action.country);
        not_blank(problems, &format!("{path}.summary"), &action.summary);
        check_translations(problems, &path, &action.translations, |t| {
            vec![
                ("city", t.city.as_deref()),
                ("country", t.country.as_deref()),
                ("organiser", t.organiser.as_deref()),
                ("summary", t.summary.as_deref()),
            ]
        });
        if let Some(city) = &action.city {
            not_blank(problems, &format!("{path}.city"), city);
        }
        if let Some(post) = &action.post {
            if !posts.contains_key(post.as_str()) {
                problems.push(Problem::error(
                    format!("{path}.post"),
                    format!("no post has the slug \"{post}\"{}", post_hints.hint(post)),
                ));
            }
        }
    }
}

/// Translated texts, where given, must say something.
fn check_translations<T>(
    problems: &mut Vec<Problem>,
    path: &str,
    translations: &crate::bundle::Translations<T>,
    texts: impl Fn(&T) -> Vec<(&'static str, Option<&str>)>,
) {
    for (lang, translation) in translations.iter() {
        for (field, text) in texts(translation) {
            if let Some(text) = text {
                not_blank(
                    problems,
                    &format!("{path}.translations.{}.{field}", lang.tag()),
                    text,
                );
            }
        }
    }
}

fn check_campaign(c: &Campaign, problems: &mut Vec<Problem>) {
    check_translations(problems, "campaign", &c.translations, |t| {
        vec![
            ("title", t.title.as_deref()),
            ("short_title", t.short_title.as_deref()),
            ("honoree", t.honoree.as_deref()),
        ]
    });
    not_blank(problems, "campaign.title", &c.title);
    not_blank(problems, "campaign.short_title", &c.short_title);
    for (field, year) in [("first_year", c.first_year), ("arrest_year", c.arrest_year)] {
        if let Err(why) = crate::date::check_year(year) {
            problems.push(Problem::error(format!("campaign.{field}"), why));
        }
    }
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

/// Links may only go to the web (`http`, `https`) or to a page of this site.
/// Anything else — `javascript:`, `data:`, `file:` — could run code or leak
/// the visitor's files, and is refused.
pub fn check_url(url: &str) -> Result<(), String> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "\"{url}\" is not a link: it contains spaces or control characters"
        ));
    }
    if let Some(path) = url.strip_prefix('/') {
        // "//host/…" would leave the site with the page's scheme.
        if path.starts_with('/') || path.starts_with('\\') {
            return Err(format!("\"{url}\" is ambiguous: write https://{} for another site, or one / for a page of this site", path.trim_start_matches(['/', '\\'])));
        }
        return Ok(());
    }
    let lower = url.to_ascii_lowercase();
    for scheme in ["https://", "http://"] {
        if let Some(rest) = lower.strip_prefix(scheme) {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            if host.is_empty() {
                return Err(format!("\"{url}\" has no host name after {scheme}"));
            }
            return Ok(());
        }
    }
    let scheme = lower
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.is_empty() && s.len() < 20);
    Err(match scheme {
        Some(scheme) => format!("\"{url}\": links may only be http(s):// or start with /; \"{scheme}:\" links are not allowed"),
        None => format!("\"{url}\" is not a link: start it with https:// (another site) or / (a page of this site)"),
    })
}

/// A text visitors read must show something: spaces, zero-width characters
/// or control characters alone are as empty as "".
fn not_blank(problems: &mut Vec<Problem>, path: &str, text: &str) {
    if crate::text::is_blank(text) {
        let message = if text.is_empty() {
            "must not be empty".to_string()
        } else {
            format!("must not be empty: \"{text}\" has only spaces or invisible characters")
        };
        problems.push(Problem::error(path, message));
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

/// "Did you mean" for the slugs of one collection, which may hold thousands:
/// only valid slugs are suggested, only those of a length that could be
/// close are compared, and each distinct mistake is looked up once.
struct Suggester<'a> {
    /// Valid slugs, shortest first (slugs are ASCII: bytes are characters).
    known: Vec<&'a str>,
    hints: std::collections::HashMap<&'a str, String>,
}

impl<'a> Suggester<'a> {
    fn new(known: impl Iterator<Item = &'a str>) -> Self {
        let mut known: Vec<&str> = known.filter(|k| crate::slug::is_valid(k)).collect();
        known.sort_by_key(|k| k.len());
        Suggester {
            known,
            hints: std::collections::HashMap::new(),
        }
    }

    fn hint(&mut self, wrong: &'a str) -> String {
        let known = &self.known;
        self.hints
            .entry(wrong)
            .or_insert_with(|| {
                // A suggestion is at most a quarter of its length away.
                let length = wrong.chars().count();
                let from = known.partition_point(|k| k.len() + k.len() / 4 + 2 < length);
                let to = known.partition_point(|k| k.len() <= length + length / 3 + 3);
                did_you_mean(wrong, known[from..to.max(from)].iter().copied())
            })
            .clone()
    }
}

/// Names longer than this are not suggested, nor suggestions sought for:
/// no slug is longer ([`crate::slug::is_valid`]), nor any field's name.
const MAX_SUGGESTED_LEN: usize = 100;

/// `; did you mean "x"?` when one known name is a likely intended spelling:
/// at most 2 edits away, or a quarter of its length, and fewer than half.
/// Bounded whatever the input: a long name is not compared at all, and each
/// comparison stops as soon as it exceeds what could be suggested.
fn did_you_mean<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    if wrong.len() > MAX_SUGGESTED_LEN * 4 || wrong.chars().count() > MAX_SUGGESTED_LEN {
        return String::new();
    }
    known
        .into_iter()
        .filter(|k| !k.is_empty() && k.len() <= MAX_SUGGESTED_LEN)
        .filter_map(|k| {
            let limit = 2.max(k.len() / 4).min((k.len() - 1) / 2);
            edit_distance_within(wrong, k, limit).map(|d| (d, k))
        })
        .min()
        .map(|(_, k)| format!("; did you mean \"{k}\"?"))
        .unwrap_or_default()
}

/// The Levenshtein distance between `a` and `b`, counted in characters, if
/// it is at most `limit`. Only the cells within `limit` of the diagonal can
/// lead there, and once a whole row exceeds `limit` nothing after can come
/// back under it: O(length × limit), usually far less.
fn edit_distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit * 4 {
        return None;
    }
    if a.is_ascii() && b.is_ascii() {
        within(a.as_bytes(), b.as_bytes(), limit)
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        within(&a, &b, limit)
    }
}

fn within<T: PartialEq>(a: &[T], b: &[T], limit: usize) -> Option<usize> {
    // What both share at the start and at the end costs nothing: only the
    // middle is compared ("topic-nubmer-5" against "topic-number-7").
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[start..], &b[start..]);
    let end = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - end], &b[..b.len() - end]);
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let far = limit + 1;
    let mut previous: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    let mut row = vec![far; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let first = (i + 1).saturating_sub(limit).max(1);
        let last = (i + 1 + limit).min(b.len());
        row.fill(far);
        row[0] = (i + 1).min(far);
        let mut best = row[0];
        for j in first..=last {
            let cost = usize::from(*ca != b[j - 1]);
            let value = (previous[j - 1] + cost)
                .min(previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(far);
            row[j] = value;
            best = best.min(value);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(&mut previous, &mut row);
    }
    let distance = previous[b.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
