//! What the build publishes beside the pages, generated from the same
//! bundle by the same core: the sitemap and robots.txt (search engines),
//! an Atom feed per language and per topic (feed readers), the Day as an
//! iCalendar file per language (calendars).
//!
//! Every file is a pure function of the [`Site`]: two builds of the same
//! bundle write the same bytes. The prerender binary writes [`files`] into
//! `dist/`.

mod calendar;
mod feed;
mod sitemap;
mod xml;

pub use calendar::calendar;
pub use feed::{feed, FEED_ENTRIES};
pub use sitemap::{robots, sitemaps, SITEMAP_URLS};

use solidarity_core::i18n::Lang;
use solidarity_core::route::{calendar_href, feed_href, Route};
use solidarity_core::Site;

/// One file to publish: its address on the site and its content.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub path: String,
    pub content: String,
}

/// Every file [`solidarity_publish`](crate) writes for `site`.
pub fn files(site: &Site) -> Vec<File> {
    let mut files = sitemaps(site);
    files.push(File {
        path: "/robots.txt".into(),
        content: robots(site),
    });
    for lang in Lang::ALL {
        files.push(File {
            path: feed_href(lang, None),
            content: feed(site, lang, None),
        });
        for tag in &site.bundle.tags {
            if Route::Tag(&tag.slug).is_prerendered() {
                files.push(File {
                    path: feed_href(lang, Some(&tag.slug)),
                    content: feed(site, lang, Some(&tag.slug)),
                });
            }
        }
        files.push(File {
            path: calendar_href(lang),
            content: calendar(site, lang),
        });
    }
    files
}
