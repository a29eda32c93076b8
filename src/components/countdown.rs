//! The countdown to the next 4 August, ticking once a second.
//!
//! One interval drives one signal; only the four numbers (and, once a minute,
//! the screen-reader sentence) depend on it, so nothing else re-renders.

use crate::lang::use_lang;
use crate::render_mode::use_render_mode;
use leptos::prelude::*;
use solidarity_browser::now_unix_seconds;
use solidarity_core::bundle::Campaign;
use solidarity_core::countdown::{anniversary, countdown_at, day_ordinal, Countdown};
use solidarity_core::i18n::{coming_day, countdown_sentence, countdown_unit, long_date, Unit};
use std::time::Duration;

#[component]
pub fn CountdownBox(campaign: Campaign) -> impl IntoView {
    let lang = use_lang();
    let words = lang.countdown_words();
    // Written at build time, the page cannot know when it will be read: it
    // names the coming Day (as of the build) and leaves the numbers blank,
    // in boxes of their final size, for the app to fill in.
    let built_at = use_render_mode().built_at();
    let frozen = built_at.is_some();
    let now = RwSignal::new(built_at.unwrap_or_else(now_unix_seconds));
    if !frozen {
        match set_interval_with_handle(move || now.set(now_unix_seconds()), Duration::from_secs(1))
        {
            Ok(timer) => on_cleanup(move || timer.clear()),
            // Without a timer the countdown still shows the time at load.
            Err(e) => leptos::logging::warn!("countdown timer unavailable: {e:?}"),
        }
    }

    let campaign = StoredValue::new(campaign);
    let state = Memo::new(move |_| campaign.with_value(|c| countdown_at(now.get(), c)));
    // Changes once a year, or when the Day begins or ends.
    let phase = Memo::new(move |_| {
        state
            .get()
            .map(|c| (c.year(), matches!(c, Countdown::Today { .. })))
    });
    // Screen readers get a sentence that changes at most once a minute: it
    // is formatted from a memo of the whole minutes, not on every tick.
    let whole_minutes = Memo::new(move |_| match state.get() {
        Some(Countdown::Until {
            days,
            hours,
            minutes,
            year,
            ..
        }) => Some((days, hours, minutes, year)),
        _ => None,
    });
    let spoken = move || {
        if frozen {
            return None;
        }
        let (days, hours, minutes, year) = whole_minutes.get()?;
        let date = campaign.with_value(|c| c.day.in_year(year))?;
        Some(countdown_sentence(lang, days, hours, minutes, date))
    };

    let number = move |unit: Unit| {
        move || match state.get() {
            Some(Countdown::Until {
                days,
                hours,
                minutes,
                seconds,
                ..
            }) => match unit {
                Unit::Day => days,
                Unit::Hour => hours.into(),
                Unit::Minute => minutes.into(),
                Unit::Second => seconds.into(),
            },
            _ => 0,
        }
    };
    let cell = move |unit: Unit| {
        let value = number(unit);
        let padded = move || match unit {
            _ if frozen => "–".to_string(),
            Unit::Day => value().to_string(),
            _ => format!("{:02}", value()),
        };
        let label = move || countdown_unit(lang, unit, if frozen { 0 } else { value() });
        view! {
            <div class="cd-cell">
                <span class="cd-num">{padded}</span>
                <span class="cd-unit">{label}</span>
            </div>
        }
    };

    let ordinals = move || {
        phase.get().map(|(year, _)| {
            campaign.with_value(|c| {
                coming_day(
                    lang,
                    day_ordinal(c, year),
                    anniversary(c, year),
                    c.honoree_in(lang).text,
                )
            })
        })
    };
    let target = move || {
        let (year, _) = phase.get()?;
        campaign.with_value(|c| {
            let date = c.day.in_year(year)?;
            Some(format!(
                "{}, 00:00 {} (UTC{})",
                long_date(lang, date),
                c.time_zone,
                c.utc_offset
            ))
        })
    };

    view! {
        <section class="countdown" aria-labelledby="countdown-label">
            <h2 id="countdown-label" class="cd-label">{words.label}</h2>
            {move || match phase.get() {
                Some((_, true)) => view! {
                    <p class="cd-today">{words.today}</p>
                }
                .into_any(),
                _ => view! {
                    <div class="cd-cells" aria-hidden="true">
                        {cell(Unit::Day)}
                        {cell(Unit::Hour)}
                        {cell(Unit::Minute)}
                        {cell(Unit::Second)}
                    </div>
                    <p class="visually-hidden">{spoken}</p>
                }
                .into_any(),
            }}
            <p class="cd-ordinal">{ordinals}</p>
            <p class="cd-target">{target}</p>
        </section>
    }
}
