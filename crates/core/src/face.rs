//! What a countdown to the next Day shows at one instant, as plain
//! strings: the one model that the site's component, the partners' widget
//! and a prerendered page's wasm (`solidarity_page`) all render, each in its
//! own markup. Pure, so native tests check every language and state.

use crate::bundle::Campaign;
use crate::countdown::{anniversary, countdown_at, day_ordinal, Countdown};
pub use crate::embed::Size;
use crate::i18n::{coming_day, countdown_sentence, countdown_unit, long_date, Lang, Unit};
use time::Date;

/// What a page written at build time shows in each cell: it cannot know
/// when it will be read, so the numbers wait, in boxes of their final size.
pub const UNKNOWN_NUMBER: &str = "–";

/// A tick's phase and whole days, hours and minutes left ([`Tick::minute`]).
pub type Minute = ((i32, bool), Option<(i64, u8, u8)>);

/// The cells' units, in order.
const UNITS: [Unit; 4] = [Unit::Day, Unit::Hour, Unit::Minute, Unit::Second];

/// One number of the countdown with its unit word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub number: String,
    pub unit: &'static str,
}

/// What changes from second to second: computed on every tick, so it holds
/// no text but the four cells, and the sentence is only formatted when the
/// whole minutes change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    /// Changes only when the Day begins or ends, or the year turns: the
    /// page rebuilds its nodes then, and otherwise only updates texts.
    pub phase: (i32, bool),
    /// `Some` while counting down: days, hours, minutes, seconds.
    pub cells: Option<[Cell; 4]>,
    /// The whole days, hours and minutes left, while counting down with a
    /// known instant.
    left: Option<(i64, u8, u8)>,
    /// The Day being counted down to, or held today.
    date: Date,
}

impl Tick {
    /// `None` only for instants outside years ±9999, which no clock reports.
    pub fn at(now: i64, campaign: &Campaign, lang: Lang) -> Option<Tick> {
        let state = countdown_at(now, campaign)?;
        let year = state.year();
        let date = campaign.day.in_year(year)?;
        let (cells, left) = match state {
            Countdown::Until {
                days,
                hours,
                minutes,
                seconds,
                ..
            } => {
                let cell = |unit: Unit, n: i64, padded: bool| Cell {
                    number: if padded {
                        format!("{n:02}")
                    } else {
                        n.to_string()
                    },
                    unit: countdown_unit(lang, unit, n),
                };
                let cells = [
                    cell(Unit::Day, days, false),
                    cell(Unit::Hour, hours.into(), true),
                    cell(Unit::Minute, minutes.into(), true),
                    cell(Unit::Second, seconds.into(), true),
                ];
                (Some(cells), Some((days, hours, minutes)))
            }
            Countdown::Today { .. } => (None, None),
        };
        Some(Tick {
            phase: (year, cells.is_none()),
            cells,
            left,
            date,
        })
    }

    /// As a page written at `built_at` shows it: the phase of that moment,
    /// every number [`UNKNOWN_NUMBER`] (each unit as for 0), and no
    /// sentence for screen readers.
    pub fn written(built_at: i64, campaign: &Campaign, lang: Lang) -> Option<Tick> {
        let mut tick = Tick::at(built_at, campaign, lang)?;
        if let Some(cells) = &mut tick.cells {
            for (cell, unit) in cells.iter_mut().zip(UNITS) {
                cell.number = UNKNOWN_NUMBER.to_string();
                cell.unit = countdown_unit(lang, unit, 0);
            }
        }
        tick.left = None;
        Some(tick)
    }

    /// Whether the Day is under way (nothing to count down).
    pub fn is_today(&self) -> bool {
        self.phase.1
    }

    /// What screen readers get beside the cells while counting down: the
    /// [`sentence`](Tick::sentence), or nothing during the Day or on a page
    /// that cannot know the instant.
    pub fn spoken(&self, lang: Lang) -> Option<String> {
        self.left.map(|_| self.sentence(lang))
    }

    /// What the screen-reader sentence is made of: it changes when this
    /// does, once a minute at most.
    pub fn minute(&self) -> Minute {
        (self.phase, self.left)
    }

    /// Whether the screen-reader sentence of `other` is this one's.
    pub fn same_sentence(&self, other: &Tick) -> bool {
        self.minute() == other.minute()
    }

    /// What screen readers get instead of the ticking cells; changes once a
    /// minute. During the Day: "Today is the International Day…".
    pub fn sentence(&self, lang: Lang) -> String {
        match self.left {
            Some((days, hours, minutes)) => {
                countdown_sentence(lang, days, hours, minutes, self.date)
            }
            None => lang.countdown_words().today.to_string(),
        }
    }
}

/// Everything the widget shows at one instant; built when a phase begins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Face {
    pub phase: (i32, bool),
    pub title: String,
    pub cells: Option<[Cell; 4]>,
    pub sentence: String,
    /// "The 16th International Day of Solidarity, on the 16th anniversary…"
    /// (full size only).
    pub ordinal: Option<String>,
    /// "4 August 2027, 00:00 Europe/Minsk (UTC+03:00)", or just the date
    /// when compact.
    pub when: String,
}

impl Face {
    /// `None` only for instants outside years ±9999, which no clock reports.
    pub fn at(now: i64, campaign: &Campaign, lang: Lang, size: Size) -> Option<Face> {
        Some(Face::of(
            &Tick::at(now, campaign, lang)?,
            campaign,
            lang,
            size,
        ))
    }

