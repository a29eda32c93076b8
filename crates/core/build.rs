//! Draws the world once, at build time, from Natural Earth's public-domain
//! countries at 1:110 million (`data/countries-110m.json`, TopoJSON as
//! published by the `world-atlas` package): the land and the borders as an
//! SVG file in the map's projection, named by its content, and each
//! country's own point (the centre of its largest piece of land), which
//! places an action that names only its country. The core includes the
//! result (`map/world.rs`).

use serde_json::Value;
use std::fmt::Write as _;
use std::{env, fs, path::PathBuf};

#[allow(dead_code)]
#[path = "src/map/projection.rs"]
mod projection;

/// Not drawn: it would take a third of the map's height for no action.
const UNDRAWN: &[&str] = &["Antarctica"];

/// How far, in map units, a drawn line may stray from Natural Earth's
/// ([`simplified`]): less than a unit (a sixth of a degree, about 20 km),
/// about what rounding every point to a whole unit already moves it, and
/// within the data's own generalisation at 1:110 million. The file is
/// 1.5 KB (brotli, of 10.7) lighter; on the most zoomed year map (two
/// pixels a unit) the coasts are the same, and the one-unit stairs rounding
/// drew along straight borders are gone.
const TOLERANCE: f64 = 0.7;

fn main() {
    let source = "data/countries-110m.json";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/map/projection.rs");
    let text = fs::read_to_string(source).expect("data/countries-110m.json is in the repository");
    let topology: Value = serde_json::from_str(&text).expect("world-atlas TopoJSON");
    let arcs = decoded_arcs(&topology);
    let geometries = topology["objects"]["countries"]["geometries"]
        .as_array()
        .expect("countries");

    let mut uses = vec![Vec::<usize>::new(); arcs.len()];
    let mut countries = Vec::new();
    // Every drawn country's rings, and whether it crosses the antimeridian.
    let mut drawn: Vec<(Vec<Vec<i64>>, bool)> = Vec::new();
    for (g, geometry) in geometries.iter().enumerate() {
        let name = geometry["properties"]["name"].as_str().expect("name");
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["arcs"]],
            Some("MultiPolygon") => geometry["arcs"].as_array().expect("arcs").iter().collect(),
            _ => continue,
        };
        let mut largest: Option<(f64, (f64, f64))> = None;
        let (mut rings, mut crosses) = (Vec::new(), false);
        for polygon in polygons {
            for (r, ring) in polygon.as_array().expect("rings").iter().enumerate() {
                let indices: Vec<i64> = ring
                    .as_array()
                    .expect("ring")
                    .iter()
                    .map(|i| i.as_i64().expect("arc index"))
                    .collect();
                for &i in &indices {
                    uses[arc_index(i)].push(g);
                }
                let points = unwrapped(ring_points(&arcs, &indices));
                if r == 0 {
                    let (area, centre) = area_and_centroid(&points);
                    if largest.is_none_or(|(a, _)| area > a) {
                        largest = Some((area, centre));
                    }
                }
                crosses |= points.iter().any(|p| p.0.abs() > 180.0);
                rings.push(indices);
            }
        }
        if !UNDRAWN.contains(&name) {
            drawn.push((rings, crosses));
        }
        if let Some((_, (lon, lat))) = largest {
            // Back within ±180° if the land crossed the antimeridian.
            let lon = (lon + 540.0).rem_euclid(360.0) - 180.0;
            countries.push((name.to_string(), lat, lon));
        }
    }
    // Countries' own points above are from the data as published; the
    // drawing is of the arcs simplified, each once, so that a coast and the
    // border that ends on it still meet.
    let arcs: Vec<_> = arcs.iter().map(|arc| simplified(arc)).collect();
    let land = land_path(&arcs, &drawn);
    // A border is an arc two countries share; a coast is drawn by the land.
    let shared: Vec<usize> = (0..arcs.len())
        .filter(|&a| uses[a].len() == 2 && uses[a][0] != uses[a][1])
        .collect();
    let mut borders = String::new();
    for line in border_lines(&arcs, &shared) {
        draw(&mut borders, &unwrapped(line), false);
    }
    // (The build script runs natively: no wasm to keep small.)
    #[allow(clippy::disallowed_methods)]
    countries.sort_by(|a, b| a.0.cmp(&b.0));

    // Colours come from the page (`fill` and `stroke` inherit through
    // `<use>`), so the one file serves the light and the dark scheme.
    let svg = format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0} {h:.0}">"#,
            r#"<path id="land" d="{land}"/>"#,
            r#"<path id="borders" fill="none" vector-effect="non-scaling-stroke" d="{borders}"/>"#,
            "</svg>\n"
        ),
        w = projection::WIDTH,
        h = projection::HEIGHT,
        land = land,
        borders = borders,
    );
    let mut out =
        String::from("// Generated by the core's build script from Natural Earth data.\n");
    writeln!(out, "pub(crate) const SVG: &str = {svg:?};").unwrap();
    // Named by its content, as the site's other static files are: cached
    // for a year, and a new drawing is a new name.
    let file = format!("/map/world-{:016x}.svg", fnv(svg.as_bytes()));
    writeln!(out, "pub(crate) const FILE: &str = {file:?};").unwrap();
    out.push_str("pub(crate) const COUNTRIES: &[(&str, f64, f64)] = &[\n");
    for (name, lat, lon) in &countries {
        writeln!(out, "    ({name:?}, {lat:.2}, {lon:.2}),").unwrap();
    }
    out.push_str("];\n");
    let path = PathBuf::from(env::var("OUT_DIR").unwrap()).join("world.rs");
    fs::write(path, out).unwrap();
}

