//! "Did you mean": the known name a misspelt one most likely stands for,
//! within a bounded edit distance.

/// "Did you mean" for the slugs of one collection, which may hold thousands:
/// only valid slugs are suggested, only those of a length that could be
/// close are compared, and each distinct mistake is looked up once. Sorted
/// at the first mistake: a valid bundle (what a visitor's browser checks)
/// never pays for sorting names it will not suggest.
pub(super) struct Suggester<'a> {
    /// The names that can be suggested; shortest first once `sorted`
    /// (slugs are ASCII: bytes are characters).
    known: Vec<&'a str>,
    sorted: bool,
    meant: std::collections::HashMap<&'a str, Option<&'a str>>,
}

impl<'a> Suggester<'a> {
    pub(super) fn new(known: impl Iterator<Item = &'a str>) -> Self {
        Suggester::any(known.filter(|k| crate::slug::is_valid(k)))
    }

    /// For names that need not be slugs (countries: "Czech Republic").
    pub(super) fn any(known: impl Iterator<Item = &'a str>) -> Self {
        Suggester {
            known: known.collect(),
            sorted: false,
            meant: std::collections::HashMap::new(),
        }
    }

    /// `; did you mean "x"?`, or nothing ([`did_you_mean`]).
    pub(super) fn hint(&mut self, wrong: &'a str) -> String {
        self.meant(wrong).map(hint).unwrap_or_default()
    }

    /// The known name `wrong` most likely stands for ([`likely`]).
    pub(super) fn meant(&mut self, wrong: &'a str) -> Option<&'a str> {
        if !self.sorted {
            crate::order::sort_by_key(&mut self.known, |k| k.len());
            self.sorted = true;
        }
        let known = &self.known;
        *self.meant.entry(wrong).or_insert_with(|| {
            // A suggestion is at most a quarter of its length away.
            let length = wrong.chars().count();
            let from = known.partition_point(|k| k.len() + k.len() / 4 + 2 < length);
            let to = known.partition_point(|k| k.len() <= length + length / 3 + 3);
            likely(wrong, known[from..to.max(from)].iter().copied())
        })
    }
}

/// `; did you mean "meant"?`
pub(super) fn hint(meant: &str) -> String {
    format!("; did you mean \"{meant}\"?")
}

/// Names longer than this are not suggested, nor suggestions sought for:
/// no slug is longer ([`crate::slug::is_valid`]), nor any field's name.
const MAX_SUGGESTED_LEN: usize = 100;

/// `; did you mean "x"?` when one known name is [`likely`] the intended
/// spelling, else nothing.
pub(super) fn did_you_mean<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    likely(wrong, known).map(hint).unwrap_or_default()
}

/// The known name that is a likely intended spelling of `wrong`: at most 2
/// edits away, or a quarter of its length, and fewer than half. Bounded
/// whatever the input: a long name is not compared at all, and each
/// comparison stops as soon as it exceeds what could be suggested.
pub(super) fn likely<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    if wrong.len() > MAX_SUGGESTED_LEN * 4 || wrong.chars().count() > MAX_SUGGESTED_LEN {
        return None;
    }
    known
        .into_iter()
        .filter(|k| !k.is_empty() && k.len() <= MAX_SUGGESTED_LEN)
        .filter_map(|k| {
            let limit = 2.max(k.len() / 4).min((k.len() - 1) / 2);
            edit_distance_within(wrong, k, limit).map(|d| (d, k))
        })
        .min()
        .map(|(_, k)| k)
}

/// The Levenshtein distance between `a` and `b`, counted in characters, if
/// it is at most `limit`. Only the cells within `limit` of the diagonal can
/// lead there, and once a whole row exceeds `limit` nothing after can come
/// back under it: O(length × limit), usually far less.
pub(super) fn edit_distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
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
