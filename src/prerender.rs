//! Every page written to HTML at build time, by the app's own components.
//!
//! `src/bin/prerender.rs` calls [`pages`] with Trunk's `index.html` as the
//! template and the default bundle; each page gets the app rendered for its
//! address inside `<div id="prerendered">`, and its own `<title>` and
//! `<html lang>`. In the browser, [`crate::takeover`] replaces that element with
//! the live app once it has the live bundle.

use crate::app::provide_and_render;
use crate::render_mode::RenderMode;
use crate::takeover::PRERENDERED_ID;
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::Site;
use std::sync::Arc;

/// One page to write: its address and its whole document.
pub struct Page {
    pub path: String,
    pub html: String,
}

/// The addresses written at build time: [`Route::prerendered`] in each
/// language.
pub fn addresses(site: &Site) -> Vec<String> {
    let routes = Route::prerendered(site);
    Lang::ALL
        .into_iter()
        .flat_map(|lang| routes.iter().map(move |route| route.href(lang)))
        .collect()
}

/// Renders every address of [`addresses`] into `template`.
pub fn pages(template: &str, site: &Arc<Site>, now: i64) -> Result<Vec<Page>, String> {
    let template = Template::parse(template)?;
    any_spawner::Executor::init_futures_executor().ok();
    Ok(addresses(site)
        .into_iter()
        .map(|path| {
            let html = template.render(&path, Arc::clone(site), now);
            Page { path, html }
        })
        .collect())
}

/// Trunk's `index.html`, ready to take a page.
struct Template {
    /// Up to and including `<body>` (without a `<title>` or `lang`: each
    /// page adds its own).
    head: String,
    /// What follows the page's content.
    tail: String,
}

impl Template {
    fn parse(index: &str) -> Result<Template, String> {
        let without_title = cut_between(index, "<title>", "</title>")
            .ok_or("index.html has no <title> to replace")?;
        // Prerendered pages read without JavaScript: no apology for it.
        let without_noscript =
            cut_between(&without_title, "<noscript>", "</noscript>").unwrap_or(without_title);
        let html = without_noscript.replacen("<html lang=\"en\">", "<html>", 1);
        let body_at = html.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
        let (head, tail) = html.split_at(body_at);
        Ok(Template {
            head: head.to_string(),
            tail: tail.to_string(),
        })
    }

    fn render(&self, path: &str, site: Arc<Site>, now: i64) -> String {
        let owner = Owner::new();
        owner.with(|| {
            provide_context(RequestUrl::new(path));
            let (meta, head_output) = ServerMetaContext::new();
            provide_context(meta);
            let (_, app) = provide_and_render(RenderMode::Prerendering { site, now });
            let app = app.to_html();
            // The address the page was written for: a host that answers
            // other addresses with this file (an SPA rule) must not make it
            // pass for their page (crates/page/js/start.js compares).
            let document = format!(
                "{}\n    <div id=\"{PRERENDERED_ID}\" class=\"app\" data-path=\"{}\">{app}</div>{}",
                self.head,
                html_escape::encode_double_quoted_attribute(path),
                self.tail
            );
            futures::executor::block_on(async move {
                head_output
                    .inject_meta_context(futures::stream::iter([document]))
                    .await
                    .collect::<String>()
                    .await
            })
        })
    }
}

