use super::*;
use crate::bundle::Bundle;

fn default_bundle() -> Bundle {
    serde_json::from_str(include_str!("../../../../public/data/bundle.json")).unwrap()
}

fn default_site() -> Site {
    Site::draft(default_bundle())
}

#[test]
fn the_projection_puts_places_where_they_are() {
    let (x0, y0) = project(0.0, 0.0);
    assert!((x0 - WIDTH / 2.0).abs() < 0.5 && (y0 - HEIGHT / 2.0).abs() < 0.5);
    let (west, _) = project(0.0, -180.0);
    let (east, _) = project(0.0, 180.0);
    assert!(west.abs() < 0.5 && (east - WIDTH).abs() < 0.5);
    let (_, north) = project(90.0, 0.0);
    let (_, south) = project(-90.0, 0.0);
    assert!(north.abs() < 0.5 && (south - HEIGHT).abs() < 0.5);
    // Vilnius is north-east of Berlin.
    let vilnius = project(54.69, 25.28);
    let berlin = project(52.52, 13.4);
    assert!(vilnius.0 > berlin.0 && vilnius.1 < berlin.1);
}

#[test]
fn countries_have_their_own_point_by_any_common_name() {
    let lithuania = country_point("Lithuania").unwrap();
    assert!((53.0..57.0).contains(&lithuania.lat) && (20.0..27.0).contains(&lithuania.lon));
    for (alias, name) in [
        ("Czech Republic", "Czechia"),
        ("usa", "United States of America"),
    ] {
        assert_eq!(country_point(alias), country_point(name), "{alias}");
    }
    let us = country_point("United States").unwrap();
    assert!((30.0..45.0).contains(&us.lat) && (-110.0..-85.0).contains(&us.lon));
    assert_eq!(country_point("  lithuania "), Some(lithuania));
    assert_eq!(country_point("Narnia"), None);
    assert_eq!(country_point(""), None);
}

#[test]
fn the_world_file_draws_land_and_borders_in_little_space() {
    let svg = world_svg();
    assert!(WORLD_FILE.starts_with("/map/world-") && WORLD_FILE.ends_with(".svg"));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("id=\"land\"") && svg.contains("id=\"borders\""));
    assert!(svg.len() < 150_000, "{} bytes", svg.len());
    // Only path data: nothing a page would have to trust.
    assert!(!svg.contains("<script") && !svg.contains("href"));
}

#[test]
fn every_year_of_the_default_bundle_has_a_map_with_each_place_once() {
    let site = default_site();
    let maps = year_maps(&site, Lang::En);
    let years: Vec<i32> = maps.iter().map(|m| m.year).collect();
    assert_eq!(years, [2013, 2012]);
    let m2013 = &maps[0];
    let names: Vec<&str> = m2013.marks.iter().map(|m| m.name.text).collect();
    // Baranavichy's picket was banned: it did not mark the Day.
    assert!(!names.contains(&"Baranavichy"), "{names:?}");
    for city in ["Vilnius", "Bishkek", "Moscow"] {
        assert_eq!(names.iter().filter(|n| **n == city).count(), 1, "{city}");
    }
    for map in &maps {
        for mark in &map.marks {
            let f = map.frame;
            assert!(
                mark.x > f.x && mark.x < f.x + f.width && mark.y > f.y && mark.y < f.y + f.height,
                "{} outside its frame",
                mark.name.text
            );
            assert_eq!(
                site.action(mark.entry)
                    .city_in(Lang::En)
                    .unwrap_or(site.action(mark.entry).country_in(Lang::En))
                    .text,
                mark.name.text
            );
        }
        let named = map.marks.iter().filter(|m| m.label.is_some()).count();
        assert!(
            named * 2 >= map.marks.len(),
            "{}: only {named} names shown",
            map.year
        );
    }
}

#[test]
fn names_are_in_the_page_language_and_never_cover_each_other() {
    let site = default_site();
    for lang in Lang::ALL {
        for map in year_maps(&site, lang) {
            let boxes: Vec<Frame> = map
                .marks
                .iter()
                .filter_map(|m| {
                    let l = m.label?;
                    let width = m.name.text.chars().count() as f64 * 0.55 * map.font_size;
                    let x = match l.anchor {
                        "start" => l.x,
                        "end" => l.x - width,
                        _ => l.x - width / 2.0,
                    };
                    Some(Frame {
                        x,
                        y: l.y - map.font_size * 0.8,
                        width,
                        height: map.font_size * 0.9,
                    })
                })
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(!a.overlaps(b), "{lang:?} {}: {a:?} and {b:?}", map.year);
                }
            }
        }
    }
    let be = year_maps(&site, Lang::Be);
    assert!(be[0]
        .marks
        .iter()
        .any(|m| m.name.text == "Вільня" && m.name.lang == Lang::Be));
}

#[test]
fn an_action_the_map_cannot_place_is_left_out_not_the_year() {
    let mut bundle = default_bundle();
    bundle.actions[0].country = "Narnia".into();
    bundle.actions[0].position = None;
    bundle.actions[1].position = Some(Position {
        lat: 123.0,
        lon: 0.0,
    });
    let site = Site::draft(bundle);
    let maps = year_maps(&site, Lang::En);
    let names: Vec<&str> = maps[0].marks.iter().map(|m| m.name.text).collect();
    assert!(
        !names.contains(&"Vilnius") && !names.contains(&"Bishkek"),
        "{names:?}"
    );
    assert!(names.contains(&"Moscow"));
}

#[test]
fn every_country_point_is_on_earth_even_across_the_antimeridian() {
    for name in country_names() {
        let p = country_point(name).unwrap();
        assert!(is_valid(&p), "{name}: {p:?}");
    }
    // Russia's and Fiji's land crosses 180°: their points must not.
    let russia = country_point("Russia").unwrap();
    assert!(
        (50.0..70.0).contains(&russia.lat) && (60.0..130.0).contains(&russia.lon),
        "{russia:?}"
    );
    let fiji = country_point("Fiji").unwrap();
    assert!(
        (-20.0..-15.0).contains(&fiji.lat) && fiji.lon.abs() > 170.0,
        "{fiji:?}"
    );
}

#[test]
fn svg_numbers_are_written_to_a_tenth() {
    for (value, written) in [
        (0.0, "0"),
        (12.34, "12.3"),
        (12.35, "12.4"),
        (-0.04, "0"),
        (-3.26, "-3.3"),
        (1086.96, "1087"),
    ] {
        assert_eq!(svg_number(value), written, "{value}");
    }
}
