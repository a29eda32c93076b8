//! The map of solidarity on the actions page: one map per year, chosen
//! with radio buttons that CSS alone switches (style/main.css, `.map-pick`),
//! so the prerendered page works without JavaScript and, without CSS too,
//! shows every year one under the other. The world itself is the site's
//! one drawing ([`solidarity_core::map::WORLD_FILE`]); what each year adds —
//! its frame and its marks, placed by [`solidarity_core::map`] — is inline.

use crate::components::lang_attr;
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::map::{entry_id, svg_number, year_maps, YearMap, WORLD_FILE};
use solidarity_core::Site;

/// The map section of `site`'s actions, if any action can be placed.
pub fn solidarity_map(site: &Site) -> Option<impl IntoView> {
    let lang = use_lang();
    let words = lang.ui().reach;
    let maps = year_maps(site, lang);
    if maps.is_empty() {
        return None;
    }
    let years = maps
        .iter()
        .enumerate()
        .map(|(i, map)| {
            let id = format!("map-year-{}", map.year);
            let figure = format!("map-{}", map.year);
            view! {
                // The newest year is shown first.
                <input type="radio" class="map-pick" name="map-year" id=id.clone() checked=i == 0 />
                <label for=id>{map.year}</label>
                <figure class="map-year" id=figure>
                    {year_map(map)}
                </figure>
            }
        })
        .collect_view();
    Some(view! {
        <section class="map" aria-labelledby="map-title">
            <h2 id="map-title">{words.map_title}</h2>
            <fieldset class="map-years">
                <legend>{words.map_year}</legend>
                {years}
            </fieldset>
            <p class="map-note">{words.map_note}</p>
        </section>
    })
}

/// One year's map: the world through the year's frame, and its marks.
fn year_map(map: &YearMap) -> impl IntoView {
    let words = use_lang().ui().reach;
    let title = (words.map_of_year)(map.year);
    let radius = svg_number(map.mark_radius);
    let marks = map
        .marks
        .iter()
        .map(|mark| {
            let name = match mark.country {
                Some(country) => format!("{}, {}", mark.name.text, country.text),
                None => mark.name.text.to_string(),
            };
            let label = mark.label.map(|l| {
                view! {
                    <text x=svg_number(l.x) y=svg_number(l.y) text-anchor=l.anchor
                        lang=lang_attr(mark.name.lang) aria-hidden="true">
                        {mark.name.text.to_string()}
                    </text>
                }
            });
            let tooltip = name.clone();
            view! {
                <g class="map-mark">
                    <a href=format!("#{}", entry_id(mark.entry)) aria-label=name>
                        <title>{tooltip}</title>
                        <circle cx=svg_number(mark.x) cy=svg_number(mark.y) r=radius.clone() />
                        {label}
                    </a>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="map-svg" viewBox=map.frame.view_box() role="group" aria-label=title
            font-size=svg_number(map.font_size) preserveAspectRatio="xMidYMid meet">
            <use href=format!("{WORLD_FILE}#land") class="map-land" />
            <use href=format!("{WORLD_FILE}#borders") class="map-borders" />
            {marks}
        </svg>
    }
}
