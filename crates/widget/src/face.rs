//! What the widget shows at one instant, as plain strings. Pure, so native
//! tests check every language and state; `dom.rs` only puts it on screen.

use solidarity_core::bundle::{Campaign, CampaignText, Translations};
use solidarity_core::countdown::{anniversary, countdown_at, day_ordinal, Countdown};
use solidarity_core::date::{check_year, MonthDay, Offset};
pub use solidarity_core::embed::Size;
use solidarity_core::i18n::{
    coming_day, countdown_sentence, countdown_unit, long_date, Lang, Unit,
};
use time::Date;

/// A JSON object, read one field at a time. In the browser it is the
/// object `JSON.parse` made (so no JSON parser is shipped in the wasm); in
/// tests, a `serde_json::Value`.
pub trait Source: Sized {
    fn string(&self, key: &str) -> Option<String>;
    fn number(&self, key: &str) -> Option<f64>;
    fn object(&self, key: &str) -> Option<Self>;
    fn has(&self, key: &str) -> bool;
}

/// Reads the bundle's `campaign` with the site's own rules for each field
/// (`MonthDay::parse`, `Offset::parse`), so a value the site rejects is
/// rejected here too. Fields the widget does not show are not required.
pub fn read_campaign(source: &impl Source) -> Result<Campaign, String> {
    let text = |key: &str| {
        source
            .string(key)
            .ok_or_else(|| format!("campaign.{key} must be a string"))
    };
    let year = |key: &str| match source.number(key) {
        Some(n) if n.fract() == 0.0 && n.abs() < 1e9 => {
            check_year(n as i32).map_err(|why| format!("campaign.{key}: {why}"))
        }
        _ => Err(format!("campaign.{key} must be a year such as 2012")),
    };
    let day = MonthDay::parse(&text("day")?).map_err(|e| format!("campaign.day: {e}"))?;
    let utc_offset =
        Offset::parse(&text("utc_offset")?).map_err(|e| format!("campaign.utc_offset: {e}"))?;
    let mut translations = Translations::default();
    if let Some(all) = source.object("translations") {
        for lang in Lang::ALL {
            if let Some(t) = all.object(lang.tag()) {
                translations.insert(
                    lang,
                    CampaignText {
                        title: t.string("title"),
                        short_title: t.string("short_title"),
                        honoree: t.string("honoree"),
                    },
                );
            }
        }
    } else if source.has("translations") {
        return Err("campaign.translations must be an object".to_string());
    }
    Ok(Campaign {
        title: text("title")?,
        short_title: text("short_title")?,
        day,
        time_zone: text("time_zone")?,
        utc_offset,
        first_year: year("first_year")?,
        arrest_year: year("arrest_year")?,
        honoree: text("honoree")?,
        translations,
    })
}

/// The language from the element's `lang` attribute, then the page's, then
/// the visitor's browser: the first the campaign speaks, English if none.
pub fn choose_lang(candidates: &str) -> Lang {
    Lang::negotiate(
        candidates
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty()),
    )
}

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
    /// The whole days, hours and minutes left, while counting down.
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

    /// Whether the screen-reader sentence of `other` is this one's.
    pub fn same_sentence(&self, other: &Tick) -> bool {
        self.phase == other.phase && self.left == other.left
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

    use serde_json::Value;

    impl Source for Value {
        fn string(&self, key: &str) -> Option<String> {
            self.get(key)?.as_str().map(str::to_string)
        }
        fn number(&self, key: &str) -> Option<f64> {
            self.get(key)?.as_f64()
        }
        fn object(&self, key: &str) -> Option<Value> {
            self.get(key).filter(|v| v.is_object()).cloned()
        }
        fn has(&self, key: &str) -> bool {
            self.get(key).is_some()
        }
    }

    fn default_campaign() -> Value {
        let bundle: Value =
            serde_json::from_str(include_str!("../../../public/data/bundle.json")).unwrap();
        bundle["campaign"].clone()
    }

    fn campaign() -> Campaign {
        read_campaign(&default_campaign()).unwrap()
    }

    #[test]
    fn reads_the_same_campaign_as_the_site() {
        let bundle: solidarity_core::bundle::Bundle =
            serde_json::from_str(include_str!("../../../public/data/bundle.json")).unwrap();
        assert_eq!(campaign(), bundle.campaign);
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
    fn languages_fall_back_sensibly() {
        assert_eq!(choose_lang("be"), Lang::Be);
        assert_eq!(choose_lang(",de-DE, ru-RU,en"), Lang::Ru);
        assert_eq!(choose_lang("fr"), Lang::En);
        assert_eq!(choose_lang(""), Lang::En);
    }

    #[test]
    fn a_broken_campaign_is_a_message_not_a_panic() {
        let broken = |key: &str, value: Value| {
            let mut c = default_campaign();
            c[key] = value;
            read_campaign(&c).unwrap_err()
        };
        assert_eq!(
            broken("day", "02-30".into()),
            "campaign.day: February has no day 30; it has 29 days"
        );
        assert!(broken("utc_offset", "+3".into()).starts_with("campaign.utc_offset: "));
        assert_eq!(
            broken("first_year", 2012.5.into()),
            "campaign.first_year must be a year such as 2012"
        );
        assert_eq!(broken("title", 7.into()), "campaign.title must be a string");
        assert_eq!(
            broken("translations", "be".into()),
            "campaign.translations must be an object"
        );
        assert_eq!(
            read_campaign(&Value::Null).unwrap_err(),
            "campaign.day must be a string"
        );
    }
}
