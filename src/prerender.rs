//! Every page written to HTML at build time by [`solidarity_render::page`],
//! finished: nothing rewrites it afterwards.
//!
//! The prerender binary calls [`pages`] with Trunk's `index.html` as the
//! template, the default bundle and what the pages load after their first
//! paint ([`Loading`]); each page gets its content in the frame for its
//! address inside `<div id="prerendered">`, its own `<title>`, head and
//! `<html lang>`, none of the template's loaders (the app's preloads and
//! start-up script: a page paints before any script), and, last in its
//! body, its loader with what it needs (the `#build` block). In the
//! browser, the page's wasm (`solidarity_page`) finishes it, or the
//! visitors' app (`solidarity_visitor`), rendering the same markup from the
//! live bundle, replaces it.

use serde::{Deserialize, Serialize};
use solidarity_core::i18n::Lang;
use solidarity_core::paging;
use solidarity_core::route::Route;
use solidarity_core::Site;
use solidarity_render::frame::PRERENDERED_ID;
use solidarity_render::home;
use solidarity_render::page::{self, Address};
use solidarity_render::Markup;
use std::sync::Arc;

/// What a prerendered page loads after its first paint, the build's file
/// names (`scripts/build-page.mjs`, `scripts/build-visitor.mjs`).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Loading {
    /// The script that gives an address without a language
    /// (`crates/page/js/language.js`, minified) the visitor's, before the
    /// page paints: `/language-HASH.js`.
    pub language: String,
    /// The loader (`crates/page/js/start.js`, minified): `/start-HASH.js`.
    pub script: String,
    /// The page's helper thread, which fetches the live bundle off the
    /// main thread (`crates/page/js/check.js`, minified): `/check-HASH.js`.
    pub check: String,
    /// The page's small wasm (`solidarity_page`), for a page without a
    /// countdown. Each page's `#build` block names one of the two as
    /// `page`.
    #[serde(skip_serializing)]
    pub page: WasmModule,
    /// The same module built to make a countdown tick too (its `countdown`
    /// feature, 10 KB brotli more), for the pages that show one
    /// ([`solidarity_render::home::shows_countdown`]).
    #[serde(skip_serializing)]
    pub page_with_countdown: WasmModule,
    /// The visitors' build of the app.
    pub app: WasmModule,
    /// What works the "Take part" page's report form on a complete page,
    /// without the app (`solidarity_report`).
    pub report: WasmModule,
    /// The SHA-256 (lowercase hex) of the bundle file the pages are
    /// written from: the page's wasm compares the live one's with it.
    pub bundle_sha256: String,
}

/// A wasm-bindgen module: its script and its wasm, as site paths.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct WasmModule {
    pub glue: String,
    pub wasm: String,
}

/// The `#build` block of a page: what its loader and its wasm read. The
/// campaign is the bundle file's own (`campaign`), so that a current page
/// parses nothing.
#[derive(Serialize)]
struct Build<'a> {
    #[serde(flatten)]
    loading: &'a Loading,
    /// The page's module: [`Loading::page`] or, on a page with a
    /// countdown, [`Loading::page_with_countdown`]. (None in `shell.html`,
    /// where the app is the page, and reads the campaign from the live
    /// bundle.)
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<&'a WasmModule>,
    bundle_url: &'static str,
    /// Where the loader remembers a language chosen before any wasm runs.
    lang_key: &'static str,
    /// What the app sends a report form it has put in the page, which the
    /// loader listens for.
    report_form_shown: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    campaign: Option<&'a serde_json::Value>,
}

/// One page to write: its address and its whole document.
pub struct Page {
    pub path: String,
    pub html: String,
}

impl Page {
    /// Where the page is also written without its language, if it is an
    /// English page (`/en/manifesto` → `/manifesto`, `/en` → `/`): an
    /// address without a language is answered in English where the server
    /// cannot do better, and its `language` script ([`Loading::language`])
    /// takes the visitor to their own language before the page paints.
    pub fn language_less_path(&self) -> Option<String> {
        let english = solidarity_core::route::lang_of_path(&self.path) == Some(Lang::En);
        english
            .then(|| solidarity_core::route::language_less(&self.path))
            .flatten()
    }
}

/// The addresses written at build time: [`Route::prerendered`] in each
/// language, every page of every list included ([`Route::hrefs`]).
pub fn addresses(site: &Site) -> Vec<String> {
    let routes = Route::prerendered(site);
    Lang::ALL
        .into_iter()
        .flat_map(|lang| routes.iter().flat_map(move |route| route.hrefs(lang, site)))
        .collect()
}