/// FNV-1a, 64 bits: a name for the file's content (not a secure hash) —
/// the hash `solidarity_publish::Fnv` names the share images by, written
/// again here because a build script cannot use a crate that uses this one.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// TopoJSON's arcs, quantized and delta-encoded, as longitude/latitude.
fn decoded_arcs(topology: &Value) -> Vec<Vec<(f64, f64)>> {
    let scale = &topology["transform"]["scale"];
    let translate = &topology["transform"]["translate"];
    let (sx, sy) = (scale[0].as_f64().unwrap(), scale[1].as_f64().unwrap());
    let (tx, ty) = (
        translate[0].as_f64().unwrap(),
        translate[1].as_f64().unwrap(),
    );
    topology["arcs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    x += p[0].as_i64().unwrap();
                    y += p[1].as_i64().unwrap();
                    (x as f64 * sx + tx, y as f64 * sy + ty)
                })
                .collect()
        })
        .collect()
}

/// The land as path data: the countries dissolved into landmasses, so that
/// a border two countries share is not in it twice (the borders have a path
/// of their own). The file is what an actions page downloads for its maps;
/// this makes it about a third smaller, with the same land filled.
///
/// A landmass's outline is its countries' arcs that only one of them uses,
/// linked end to start: every ring runs the same way round, so where one
/// country's coast meets a border the neighbour's coast begins. A country
/// that crosses the antimeridian is drawn by itself (its outline again from
/// the other side of the map, see [`draw`]), and its neighbours keep their
/// arcs with it, or the whole continent would be drawn twice.
fn land_path(arcs: &[Vec<(f64, f64)>], drawn: &[(Vec<Vec<i64>>, bool)]) -> String {
    let mut land = String::new();
    let mut merged_uses = vec![0; arcs.len()];
    for (rings, crosses) in drawn {
        for ring in rings {
            if *crosses {
                draw(&mut land, &unwrapped(ring_points(arcs, ring)), true);
            } else {
                for &i in ring {
                    merged_uses[arc_index(i)] += 1;
                }
            }
        }
    }
    // The outline's arcs, as their rings run, and where each begins.
    let outline: Vec<i64> = drawn
        .iter()
        .filter(|(_, crosses)| !crosses)
        .flat_map(|(rings, _)| rings.iter().flatten().copied())
        .filter(|&i| merged_uses[arc_index(i)] == 1)
        .collect();
    let ends = |i: i64| {
        let points = ring_points(arcs, &[i]);
        let key = |p: &(f64, f64)| (p.0.to_bits(), p.1.to_bits());
        (
            key(&points[0]),
            key(points.last().expect("an arc has points")),
        )
    };
    let mut starting_at = std::collections::HashMap::<_, Vec<usize>>::new();
    for (n, &i) in outline.iter().enumerate() {
        starting_at.entry(ends(i).0).or_default().push(n);
    }
    let mut linked = vec![false; outline.len()];
    for first in 0..outline.len() {
        if linked[first] {
            continue;
        }
        linked[first] = true;
        let mut ring = vec![outline[first]];
        let start = ends(outline[first]).0;
        let mut end = ends(outline[first]).1;
        while end != start {
            let next = starting_at
                .get(&end)
                .and_then(|candidates| candidates.iter().find(|&&n| !linked[n]));
            let Some(&next) = next else {
                panic!("the land's outline is open at an arc of ring {ring:?}");
            };
            linked[next] = true;
            ring.push(outline[next]);
            end = ends(outline[next]).1;
        }
        draw(&mut land, &unwrapped(ring_points(arcs, &ring)), true);
    }
    land
}

