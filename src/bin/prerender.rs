//! `prerender DIST --loading JSON [--cache DIR] [BUNDLE]`: writes every page of the site
//! into DIST as `DIST/{address}/index.html`, rendered by the app's
//! components from the bundle (default: `DIST/data/bundle.json`), with
//! `DIST/index.html` (Trunk's output) as the template and loading what JSON
//! names ([`solidarity_day::prerender::Loading`]). That template becomes
//! `DIST/shell.html`, the page for every other address; `DIST/index.html`
//! becomes the English home page, for `/`. Beside the pages, what
//! [`solidarity_publish::files`] makes of the same bundle: the sitemap,
//! robots.txt, the feeds and the calendar files; and every page's share
//! image, drawn only if the cache DIR (default: the repository's
//! `target/share-images`) does
//! not have it yet. Run by
//! `scripts/post-build.mjs` for release builds.

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
    let text = read(bundle)?;
    // The same checks as the live site: a bundle it would refuse is not built in.
    let site = Site::from_json(&text).map_err(|invalid| {
        let problems: Vec<String> = invalid.problems.iter().map(ToString::to_string).collect();
        format!(
            "{} is not a valid bundle:\n{}",
            bundle.display(),
            problems.join("\n")
        )
    })?;
    let index = dist.join("index.html");
    let shell = dist.join("shell.html");
    // Run twice on the same dist/, the template is the shell kept the first time.
    let template = if shell.exists() {
        read(&shell)?
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
    let finished = solidarity_day::prerender::shell(&template)?;
    for (name, code) in &finished.scripts {
        write(&dist.join(name), code)?;
    }
    write(&shell, &finished.html)?;
    for page in &pages {
        write(
            &dist
                .join(page.path.trim_start_matches('/'))
                .join("index.html"),
            &page.html,
        )?;
        if page.path == "/en" {
            write(&index, &page.html)?;
        }
    }
    for file in solidarity_publish::files(&site) {
        write(&dist.join(file.path.trim_start_matches('/')), &file.content)?;
    }
    let images = solidarity_publish::write_share_images(&site, now, dist, cache)?;
    Ok((pages.len(), images))
}