impl<'a> Build<'a> {
    fn new(
        loading: &'a Loading,
        page: Option<&'a WasmModule>,
        campaign: Option<&'a serde_json::Value>,
    ) -> Build<'a> {
        Build {
            loading,
            page,
            bundle_url: solidarity_browser::BUNDLE_URL,
            lang_key: solidarity_browser::storage::LANG_KEY,
            report_form_shown: solidarity_browser::report_form::SHOWN_EVENT,
            campaign,
        }
    }
}

/// Renders every address of [`addresses`] into `template`, from `site`
/// (read from `bundle_text`) at `now`, each page loading `loading`.
pub fn pages(
    template: &str,
    site: &Arc<Site>,
    bundle_text: &str,
    now: i64,
    loading: &Loading,
) -> Result<Vec<Page>, String> {
    let bundle: serde_json::Value =
        serde_json::from_str(bundle_text).map_err(|e| format!("the bundle: {e}"))?;
    let template = Template::parse(template, loading, &bundle["campaign"])?;
    Ok(addresses(site)
        .into_iter()
        .map(|path| {
            let html = template.render(&path, site, now);
            Page { path, html }
        })
        .collect())
}

/// The tools' page, and the start-up scripts moved out of it into files of
/// their own.
pub struct ToolsPage {
    pub html: String,
    /// Scripts of its own: (file name, code).
    pub scripts: Vec<(String, String)>,
}

/// The page of the tools (`/{lang}/preview`, `/{lang}/embed`,
/// [`Route::TOOLS`]), Trunk's `index.html` as it is, with the app and its
/// tools: its inline start-up script moved to a file named by its content
/// (the Content-Security-Policy allows no inline script, and no hash that
/// changes with every build), and the bundle's fetch started by the page
/// itself, in parallel with the app's wasm rather than after it; the
/// `#build` block names what the app uses of the build (the helper thread
/// that keeps the bundle it validated, as the shell's does). (A release
/// build only: the dev server's page keeps Trunk's script, and is served
/// without the policy.) Written from such a page, it is that page.
pub fn tools_page(index: &str, loading: &Loading) -> Result<ToolsPage, String> {
    const INLINE: &str = "<script type=\"module\">";
    let mut html = String::with_capacity(index.len());
    let mut scripts = Vec::new();
    let mut rest = index;
    while let Some(at) = rest.find(INLINE) {
        let body_at = at + INLINE.len();
        let end = body_at
            + rest[body_at..]
                .find("</script>")
                .ok_or("index.html has an unclosed <script>")?;
        let (name, tag) = boot_script(rest[body_at..end].trim());
        html.push_str(&rest[..at]);
        html.push_str(&tag);
        scripts.push(name);
        rest = &rest[end + "</script>".len()..];
    }
    html.push_str(rest);
    // (A data block, `type="application/json"`, is no code: the policy
    // leaves it alone.)
    let inline = html.split("<script").skip(1).any(|tag| {
        let attributes = tag.split('>').next().unwrap_or_default();
        !attributes.contains("src=") && !attributes.contains("type=\"application/json\"")
    });
    if inline {
        return Err("index.html has an inline script the policy would block".into());
    }
    // Were the tools' stylesheet renamed, the visitors' pages, written
    // without it by its name ([`TOOLS_STYLESHEET`]), would load it again.
    if !html.contains(TOOLS_STYLESHEET) {
        return Err("index.html loads no /tools-….css (style/tools.css), which the visitors' pages are written without".into());
    }
    // The tools' app reads only its helper thread's script there.
    let block = build_block(&serde_json::json!({ "check": &loading.check }))?;
    for tag in [bundle_preload(), block] {
        if !html.contains(&tag) {
            let end = html.find("</head>").ok_or("index.html has no </head>")?;
            html.insert_str(end, &format!("{tag}\n  "));
        }
    }
    Ok(ToolsPage { html, scripts })
}