/// The borders (`shared`: indices of arcs) linked into as few lines as
/// their ends allow, each arc once, in one direction or the other: a line
/// is one `M` for several arcs, which meet where three countries do.
fn border_lines(arcs: &[Vec<(f64, f64)>], shared: &[usize]) -> Vec<Vec<(f64, f64)>> {
    let key = |p: &(f64, f64)| (p.0.to_bits(), p.1.to_bits());
    let mut touching = std::collections::HashMap::<_, Vec<usize>>::new();
    for &a in shared {
        touching.entry(key(&arcs[a][0])).or_default().push(a);
        touching
            .entry(key(arcs[a].last().expect("an arc has points")))
            .or_default()
            .push(a);
    }
    let mut drawn = vec![false; arcs.len()];
    let mut lines = Vec::new();
    for &first in shared {
        if drawn[first] {
            continue;
        }
        drawn[first] = true;
        let mut line = arcs[first].clone();
        // On from its end, then on from its start.
        for _ in 0..2 {
            loop {
                let end = key(line.last().expect("a line has points"));
                let next = touching
                    .get(&end)
                    .and_then(|arcs| arcs.iter().find(|&&a| !drawn[a]));
                let Some(&next) = next else {
                    break;
                };
                drawn[next] = true;
                let mut arc = arcs[next].clone();
                if key(&arc[0]) != end {
                    arc.reverse();
                }
                line.extend(arc.into_iter().skip(1));
            }
            line.reverse();
        }
        lines.push(line);
    }
    lines
}

/// The arc (longitude/latitude) with only the points the drawing needs:
/// Douglas–Peucker in the map's units, where no point left out is further
/// than [`TOLERANCE`] from the line drawn. The ends stay, exactly: arcs are
/// linked by them ([`land_path`], [`border_lines`]).
fn simplified(arc: &[(f64, f64)]) -> Vec<(f64, f64)> {
    if arc.len() < 3 {
        return arc.to_vec();
    }
    let projected: Vec<(f64, f64)> = unwrapped(arc.to_vec())
        .into_iter()
        .map(|(lon, lat)| projection::project(lat, lon))
        .collect();
    let mut keep = vec![false; arc.len()];
    keep[0] = true;
    keep[arc.len() - 1] = true;
    let mut spans = vec![(0, arc.len() - 1)];
    while let Some((from, to)) = spans.pop() {
        let farthest = (from + 1..to)
            .map(|i| (i, distance(projected[i], projected[from], projected[to])))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, d)) = farthest {
            if d > TOLERANCE {
                keep[i] = true;
                spans.push((from, i));
                spans.push((i, to));
            }
        }
    }
    arc.iter()
        .zip(keep)
        .filter_map(|(&point, kept)| kept.then_some(point))
        .collect()
}