/// `text` without the first `open`…`close` span, if there is one.
fn cut_between(text: &str, open: &str, close: &str) -> Option<String> {
    let start = text.find(open)?;
    let end = start + text[start..].find(close)? + close.len();
    Some(format!(
        "{}{}",
        text[..start].trim_end_matches([' ', '\t']),
        &text[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n    <title>Old</title>\n</head>\n<body>\n    <noscript>\n<p>needs JS</p>\n    </noscript>\n</body>\n</html>\n";

    fn default_site() -> Arc<Site> {
        let text = std::fs::read_to_string("public/data/bundle.json").unwrap();
        Arc::new(Site::from_json(&text).unwrap())
    }

    #[test]
    fn every_language_gets_every_kind_of_page() {
        let site = default_site();
        let paths = addresses(&site);
        let per_lang = 5 + site.bundle.posts.len() + site.bundle.tags.len();
        assert_eq!(paths.len(), 3 * per_lang);
        for lang in ["be", "ru", "en"] {
            assert!(paths.contains(&format!("/{lang}/manifesto")));
        }
    }

    /// The router's table and [`Route::href`] spell each address alike:
    /// every address the build writes is a page of the router, in its
    /// language, not the page for addresses it does not know.
    #[test]
    fn every_route_written_is_a_page_of_the_router() {
        let site = default_site();
        for page in pages(INDEX, &site, 1_790_000_000).unwrap() {
            let lang = solidarity_core::route::lang_of_path(&page.path).unwrap();
            let not_found = lang.ui().not_found_title;
            assert!(!page.html.contains(not_found), "{}: not found", page.path);
            let html_lang = format!("<html lang=\"{}\"", lang.tag());
            assert!(page.html.contains(&html_lang), "{}", page.path);
            assert_eq!(page.html.matches("<h1").count(), 1, "{}", page.path);
        }
    }

    #[test]
    fn a_page_has_its_content_title_and_language() {
        let site = default_site();
        let pages = pages(INDEX, &site, 1_790_000_000).unwrap();
        let manifesto = pages.iter().find(|p| p.path == "/be/manifesto").unwrap();
        assert!(
            manifesto.html.contains("<html lang=\"be\""),
            "{}",
            &manifesto.html[..200]
        );
        assert_eq!(manifesto.html.matches("<title>").count(), 1);
        assert!(!manifesto.html.contains("<title>Old</title>"));
        assert!(!manifesto.html.contains("needs JS"));
        let body = &site.bundle.manifesto.body_in(Lang::Be).text[0];
        // Text is escaped as HTML: compare a stretch without markup-significant characters.
        let sample: String = body.chars().take(30).collect();
        assert!(manifesto.html.contains(&sample), "manifesto text missing");
        assert!(manifesto.html.contains("id=\"prerendered\""));
    }

    /// Prerendered pages are HTML written as strings: every naughty string
    /// (../shared/testdata) as a post's title, excerpt, paragraph, link label
    /// and link address must come out as text, never as markup.
    #[test]
    fn hostile_content_is_written_as_text_never_as_markup() {
        let text = std::fs::read_to_string("../shared/testdata/naughty-strings/blns.json")
            .expect("the naughty strings, from ../shared/testdata");
        let naughty: Vec<String> = serde_json::from_str(&text).unwrap();
        let naughty: Vec<String> = naughty
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        let mut bundle = default_site().bundle.clone();
        let model = bundle.posts[0].clone();
        bundle.posts = naughty
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut post = model.clone();
                post.slug = format!("post-{i}");
                post.title = s.clone();
                post.excerpt = s.clone();
                post.body = vec![s.clone()];
                post.links = vec![solidarity_core::bundle::Link {
                    label: s.clone(),
                    url: s.clone(),
                }];
                post
            })
            .collect();
        let site = Arc::new(Site::draft(bundle));
        let template = Template::parse(INDEX).unwrap();
        any_spawner::Executor::init_futures_executor().ok();
        for (i, s) in naughty.iter().enumerate() {
            let html = template.render(&format!("/en/posts/post-{i}"), Arc::clone(&site), 0);
            let where_ = format!("post {i}: {s:?}");
            assert_eq!(html.matches("<script").count(), 0, "{where_}");
            assert_eq!(html.matches("<title>").count(), 1, "{where_}");
            assert_eq!(html.matches("</title>").count(), 1, "{where_}");
            assert_eq!(html.matches("<h1").count(), 1, "{where_}");
            if s.contains('<') {
                assert!(!html.contains(s.as_str()), "unescaped: {where_}");
            }
        }
    }

    #[test]
    fn a_template_without_a_title_or_body_is_refused() {
        assert!(Template::parse("<html><body></body></html>").is_err());
        assert!(Template::parse("<html><title>x</title></html>").is_err());
    }
}