/// The page for every address that was not prerendered (`shell.html`):
/// Trunk's page with the visitors' build of the app (`app`) instead of
/// Trunk's, which has the tools ([`tools_page`]); its wasm, its script
/// and the bundle fetched from the start, in parallel. The loader of every
/// prerendered page (`crates/page/js/start.js`) loads the app there at once,
/// and works the report form the app puts in the page, as on those pages.
pub fn shell(index: &str, loading: &Loading) -> Result<String, String> {
    let app = &loading.app;
    let head_end = index.find("</head>").ok_or("index.html has no </head>")?;
    let head = without_loaders(&index[..head_end]);
    let attribute = |path: &str| html_escape::encode_double_quoted_attribute(path).into_owned();
    // What the loader reads: the app's files, where it remembers a
    // language chosen, the report form's module.
    let block = build_block(&Build::new(loading, None, None))?;
    Ok(format!(
        "{head}\n    <link rel=\"modulepreload\" href=\"{}\" crossorigin=\"anonymous\" />\n    \
         <link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\" />\n    \
         {}\n    {block}\n    <script type=\"module\" src=\"{}\"></script>\n  {}",
        attribute(&app.glue),
        attribute(&app.wasm),
        bundle_preload(),
        attribute(&loading.script),
        &index[head_end..]
    ))
}

/// The `#build` block: what a page's code reads of the build, as JSON. A
/// script's data block ends at the first `</script`: no `<` in it
/// (`JSON.parse` reads `\u003c` back as `<`).
fn build_block(build: &impl Serialize) -> Result<String, String> {
    let json = serde_json::to_string(build)
        .map_err(|e| e.to_string())?
        .replace('<', "\\u003c");
    Ok(format!(
        "<script type=\"application/json\" id=\"{}\">{json}</script>",
        solidarity_browser::BUILD_BLOCK_ID
    ))
}

/// `code` as a module script file named by its content: (its file's name
/// and code, the tag that loads it).
fn boot_script(code: &str) -> ((String, String), String) {
    let code = format!("{code}\n");
    let mut hash = solidarity_publish::Fnv::new();
    hash.write(code.as_bytes());
    let name = format!("boot-{:016x}.js", hash.finish());
    let tag = format!("<script type=\"module\" src=\"/{name}\"></script>");
    ((name, code), tag)
}

/// The bundle's fetch, started by a page before its app asks for it.
fn bundle_preload() -> String {
    format!(
        "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin />",
        solidarity_browser::BUNDLE_URL
    )
}

/// Trunk's `index.html`, ready to take a page.
struct Template {
    /// Up to and including `<body>` (without a `<title>` or `lang`: each
    /// page adds its own), in two: before and after the place of the
    /// language script, whose element says what the page is ([`language_script`]).
    head: [String; 2],
    /// The language script's address ([`Loading::language`]).
    language: String,
    /// What follows the page's content, its loader included: for a page
    /// without a countdown, then for one with it (their `#build` blocks
    /// name the page's module built without it, or with it).
    tails: [String; 2],
}

impl Template {
    fn parse(
        index: &str,
        loading: &Loading,
        campaign: &serde_json::Value,
    ) -> Result<Template, String> {
        let without_title = cut_between(index, "<title>", "</title>")
            .ok_or("index.html has no <title> to replace")?;
        // Prerendered pages read without JavaScript: no apology for it.
        let without_noscript =
            cut_between(&without_title, "<noscript>", "</noscript>").unwrap_or(without_title);
        let html = without_noscript.replacen("<html lang=\"en\">", "<html>", 1);
        let body_at = html.find("<body>").ok_or("index.html has no <body>")? + "<body>".len();
        let (head, tail) = html.split_at(body_at);
        let end = tail.rfind("</body>").ok_or("index.html has no </body>")?;
        let with = |page| -> Result<String, String> {
            Ok(format!(
                "{}{}\n    \
                 <script type=\"module\" src=\"{}\" fetchpriority=\"low\"></script>\n  {}",
                &tail[..end],
                build_block(&Build::new(loading, Some(page), Some(campaign)))?,
                html_escape::encode_double_quoted_attribute(&loading.script),
                &tail[end..],
            ))
        };
        Ok(Template {
            head: split_for_language_script(&without_loaders(head))?,
            language: loading.language.clone(),
            tails: [with(&loading.page)?, with(&loading.page_with_countdown)?],
        })
    }

