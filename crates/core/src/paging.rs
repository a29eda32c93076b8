//! Long lists in pages: a bundle may hold ten thousand posts, and a page
//! that renders them all costs a phone seconds. Pages are numbered from 1
//! and addressed as `/page/N` after the list's own address
//! (`/en/posts/page/2`), a path the build writes a file for like any other
//! page; `?page=N`, the address earlier links used, is still read: a
//! list's first page takes it to that page's file before it paints
//! (`crates/page/js/language.js`, with the list's addresses the prerender
//! wrote), and the app reads what the build did not write.

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

/// The address of page `number` of the list at `path`: `/en/posts/page/2`;
/// page 1 is the list's own address, so it has one address only. No post
/// or topic can take it: a slug is one segment (`/en/posts/page` would be
/// a post called "page"), a list's page two more.
pub fn page_href(path: &str, number: usize) -> String {
    if number <= 1 {
        path.to_string()
    } else {
        format!("{path}/page/{number}")
    }
}

/// The page number an address asks for by its path, as [`page_href`]
/// writes it: `"2"` of `/en/posts/page/2`; `None` for a list's own address
/// (page 1) or any other page.
pub fn requested_page(path: &str) -> Option<&str> {
    let (_, number) = path.trim_end_matches('/').rsplit_once("/page/")?;
    (!number.is_empty() && !number.contains('/')).then_some(number)
}

/// The query parameter earlier links named a list's page with (`?page=2`):
/// still read, and the only one the site reads.
pub const PAGE_PARAM: &str = "page";

/// Whether a query string (`from=partner&page=2`, with or without its `?`)
/// names a page of a list ([`PAGE_PARAM`]): the one thing in a query that
/// changes what a page shows. Any other (`?from=partner`, a campaign's
/// tracking tag) is left as it is, and the page written for the address is
/// the page.
pub fn query_names_a_page(query: &str) -> bool {
    query_page(query).is_some()
}

/// The page a query string names ([`PAGE_PARAM`]): `"2"` of
/// `?from=partner&page=2`, `""` of `?page`; the first if it names several.
pub fn query_page(query: &str) -> Option<&str> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (name == PAGE_PARAM).then_some(value)
    })
}

/// How many pages a list of `total` items has.
pub fn page_count(total: usize) -> usize {
    Window::of(total, None, PER_PAGE).pages
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_page_number_in_a_query_changes_a_page() {
        use super::query_names_a_page;
        for query in [
            "?page=2",
            "page=2",
            "from=partner&page=3",
            "page",
            "?a=1&page=",
        ] {
            assert!(query_names_a_page(query), "{query}");
        }
        for query in [
            "",
            "?",
            "?from=partner",
            "?pages=2",
            "?mypage=2",
            "?utm_source=x&p=2",
        ] {
            assert!(!query_names_a_page(query), "{query}");
        }
        assert_eq!(super::query_page("?from=x&page=3&page=4"), Some("3"));
        assert_eq!(super::query_page("page"), Some(""));
        assert_eq!(super::query_page("?pages=2"), None);
    }

    use super::*;

    /// The table the script of a list's first page follows too
    /// (`crates/page/js/language.js`, checked by `tests/e2e/language.test.mjs`),
    /// on a list of three pages at `/en/posts`: the page the Rust shows for
    /// each query (`null`: it names none), and where the script takes it
    /// (`null`: it leaves it to the app). Where the script goes, it goes
    /// to the page the Rust would show.
    #[test]
    fn an_earlier_links_page_follows_its_table() {
        for case in crate::shared_cases(include_str!("../tests/page-query.json")) {
            let why = &case["why"];
            let query = case["query"].as_str().unwrap();
            let asked = query_page(query);
            let shown = asked.map(|n| Window::of(50, Some(n), PER_PAGE).number);
            assert_eq!(shown, case["page"].as_u64().map(|n| n as usize), "{why}");
            if let Some(to) = case["to"].as_str() {
                let path = to.split('?').next().unwrap();
                assert_eq!(
                    Some(path),
                    shown.map(|n| page_href("/en/posts", n)).as_deref(),
                    "{why}"
                );
            }
        }
    }

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
        assert_eq!(page_href("/en/posts", 7), "/en/posts/page/7");
        assert_eq!(page_href("/be/tags/belarus", 2), "/be/tags/belarus/page/2");
        assert_eq!((page_count(0), page_count(20), page_count(21)), (1, 1, 2));
        for n in [2, 7] {
            let href = page_href("/ru/tags/belarus", n);
            assert_eq!(requested_page(&href), Some(n.to_string().as_str()));
        }
        assert_eq!(requested_page("/en/posts/page/3/"), Some("3"));
        assert_eq!(requested_page("/en/posts"), None);
        assert_eq!(requested_page("/en/posts/page"), None);
    }
}
