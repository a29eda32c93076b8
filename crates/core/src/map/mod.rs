//! The map of solidarity: where the Day was marked, year by year.
//!
//! The world is drawn once at build time from Natural Earth's public-domain
//! data (the core's build script, with [`projection::project`]), and written
//! by the build as the site's own file [`WORLD_FILE`]; each year's map is
//! that drawing seen through a frame fitted to the year's places, with one
//! mark per place and its name where it fits. Everything here is plain
//! arithmetic, so the prerendered page and the app draw the same map.

pub mod projection;
mod world;

use crate::bundle::{Action, Position};
use crate::i18n::Lang;
use crate::localize::Text;
use crate::text::{lowercase, lowercased};
use crate::Site;
use projection::{project, HEIGHT, WIDTH};

/// The address of the site's drawing of the world (its land, `#land`,
/// and borders, `#borders`), the one file every year's map shows through
/// its own frame: `/map/world-….svg`, named by its content.
pub const WORLD_FILE: &str = world::FILE;

/// The drawing of the world as a standalone SVG file: [`WORLD_FILE`].
/// Colours come from the page (`fill` and `stroke` inherit through
/// `<use>`), so the one file serves the light and the dark scheme.
pub fn world_svg() -> &'static str {
    world::SVG
}

/// Another name a bundle may give a country than Natural Earth's.
const ALIASES: &[(&str, &str)] = &[
    ("bosnia and herzegovina", "Bosnia and Herz."),
    ("britain", "United Kingdom"),
    ("burma", "Myanmar"),
    ("central african republic", "Central African Rep."),
    ("czech republic", "Czechia"),
    ("democratic republic of the congo", "Dem. Rep. Congo"),
    ("dominican republic", "Dominican Rep."),
    ("england", "United Kingdom"),
    ("equatorial guinea", "Eq. Guinea"),
    ("eswatini", "eSwatini"),
    ("falkland islands", "Falkland Is."),
    ("great britain", "United Kingdom"),
    ("holland", "Netherlands"),
    ("ivory coast", "Côte d'Ivoire"),
    ("north macedonia", "Macedonia"),
    ("republic of the congo", "Congo"),
    ("scotland", "United Kingdom"),
    ("solomon islands", "Solomon Is."),
    ("south sudan", "S. Sudan"),
    ("the netherlands", "Netherlands"),
    ("turkiye", "Turkey"),
    ("türkiye", "Turkey"),
    ("uk", "United Kingdom"),
    ("united states", "United States of America"),
    ("us", "United States of America"),
    ("usa", "United States of America"),
    ("wales", "United Kingdom"),
    ("western sahara", "W. Sahara"),
];

/// A country's own point on the map, by its English name as a bundle
/// writes it ("Lithuania", "Czech Republic", "USA"; case does not matter):
/// the centre of its largest piece of land. `None` for a name the map does
/// not know, or a country too small for Natural Earth's 1:110m drawing
/// (Malta, Andorra…): such an action needs its own position.
pub fn country_point(name: &str) -> Option<Position> {
    let wanted = lowercased(name.trim());
    let wanted = ALIASES
        .iter()
        .find(|(alias, _)| *alias == wanted)
        .map_or(wanted.clone(), |(_, name)| lowercased(name));
    // Compared a character at a time, not each name lowercased into a new
    // string: checking a bundle looks up every action's country.
    world::COUNTRIES
        .iter()
        .find(|(known, _, _)| known.chars().map(lowercase).eq(wanted.chars()))
        .map(|&(_, lat, lon)| Position { lat, lon })
}

/// The names [`country_point`] knows, for "did you mean".
pub fn country_names() -> impl Iterator<Item = &'static str> {
    world::COUNTRIES.iter().map(|(name, _, _)| *name)
}

/// Where the map puts an action: its own position, else its country's.
pub fn action_position(action: &Action) -> Option<Position> {
    action.position.or_else(|| country_point(&action.country))
}

/// The id of an action's entry in the actions page's list, where its mark
/// on the map leads.
pub fn entry_id(index: usize) -> String {
    format!("action-{index}")
}

