//! Every language's words and number rules, checked.

use super::*;
use super::{be::UI as BE, en::UI as EN, ru::UI as RU};
use time::{Date, Month};

const NUMBERS: [u64; 12] = [0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 1001];

fn days(lang: Lang) -> Vec<String> {
    NUMBERS
        .iter()
        .map(|&n| format!("{n} {}", countdown_unit(lang, Unit::Day, n as i64)))
        .collect()
}

#[test]
fn belarusian_plurals() {
    assert_eq!(
        days(Lang::Be),
        [
            "0 дзён",
            "1 дзень",
            "2 дні",
            "5 дзён",
            "11 дзён",
            "12 дзён",
            "21 дзень",
            "22 дні",
            "25 дзён",
            "101 дзень",
            "111 дзён",
            "1001 дзень"
        ]
    );
    assert_eq!(countdown_unit(Lang::Be, Unit::Hour, 3), "гадзіны");
    assert_eq!(countdown_unit(Lang::Be, Unit::Minute, 14), "хвілін");
    assert_eq!(countdown_unit(Lang::Be, Unit::Second, 44), "секунды");
}

#[test]
fn russian_plurals() {
    assert_eq!(
        days(Lang::Ru),
        [
            "0 дней",
            "1 день",
            "2 дня",
            "5 дней",
            "11 дней",
            "12 дней",
            "21 день",
            "22 дня",
            "25 дней",
            "101 день",
            "111 дней",
            "1001 день"
        ]
    );
    assert_eq!(countdown_unit(Lang::Ru, Unit::Hour, 21), "час");
    assert_eq!(countdown_unit(Lang::Ru, Unit::Minute, 13), "минут");
    assert_eq!(countdown_unit(Lang::Ru, Unit::Second, 32), "секунды");
}

#[test]
fn english_plurals() {
    assert_eq!(
        days(Lang::En),
        [
            "0 days",
            "1 day",
            "2 days",
            "5 days",
            "11 days",
            "12 days",
            "21 days",
            "22 days",
            "25 days",
            "101 days",
            "111 days",
            "1001 days"
        ]
    );
    assert_eq!(post_count(Lang::En, 1), "1 news item");
    assert_eq!(post_count(Lang::En, 10), "10 news items");
    assert_eq!(year_reach(Lang::En, 1, 1), "1 country, 1 city");
}

#[test]
fn counted_nouns_agree() {
    assert_eq!(post_count(Lang::Be, 21), "21 навіна");
    assert_eq!(post_count(Lang::Be, 3), "3 навіны");
    assert_eq!(post_count(Lang::Ru, 10), "10 новостей");
    assert_eq!(year_reach(Lang::Be, 18, 6), "18 краін, 6 гарадоў");
    assert_eq!(year_reach(Lang::Ru, 3, 2), "3 страны, 2 города");
    assert_eq!(
        (Lang::En.preview_words().preview_errors)(1),
        "It has 1 error: visitors would keep seeing the published version."
    );
    assert!((Lang::Be.preview_words().preview_errors)(2).starts_with("Тут 2 памылкі"));
    assert!((Lang::Ru.preview_words().preview_errors)(5).starts_with("Здесь 5 ошибок"));
}

fn ordinals(lang: Lang, slot: OrdinalFor) -> Vec<String> {
    [1, 2, 3, 5, 11, 12, 13, 16, 21, 22, 23, 25, 101, 111, 112]
        .iter()
        .map(|&n| ordinal(lang, n, slot))
        .collect()
}

#[test]
fn english_ordinals() {
    assert_eq!(
        ordinals(Lang::En, OrdinalFor::Day),
        [
            "1st", "2nd", "3rd", "5th", "11th", "12th", "13th", "16th", "21st", "22nd", "23rd",
            "25th", "101st", "111th", "112th"
        ]
    );
}

#[test]
fn belarusian_ordinals() {
    // першы, другі, трэці, пяты, адзінаццаты, дванаццаты, трынаццаты,
    // шаснаццаты, дваццаць першы, дваццаць другі, дваццаць трэці…
    assert_eq!(
        ordinals(Lang::Be, OrdinalFor::Day),
        [
            "1-ы", "2-і", "3-ці", "5-ы", "11-ы", "12-ы", "13-ы", "16-ы", "21-ы", "22-і", "23-ці",
            "25-ы", "101-ы", "111-ы", "112-ы"
        ]
    );
    assert_eq!(ordinal(Lang::Be, 16, OrdinalFor::Anniversary), "16-ю");
}

