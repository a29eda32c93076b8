//! The widget's inputs, read with the site's rules: the campaign (from the
//! object `JSON.parse` made) and the language. What it shows at one instant
//! is the core's model ([`solidarity_core::face`]); `dom.rs` only puts it
//! on screen.

use solidarity_core::bundle::{Campaign, CampaignText, Translations};
use solidarity_core::date::{check_year, MonthDay, Offset};
pub use solidarity_core::face::{Cell, Face, Size, Tick};
use solidarity_core::i18n::Lang;

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
        // Not the widget's concern: it links to nothing by this address, and
        // reads bundles written before the field existed.
        site_url: source.string("site_url").unwrap_or_default(),
        day,
        time_zone: text("time_zone")?,
        utc_offset,
        first_year: year("first_year")?,
        arrest_year: year("arrest_year")?,
        honoree: text("honoree")?,
        // The editors' address: nothing a countdown shows.
        contact: None,
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
