//! Properties checked over many generated inputs (a fixed seed, so a failure
//! reproduces): the countdown against an independent calendar computation,
//! and the validator against mangled bundles — it must never panic.

use solidarity_core::countdown::{countdown_at, Countdown};
use solidarity_core::date::{MonthDay, Offset};
use solidarity_core::validate::validate;
use solidarity_core::Site;

const BUNDLE: &str = include_str!("../../../public/data/bundle.json");

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm), written
/// independently of the `time` crate the countdown uses.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

#[test]
fn the_countdown_agrees_with_an_independent_calendar_from_1970_to_2100_in_every_offset() {
    let mut rng = Rng(0x5eed_2011_0804);
    let mut campaign = Site::from_json(BUNDLE).unwrap().bundle.campaign;
    campaign.day = MonthDay::parse("08-04").unwrap();
    let end = days_from_civil(2100, 12, 31) * 86_400;
    for _ in 0..200_000 {
        // Offsets from -12:00 to +14:00 in quarter hours; instants across 1970–2100,
        // with extra weight on the hours around 4 August.
        let quarters = rng.below(26 * 4 + 1) as i64 - 12 * 4;
        let offset_seconds = quarters * 15 * 60;
        let now = if rng.below(4) == 0 {
            let year = 1970 + rng.below(130) as i64;
            days_from_civil(year, 8, 4) * 86_400 - offset_seconds + rng.below(3 * 86_400) as i64
                - 86_400
        } else {
            rng.below(end as u64) as i64
        };
        let sign = if quarters < 0 { '-' } else { '+' };
        let offset = format!(
            "{sign}{:02}:{:02}",
            quarters.abs() / 4,
            quarters.abs() % 4 * 15
        );
        campaign.utc_offset = Offset::parse(&offset).unwrap();
        let got = countdown_at(now, &campaign).unwrap();

        let local_day = (now + offset_seconds).div_euclid(86_400);
        let (y, m, d) = civil_from_days(local_day);
        let expected = if (m, d) == (8, 4) {
            Countdown::Today { year: y as i32 }
        } else {
            let year = if (m, d) < (8, 4) { y } else { y + 1 };
            let starts_at = days_from_civil(year, 8, 4) * 86_400 - offset_seconds;
            let left = starts_at - now;
            Countdown::Until {
                year: year as i32,
                starts_at,
                days: left / 86_400,
                hours: (left % 86_400 / 3_600) as u8,
                minutes: (left % 3_600 / 60) as u8,
                seconds: (left % 60) as u8,
            }
        };
        assert_eq!(got, expected, "now={now} offset={offset}");
    }
}

#[test]
fn mangled_bundles_never_panic_the_validator() {
    let mut rng = Rng(0x00b1_a11a_75c1);
    let pieces = [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\\",
        "null",
        "0",
        "-1e999",
        "\"\u{0}\"",
        "\u{feff}",
        "é",
        "\n",
        "true",
    ];
    let bytes = BUNDLE.as_bytes();
    for round in 0..3_000 {
        let mut text = bytes.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(text.len() as u64 + 1) as usize;
            match rng.below(3) {
                0 if at < text.len() => {
                    let len = (1 + rng.below(40) as usize).min(text.len() - at);
                    text.drain(at..at + len);
                }
                1 => {
                    let piece = pieces[rng.below(pieces.len() as u64) as usize];
                    text.splice(at..at, piece.bytes());
                }
                _ if at < text.len() => text[at] = rng.below(256) as u8,
                _ => {}
            }
        }
        let text = String::from_utf8_lossy(&text);
        let report = validate(&text);
        let lines = text.lines().count().max(1);
        for problem in &report.problems {
            if let Some((line, column)) = problem.position {
                assert!(
                    line >= 1 && line <= lines + 1 && column >= 1,
                    "round {round}: {problem}"
                );
            }
        }
        // Whatever passes is a bundle the site can index and show.
        if !report.has_errors() {
            assert!(Site::from_json(&text).is_ok(), "round {round}");
        }
    }
}
