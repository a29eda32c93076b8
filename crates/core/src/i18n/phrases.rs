//! Phrases built around numbers — which Day is coming, how many news items,
//! how far a year's Day reached — and the browser tab's title.

use super::plural::form;
use super::{be, en, ordinal, ru, Lang, OrdinalFor};

/// The line under the countdown: which Day, which anniversary. `honoree` is
/// the name as it reads after "the arrest of" (genitive in be and ru).
pub fn coming_day(lang: Lang, day: i32, anniversary: i32, honoree: &str) -> String {
    let d = ordinal(lang, day, OrdinalFor::Day);
    let a = ordinal(lang, anniversary, OrdinalFor::Anniversary);
    match lang {
        Lang::En => en::coming_day(&d, &a, honoree),
        Lang::Be => be::coming_day(&d, &a, honoree),
        Lang::Ru => ru::coming_day(&d, &a, honoree),
    }
}

/// "10 news items"; "10 навін"; "10 новостей".
pub fn post_count(lang: Lang, n: usize) -> String {
    let forms = match lang {
        Lang::En => en::POST_FORMS,
        Lang::Be => be::POST_FORMS,
        Lang::Ru => ru::POST_FORMS,
    };
    format!("{n} {}", form(lang, n as u64, forms))
}

/// "18 countries, 6 cities": how widely a year's Day was marked.
pub fn year_reach(lang: Lang, countries: usize, cities: usize) -> String {
    let (country_forms, city_forms) = match lang {
        Lang::En => (en::COUNTRY_FORMS, en::CITY_FORMS),
        Lang::Be => (be::COUNTRY_FORMS, be::CITY_FORMS),
        Lang::Ru => (ru::COUNTRY_FORMS, ru::CITY_FORMS),
    };
    format!(
        "{countries} {}, {cities} {}",
        form(lang, countries as u64, country_forms),
        form(lang, cities as u64, city_forms)
    )
}

/// The title of a page as shown in the browser's tab.
pub fn page_title(page: &str, site: &str) -> String {
    if page.is_empty() {
        site.to_string()
    } else {
        format!("{page} — {site}")
    }
}