    /// The whole face around `tick`.
    pub fn of(tick: &Tick, campaign: &Campaign, lang: Lang, size: Size) -> Face {
        let year = tick.phase.0;
        let (title, ordinal, when) = match size {
            Size::Full => (
                campaign.title_in(lang).text.to_string(),
                Some(coming_day(
                    lang,
                    day_ordinal(campaign, year),
                    anniversary(campaign, year),
                    campaign.honoree_in(lang).text,
                )),
                format!(
                    "{}, 00:00 {} (UTC{})",
                    long_date(lang, tick.date),
                    campaign.time_zone,
                    campaign.utc_offset
                ),
            ),
            Size::Compact => (
                campaign.short_title_in(lang).text.to_string(),
                None,
                long_date(lang, tick.date),
            ),
        };
        Face {
            phase: tick.phase,
            title,
            cells: tick.cells.clone(),
            sentence: tick.sentence(lang),
            ordinal,
            when,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn campaign() -> Campaign {
        let bundle: crate::Bundle =
            serde_json::from_str(include_str!("../../../public/data/bundle.json")).unwrap();
        bundle.campaign
    }

    /// 2026-11-23 00:00:00 UTC.
    const NOV_23: i64 = 1_795_392_000;

    #[test]
    fn full_face_in_english() {
        let face = Face::at(NOV_23, &campaign(), Lang::En, Size::Full).unwrap();
        assert_eq!(
            face.title,
            "International Day of Solidarity with civil society of Belarus"
        );
        let cells = face.cells.unwrap();
        let shown: Vec<String> = cells
            .iter()
            .map(|c| format!("{} {}", c.number, c.unit))
            .collect();
        // Midnight UTC is 03:00 in Minsk: 253 days and 21 hours to go.
        assert_eq!(shown, ["253 days", "21 hours", "00 minutes", "00 seconds"]);
        assert_eq!(
            face.sentence,
            "253 days, 21 hours, 0 minutes until 4 August 2027"
        );
        assert_eq!(
            face.ordinal.as_deref(),
            Some("The 16th International Day of Solidarity, on the 16th anniversary of the arrest of Ales Bialiatski")
        );
        assert_eq!(face.when, "4 August 2027, 00:00 Europe/Minsk (UTC+03:00)");
        assert_eq!(face.phase, (2027, false));
    }

    #[test]
    fn compact_face_in_belarusian_and_russian() {
        let be = Face::at(NOV_23 + 59, &campaign(), Lang::Be, Size::Compact).unwrap();
        assert_eq!(be.title, "Дзень салідарнасці");
        assert_eq!(be.cells.as_ref().unwrap()[0].unit, "дні");
        assert_eq!(be.cells.as_ref().unwrap()[3].number, "01");
        assert_eq!(be.cells.as_ref().unwrap()[3].unit, "секунда");
        assert_eq!(be.ordinal, None);
        assert_eq!(be.when, "4 жніўня 2027");
        let ru = Face::at(NOV_23, &campaign(), Lang::Ru, Size::Compact).unwrap();
        assert_eq!(ru.sentence, "253 дня, 21 час, 0 минут до 4 августа 2027");
    }

    #[test]
    fn the_sentence_changes_once_a_minute() {
        let c = campaign();
        // At NOV_23 - 60 there is exactly one minute more than at NOV_23.
        let at = |s| {
            Face::at(NOV_23 - 60 + s, &c, Lang::En, Size::Full)
                .unwrap()
                .sentence
        };
        assert_ne!(at(0), at(1));
        assert_eq!(at(1), at(60));
        assert_ne!(at(60), at(61));
    }

    #[test]
    fn ticks_in_the_same_minute_share_their_sentence() {
        let c = campaign();
        let at = |s| Tick::at(NOV_23 - 60 + s, &c, Lang::En).unwrap();
        assert!(!at(0).same_sentence(&at(1)));
        assert!(at(1).same_sentence(&at(60)));
        assert_eq!(
            at(1).sentence(Lang::En),
            "253 days, 21 hours, 0 minutes until 4 August 2027"
        );
    }

    #[test]
    fn during_the_day_it_says_so() {
        // 2027-08-04 00:00:01 in Minsk.
        let face = Face::at(
            1_817_337_600 - 3 * 3600 + 1,
            &campaign(),
            Lang::En,
            Size::Full,
        )
        .unwrap();
        assert_eq!(face.cells, None);
        assert_eq!(face.phase, (2027, true));
        assert!(face.sentence.starts_with("Today is the International Day"));
    }

    #[test]
    fn a_written_page_shows_the_phase_but_no_number() {
        let c = campaign();
        let written = Tick::written(NOV_23, &c, Lang::Ru).unwrap();
        let cells = written.cells.as_ref().unwrap();
        assert!(cells.iter().all(|cell| cell.number == UNKNOWN_NUMBER));
        // The unit of zero: "0 дней", "0 часов"…
        let units: Vec<&str> = cells.iter().map(|cell| cell.unit).collect();
        assert_eq!(units, ["дней", "часов", "минут", "секунд"]);
        assert_eq!(written.spoken(Lang::Ru), None);
        assert_eq!(written.phase, Tick::at(NOV_23, &c, Lang::Ru).unwrap().phase);
        assert!(Tick::at(NOV_23, &c, Lang::Ru)
            .unwrap()
            .spoken(Lang::Ru)
            .is_some());
        // During the Day nothing is counted: the same as a live page.
        let day = 1_817_337_600 - 3 * 3600 + 1;
        assert_eq!(
            Tick::written(day, &c, Lang::En),
            Tick::at(day, &c, Lang::En)
        );
        assert!(Tick::written(day, &c, Lang::En).unwrap().is_today());
    }
}
