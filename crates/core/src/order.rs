//! Stable sorting with one copy of the sorting code in a wasm.
//!
//! Every `sort_by` or `sort_by_key` with a closure of its own, and every
//! `collect` into a `BTreeSet`, is a copy of the standard library's stable
//! sort in the compiled module: 2–4 KB each. Eight of them were 29 KB of
//! the visitors' app, which has a size budget. Here only positions are
//! sorted, through one comparator behind `dyn`, so that every caller shares
//! the one copy in [`positions_by`]; the elements move once, when their
//! order is known.

use std::cmp::Ordering;

/// The positions `0..len`, stably sorted by `compare` (positions that
/// compare equal keep their order).
#[inline(never)]
#[allow(clippy::disallowed_methods)] // The one sort.
pub fn positions_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Sorts `items` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let order = positions_by(items.len(), &|a, b| key(&items[a]).cmp(&key(&items[b])));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // `order` is a permutation: each item is taken exactly once.
    items.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// How many different values `values` holds (what collecting them into a
/// `BTreeSet` would count, without a sort of its own).
pub fn count_distinct<T: Ord>(values: &[T]) -> usize {
    let order = positions_by(values.len(), &|a, b| values[a].cmp(&values[b]));
    let repeats = order
        .windows(2)
        .filter(|pair| values[pair[0]] == values[pair[1]])
        .count();
    values.len() - repeats
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // Compared with the standard sort.
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn sorts_stably_by_key() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "yam", "plum"];
        let mut expected = words.clone();
        expected.sort_by_key(|w| w.len());
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, expected);
        assert_eq!(words, ["fig", "yam", "pear", "kiwi", "plum", "apple"]);
    }

    #[test]
    fn positions_follow_the_comparator_and_keep_ties_in_order() {
        let dates = [3, 1, 3, 2, 1];
        let newest_first = positions_by(dates.len(), &|a, b| dates[b].cmp(&dates[a]));
        assert_eq!(newest_first, [0, 2, 3, 1, 4]);
        assert!(positions_by(0, &|_, _| Ordering::Equal).is_empty());
    }

    #[test]
    fn counts_what_a_set_would_hold() {
        let cases: [&[&str]; 5] = [
            &[],
            &["vilnius"],
            &["vilnius", "vilnius"],
            &[
                "prague", "vilnius", "berlin", "vilnius", "prague", "bishkek",
            ],
            &["b", "a", "b", "a", "b"],
        ];
        for values in cases {
            let set: BTreeSet<_> = values.iter().collect();
            assert_eq!(count_distinct(values), set.len(), "{values:?}");
        }
    }

    #[test]
    fn moves_items_it_cannot_copy() {
        let mut names: Vec<String> = ["minsk", "hrodna", "brest"].map(String::from).into();
        sort_by_key(&mut names, |n| n.clone());
        assert_eq!(names, ["brest", "hrodna", "minsk"]);
    }
}
