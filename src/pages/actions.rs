//! `/actions`: the solidarity actions, year by year, with how widely each
//! year's Day was marked, and where, on a map whose marks lead to the list.

use crate::components::map::solidarity_map;
use crate::components::page_head::{head_of, PageHead};
use crate::components::with_site::{Shape, WithSite};
use crate::components::{lang_attr, DateText};
use crate::lang::use_lang;
use leptos::either::Either;
use leptos::prelude::*;
use solidarity_core::bundle::ActionStatus;
use solidarity_core::i18n::year_reach;
use solidarity_core::map::entry_id;
use solidarity_core::route::Route;

#[component]
pub fn ActionsPage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <WithSite shape=Shape::List render=move |site| {
            let head = head_of(Route::Actions, 1, lang, &site);
            let years = site
                .actions_by_year()
                .iter()
                .map(|year| {
                    let items = year
                        .actions
                        .iter()
                        .map(|&i| {
                            let a = site.action(i);
                            let banned = a.status == ActionStatus::Banned;
                            let report = a.post.as_ref().map(|slug| view! {
                                <a href=Route::Post(slug).href(lang)>{ui.action_report}</a>
                            });
                            let country = a.country_in(lang);
                            let summary = a.summary_in(lang);
                            let organiser = a.organiser_in(lang);
                            view! {
                                <li class="action" class:banned=banned id=entry_id(i)>
                                    // Reports that name only the country are headed by it.
                                    <h3 class="action-place">
                                        {match a.city_in(lang) {
                                            Some(city) => Either::Left(view! {
                                                <span lang=lang_attr(city.lang)>{city.text.to_string()}</span>
                                                <span class="action-country" lang=lang_attr(country.lang)>{country.text.to_string()}</span>
                                            }),
                                            None => Either::Right(view! {
                                                <span lang=lang_attr(country.lang)>{country.text.to_string()}</span>
                                            }),
                                        }}
                                    </h3>
                                    <p class="meta">
                                        <DateText day=a.date />
                                        {banned.then(|| view! { <span class="badge">{ui.action_banned}</span> })}
                                    </p>
                                    {organiser.map(|o| view! {
                                        <p class="organiser">{ui.organised_by} " " <span lang=lang_attr(o.lang)>{o.text.to_string()}</span></p>
                                    })}
                                    <p lang=lang_attr(summary.lang)>{summary.text.to_string()}</p>
                                    {report}
                                </li>
                            }
                        })
                        .collect_view();
                    let heading_id = format!("year-{}", year.year);
                    let labelled_by = heading_id.clone();
                    view! {
                        <section class="action-year" aria-labelledby=labelled_by>
                            <h2 id=heading_id>{year.year}</h2>
                            <p class="reach">{year_reach(lang, year.countries, year.cities)}</p>
                            <ul class="action-list">{items}</ul>
                        </section>
                    }
                })
                .collect_view();
            view! {
                <PageHead head />
                <div class="wrap page">
                    <h1>{ui.actions_title}</h1>
                    <p class="intro">{ui.actions_intro}</p>
                    {solidarity_map(&site)}
                    {years}
                </div>
            }
        } />
    }
}
