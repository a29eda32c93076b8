//! The map of solidarity on the actions page: one map per year, chosen
//! with radio buttons that CSS alone switches (style/main.css, `.map-pick`),
//! so the page works without JavaScript and, without CSS too, shows every
//! year one under the other. The world itself is the site's one drawing
//! ([`solidarity_core::map::WORLD_FILE`]); what each year adds — its frame
//! and its marks, placed by [`solidarity_core::map`] — is inline.

use crate::text::lang_attr;
use maud::{html, Markup};
use solidarity_core::i18n::Lang;
use solidarity_core::map::{entry_id, svg_number, year_maps, YearMap, WORLD_FILE};
use solidarity_core::Site;

/// The map section of `site`'s actions in `lang`, if any action can be
/// placed.
pub fn section(site: &Site, lang: Lang) -> Option<Markup> {
    let words = lang.ui().reach;
    let maps = year_maps(site, lang);
    if maps.is_empty() {
        return None;
    }
    Some(html! {
        section.map aria-labelledby="map-title" {
            h2 #map-title { (words.map_title) }
            fieldset.map-years {
                legend { (words.map_year) }
                @for (i, map) in maps.iter().enumerate() {
                    @let id = format!("map-year-{}", map.year);
                    // The newest year is shown first.
                    input.map-pick type="radio" name="map-year" id=(id) checked[i == 0];
                    label for=(id) { (map.year) }
                    figure id=(format!("map-{}", map.year)) class="map-year" { (year_map(map, lang)) }
                }
            }
            p.map-note { (words.map_note) }
        }
    })
}

/// One year's map: the world through the year's frame, and its marks.
fn year_map(map: &YearMap, lang: Lang) -> Markup {
    let words = lang.ui().reach;
    let radius = svg_number(map.mark_radius);
    html! {
        svg.map-svg viewBox=(map.frame.view_box()) role="group" aria-label=((words.map_of_year)(map.year))
            font-size=(svg_number(map.font_size)) preserveAspectRatio="xMidYMid meet" {
            use href=(format!("{WORLD_FILE}#land")) class="map-land" {}
            use href=(format!("{WORLD_FILE}#borders")) class="map-borders" {}
            @for mark in &map.marks {
                @let name = match mark.country {
                    Some(country) => format!("{}, {}", mark.name.text, country.text),
                    None => mark.name.text.to_string(),
                };
                g.map-mark {
                    a href=(format!("#{}", entry_id(mark.entry))) aria-label=(name) {
                        title { (name) }
                        circle cx=(svg_number(mark.x)) cy=(svg_number(mark.y)) r=(radius) {}
                        @if let Some(label) = mark.label {
                            text x=(svg_number(label.x)) y=(svg_number(label.y)) text-anchor=(label.anchor)
                                lang=[lang_attr(mark.name.lang, lang)] aria-hidden="true" {
                                (mark.name.text)
                            }
                        }
                    }
                }
            }
        }
    }
}
