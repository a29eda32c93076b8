//! `prerender DIST --loading JSON [--cache DIR] [BUNDLE]`: writes every page of the site
//! into DIST as `DIST/{address}/index.html`, rendered by the app's
//! components from the bundle (default: `DIST/data/bundle.json`), with
//! `DIST/index.html` (Trunk's output) as the template and loading what JSON
//! names ([`solidarity_day::prerender::Loading`]). Every English page is
//! also written without its language (`DIST/manifesto/index.html`;
//! `DIST/index.html` becomes the English home page, for `/`). The template
//! becomes the tools' pages (`DIST/{lang}/preview/index.html`…, and
//! `DIST/tools.html`, the template of a second run), and with the visitors'
//! build instead of Trunk's, `DIST/shell.html`, the page for every other
//! address. Beside the pages, what
//! [`solidarity_publish::files`] makes of the same bundle: the sitemap,
//! robots.txt, the feeds and the calendar files; and every page's share
//! image, drawn only if the cache DIR (default: the repository's
//! `target/share-images`) does
//! not have it yet. Run by
//! `scripts/post-build.mjs` for release builds.

use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::validate::{text_of, Problem};
use solidarity_core::Site;
use solidarity_day::prerender::Loading;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || {
        eprintln!("usage: prerender DIST --loading JSON [--cache DIR] [BUNDLE]");
        ExitCode::from(2)
    };
    let [dist, flag, loading, rest @ ..] = args.as_slice() else {
        return usage();
    };
    let (cache, rest) = match rest {
        [flag, dir, rest @ ..] if flag == "--cache" => (PathBuf::from(dir), rest),
        // Beside Cargo's own build cache, wherever the build is run from.
        rest => (
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target/share-images")),
            rest,
        ),
    };
    if flag != "--loading" || rest.len() > 1 {
        return usage();
    }
    let loading: Loading = match serde_json::from_str(loading) {
        Ok(loading) => loading,
        Err(e) => {
            eprintln!("prerender: --loading: {e}");
            return usage();
        }
    };
    let dist = PathBuf::from(dist);
    let bundle = rest
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| dist.join("data/bundle.json"));
    match run(&dist, &bundle, &loading, &cache) {
        Ok((count, images)) => {
            eprintln!(
                "prerender: {count} pages written into {}; {} share images ({} drawn, {} from {}), {} KB",
                dist.display(),
                images.images,
                images.drawn,
                images.images - images.drawn,
                cache.display(),
                images.bytes / 1000
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(
    dist: &Path,
    bundle: &Path,
    loading: &Loading,
    cache: &Path,
) -> Result<(usize, solidarity_publish::Drawn), String> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    // The same checks as the live site: a bundle it would refuse (one that
    // is not even UTF-8 included) is not built in.
    let refused = |problems: &[Problem]| {
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        format!(
            "{} is not a valid bundle:\n{}",
            bundle.display(),
            problems.join("\n")
        )
    };
    let bytes =
        std::fs::read(bundle).map_err(|e| format!("cannot read {}: {e}", bundle.display()))?;
    let text = text_of(bytes).map_err(|problem| refused(&[problem]))?;
    let site = Site::from_json(&text).map_err(|invalid| refused(&invalid.problems))?;
    let index = dist.join("index.html");
    let tools = dist.join("tools.html");
    // Run twice on the same dist/, the template is Trunk's page, kept the
    // first time as the tools' page.
    let template = if tools.exists() {
        read(&tools)?
    } else {
        read(&index)?
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs() as i64;
    let site = Arc::new(site);
    let pages = solidarity_day::prerender::pages(&template, &site, &text, now, loading)?;
    let write = |path: &Path, html: &str| {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let page_file = |path: &str| dist.join(path.trim_start_matches('/')).join("index.html");
    // The tools' pages: the app with its tools, there only.
    let tools_page = solidarity_day::prerender::tools_page(&template, loading)?;
    let shell_page = solidarity_day::prerender::shell(&template, loading)?;
    for (name, code) in &tools_page.scripts {
        write(&dist.join(name), code)?;
    }
    write(&tools, &tools_page.html)?;
    for lang in Lang::ALL {
        for route in Route::TOOLS {
            write(&page_file(&route.href(lang)), &tools_page.html)?;
        }
    }
    write(&dist.join("shell.html"), &shell_page)?;
    for page in &pages {
        write(&page_file(&page.path), &page.html)?;
        // `/manifesto` beside `/en/manifesto`; `/` is dist/index.html.
        if let Some(path) = page.language_less_path() {
            write(&page_file(&path), &page.html)?;
        }
    }
    for file in solidarity_publish::files(&site) {
        write(&dist.join(file.path.trim_start_matches('/')), &file.content)?;
    }
    let images = solidarity_publish::write_share_images(&site, now, dist, cache)?;
    Ok((pages.len(), images))
}