    /// The page at `path`, as [`solidarity_render::page::built`] writes it
    /// at the build's moment `now`, in the frame, with its head.
    fn render(&self, path: &str, site: &Site, now: i64) -> String {
        let address = Address::of(path, "");
        let lang = address.lang().unwrap_or_default();
        let counts_down =
            matches!(address, Address::Page { route, .. } if home::shows_countdown(route));
        // A list's own address (its first page) is the one earlier links
        // asked its other pages of, by a query (`/en/posts?page=2`).
        let list = match address {
            Address::Page {
                lang,
                route,
                requested: None,
            } if route.is_list() => Some(route.hrefs(lang, site).collect::<Vec<_>>()),
            _ => None,
        };
        let page = match address {
            Address::Page {
                lang,
                route,
                requested,
            } => page::built(site, lang, route, requested, now),
            Address::Unknown(_) | Address::NoLanguage => None,
        }
        // Only the visitors' pages are written ([`addresses`]).
        .unwrap_or_else(|| page::not_found(lang.ui().not_found_body, lang));
        let [before, after] = &self.head;
        let head = format!(
            "{before}{}{after}",
            language_script(&self.language, list.as_deref())
        )
        .replacen("<html>", &format!("<html lang=\"{}\">", lang.tag()), 1)
        .replacen(
            "</head>",
            &format!(
                "<title>{}</title>{}</head>",
                html_escape::encode_text(&page.title(lang)),
                page::head_elements(&page.head).into_string()
            ),
            1,
        );
        let body = solidarity_render::frame::page(lang, path, "", Markup::default(), page.main);
        // The address the page was written for: a host that answers
        // other addresses with this file (an SPA rule) must not make it
        // pass for their page (crates/page/js/start.js compares).
        format!(
            "{head}\n    <div id=\"{PRERENDERED_ID}\" class=\"app\" data-path=\"{}\">{}</div>{}",
            html_escape::encode_double_quoted_attribute(path),
            body.into_string(),
            self.tails[usize::from(counts_down)]
        )
    }
}

/// The start of the tag by which Trunk's page (`index.html`) loads the
/// tools' stylesheet, `style/tools.css` (Trunk names the file after it):
/// the visitors' pages, which have no tools, are without it.
const TOOLS_STYLESHEET: &str = "<link rel=\"stylesheet\" href=\"/tools-";

/// The head of Trunk's page without what loads the app before the first
/// paint (its preloads, its start-up script), without the tools'
/// stylesheet ([`TOOLS_STYLESHEET`]) and without comments (written for the
/// shell's readers): a prerendered page loads nothing but its stylesheet
/// before it paints, and its own loader after.
fn without_loaders(head: &str) -> String {
    let mut kept = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(at) = rest.find('<') {
        kept.push_str(&rest[..at]);
        rest = &rest[at..];
        let skip = if rest.starts_with("<!--") {
            rest.find("-->").map(|end| end + "-->".len())
        } else if rest.starts_with("<script") {
            rest.find("</script>").map(|end| end + "</script>".len())
        } else if rest.starts_with("<link rel=\"preload\"")
            || rest.starts_with("<link rel=\"modulepreload\"")
            || rest.starts_with(TOOLS_STYLESHEET)
        {
            rest.find('>').map(|end| end + 1)
        } else {
            None
        };
        match skip {
            Some(len) => rest = &rest[len..],
            None => {
                kept.push('<');
                rest = &rest[1..];
            }
        }
    }
    kept.push_str(rest);
    // The lines the removed tags stood on.
    let lines: Vec<&str> = kept.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.join("\n")
}

/// `head` cut where the language script goes ([`language_script`]): before
/// its stylesheet.
fn split_for_language_script(head: &str) -> Result<[String; 2], String> {
    const STYLESHEET: &str = "<link rel=\"stylesheet\"";
    let at = head
        .find(STYLESHEET)
        .ok_or("index.html has no stylesheet to put the language script before")?;
    Ok([head[..at].to_string(), head[at..].to_string()])
}

