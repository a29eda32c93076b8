//! The default bundle shipped with the site holds every part of the seeds.

use solidarity_core::bundle::ActionStatus;
use solidarity_core::countdown::{countdown_at, day_ordinal, Countdown};
use solidarity_core::Site;

const BUNDLE: &str = include_str!("../../../public/data/bundle.json");

fn site() -> Site {
    match Site::from_json(BUNDLE) {
        Ok(site) => site,
        Err(invalid) => panic!("default bundle is invalid: {:#?}", invalid.problems),
    }
}

#[test]
fn the_default_bundle_is_valid_without_warnings() {
    let site = site();
    assert!(site.warnings.is_empty(), "{:#?}", site.warnings);
}

#[test]
fn every_seed_post_is_there_newest_first() {
    let site = site();
    let titles: Vec<&str> = site
        .posts_newest_first()
        .map(|p| p.title.as_str())
        .collect();
    let expected_starts = [
        "Vilnius: banner",
        "Solidarity action with Ales Bialiatski in Bishkek",
        "“Ales Bialiatski’s Case” presented in Moscow",
        "In Belarus, pickets in support of Ales Bialiatski are still banned",
        "4 August 2013: Join",
        "The Czech Republic in Support",
        "The statement by Marek Migalski",
        "Actions of Solidarity with Ales Bialiatski and Belarusian Civil Society Held Worldwide",
        "International day of solidarity with Belarusian political prisoners in New-York",
        "Action of solidarity with Ales Bialiatski and Belarusian civil society in Vilnius and Berlin",
    ];
    assert_eq!(titles.len(), expected_starts.len());
    for (title, start) in titles.iter().zip(expected_starts) {
        assert!(
            title.starts_with(start),
            "{title:?} should start with {start:?}"
        );
    }
}

#[test]
fn every_seed_paragraph_is_in_the_bundle() {
    // Each paragraph of the seeds, once its line breaks, escaped quotes and
    // double spaces are normalised, appears in some text of the bundle.
    let bundle = &site().bundle;
    let mut texts: Vec<&str> = vec![&bundle.manifesto.title, &bundle.manifesto.subtitle];
    texts.extend(bundle.manifesto.body.iter().map(String::as_str));
    for p in &bundle.posts {
        texts.extend([p.title.as_str(), p.excerpt.as_str()]);
        texts.extend(p.body.iter().map(String::as_str));
    }
    let all = texts.join("\n");
    let normalise = |s: &str| -> String {
        let s = s
            .replace("\\\"", "\"")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        s.replace(['“', '”'], "\"").replace("...", "…")
    };
    let haystack = normalise(&all);
    // Page furniture of the original site, not campaign text.
    let furniture = [
        "Read More",
        "Category status:",
        "Recent trends",
        "tagged posts",
        "April 22, 2016 18:15",
        "4th of August The International Day",
    ];
    let mut checked = 0;
    for seed in ["000_208ed422c3238826.txt", "002_311ef4809ac810fc.txt"] {
        let path = format!(
            "{}/../../../shared/seeds/{seed}",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            if furniture.iter().any(|f| para.contains(f))
                || para.split_whitespace().count() <= 3 && para.contains(", 2012")
            {
                continue;
            }
            let para = normalise(para);
            let para = para.trim_end_matches('.').trim_end_matches('…');
            assert!(
                haystack.contains(para),
                "seed paragraph missing from the bundle:\n{para}"
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} paragraphs checked");
}

#[test]
fn actions_count_countries_and_cities_per_year() {
    let site = site();
    let years: Vec<(i32, usize, usize)> = site
        .actions_by_year()
        .iter()
        .map(|y| (y.year, y.countries, y.cities))
        .collect();
    // 2013: Vilnius, Bishkek, Moscow held; the Baranavichy picket was banned.
    // 2012: the 18 countries the 2013 call lists; six cities are named.
    assert_eq!(years, vec![(2013, 3, 3), (2012, 18, 6)]);
    let banned: Vec<_> = site
        .bundle
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Banned)
        .collect();
    assert_eq!(banned.len(), 1);
    assert_eq!(banned[0].city.as_deref(), Some("Baranavichy"));
}

#[test]
fn tags_index_posts() {
    let site = site();
    assert_eq!(site.posts_tagged("solidarity-day").len(), 10);
    assert!(site.tags_with_counts().all(|(_, n)| n > 0));
    assert_eq!(site.posts_tagged("no-such-tag").len(), 0);
}

#[test]
fn the_countdown_reads_its_settings_from_the_bundle() {
    let site = site();
    let campaign = &site.bundle.campaign;
    // 2026-11-23 00:00 UTC
    let c = countdown_at(1_795_392_000, campaign).unwrap();
    match c {
        Countdown::Until {
            year, days, hours, ..
        } => {
            assert_eq!((year, days, hours), (2027, 253, 21));
            assert_eq!(day_ordinal(campaign, year), 16);
        }
        other => panic!("{other:?}"),
    }
}
