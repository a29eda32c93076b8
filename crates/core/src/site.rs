//! A validated bundle with the indexes the pages read: posts newest first,
//! posts by tag, actions by year. Built once when the bundle loads, so that
//! rendering a page never sorts or searches the whole bundle again.

use crate::bundle::{Action, ActionStatus, Bundle, Post, Tag};
use crate::order;
use crate::text::lowercased;
use crate::validate::{self, Problem};
use std::collections::HashMap;

#[derive(Debug)]
pub struct Site {
    pub bundle: Bundle,
    /// Indexes into `bundle.posts`, newest first; same-day posts keep bundle order.
    newest_first: Vec<usize>,
    post_by_slug: HashMap<String, usize>,
    /// For each tag (in bundle order), its posts newest first.
    posts_by_tag: HashMap<String, Vec<usize>>,
    years: Vec<YearOfActions>,
    /// Warnings found while loading: the site works, but an editor should look.
    pub warnings: Vec<Problem>,
}

/// The actions of one year, with how widely the Day was marked.
#[derive(Clone, Debug, PartialEq)]
pub struct YearOfActions {
    pub year: i32,
    /// Indexes into `bundle.actions`, in date order.
    pub actions: Vec<usize>,
    /// Distinct countries and cities where an action was held (not merely planned).
    pub countries: usize,
    pub cities: usize,
}

/// Why a bundle could not become a site.
#[derive(Clone, Debug, PartialEq)]
pub struct Invalid {
    /// Errors first, then warnings.
    pub problems: Vec<Problem>,
}

impl Site {
    /// Parses and validates bundle text; refuses it if it has any error.
    /// The verdict of `validate`; on a refused file, only its first mistake
    /// ([`validate::validate_quick`]).
    pub fn from_json(text: &str) -> Result<Site, Invalid> {
        let report = validate::validate_quick(text);
        match report.readable {
            Some(bundle) if !report.has_errors() => Ok(Site::indexed(bundle, report.problems)),
            _ => {
                let mut problems = report.problems;
                order::sort_by_key(&mut problems, |p| p.severity);
                Err(Invalid { problems })
            }
        }
    }

    /// [`Site::from_json`] of a file's bytes, which must be UTF-8
    /// ([`validate::text_of`]).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Site, Invalid> {
        match validate::text_of(bytes) {
            Ok(text) => Site::from_json(&text),
            Err(problem) => Err(Invalid {
                problems: vec![problem],
            }),
        }
    }

    /// `path` (`/en/posts/x`) as an absolute address on the site's public
    /// address, [`Campaign::site_url`](crate::bundle::Campaign::site_url).
    pub fn absolute(&self, path: &str) -> String {
        let base = self.bundle.campaign.site_url.trim_end_matches('/');
        format!("{base}{path}")
    }

    /// A site from whatever of a bundle could be read, errors and all, for
    /// editors to preview; never for visitors.
    pub fn draft(readable: Bundle) -> Site {
        Site::indexed(readable, Vec::new())
    }

    /// Builds the indexes of a bundle known to have no errors.
    fn indexed(bundle: Bundle, warnings: Vec<Problem>) -> Site {
        let posts = &bundle.posts;
        let newest_first =
            order::positions_by(posts.len(), &|a, b| posts[b].date.cmp(&posts[a].date));

        let post_by_slug = posts
            .iter()
            .enumerate()
            .map(|(i, p)| (p.slug.clone(), i))
            .collect();

        let mut posts_by_tag: HashMap<String, Vec<usize>> = bundle
            .tags
            .iter()
            .map(|t| (t.slug.clone(), Vec::new()))
            .collect();
        for &i in &newest_first {
            for tag in &posts[i].tags {
                if let Some(list) = posts_by_tag.get_mut(tag) {
                    // A post that lists a tag twice still appears once.
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }

        let years = group_actions(&bundle.actions);
        Site {
            bundle,
            newest_first,
            post_by_slug,
            posts_by_tag,
            years,
            warnings,
        }
    }

    pub fn posts_newest_first(&self) -> impl ExactSizeIterator<Item = &Post> + '_ {
        self.newest_first.iter().map(|&i| &self.bundle.posts[i])
    }

    pub fn post(&self, slug: &str) -> Option<&Post> {
        self.post_by_slug.get(slug).map(|&i| &self.bundle.posts[i])
    }

    pub fn tag(&self, slug: &str) -> Option<&Tag> {
        self.bundle.tags.iter().find(|t| t.slug == slug)
    }

    /// Posts with `tag`, newest first; empty for an unknown tag.
    pub fn posts_tagged(&self, tag: &str) -> impl ExactSizeIterator<Item = &Post> + '_ {
        self.posts_by_tag
            .get(tag)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|&i| &self.bundle.posts[i])
    }

    /// Every tag with its number of posts, in bundle order.
    pub fn tags_with_counts(&self) -> impl Iterator<Item = (&Tag, usize)> + '_ {
        self.bundle
            .tags
            .iter()
            .map(|t| (t, self.posts_by_tag.get(&t.slug).map_or(0, Vec::len)))
    }

    /// Actions grouped by year, the most recent year first.
    pub fn actions_by_year(&self) -> &[YearOfActions] {
        &self.years
    }

    pub fn action(&self, index: usize) -> &Action {
        &self.bundle.actions[index]
    }

    /// The actions a post reports.
    pub fn actions_reported_by<'a>(
        &'a self,
        post: &'a str,
    ) -> impl Iterator<Item = &'a Action> + 'a {
        self.bundle
            .actions
            .iter()
            .filter(move |a| a.post.as_deref() == Some(post))
    }
}

fn group_actions(actions: &[Action]) -> Vec<YearOfActions> {
    // Years newest first, each year's actions in date order.
    let by_year = order::positions_by(actions.len(), &|a, b| {
        let (a, b) = (&actions[a].date, &actions[b].date);
        b.year().cmp(&a.year()).then(a.cmp(b))
    });
    let mut years: Vec<YearOfActions> = Vec::new();
    for i in by_year {
        let year = actions[i].date.year();
        match years.last_mut() {
            Some(y) if y.year == year => y.actions.push(i),
            _ => years.push(YearOfActions {
                year,
                actions: vec![i],
                countries: 0,
                cities: 0,
            }),
        }
    }
    for y in &mut years {
        let held = || {
            y.actions
                .iter()
                .map(|&i| &actions[i])
                .filter(|a| a.status == ActionStatus::Held)
        };
        y.countries = order::count_distinct(
            &held()
                .map(|a| lowercased(a.country.trim()))
                .collect::<Vec<_>>(),
        );
        // A city is counted with its country: two Vilniuses would be two cities.
        y.cities = order::count_distinct(
            &held()
                .filter_map(|a| {
                    Some((
                        lowercased(a.city.as_ref()?.trim()),
                        lowercased(a.country.trim()),
                    ))
                })
                .collect::<Vec<_>>(),
        );
    }
    years
}
