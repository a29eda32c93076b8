//! Paths in the tree [`super::repair`] prunes, and where they stood in the
//! original file once elements before them have been removed.

use super::Problem;
use crate::positions::{parse_path, path_string, Seg};
use serde_json::Value;
use std::collections::BTreeMap;

/// The path of the value a deserializing error is about.
pub(super) fn error_path(error: &serde_path_to_error::Error<serde_json::Error>) -> Vec<Seg> {
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

/// Whether `path` is `outer` or lies inside it.
pub(super) fn is_within(path: &str, outer: &str) -> bool {
    path == outer
        || (path.starts_with(outer)
            && matches!(path.as_bytes().get(outer.len()), Some(b'.' | b'[')))
}

/// Original indices removed from each array, by the array's original path.
pub(super) type Removed = BTreeMap<String, Vec<usize>>;

/// The path in the original file of a path in the pruned tree.
pub(super) fn original(segs: &[Seg], removed: &Removed) -> Vec<Seg> {
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
pub(super) fn to_original(problem: Problem, removed: &Removed) -> Problem {
    Problem {
        path: path_string(&original(&parse_path(&problem.path), removed)),
        ..problem
    }
}

pub(super) fn value_at<'v>(value: &'v mut Value, segs: &[Seg]) -> Option<&'v mut Value> {
    segs.iter().try_fold(value, |v, seg| match seg {
        Seg::Key(k) => v.get_mut(k.as_str()),
        Seg::Index(i) => v.get_mut(*i),
    })
}
