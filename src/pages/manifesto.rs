//! `/{lang}/manifesto`: the campaign's founding text in full, which also
//! prints as an A4 leaflet (style/main.css, `@media print`).

use crate::components::page_head::{head_of, PageHead};
use crate::components::with_site::{Shape, WithSite};
use crate::components::{lang_attr, DateText, Paragraphs, TranslationNote};
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::i18n::day_and_month;
use solidarity_core::route::Route;

#[component]
pub fn ManifestoPage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <WithSite shape=Shape::Article render=move |site| {
            let head = head_of(Route::Manifesto, 1, lang, &site);
            let m = &site.bundle.manifesto;
            let (subtitle, title, body) = (m.subtitle_in(lang), m.title_in(lang), m.body_in(lang));
            let untranslated = [subtitle.lang, title.lang, body.lang].iter().any(|l| *l != lang);
            let campaign = &site.bundle.campaign;
            let words = ui.discovery;
            let day = day_and_month(lang, campaign.day.day, campaign.day.month);
            let about_the_day = (words.day_description)(campaign.first_year, campaign.honoree_in(lang).text);
            let address = site.absolute(&Route::Manifesto.href(lang));
            view! {
                <PageHead head />
                <article class="wrap page article">
                    <p class="call" lang=lang_attr(subtitle.lang)>{subtitle.text.to_string()}</p>
                    <h1 lang=lang_attr(title.lang)>{title.text.to_string()}</h1>
                    <p class="meta">{ui.published} " " <DateText day=m.published /></p>
                    <TranslationNote untranslated />
                    <div class="prose" lang=lang_attr(body.lang)><Paragraphs paragraphs=body.text.to_vec() /></div>
                    // Printed only: a leaflet ends with when and where.
                    <footer class="leaflet-end">
                        <p><strong>{day}</strong> " — " {about_the_day}</p>
                        <p>{words.leaflet_more} " " <span class="leaflet-address">{address}</span></p>
                    </footer>
                </article>
            }
        } />
    }
}