/// How far `p` is from the segment `a`–`b` (from `a` if they are one point).
fn distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length_sq = dx * dx + dy * dy;
    let t = if length_sq == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length_sq).clamp(0.0, 1.0)
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

/// TopoJSON numbers a reversed arc `!i` (`-i - 1`).
fn arc_index(i: i64) -> usize {
    if i < 0 {
        (!i) as usize
    } else {
        i as usize
    }
}

fn ring_points(arcs: &[Vec<(f64, f64)>], indices: &[i64]) -> Vec<(f64, f64)> {
    let mut points = Vec::new();
    for &i in indices {
        let mut arc = arcs[arc_index(i)].clone();
        if i < 0 {
            arc.reverse();
        }
        // Each arc begins where the last ended.
        let skip = usize::from(!points.is_empty());
        points.extend(arc.into_iter().skip(skip));
    }
    points
}

/// The planar area and centre of a ring of longitude/latitude points.
fn area_and_centroid(points: &[(f64, f64)]) -> (f64, (f64, f64)) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for w in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a.abs() < 1e-12 {
        return (0.0, points[0]);
    }
    (a.abs() / 2.0, (cx / (3.0 * a), cy / (3.0 * a)))
}

/// The points with no step across the antimeridian: a line that leaves at
/// +180° goes on past it (to 181°…) instead of jumping back across the whole
/// world to −180°, which would draw a band around it. Russia's Chukotka and
/// Fiji cross it.
fn unwrapped(mut points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    for i in 1..points.len() {
        let previous = points[i - 1].0;
        while points[i].0 - previous > 180.0 {
            points[i].0 -= 360.0;
        }
        while points[i].0 - previous < -180.0 {
            points[i].0 += 360.0;
        }
    }
    points
}

/// Appends the points (see [`unwrapped`]) as SVG path data, and, for what
/// went past ±180°, again from the other side of the map, where the part
/// past the edge belongs (the drawing's frame cuts off the rest).
fn draw(path: &mut String, points: &[(f64, f64)], closed: bool) {
    draw_once(path, points, closed);
    let west = points.iter().any(|p| p.0 < -180.0);
    let east = points.iter().any(|p| p.0 > 180.0);
    for (past, shift) in [(west, 360.0), (east, -360.0)] {
        if past {
            let shifted: Vec<(f64, f64)> = points
                .iter()
                .map(|&(lon, lat)| (lon + shift, lat))
                .collect();
            draw_once(path, &shifted, closed);
        }
    }
}

/// Appends the points, projected and rounded to whole map units, as SVG
/// path data with relative moves (short: most steps are one or two digits),
/// closed when `closed`.
fn draw_once(path: &mut String, points: &[(f64, f64)], closed: bool) {
    let mut last: Option<(i64, i64)> = None;
    let mut steps = 0;
    for &(lon, lat) in points {
        let (x, y) = projection::project(lat, lon);
        let here = (x.round() as i64, y.round() as i64);
        match last {
            None => {
                // The pen's position after a `z` is the subpath's start, so
                // an absolute move keeps every subpath independent.
                write!(path, "M{} {}", here.0, here.1).unwrap();
            }
            Some(prev) if prev == here => continue,
            Some(prev) => {
                let (dx, dy) = (here.0 - prev.0, here.1 - prev.1);
                if steps == 0 {
                    path.push('l');
                } else if dx >= 0 {
                    path.push(' ');
                }
                write!(path, "{dx}").unwrap();
                if dy >= 0 {
                    path.push(' ');
                }
                write!(path, "{dy}").unwrap();
                steps += 1;
            }
        }
        last = Some(here);
    }
    if closed {
        path.push('z');
    }
}