#[test]
fn russian_ordinals() {
    assert!(ordinals(Lang::Ru, OrdinalFor::Day)
        .iter()
        .all(|o| o.ends_with("-й")));
    assert_eq!(ordinal(Lang::Ru, 22, OrdinalFor::Anniversary), "22-ю");
}

#[test]
fn retry_messages_agree_with_their_number() {
    assert_eq!((EN.retrying_in)(1), "Trying again by itself in 1 second.");
    assert_eq!((EN.retrying_in)(8), "Trying again by itself in 8 seconds.");
    assert_eq!((BE.retrying_in)(2), "Паўторная спроба — праз 2 секунды.");
    assert_eq!(
        (RU.retrying_in)(32),
        "Повторная попытка — через 32 секунды."
    );
    assert_eq!((RU.retrying_in)(60), "Повторная попытка — через 60 секунд.");
}

#[test]
fn countdown_sentence_in_every_language() {
    let date = Date::from_calendar_date(2027, Month::August, 4).unwrap();
    assert_eq!(
        countdown_sentence(Lang::En, 253, 1, 21, date),
        "253 days, 1 hour, 21 minutes until 4 August 2027"
    );
    assert_eq!(
        countdown_sentence(Lang::Be, 252, 2, 11, date),
        "252 дні, 2 гадзіны, 11 хвілін да 4 жніўня 2027"
    );
    assert_eq!(
        countdown_sentence(Lang::Ru, 21, 5, 1, date),
        "21 день, 5 часов, 1 минута до 4 августа 2027"
    );
}

#[test]
fn coming_day_in_every_language() {
    assert_eq!(
        coming_day(Lang::En, 16, 16, "Ales Bialiatski"),
        "The 16th International Day of Solidarity, on the 16th anniversary of the arrest of Ales Bialiatski"
    );
    assert_eq!(
        coming_day(Lang::Be, 16, 16, "Алеся Бяляцкага"),
        "16-ы Міжнародны дзень салідарнасці, у 16-ю гадавіну арышту Алеся Бяляцкага"
    );
    assert_eq!(
        coming_day(Lang::Ru, 16, 16, "Алеся Беляцкого"),
        "16-й Международный день солидарности, в 16-ю годовщину ареста Алеся Беляцкого"
    );
}

#[test]
fn dates_in_every_language() {
    let d = Date::from_calendar_date(2013, Month::August, 4).unwrap();
    assert_eq!(long_date(Lang::En, d), "4 August 2013");
    assert_eq!(long_date(Lang::Be, d), "4 жніўня 2013");
    assert_eq!(long_date(Lang::Ru, d), "4 августа 2013");
}

#[test]
fn language_negotiation() {
    assert_eq!(Lang::negotiate(["be-BY", "ru"]), Lang::Be);
    assert_eq!(Lang::negotiate(["de-DE", "ru-RU", "en"]), Lang::Ru);
    assert_eq!(Lang::negotiate(["en-US", "be"]), Lang::En);
    assert_eq!(Lang::negotiate(["de", "fr"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
    assert_eq!(Lang::from_tag("RU_ru"), Some(Lang::Ru));
    assert_eq!(Lang::from_tag("bel"), None);
}

#[test]
fn a_remembered_choice_wins_over_the_browser() {
    assert_eq!(Lang::preferred(Some("ru"), ["be", "en"]), Lang::Ru);
    assert_eq!(Lang::preferred(None, ["be-BY"]), Lang::Be);
    // A stored value from elsewhere (or tampered with) is ignored.
    assert_eq!(Lang::preferred(Some("klingon"), ["ru"]), Lang::Ru);
    assert_eq!(Lang::preferred(Some(""), []), Lang::En);
}

/// The table the script of prerendered pages is checked against too
/// (`crates/page/js/language.js`, by `tests/e2e/language.test.mjs`): one
/// rule, followed alike before and after the app.
#[test]
fn the_language_rule_follows_its_table() {
    for case in crate::shared_cases(include_str!("../../tests/preferred-lang.json")) {
        let chosen = case["chosen"].as_str();
        let browser: Vec<&str> = case["browser"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap())
            .collect();
        let lang = Lang::preferred(chosen, browser.iter().copied());
        assert_eq!(lang.tag(), case["lang"], "{}", case["why"]);
    }
}
