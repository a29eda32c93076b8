//! `/{lang}/manifesto`: the campaign's founding text in full, which also
//! prints as an A4 leaflet (style/main.css, `@media print`).

use crate::text::{date, lang_attr, paragraphs, translation_note};
use maud::{html, Markup};
use solidarity_core::i18n::{day_and_month, Lang};
use solidarity_core::route::Route;
use solidarity_core::Site;

/// The page's article, in `lang`.
pub fn article(site: &Site, lang: Lang) -> Markup {
    let ui = lang.ui();
    let m = &site.bundle.manifesto;
    let (subtitle, title, body) = (m.subtitle_in(lang), m.title_in(lang), m.body_in(lang));
    let untranslated = [subtitle.lang, title.lang, body.lang]
        .iter()
        .any(|l| *l != lang);
    let campaign = &site.bundle.campaign;
    let words = ui.discovery;
    let day = day_and_month(lang, campaign.day.day, campaign.day.month);
    let about_the_day =
        (words.day_description)(campaign.first_year, campaign.honoree_in(lang).text);
    let address = site.absolute(&Route::Manifesto.href(lang));
    html! {
        article.wrap.page.article {
            p.call lang=[lang_attr(subtitle.lang, lang)] { (subtitle.text) }
            h1 lang=[lang_attr(title.lang, lang)] { (title.text) }
            p.meta { (ui.published) " " (date(m.published, lang)) }
            (translation_note(untranslated, lang))
            div.prose lang=[lang_attr(body.lang, lang)] { (paragraphs(body.text)) }
            // Printed only: a leaflet ends with when and where.
            footer.leaflet-end {
                p { strong { (day) } " — " (about_the_day) }
                p { (words.leaflet_more) " " span.leaflet-address { (address) } }
            }
        }
    }
}