/// One year's map.
#[derive(Clone, Debug, PartialEq)]
pub struct YearMap<'a> {
    pub year: i32,
    /// The frame on the world drawing, in map units.
    pub frame: Frame,
    /// The size of a label's text and the radius of a mark, in map units:
    /// what reads well at the width the page shows the map.
    pub font_size: f64,
    pub mark_radius: f64,
    pub marks: Vec<Mark<'a>>,
}

/// A rectangle on the world drawing, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// As SVG's `viewBox` says it.
    pub fn view_box(&self) -> String {
        [self.x, self.y, self.width, self.height]
            .map(svg_number)
            .join(" ")
    }

    fn contains(&self, b: &Frame) -> bool {
        b.x >= self.x
            && b.y >= self.y
            && b.x + b.width <= self.x + self.width
            && b.y + b.height <= self.y + self.height
    }

    fn overlaps(&self, b: &Frame) -> bool {
        self.x < b.x + b.width
            && b.x < self.x + self.width
            && self.y < b.y + b.height
            && b.y < self.y + self.height
    }
}

/// A length or coordinate in map units as SVG attributes write it: to a
/// tenth (a fraction of a pixel at any size the page shows a map), without
/// trailing zeros (`12`, `12.3`), so the marks' markup stays short.
pub fn svg_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let (sign, tenths) = if tenths < 0 {
        ("-", -tenths)
    } else {
        ("", tenths)
    };
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        fraction => format!("{sign}{}.{fraction}", tenths / 10),
    }
}

/// One place where the Day was marked in the year.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark<'a> {
    pub x: f64,
    pub y: f64,
    /// The place's name as the label shows it: the city, else the country.
    pub name: Text<'a>,
    /// The country, when the name is a city's (for the mark's full name).
    pub country: Option<Text<'a>>,
    /// The entry in the list the mark leads to (its first action there).
    pub entry: usize,
    /// How many of the year's actions were held there.
    pub actions: usize,
    /// Where its name is written, when it fits beside the mark without
    /// covering another; else the mark has its name only for assistive
    /// technology and as a tooltip, and the list beneath gives it.
    pub label: Option<Label>,
}

/// A label's place: the text's anchor point and which end it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    /// SVG's `text-anchor`: `start`, `middle` or `end`.
    pub anchor: &'static str,
}

/// The width in CSS pixels the page shows a map at, at most and at least
/// (a narrow phone scrolls it sideways rather than shrink its names):
/// `style/main.css` sets the same bounds on `.map svg`.
pub const SHOWN_WIDTH: (f64, f64) = (480.0, 768.0);
/// A label's size in CSS pixels at the widest.
const LABEL_PX: f64 = 14.0;
const MARK_PX: f64 = 5.0;
/// The smallest frame, in map units: a year with one place still shows
/// the countries around it.
const MIN_FRAME: (f64, f64) = (360.0, 200.0);

/// Every year's map, newest year first, in `lang`. A year whose actions
/// have no place the map knows has no map (the list still shows them).
pub fn year_maps(site: &Site, lang: Lang) -> Vec<YearMap<'_>> {
    site.actions_by_year()
        .iter()
        .filter_map(|year| {
            let actions = year
                .actions
                .iter()
                .map(|&i| (i, site.action(i)))
                .filter(|(_, a)| a.status == crate::bundle::ActionStatus::Held);
            year_map(year.year, actions, lang)
        })
        .collect()
}

fn year_map<'a>(
    year: i32,
    actions: impl Iterator<Item = (usize, &'a Action)>,
    lang: Lang,
) -> Option<YearMap<'a>> {
    let mut marks: Vec<Mark<'a>> = Vec::new();
    let mut places: Vec<(String, String)> = Vec::new();
    for (index, action) in actions {
        let Some(position) = action_position(action).filter(is_valid) else {
            continue;
        };
        let key = (
            lowercased(action.city.as_deref().unwrap_or("").trim()),
            lowercased(action.country.trim()),
        );
        if let Some(at) = places.iter().position(|p| *p == key) {
            marks[at].actions += 1;
            continue;
        }
        places.push(key);
        let (x, y) = project(position.lat, position.lon);
        let country = action.country_in(lang);
        let (name, country) = match action.city_in(lang) {
            Some(city) => (city, Some(country)),
            None => (country, None),
        };
        marks.push(Mark {
            x,
            y,
            name,
            country,
            entry: index,
            actions: 1,
            label: None,
        });
    }
    if marks.is_empty() {
        return None;
    }
    let frame = frame_around(&marks);
    let scale = frame.width / SHOWN_WIDTH.1;
    let font_size = LABEL_PX * scale;
    let mark_radius = MARK_PX * scale;
    place_labels(&mut marks, &frame, font_size, mark_radius);
    Some(YearMap {
        year,
        frame,
        font_size,
        mark_radius,
        marks,
    })
}

