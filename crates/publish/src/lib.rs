//! What the build publishes beside the pages, generated from the same
//! bundle by the same core: the sitemap and robots.txt (search engines),
//! an Atom feed per language and per topic (feed readers), the Day as an
//! iCalendar file per language (calendars), and each page's share image
//! (link previews).
//!
//! Every file is a pure function of the [`Site`]: two builds of the same
//! bundle write the same bytes. The prerender binary writes [`files`] and
//! [`write_share_images`] into `dist/`.

mod calendar;
mod feed;
mod share;
pub mod share_image;
mod sitemap;

pub use calendar::calendar;
pub use feed::{feed, FEED_ENTRIES};
pub use share::{card, write_share_images, Drawn};
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
    // The actions page's maps show it (`<use>`): one drawing, cached once.
    files.push(File {
        path: solidarity_core::map::WORLD_FILE.into(),
        content: solidarity_core::map::world_svg().into(),
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
        if let Some(content) = calendar(site, lang) {
            files.push(File {
                path: calendar_href(lang),
                content,
            });
        }
    }
    files
}

/// FNV-1a, 64 bits: names a file by its content, for caches (a file kept
/// for a year needs a new name when it changes; not a secure hash).
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv::new()
    }
}
