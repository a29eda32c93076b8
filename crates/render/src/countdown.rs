//! The countdown to the next 4 August as markup: the core's model
//! ([`solidarity_core::face`]) at one moment. The section holds both the
//! cells and the Day's line, one of them `hidden`, so that the code that
//! keeps it ticking in the browser (`solidarity_page`'s) only ever writes
//! texts into it.

use maud::{html, Markup};
use solidarity_core::bundle::Campaign;
use solidarity_core::face::{Face, Size, Tick};
use solidarity_core::i18n::{day_and_month, Lang};
use solidarity_core::route::calendar_href;

/// When a page is rendered: it decides what the countdown shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// At build time (Unix seconds): the page cannot know when it will be
    /// read, so it names the coming Day and leaves the numbers blank, in
    /// boxes of their final size, for a script to fill in.
    Built(i64),
    /// In the browser, now (Unix seconds): the numbers themselves.
    Live(i64),
}

impl Moment {
    fn tick(self, campaign: &Campaign, lang: Lang) -> Option<Tick> {
        match self {
            Moment::Built(at) => Tick::written(at, campaign, lang),
            Moment::Live(now) => Tick::at(now, campaign, lang),
        }
    }
}

/// The countdown of `campaign` in `lang` at `moment`.
pub fn section(campaign: &Campaign, lang: Lang, moment: Moment) -> Markup {
    let words = lang.countdown_words();
    let tick = moment.tick(campaign, lang);
    let today = tick.as_ref().is_some_and(Tick::is_today);
    let face = tick
        .as_ref()
        .map(|t| Face::of(t, campaign, lang, Size::Full));
    let cells = tick.as_ref().and_then(|t| t.cells.as_ref());
    let spoken = tick.as_ref().and_then(|t| t.spoken(lang));
    let add_to_calendar = (lang.ui().discovery.add_to_calendar)(&day_and_month(
        lang,
        campaign.day.day,
        campaign.day.month,
    ));
    html! {
        section.countdown aria-labelledby="countdown-label" {
            h2 #countdown-label .cd-label { (words.label) }
            div.cd-cells aria-hidden="true" hidden[today] {
                @for i in 0..4 {
                    @let cell = cells.map(|c| &c[i]);
                    div.cd-cell {
                        span.cd-num { (cell.map_or("", |c| c.number.as_str())) }
                        span.cd-unit { (cell.map_or("", |c| c.unit)) }
                    }
                }
            }
            p.visually-hidden hidden[today] { (spoken.unwrap_or_default()) }
            p.cd-today hidden[!today] { (words.today) }
            p.cd-ordinal { (face.as_ref().and_then(|f| f.ordinal.as_deref()).unwrap_or_default()) }
            p.cd-target { (face.as_ref().map_or("", |f| f.when.as_str())) }
            p.cd-calendar {
                // The file, as text/calendar: a phone offers to add the event.
                a href=(calendar_href(lang)) type="text/calendar" { (add_to_calendar) }
            }
        }
    }
}