/// The script (at `src`, [`Loading::language`]) that, before the page
/// paints, gives an address without a language the visitor's, and takes an
/// earlier link's page of a list (`/en/posts?page=2`) to the file written
/// for it: a classic script the parser waits for, before the stylesheet, so
/// that a page that replaces this one does so before anything is drawn,
/// without waiting for the stylesheet. What it needs to know is the Rust's,
/// written on its element: the storage key, the languages, the default; on
/// a list's first page, the addresses of the list's pages in order
/// (`list`, [`Route::hrefs`]) and the query parameter earlier links named
/// one by ([`paging::PAGE_PARAM`]).
fn language_script(src: &str, list: Option<&[String]>) -> String {
    let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    let list = list
        .map(|hrefs| {
            format!(
                " data-page-param=\"{}\" data-pages=\"{}\"",
                paging::PAGE_PARAM,
                html_escape::encode_double_quoted_attribute(&hrefs.join(" "))
            )
        })
        .unwrap_or_default();
    format!(
        "<script src=\"{}\" data-key=\"{}\" data-langs=\"{}\" data-fallback=\"{}\"{list}></script>\n    ",
        html_escape::encode_double_quoted_attribute(src),
        solidarity_browser::storage::LANG_KEY,
        langs.join(" "),
        Lang::default().tag(),
    )
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

    /// Trunk's page, as it writes it: a title, the stylesheets (the site's,
    /// the tools'), the app's preloads and start-up script, comments, an
    /// apology for the lack of JavaScript.
    const INDEX: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n    <title>Old</title>\n    <!-- The bundle's fetch starts early. -->\n    <link rel=\"preload\" href=\"/data/bundle.json\" as=\"fetch\" crossorigin />\n    <link rel=\"stylesheet\" href=\"/main-0123456789abcdef.css\"/>\n    <link rel=\"stylesheet\" href=\"/tools-0123456789abcdef.css\" integrity=\"sha384-x\"/>\n<script type=\"module\" src=\"/boot-0123456789abcdef.js\"></script>\n  <link rel=\"modulepreload\" href=\"/app.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"/app_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>\n<body>\n    <noscript>\n<p>needs JS</p>\n    </noscript>\n</body>\n</html>\n";

    const BUNDLE: &str = "public/data/bundle.json";

    fn default_site() -> Arc<Site> {
        let text = std::fs::read_to_string(BUNDLE).unwrap();
        Arc::new(Site::from_json(&text).unwrap())
    }

    fn loading() -> Loading {
        let module = |name: &str| WasmModule {
            glue: format!("/{name}-0123456789abcdef.js"),
            wasm: format!("/{name}-0123456789abcdef_bg.wasm"),
        };
        Loading {
            language: "/language-0123456789abcdef.js".into(),
            script: "/start-0123456789abcdef.js".into(),
            check: "/check-0123456789abcdef.js".into(),
            page: module("page"),
            page_with_countdown: module("page-with-countdown"),
            app: module("visitor"),
            report: module("report"),
            bundle_sha256: "ab".repeat(32),
        }
    }

    fn default_pages() -> Vec<Page> {
        let text = std::fs::read_to_string(BUNDLE).unwrap();
        pages(INDEX, &default_site(), &text, 1_790_000_000, &loading()).unwrap()
    }

    /// The `#build` block of a page, as its loader reads it.
    fn build_block(html: &str) -> serde_json::Value {
        let open = "<script type=\"application/json\" id=\"build\">";
        let start = html.find(open).expect("a #build block") + open.len();
        let end = start + html[start..].find("</script>").unwrap();
        serde_json::from_str(&html[start..end]).unwrap()
    }

    #[test]
    fn every_page_of_every_list_is_written_and_says_which_it_is() {
        let text = std::fs::read_to_string(BUNDLE).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let posts = value["posts"].as_array_mut().unwrap();
        let model = posts[0].clone();
        for i in 0..35 {
            let mut post = model.clone();
            post["slug"] = format!("more-{i}").into();
            post["tags"] = serde_json::json!(["solidarity-day"]);
            posts.push(post);
        }
        let text = value.to_string();
        let site = Arc::new(Site::from_json(&text).unwrap());
        let paths = addresses(&site);
        // 45 posts: three pages of news, and as many of the topic all of
        // them are about; not one more.
        assert_eq!(site.posts_tagged("solidarity-day").len(), 45);
        for lang in ["be", "ru", "en"] {
            for list in ["posts", "tags/solidarity-day"] {
                for n in 2..=3 {
                    assert!(
                        paths.contains(&format!("/{lang}/{list}/page/{n}")),
                        "/{lang}/{list}/page/{n}"
                    );
                }
                assert!(!paths.contains(&format!("/{lang}/{list}/page/4")));
                assert!(
                    !paths.contains(&format!("/{lang}/{list}/page/1")),
                    "page 1 is the list's own address"
                );
            }
        }
        let written = pages(INDEX, &site, &text, 1_790_000_000, &loading()).unwrap();
        let second = written
            .iter()
            .find(|p| p.path == "/en/posts/page/2")
            .unwrap();
        assert!(
            second.html.contains("<title>News · Page 2 of 3 — "),
            "a title of its own"
        );
        assert!(
            second.html.contains("<link rel=\"canonical\" href=\"http")
                && second.html.contains("/en/posts/page/2\">")
        );
        assert_eq!(second.html.matches("class=\"post-card\"").count(), 20);
        for link in [
            "href=\"/en/posts\" rel=\"prev\"",
            "href=\"/en/posts/page/3\" rel=\"next\"",
        ] {
            assert!(second.html.contains(link), "{link}");
        }
    }

    /// Every English page is also written without its language; no other
    /// page is, so no address is written twice.
    #[test]
    fn every_english_page_is_also_the_page_without_a_language() {
        let pages = default_pages();
        let language_less: Vec<String> =
            pages.iter().filter_map(Page::language_less_path).collect();
        let english = pages.iter().filter(|p| p.path.starts_with("/en")).count();
        assert_eq!(language_less.len(), english);
        for (path, expected) in [
            ("/en", "/"),
            ("/en/manifesto", "/manifesto"),
            ("/en/posts", "/posts"),
        ] {
            let page = pages.iter().find(|p| p.path == path).unwrap();
            assert_eq!(page.language_less_path().as_deref(), Some(expected));
        }
        let page = pages.iter().find(|p| p.path == "/be/manifesto").unwrap();
        assert_eq!(page.language_less_path(), None);
        for path in &language_less {
            assert_eq!(solidarity_core::route::lang_of_path(path), None, "{path}");
            assert!(
                !pages.iter().any(|p| &p.path == path),
                "{path} written twice"
            );
        }
    }

    #[test]
    fn every_language_gets_every_kind_of_page() {
        let site = default_site();
        let paths = addresses(&site);
        // Home, manifesto, posts, topics, actions, "Take part"; each post and topic.
        let per_lang = 6 + site.bundle.posts.len() + site.bundle.tags.len();
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
        for page in default_pages() {
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
        let pages = default_pages();
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
        let naughty = solidarity_render::hostile::naughty_strings();
        let bundle =
            solidarity_render::hostile::hostile_bundle(default_site().bundle.clone(), &naughty);
        let site = Arc::new(Site::draft(bundle));
        let campaign = serde_json::json!({});
        let template = Template::parse(INDEX, &loading(), &campaign).unwrap();
        for (i, s) in naughty.iter().enumerate() {
            let html = template.render(&format!("/en/posts/post-{i}"), &site, 0);
            let where_ = format!("post {i}: {s:?}");
            // The language script, the #build block and the loader, nothing else.
            assert_eq!(html.matches("<script").count(), 3, "{where_}");
            assert_eq!(html.matches("<title>").count(), 1, "{where_}");
            assert_eq!(html.matches("</title>").count(), 1, "{where_}");
            assert_eq!(html.matches("<h1").count(), 1, "{where_}");
            if s.contains('<') {
                assert!(!html.contains(s.as_str()), "unescaped: {where_}");
            }
        }
    }

    #[test]
    fn the_pages_with_an_app_fetch_the_bundle_from_the_start_once() {
        let preload =
            "<link rel=\"preload\" href=\"/data/bundle.json\" as=\"fetch\" crossorigin />";
        let plain = INDEX.replace(preload, "");
        let once = super::tools_page(&plain, &loading()).unwrap().html;
        assert_eq!(once.matches(preload).count(), 1);
        assert!(once.find(preload) < once.find("</head>"));
        assert_eq!(
            super::tools_page(&once, &loading()).unwrap().html,
            once,
            "run twice, written once"
        );
        assert!(super::tools_page("<html><body>", &loading()).is_err());
        for template in [INDEX, plain.as_str()] {
            let shell = super::shell(template, &loading()).unwrap();
            assert_eq!(shell.matches(preload).count(), 1);
            assert!(shell.find(preload) < shell.find("</head>"));
            // Where its loader remembers a language chosen with the switcher.
            assert_eq!(build_block(&shell)["lang_key"], "solidarity-day:lang");
            // What the app sends the report form it shows, for the loader.
            assert_eq!(
                build_block(&shell)["report_form_shown"],
                "report-form-shown"
            );
        }
    }

    /// Trunk writes its start-up script inline; the policy allows none.
    #[test]
    fn the_tools_pages_inline_script_becomes_a_file_named_by_its_content() {
        let trunk = "<html><head><link rel=\"stylesheet\" href=\"/a.css\"/>\n<link rel=\"stylesheet\" href=\"/tools-1.css\"/>\n<script type=\"module\">\nimport init from '/app-1.js';\ninit('/app-1_bg.wasm');\n</script>\n</head><body></body></html>";
        let page = super::tools_page(trunk, &loading()).unwrap();
        let [(name, code)] = page.scripts.as_slice() else {
            panic!("one script: {:?}", page.scripts);
        };
        assert_eq!(
            code,
            "import init from '/app-1.js';\ninit('/app-1_bg.wasm');\n"
        );
        assert!(name.starts_with("boot-") && name.len() == "boot-".len() + 16 + ".js".len());
        assert!(page.html.contains(&format!(
            "<script type=\"module\" src=\"/{name}\"></script>"
        )));
        assert!(!page.html.contains("init("));
        // Another app, another name; the same code, the same name.
        let other = super::tools_page(&trunk.replace("app-1", "app-2"), &loading()).unwrap();
        assert_ne!(other.scripts[0].0, *name);
        assert_eq!(
            super::tools_page(trunk, &loading()).unwrap().scripts[0].0,
            *name
        );
        // A script the policy would block, and that this cannot move, is refused.
        assert!(super::tools_page(
            "<html><head><script>alert(1)</script></head><body></body></html>",
            &loading()
        )
        .is_err());
    }

    /// Addresses that were not prerendered get the visitors' build: none of
    /// Trunk's files (the app with the tools), whether the shell is written
    /// from Trunk's page or from the tools' page written from it.
    #[test]
    fn the_shell_loads_the_visitors_build_never_the_tools() {
        let loading = loading();
        let app = &loading.app;
        // The tools' own stylesheet stays on their page, and only there; a
        // Trunk page that names it otherwise is refused.
        let tools = super::tools_page(INDEX, &loading).unwrap().html;
        assert!(tools.contains("/tools-0123456789abcdef.css"), "{tools}");
        let renamed = INDEX.replace("/tools-", "/editors-");
        assert!(super::tools_page(&renamed, &loading).is_err());
        for template in [
            INDEX.to_string(),
            super::tools_page(INDEX, &loading).unwrap().html,
        ] {
            let html = &super::shell(&template, &loading).unwrap();
            for file in [app.glue.as_str(), app.wasm.as_str()] {
                assert!(html.contains(file), "{file} in {html}");
            }
            // The loader of the prerendered pages, which loads the app.
            let loader = "<script type=\"module\" src=\"/start-0123456789abcdef.js\"></script>";
            assert!(html.contains(loader), "{html}");
            let block = build_block(html);
            assert_eq!(block["app"]["glue"], "/visitor-0123456789abcdef.js");
            assert_eq!(block["app"]["wasm"], "/visitor-0123456789abcdef_bg.wasm");
            for gone in [
                "/app.js",
                "/app_bg.wasm",
                "/boot-0123456789abcdef.js",
                "/tools-0123456789abcdef.css",
                "<!--",
            ] {
                assert!(!html.contains(gone), "{gone} in {html}");
            }
            assert!(html.contains("/main-0123456789abcdef.css"));
            // Its loader, and the block naming what it and the app load.
            assert_eq!(html.matches("<script").count(), 2, "{html}");
            assert_eq!(
                build_block(html)["report"]["glue"],
                "/report-0123456789abcdef.js"
            );
            assert!(
                html.contains("<noscript>"),
                "the app's apology stays: {html}"
            );
        }
    }

    #[test]
    fn a_template_without_a_title_or_body_is_refused() {
        let campaign = serde_json::json!({});
        let loading = loading();
        let parse = |index| Template::parse(index, &loading, &campaign);
        assert!(parse("<html><body></body></html>").is_err());
        assert!(parse("<html><title>x</title></html>").is_err());
        assert!(parse("<html><title>x</title><body>").is_err());
    }

    /// A page paints before any script: the template's preloads and the
    /// app's start-up script are gone, and the page's own loader is last.
    #[test]
    fn a_page_loads_nothing_before_it_paints_and_its_loader_after() {
        for page in default_pages() {
            let html = &page.html;
            let head = &html[..html.find("</head>").unwrap()];
            for gone in ["preload", "<!--", "/app", "/boot-", "/tools-"] {
                assert!(!head.contains(gone), "{}: {gone} in <head>", page.path);
            }
            // Data for search engines, and the language of an address
            // without one, first, before the stylesheet: no other code.
            // (A list's first page says more on it: the next test.)
            let language = "<script src=\"/language-0123456789abcdef.js\" data-key=\"solidarity-day:lang\" data-langs=\"be ru en\" data-fallback=\"en\"";
            assert_eq!(head.matches(language).count(), 1, "{}", page.path);
            assert!(head.find(language) < head.find("rel=\"stylesheet\""));
            for script in head.split("<script").skip(1) {
                assert!(
                    script.starts_with(" type=\"application/ld+json\">")
                        || language
                            .strip_prefix("<script")
                            .is_some_and(|attributes| script.starts_with(attributes)),
                    "{}: a script in <head>",
                    page.path
                );
            }
            assert!(head.contains("/main-0123456789abcdef.css"), "{}", page.path);
            let loader = "<script type=\"module\" src=\"/start-0123456789abcdef.js\" fetchpriority=\"low\"></script>";
            let body_end = html.rfind("</body>").unwrap();
            assert!(
                html[..body_end].trim_end().ends_with(loader),
                "{}",
                page.path
            );
        }
    }

    /// A list's first page (the news, each topic), the address earlier
    /// links asked its other pages of by a query (`?page=2`), names on its
    /// language script, which takes such a link to the page's own file
    /// before it paints, every page of the list in order; no other page does.
    #[test]
    fn a_lists_first_page_names_its_pages_for_earlier_links() {
        let site = default_site();
        let mut lists = 0;
        for page in default_pages() {
            let head = &page.html[..page.html.find("</head>").unwrap()];
            let script = head
                .split("<script src=\"/language-")
                .nth(1)
                .map(|rest| &rest[..rest.find('>').unwrap()])
                .unwrap();
            let named = |attribute: &str| {
                script
                    .split(&format!(" {attribute}=\""))
                    .nth(1)
                    .map(|rest| rest[..rest.find('"').unwrap()].to_string())
            };
            match page::Address::of(&page.path, "") {
                page::Address::Page {
                    lang,
                    route,
                    requested: None,
                } if route.is_list() => {
                    lists += 1;
                    let hrefs: Vec<String> = route.hrefs(lang, &site).collect();
                    assert_eq!(named("data-pages"), Some(hrefs.join(" ")), "{}", page.path);
                    assert_eq!(hrefs[0], page.path);
                    assert_eq!(
                        named("data-page-param").as_deref(),
                        Some(paging::PAGE_PARAM)
                    );
                }
                _ => {
                    assert_eq!(named("data-pages"), None, "{}", page.path);
                    assert_eq!(named("data-page-param"), None, "{}", page.path);
                }
            }
        }
        // The news and each topic, in three languages.
        assert_eq!(lists, 3 * (1 + site.bundle.tags.len()));
    }

    /// The block carries what the loader and the page's wasm read: the
    /// files (the page's module with the countdown's ticking on the pages
    /// with a countdown only, the home pages), the bundle's address and
    /// fingerprint, and the bundle file's own campaign.
    #[test]
    fn each_page_names_what_it_loads_and_the_campaign() {
        let text = std::fs::read_to_string(BUNDLE).unwrap();
        let bundle: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut ticking = Vec::new();
        for page in default_pages() {
            let block = build_block(&page.html);
            assert_eq!(block["script"], "/start-0123456789abcdef.js");
            if block["page"]["glue"] == "/page-with-countdown-0123456789abcdef.js" {
                ticking.push(page.path.clone());
            } else {
                assert_eq!(block["page"]["glue"], "/page-0123456789abcdef.js");
            }
            assert!(block.get("page_with_countdown").is_none());
            assert_eq!(block["app"]["wasm"], "/visitor-0123456789abcdef_bg.wasm");
            assert_eq!(block["bundle_sha256"], "ab".repeat(32));
            assert_eq!(block["bundle_url"], "/data/bundle.json");
            assert_eq!(block["lang_key"], "solidarity-day:lang");
            assert_eq!(block["campaign"], bundle["campaign"], "{}", page.path);
        }
        assert_eq!(ticking, ["/be", "/ru", "/en"]);
    }

    /// Whatever an editor writes in the campaign (every naughty string, and
    /// what would end a script element) arrives in the block as written and
    /// cannot end it early.
    #[test]
    fn every_campaign_text_reaches_the_block_as_written() {
        let text = std::fs::read_to_string("../shared/testdata/naughty-strings/blns.json")
            .expect("the naughty strings, from ../shared/testdata");
        let mut texts: Vec<String> = serde_json::from_str(&text).unwrap();
        texts.extend(
            [
                "</script><script>alert(1)</script>",
                "<!--",
                "</SCRIPT",
                "\u{2028}\u{2029}",
                "$'$`$&$$",
            ]
            .map(String::from),
        );
        let campaign = serde_json::json!({ "title": texts, "honoree": texts.join("") });
        let template = Template::parse(INDEX, &loading(), &campaign).unwrap();
        let html = template.render("/en/manifesto", &default_site(), 0);
        assert_eq!(build_block(&html)["campaign"], campaign);
        assert_eq!(html.matches("</script>").count(), 3);
    }
}
