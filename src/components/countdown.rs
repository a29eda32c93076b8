//! The countdown to the next 4 August, ticking once a second: the core's
//! model ([`solidarity_core::face`]) in the site's markup.
//!
//! One interval drives one signal; only the four cells (and, once a minute,
//! the screen-reader sentence) depend on it, so nothing else re-renders. The
//! markup holds both the cells and the Day's line, one of them `hidden`: a
//! prerendered page's wasm (`solidarity_page`) then only writes texts into
//! it, and both render the same elements.

use crate::lang::use_lang;
use crate::render_mode::use_render_mode;
use leptos::prelude::*;
use solidarity_browser::now_unix_seconds;
use solidarity_core::bundle::Campaign;
use solidarity_core::face::{Face, Size, Tick};
use solidarity_core::i18n::day_and_month;
use solidarity_core::route::calendar_href;
use std::time::Duration;

#[component]
pub fn CountdownBox(campaign: Campaign) -> impl IntoView {
    let lang = use_lang();
    let words = lang.countdown_words();
    // Written at build time, the page cannot know when it will be read: it
    // names the coming Day (as of the build) and leaves the numbers blank,
    // in boxes of their final size, for a script to fill in.
    let built_at = use_render_mode().built_at();
    let now = RwSignal::new(built_at.unwrap_or_else(now_unix_seconds));
    if built_at.is_none() {
        match set_interval_with_handle(move || now.set(now_unix_seconds()), Duration::from_secs(1))
        {
            Ok(timer) => on_cleanup(move || timer.clear()),
            // Without a timer the countdown still shows the time at load.
            Err(e) => leptos::logging::warn!("countdown timer unavailable: {e:?}"),
        }
    }

    let day = campaign.day;
    let add_to_calendar =
        (lang.ui().discovery.add_to_calendar)(&day_and_month(lang, day.day, day.month));
    let campaign = StoredValue::new(campaign);
    let tick = Memo::new(move |_| {
        campaign.with_value(|c| match built_at {
            Some(at) => Tick::written(at, c, lang),
            None => Tick::at(now.get(), c, lang),
        })
    });
    // Changes once a year, or when the Day begins or ends.
    let phase = Memo::new(move |_| tick.with(|t| t.as_ref().map(|t| t.phase)));
    let today = move || phase.get().is_some_and(|(_, today)| today);
    // The title, the ordinal and the date, formatted once a phase.
    let face = Memo::new(move |_| {
        phase.track();
        tick.with_untracked(|t| {
            let t = t.as_ref()?;
            Some(campaign.with_value(|c| Face::of(t, c, lang, Size::Full)))
        })
    });
    // Screen readers get a sentence that changes at most once a minute: it
    // is formatted when the whole minutes change, not on every tick.
    let spoken = Memo::new(move |previous: Option<&Option<(Tick, String)>>| {
        tick.with(|t| {
            let t = t.as_ref()?;
            if let Some(Some((shown, sentence))) = previous {
                if shown.same_sentence(t) {
                    return Some((shown.clone(), sentence.clone()));
                }
            }
            Some((t.clone(), t.spoken(lang).unwrap_or_default()))
        })
    });
    let cell = move |i: usize| {
        let part = move |f: fn(&solidarity_core::face::Cell) -> String| {
            move || tick.with(|t| t.as_ref().and_then(|t| t.cells.as_ref()).map(|c| f(&c[i])))
        };
        view! {
            <div class="cd-cell">
                <span class="cd-num">{part(|c| c.number.clone())}</span>
                <span class="cd-unit">{part(|c| c.unit.to_string())}</span>
            </div>
        }
    };

    view! {
        <section class="countdown" aria-labelledby="countdown-label">
            <h2 id="countdown-label" class="cd-label">{words.label}</h2>
            <div class="cd-cells" aria-hidden="true" hidden=today>
                {cell(0)}
                {cell(1)}
                {cell(2)}
                {cell(3)}
            </div>
            <p class="visually-hidden" hidden=today>
                {move || spoken.with(|s| s.as_ref().map(|(_, sentence)| sentence.clone()))}
            </p>
            <p class="cd-today" hidden=move || !today()>{words.today}</p>
            <p class="cd-ordinal">{move || face.with(|f| f.as_ref().and_then(|f| f.ordinal.clone()))}</p>
            <p class="cd-target">{move || face.with(|f| f.as_ref().map(|f| f.when.clone()))}</p>
            <p class="cd-calendar">
                // The file, as text/calendar: a phone offers to add the event.
                <a href=calendar_href(lang) type="text/calendar">{add_to_calendar}</a>
            </p>
        </section>
    }
    // Erased: the pages that hold it nest deep enough for the compiler's
    // query depth limit.
    .into_any()
}
