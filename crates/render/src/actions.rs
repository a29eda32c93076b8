//! `/{lang}/actions`: the solidarity actions, year by year, with how widely
//! each year's Day was marked, and where, on a map whose marks lead to the
//! list.

use crate::map;
use crate::text::{date, lang_attr};
use maud::{html, Markup};
use solidarity_core::bundle::ActionStatus;
use solidarity_core::i18n::{year_reach, Lang};
use solidarity_core::map::entry_id;
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The page's content, in `lang`.
pub fn page(site: &Site, lang: Lang) -> Markup {
    let ui = lang.ui();
    html! {
        div.wrap.page {
            h1 { (ui.actions_title) }
            p.intro { (ui.actions_intro) }
            @if let Some(map) = map::section(site, lang) { (map) }
            @for year in site.actions_by_year() {
                @let heading = format!("year-{}", year.year);
                section.action-year aria-labelledby=(heading) {
                    h2 id=(heading) { (year.year) }
                    p.reach { (year_reach(lang, year.countries, year.cities)) }
                    ul.action-list {
                        @for &i in &year.actions {
                            @let a = site.action(i);
                            @let banned = a.status == ActionStatus::Banned;
                            @let country = a.country_in(lang);
                            @let summary = a.summary_in(lang);
                            li id=(entry_id(i)) class={ "action" @if banned { " banned" } } {
                                // Reports that name only the country are headed by it.
                                h3.action-place {
                                    @if let Some(city) = a.city_in(lang) {
                                        span lang=[lang_attr(city.lang, lang)] { (city.text) }
                                        span.action-country lang=[lang_attr(country.lang, lang)] { (country.text) }
                                    } @else {
                                        span lang=[lang_attr(country.lang, lang)] { (country.text) }
                                    }
                                }
                                p.meta {
                                    (date(a.date, lang))
                                    @if banned { span.badge { (ui.action_banned) } }
                                }
                                @if let Some(organiser) = a.organiser_in(lang) {
                                    p.organiser {
                                        (ui.organised_by) " "
                                        span lang=[lang_attr(organiser.lang, lang)] { (organiser.text) }
                                    }
                                }
                                p lang=[lang_attr(summary.lang, lang)] { (summary.text) }
                                @if let Some(slug) = &a.post {
                                    a href=(Route::Post(slug).href(lang)) { (ui.action_report) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
