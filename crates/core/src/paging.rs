//! Long lists in pages: a bundle may hold ten thousand posts, and a page
//! that renders them all costs a phone seconds. Pages are numbered from 1
//! and addressed as `?page=N`.

/// Posts on one page of a list.
pub const PER_PAGE: usize = 20;

/// Which part of a list one page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// This page, from 1.
    pub number: usize,
    /// How many pages there are (1 for an empty list).
    pub pages: usize,
    /// The first item shown, an index into the whole list.
    pub start: usize,
    /// How many items are shown.
    pub len: usize,
}

impl Window {
    /// The page `requested` (the `page` query value, if any) of a list of
    /// `total` items. A missing, malformed or out-of-range number gives the
    /// nearest page that exists, never an error: an old link to page 40 of a
    /// list that shrank still lands on its last page.
    pub fn of(total: usize, requested: Option<&str>, per_page: usize) -> Window {
        let per_page = per_page.max(1);
        let pages = total.div_ceil(per_page).max(1);
        let number = match requested.map(str::trim).map(str::parse::<u64>) {
            Some(Ok(n)) => usize::try_from(n).unwrap_or(usize::MAX).clamp(1, pages),
            // "abc", "-3", "" and no value at all: the first page.
            _ => 1,
        };
        let start = (number - 1) * per_page;
        Window {
            number,
            pages,
            start,
            len: total.saturating_sub(start).min(per_page),
        }
    }

    pub fn previous(&self) -> Option<usize> {
        (self.number > 1).then(|| self.number - 1)
    }

    pub fn next(&self) -> Option<usize> {
        (self.number < self.pages).then(|| self.number + 1)
    }
}

/// The address of page `number` of the list at `path`; page 1 has no query,
/// so it has one address only.
pub fn page_href(path: &str, number: usize) -> String {
    if number <= 1 {
        path.to_string()
    } else {
        format!("{path}?page={number}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_a_long_list() {
        let w = Window::of(10_000, Some("2"), 20);
        assert_eq!(
            w,
            Window {
                number: 2,
                pages: 500,
                start: 20,
                len: 20
            }
        );
        assert_eq!((w.previous(), w.next()), (Some(1), Some(3)));
        let last = Window::of(10_001, Some("501"), 20);
        assert_eq!((last.start, last.len, last.next()), (10_000, 1, None));
    }

    #[test]
    fn bad_numbers_land_on_a_page_that_exists() {
        assert_eq!(Window::of(100, None, 20).number, 1);
        assert_eq!(Window::of(100, Some("0"), 20).number, 1);
        assert_eq!(Window::of(100, Some("-3"), 20).number, 1);
        assert_eq!(Window::of(100, Some("abc"), 20).number, 1);
        assert_eq!(Window::of(100, Some(" 3 "), 20).number, 3);
        assert_eq!(Window::of(100, Some("99"), 20).number, 5);
        assert_eq!(Window::of(100, Some("184467440737095516150"), 20).number, 1);
        assert_eq!(Window::of(100, Some("18446744073709551615"), 20).number, 5);
    }

    #[test]
    fn an_empty_list_has_one_empty_page() {
        let w = Window::of(0, Some("3"), 20);
        assert_eq!(
            w,
            Window {
                number: 1,
                pages: 1,
                start: 0,
                len: 0
            }
        );
        assert_eq!((w.previous(), w.next()), (None, None));
    }

    #[test]
    fn page_one_has_no_query() {
        assert_eq!(page_href("/en/posts", 1), "/en/posts");
        assert_eq!(page_href("/en/posts", 7), "/en/posts?page=7");
    }
}