fn is_valid(p: &Position) -> bool {
    (-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon)
}

/// A landscape frame around every mark with room for their names, no
/// smaller than [`MIN_FRAME`], within the world.
fn frame_around(marks: &[Mark]) -> Frame {
    let (mut left, mut top, mut right, mut bottom) = (WIDTH, HEIGHT, 0f64, 0f64);
    for m in marks {
        left = left.min(m.x);
        right = right.max(m.x);
        top = top.min(m.y);
        bottom = bottom.max(m.y);
    }
    // Names run beside their marks: a quarter of the frame each side.
    let mut width = ((right - left) / 0.6).max(MIN_FRAME.0);
    let mut height = ((bottom - top) / 0.7).max(MIN_FRAME.1);
    if width < height * 1.5 {
        width = height * 1.5;
    } else if width > height * 2.2 {
        height = width / 2.2;
    }
    let width = width.min(WIDTH);
    let height = height.min(HEIGHT);
    let x = ((left + right - width) / 2.0).clamp(0.0, WIDTH - width);
    let y = ((top + bottom - height) / 2.0).clamp(0.0, HEIGHT - height);
    Frame {
        x,
        y,
        width,
        height,
    }
}

/// Gives each mark's name a place beside it where it covers no other mark
/// or name and stays in the frame: right, left, above, below, then
/// diagonally. Places
/// with more actions are named first, then west to east.
fn place_labels(marks: &mut [Mark], frame: &Frame, font_size: f64, radius: f64) {
    let order = crate::order::positions_by(marks.len(), &|a, b| {
        marks[b]
            .actions
            .cmp(&marks[a].actions)
            .then(marks[a].x.total_cmp(&marks[b].x))
    });
    let dots: Vec<Frame> = marks
        .iter()
        .map(|m| Frame {
            x: m.x - radius,
            y: m.y - radius,
            width: 2.0 * radius,
            height: 2.0 * radius,
        })
        .collect();
    let mut taken: Vec<Frame> = Vec::new();
    for i in order {
        let m = &marks[i];
        // An average letter of the site's sans-serif is about 0.55 em wide.
        let width = m.name.text.chars().count() as f64 * 0.55 * font_size;
        let gap = radius * 1.6;
        let diagonal = gap * 0.7;
        // Baselines: text rises 0.8 em above its baseline and falls 0.2 below.
        let (beside, above, below) = (
            m.y + font_size * 0.35,
            m.y - gap - font_size * 0.2,
            m.y + gap + font_size * 0.8,
        );
        let (high, low) = (
            m.y - diagonal - font_size * 0.2,
            m.y + diagonal + font_size * 0.8,
        );
        let candidates = [
            (m.x + gap, beside, "start"),
            (m.x - gap, beside, "end"),
            (m.x, above, "middle"),
            (m.x, below, "middle"),
            // Diagonally, where a cluster leaves no room straight beside.
            (m.x + diagonal, high, "start"),
            (m.x + diagonal, low, "start"),
            (m.x - diagonal, high, "end"),
            (m.x - diagonal, low, "end"),
        ];
        let fitting = candidates.iter().find_map(|&(x, y, anchor)| {
            let left = match anchor {
                "start" => x,
                "end" => x - width,
                _ => x - width / 2.0,
            };
            let bounds = Frame {
                x: left,
                y: y - font_size * 0.8,
                width,
                height: font_size,
            };
            let clear = frame.contains(&bounds)
                && !taken.iter().any(|t| t.overlaps(&bounds))
                && !dots
                    .iter()
                    .enumerate()
                    .any(|(j, d)| j != i && d.overlaps(&bounds));
            clear.then_some((Label { x, y, anchor }, bounds))
        });
        if let Some((label, bounds)) = fitting {
            marks[i].label = Some(label);
            taken.push(bounds);
        }
    }
}

#[cfg(test)]
mod tests;
