//! `/{lang}/join`, "Take part": what anyone can do for the Day, and the
//! form that turns a report of an action into the entry editors add
//! ([`crate::components::report_form`]).

use crate::components::page_head::{head_of, PageHead};
use crate::components::report_form::ReportForm;
use crate::components::with_site::{Shape, WithSite};
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::route::Route;

#[component]
pub fn JoinPage() -> impl IntoView {
    let lang = use_lang();
    let words = lang.ui().reach;
    view! {
        <WithSite shape=Shape::Article render=move |site| {
            let head = head_of(Route::Join, 1, lang, &site);
            let contact = site.bundle.campaign.contact.clone();
            // The manifesto's and the countdown's ways link to their pages.
            let links = [
                None,
                None,
                None,
                Some((Route::Manifesto.href(lang), words.read_the_manifesto)),
                Some((Route::Embed.href(lang), words.get_the_countdown)),
            ];
            let ways = words
                .ways
                .iter()
                .zip(links)
                .map(|((title, text), link)| view! {
                    <li class="way">
                        <h2>{*title}</h2>
                        <p>{*text}</p>
                        {link.map(|(href, label)| view! { <p><a href=href>{label}</a></p> })}
                    </li>
                })
                .collect_view();
            view! {
                <PageHead head />
                <article class="wrap page join">
                    <h1>{words.nav_join}</h1>
                    <p class="intro">{words.join_intro}</p>
                    <p class="safety">{words.join_safety}</p>
                    <ul class="ways">{ways}</ul>
                    <section class="report" aria-labelledby="report-title">
                        <h2 id="report-title">{words.report_title}</h2>
                        <p>{words.report_intro}</p>
                        <ReportForm contact />
                    </section>
                </article>
            }
        } />
    }
}
