//! The data bundle's format: what editors write in `public/data/bundle.json`.
//!
//! Every struct refuses unknown fields, so a typo such as `titel` is an error
//! rather than a silently missing title. `docs/bundle.md` documents each field;
//! keep the two in step.

use crate::date::{Day, MonthDay, Offset};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Texts of an item in other languages. Every field of a translation is
/// optional: what is missing falls back to English. A struct rather than a
/// map, so that a language the site does not speak is an unknown field with
/// a precise message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Translations<T> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub be: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<T>,
}

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Translations {
            be: None,
            ru: None,
            en: None,
        }
    }
}

impl<T> Translations<T> {
    pub fn get(&self, lang: &Lang) -> Option<&T> {
        match lang {
            Lang::Be => self.be.as_ref(),
            Lang::Ru => self.ru.as_ref(),
            Lang::En => self.en.as_ref(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.be.is_none() && self.ru.is_none() && self.en.is_none()
    }

    /// The translations given, with their language.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        Lang::ALL
            .into_iter()
            .filter_map(|lang| self.get(&lang).map(|t| (lang, t)))
    }

    pub fn insert(&mut self, lang: Lang, text: T) {
        let slot = match lang {
            Lang::Be => &mut self.be,
            Lang::Ru => &mut self.ru,
            Lang::En => &mut self.en,
        };
        *slot = Some(text);
    }
}

fn is_english(lang: &Lang) -> bool {
    *lang == Lang::En
}

/// The bundle format this code reads. Bump it when a change would make an
/// older app misread a newer bundle.
pub const BUNDLE_VERSION: u32 = 1;

/// The campaign site's data: everything the site shows.
/// Documented field by field in docs/bundle.md.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "Solidarity Day data bundle"))]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Where editors' tools find the JSON Schema; ignored by the site.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The bundle format: this site reads version 1.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1)))]
    pub version: u32,
    pub campaign: Campaign,
    pub manifesto: Manifesto,
    pub tags: Vec<Tag>,
    pub posts: Vec<Post>,
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// Settings of the campaign itself: its name and when the Day is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    pub title: String,
    /// A short name for narrow headers, e.g. "Solidarity Day".
    pub short_title: String,
    /// The site's public address: `https://` and its host (and port, if
    /// any), nothing after; `http://` only for this machine. Every absolute
    /// link the build writes (canonical addresses, sitemap, feeds, calendar,
    /// link previews) starts with it: [`crate::Site::absolute`].
    #[cfg_attr(
        feature = "schema",
        schemars(regex(
            pattern = r"^(https://[^/?#@\s]+|http://(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?)/?$"
        ))
    )]
    pub site_url: String,
    /// Month and day of the Day, "MM-DD".
    pub day: MonthDay,
    /// IANA name of the campaign's time zone, shown to visitors.
    pub time_zone: String,
    /// The offset from UTC used for the countdown, "+03:00". Minsk has kept
    /// +03:00 all year since 2011, so a fixed offset is exact and far smaller
    /// in wasm than a time-zone database.
    pub utc_offset: Offset,
    /// The year the Day was first held (2012).
    #[cfg_attr(feature = "schema", schemars(range(min = crate::date::FIRST_YEAR, max = crate::date::LAST_YEAR)))]
    pub first_year: i32,
    /// The year of the arrest whose anniversary the Day marks (2011).
    #[cfg_attr(feature = "schema", schemars(range(min = crate::date::FIRST_YEAR, max = crate::date::LAST_YEAR)))]
    pub arrest_year: i32,
    /// Whose arrest the Day marks, as the name reads after "the arrest of".
    pub honoree: String,
    /// Where people who held an action can write to the editors: an email
    /// address. The "Take part" page's report form then offers to send the
    /// entry it prepares there (in the visitor's own mail program).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<CampaignText>,
}

/// The campaign's texts in another language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CampaignText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_title: Option<String>,
    /// The name as it reads after "the arrest of": in Belarusian and Russian,
    /// the genitive ("Алеся Бяляцкага", "Алеся Беляцкого").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honoree: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Manifesto {
    pub title: String,
    /// The call above the title: "We invite everyone to join…".
    pub subtitle: String,
    pub published: Day,
    /// The full text, one string per paragraph. The first paragraph is the
    /// lead the home page shows.
    pub body: Vec<String>,
    /// The language of the texts above; English if absent.
    #[serde(default, skip_serializing_if = "is_english")]
    pub lang: Lang,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<ManifestoText>,
}

/// The manifesto in another language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ManifestoText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Tag {
    /// The tag's address, /tags/{slug}: lowercase a-z, digits, single hyphens.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 100))
    )]
    pub slug: String,
    /// What visitors read.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub name: String,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<TagText>,
}

/// A tag's name in another language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TagText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Post {
    /// The post's address, /posts/{slug}: lowercase a-z, digits, single hyphens.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 100))
    )]
    pub slug: String,
    /// The headline.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub title: String,
    /// Date of publication.
    pub date: Day,
    /// Slugs of tags declared in `tags`.
    pub tags: Vec<String>,
    /// A paragraph for lists; on the post's own page it is the lead.
    pub excerpt: String,
    /// The text after the excerpt, one string per paragraph.
    pub body: Vec<String>,
    /// Further reading: videos, reports, other sites.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// The language of the texts above; English if absent. A post written
    /// only in Belarusian says `"lang": "be"`, and is listed in every language.
    #[serde(default, skip_serializing_if = "is_english")]
    pub lang: Lang,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<PostText>,
}

/// A post in another language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PostText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Vec<String>>,
}

/// A link shown under a post.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the visitor reads: "See video in Russian".
    pub label: String,
    /// `https://…`, `http://…`, or a path on this site starting with `/`.
    pub url: String,
}

impl Link {
    /// Whether the link leaves this site (and so gets `rel="noopener noreferrer"`).
    pub fn is_external(&self) -> bool {
        !self.url.starts_with('/')
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub date: Day,
    /// Absent when the report names only the country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organiser: Option<String>,
    /// What happened, in a sentence or two.
    pub summary: String,
    #[serde(default, skip_serializing_if = "ActionStatus::is_held")]
    pub status: ActionStatus,
    /// The slug of the post that reports this action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
    /// A report of the action elsewhere (photos, a news item): `https://…`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Where the action was held, for the map. Without it the map puts the
    /// action at its country's own point ([`crate::map::country_point`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<ActionText>,
}

/// A place on Earth in degrees, as maps and phones give it: Vilnius is
/// `{"lat": 54.687, "lon": 25.28}`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Position {
    /// Latitude, −90 (south) to 90 (north).
    #[cfg_attr(feature = "schema", schemars(range(min = -90, max = 90)))]
    pub lat: f64,
    /// Longitude, −180 (west) to 180 (east).
    #[cfg_attr(feature = "schema", schemars(range(min = -180, max = 180)))]
    pub lon: f64,
}

/// An action's texts in another language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActionText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organiser: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// Whether an action took place. Authorities sometimes ban a planned picket;
/// the ban is news the campaign reports, but it did not mark the Day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    #[default]
    Held,
    Banned,
}

impl ActionStatus {
    pub fn is_held(&self) -> bool {
        *self == ActionStatus::Held
    }
}
