//! `/sitemap.xml` and `/robots.txt`: every prerendered page, with the same
//! page in the other languages, as search engines document it
//! (<https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap>).

use crate::File;
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::text::escape_markup as escape;
use solidarity_core::Site;

/// The most addresses one sitemap file may list (the protocol's limit):
/// beyond it, `/sitemap.xml` becomes an index of numbered sitemaps.
pub const SITEMAP_URLS: usize = 50_000;

/// The sitemap of every prerendered page in every language, each with its
/// alternates (all languages and the language-less `x-default`, so that
/// every page names the others and itself): one file, or an index and its
/// parts for a bundle beyond [`SITEMAP_URLS`] addresses.
pub fn sitemaps(site: &Site) -> Vec<File> {
    let routes = Route::prerendered(site);
    let entries: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|lang| routes.iter().map(move |route| (lang, *route)))
        .map(|(lang, route)| entry(site, lang, route))
        .collect();
    if entries.len() <= SITEMAP_URLS {
        return vec![File {
            path: "/sitemap.xml".into(),
            content: urlset(&entries),
        }];
    }
    let parts: Vec<File> = entries
        .chunks(SITEMAP_URLS)
        .enumerate()
        .map(|(i, chunk)| File {
            path: format!("/sitemap-{}.xml", i + 1),
            content: urlset(chunk),
        })
        .collect();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for part in &parts {
        index.push_str(&format!(
            "  <sitemap><loc>{}</loc></sitemap>\n",
            escape(&site.absolute(&part.path))
        ));
    }
    index.push_str("</sitemapindex>\n");
    let mut files = vec![File {
        path: "/sitemap.xml".into(),
        content: index,
    }];
    files.extend(parts);
    files
}

fn urlset(entries: &[String]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in entries {
        xml.push_str(entry);
    }
    xml.push_str("</urlset>\n");
    xml
}

fn entry(site: &Site, lang: Lang, route: Route) -> String {
    let mut xml = format!(
        "  <url>\n    <loc>{}</loc>\n",
        escape(&site.absolute(&route.href(lang)))
    );
    if let Route::Post(slug) = route {
        if let Some(post) = site.post(slug) {
            xml.push_str(&format!("    <lastmod>{}</lastmod>\n", post.date));
        }
    }
    for other in Lang::ALL {
        xml.push_str(&alternate(other.tag(), &site.absolute(&route.href(other))));
    }
    xml.push_str(&alternate(
        "x-default",
        &site.absolute(&route.href_any_lang()),
    ));
    xml.push_str("  </url>\n");
    xml
}

fn alternate(hreflang: &str, href: &str) -> String {
    format!(
        "    <xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\"/>\n",
        escape(href)
    )
}

/// Crawling allowed everywhere (the tools say `noindex` in their pages,
/// which a crawler must be allowed to read), and where the sitemap is.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.absolute("/sitemap.xml")
    )
}
