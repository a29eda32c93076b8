//! Which share image each page gets, and drawing them all with a cache.

use crate::share_image::Card;
use solidarity_core::countdown::{anniversary, countdown_at, day_ordinal};
use solidarity_core::head::Head;
use solidarity_core::i18n::{coming_day, day_and_month, long_date, Lang};
use solidarity_core::route::Route;
use solidarity_core::Site;
use std::path::Path;

/// The card of `route` in `lang` at `now`: the title and description its
/// head gives link previews (a post shows its date instead).
pub fn card(route: Route, lang: Lang, site: &Site, now: i64) -> Card {
    let head = Head::of(route, 1, lang, site, now);
    let property = |name: &str| head.property(name).next().unwrap_or_default().to_string();
    let campaign = &site.bundle.campaign;
    let day = day_and_month(lang, campaign.day.day, campaign.day.month);
    let (title, line) = match route {
        Route::Post(slug) => (
            property("og:title"),
            site.post(slug)
                .map(|post| long_date(lang, post.date.0))
                .unwrap_or_default(),
        ),
        // The home page's card is the coming Day's; the band names the
        // campaign.
        Route::Home => match coming(site, lang, now) {
            Some(coming) => coming,
            None => (property("og:title"), property("og:description")),
        },
        _ => (property("og:title"), property("og:description")),
    };
    Card {
        kicker: format!("{} · {day}", campaign.short_title_in(lang).text),
        title,
        line,
        band: campaign.title_in(lang).text.to_string(),
        day,
    }
}

/// Which Day comes next at `now`, and its date: "The 16th International
/// Day of Solidarity…", "4 August 2027".
fn coming(site: &Site, lang: Lang, now: i64) -> Option<(String, String)> {
    let campaign = &site.bundle.campaign;
    let year = countdown_at(now, campaign)?.year();
    let date = campaign.day.in_year(year)?;
    let title = coming_day(
        lang,
        day_ordinal(campaign, year),
        anniversary(campaign, year),
        campaign.honoree_in(lang).text,
    );
    Some((title, long_date(lang, date)))
}

/// What [`write_share_images`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Drawn {
    /// Images written into the site.
    pub images: usize,
    /// Of those, drawn now (the others came from the cache).
    pub drawn: usize,
    /// Bytes written into the site.
    pub bytes: u64,
}

/// Writes every prerendered page's share image into `dist` (at
/// [`Route::share_image`]), drawing only those whose [`Card::key`] is not
/// in `cache` yet: a rebuild redraws what changed. Draws on every core.
pub fn write_share_images(
    site: &Site,
    now: i64,
    dist: &Path,
    cache: &Path,
) -> Result<Drawn, String> {
    std::fs::create_dir_all(cache)
        .map_err(|e| format!("cannot create {}: {e}", cache.display()))?;
    let routes = Route::prerendered(site);
    let jobs: Vec<(String, Card)> = Lang::ALL
        .into_iter()
        .flat_map(|lang| routes.iter().map(move |route| (lang, *route)))
        .map(|(lang, route)| (route.share_image(lang), card(route, lang, site, now)))
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = jobs.len().div_ceil(workers).max(1);
    let results: Vec<Result<Drawn, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| scope.spawn(move || write_part(part, dist, cache)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a drawing thread failed".into()))
            })
            .collect()
    });
    results
        .into_iter()
        .try_fold(Drawn::default(), |total, part| {
            let part = part?;
            Ok(Drawn {
                images: total.images + part.images,
                drawn: total.drawn + part.drawn,
                bytes: total.bytes + part.bytes,
            })
        })
}

/// `cached` at `target`: linked where the file system allows (ten thousand
/// posts make a gigabyte of images, which need not be on the disk twice),
/// else copied. Returns its size.
fn place(cached: &Path, target: &Path) -> std::io::Result<u64> {
    match std::fs::remove_file(target) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    if std::fs::hard_link(cached, target).is_ok() {
        return Ok(std::fs::metadata(target)?.len());
    }
    std::fs::copy(cached, target)
}

fn write_part(jobs: &[(String, Card)], dist: &Path, cache: &Path) -> Result<Drawn, String> {
    let mut done = Drawn::default();
    for (path, card) in jobs {
        let cached = cache.join(format!("{}.png", card.key()));
        if !cached.exists() {
            // Written whole under a temporary name, then renamed: a build
            // stopped halfway leaves no half image in the cache.
            let partial = cached.with_extension("png.part");
            std::fs::write(&partial, card.draw())
                .and_then(|()| std::fs::rename(&partial, &cached))
                .map_err(|e| format!("cannot write {}: {e}", cached.display()))?;
            done.drawn += 1;
        }
        let target = dist.join(path.trim_start_matches('/'));
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        done.bytes += place(&cached, &target).map_err(|e| {
            format!(
                "cannot copy {} to {}: {e}",
                cached.display(),
                target.display()
            )
        })?;
        done.images += 1;
    }
    Ok(done)
}
