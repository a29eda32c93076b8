//! The repair engine behind [`super::validate`]'s full report: it reads past
//! each shape mistake (a stand-in for a value of the wrong type, or removal)
//! so that every mistake is found in one run, and keeps each path true to
//! the original file.

use super::paths::{error_path, is_within, original, to_original, value_at, Removed};
use super::rules::check_readable_parts;
use super::suggest::did_you_mean;
use super::{check, Problem};
use crate::bundle::{Action, Bundle, Campaign, Manifesto, Post, Tag};
use crate::positions::{path_string, Seg};
use serde_json::Value;
use std::collections::BTreeSet;

/// How many shape problems to report before giving up on a file.
const MAX_SHAPE_PROBLEMS: usize = 500;

/// Finds every shape problem by deserializing, and each time it fails,
/// reporting the failure and repairing the tree — a stand-in for a value of the
/// wrong type, or removal — until it deserializes. Paths are reported as in
/// the original file. Each post, tag and action is first repaired on its own,
/// so that a big bundle with many mistakes costs little more than one pass.
pub(super) fn shape_problems(mut value: Value) -> (Option<Bundle>, Vec<Problem>) {
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

/// The text between `prefix` and the next backtick in `message`.
fn quoted_after(message: &str, prefix: &str) -> Option<String> {
    let rest = &message[message.find(prefix)? + prefix.len()..];
    Some(rest[..rest.find('`')?].to_string())
}
