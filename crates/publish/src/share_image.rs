//! The share images: the 1200×630 picture a link preview shows for each
//! page (`og:image`), drawn at build time in the site's colours — the
//! campaign's day and short name, the page's title, a line under it
//! (a post's date, another page's description) and the campaign's name on
//! the flag's red band.
//!
//! Drawn with Liberation Sans (`fonts/`, SIL Open Font License), which
//! covers Belarusian and Russian; the site itself keeps system fonts. The
//! images are indexed PNGs (a few colours and their anti-aliased blends):
//! small, and quick to write ten thousand of.

use ab_glyph::{point, Font, FontRef, PxScale, ScaleFont};
use solidarity_core::head::SHARE_IMAGE_SIZE;

const BOLD: &[u8] = include_bytes!("../fonts/LiberationSans-Bold.ttf");
const REGULAR: &[u8] = include_bytes!("../fonts/LiberationSans-Regular.ttf");

/// This file's own text: part of every image's [`Card::key`], so that a
/// change to how cards are drawn redraws them all, and nothing else does.
const DRAWING: &str = include_str!("share_image.rs");

/// The site's colours (style/main.css, light scheme).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(usize)]
enum Colour {
    White,
    Text,
    Soft,
    Red,
}

impl Colour {
    fn rgb(self) -> [u8; 3] {
        match self {
            Colour::White => [0xff, 0xff, 0xff],
            Colour::Text => [0x1d, 0x1d, 0x1f],
            Colour::Soft => [0x54, 0x56, 0x5c],
            Colour::Red => [0xc8, 0x10, 0x2e],
        }
    }
}

/// What one image shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Card {
    /// Above the title, in red capitals: "Solidarity Day · 4 August".
    pub kicker: String,
    /// The page's title, large.
    pub title: String,
    /// Under the title: a post's date, or the page's description.
    pub line: String,
    /// On the red band: the campaign's name.
    pub band: String,
    /// On the band's right: the Day's date ("4 August").
    pub day: String,
}

const MARGIN: f32 = 64.0;
const BAND_HEIGHT: f32 = 150.0;

impl Card {
    /// A name for this card's image that changes when anything it shows or
    /// how it is drawn changes (FNV-1a, 64 bits, over both): the build's
    /// cache keeps each drawn image under it.
    pub fn key(&self) -> String {
        let mut hash = crate::Fnv::new();
        for part in [
            DRAWING,
            &self.kicker,
            &self.title,
            &self.line,
            &self.band,
            &self.day,
        ] {
            hash.write(part.as_bytes());
            hash.write(&[0xff]);
        }
        hash.write(BOLD);
        hash.write(REGULAR);
        format!("{:016x}", hash.finish())
    }

    /// The card as a PNG of [`SHARE_IMAGE_SIZE`].
    pub fn draw(&self) -> Vec<u8> {
        let (width, height) = SHARE_IMAGE_SIZE;
        let mut canvas = Canvas::new(width, height);
        let bold = FontRef::try_from_slice(BOLD).expect("the bundled bold font");
        let regular = FontRef::try_from_slice(REGULAR).expect("the bundled regular font");
        let w = width as f32;
        let h = height as f32;
        let text_width = w - 2.0 * MARGIN;
        let band_top = h - BAND_HEIGHT;

        // A thin red rule on top, as the site's header has.
        canvas.fill(0.0, 0.0, w, 12.0, Colour::Red);
        let kicker = one_line(&bold, 28.0, &self.kicker.to_uppercase(), text_width);
        canvas.text(&bold, 28.0, MARGIN, 92.0, &kicker, Colour::Red);

        // The title as large as fits above the line and the band.
        let line_size = 30.0;
        let line = wrap(&regular, line_size, &self.line, text_width, 2);
        let line_height = line.len() as f32 * line_size * 1.3;
        let room = band_top - 40.0 - line_height - 24.0 - 130.0;
        let (title_size, title) = [72.0, 62.0, 54.0, 46.0, 40.0]
            .into_iter()
            .map(|size| (size, wrap(&bold, size, &self.title, text_width, usize::MAX)))
            .find(|(size, lines)| lines.len() as f32 * size * 1.18 <= room)
            .unwrap_or_else(|| {
                let size = 40.0;
                let lines = (room / (size * 1.18)).floor().max(1.0) as usize;
                (size, wrap(&bold, size, &self.title, text_width, lines))
            });
        let mut y = 130.0 + title_size;
        for text in &title {
            canvas.text(&bold, title_size, MARGIN, y, text, Colour::Text);
            y += title_size * 1.18;
        }
        y += 24.0 - title_size * 0.18 + line_size * 0.3;
        for text in &line {
            canvas.text(&regular, line_size, MARGIN, y, text, Colour::Soft);
            y += line_size * 1.3;
        }

        // The band: the campaign's name, and the Day's date on the right.
        canvas.fill(0.0, band_top, w, h, Colour::Red);
        let day_size = 44.0;
        let day = one_line(&bold, day_size, &self.day, text_width / 3.0);
        let day_width = advance(&bold, day_size, &day);
        canvas.text(
            &bold,
            day_size,
            w - MARGIN - day_width,
            band_top + BAND_HEIGHT / 2.0 + day_size * 0.35,
            &day,
            Colour::White,
        );
        let band_size = 30.0;
        let band = wrap(
            &bold,
            band_size,
            &self.band,
            text_width - day_width - 48.0,
            2,
        );
        let band_height = band.len() as f32 * band_size * 1.25;
        let mut y = band_top + (BAND_HEIGHT - band_height) / 2.0 + band_size * 0.95;
        for text in &band {
            canvas.text(&bold, band_size, MARGIN, y, text, Colour::White);
            y += band_size * 1.25;
        }
        canvas.png()
    }
}

/// What a card can draw of a text: one line of it, without the control
/// characters no font draws.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect()
}

/// The width of `text` at `size`, kerned.
fn advance(font: &FontRef, size: f32, text: &str) -> f32 {
    let scaled = font.as_scaled(PxScale::from(size));
    let mut width = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            width += scaled.kern(p, id);
        }
        width += scaled.h_advance(id);
        previous = Some(id);
    }
    width
}

/// `text` in lines of at most `width`, broken between words (a word wider
/// than a line is broken where it must), at most `max_lines`, the last
/// ending in "…" if the text goes on.
fn wrap(font: &FontRef, size: f32, text: &str, width: f32, max_lines: usize) -> Vec<String> {
    let text = printable(text);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if advance(font, size, &candidate) <= width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word too long for a line on its own: as much as fits, then on.
        let mut rest = word.to_string();
        while advance(font, size, &rest) > width {
            let fits = longest_prefix(font, size, &rest, width);
            lines.push(rest[..fits].to_string());
            rest = rest[fits..].to_string();
        }
        current = rest;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = one_line(font, size, &format!("{last} …"), width);
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    lines
}

/// `text` on one line of at most `width`, cut with "…" if it is longer.
fn one_line(font: &FontRef, size: f32, text: &str, width: f32) -> String {
    let text = printable(text);
    if advance(font, size, &text) <= width {
        return text;
    }
    let room = width - advance(font, size, "…");
    let cut = longest_prefix(font, size, &text, room);
    format!("{}…", text[..cut].trim_end())
}

/// The byte length of the longest start of `text` (at least one character)
/// no wider than `width`.
fn longest_prefix(font: &FontRef, size: f32, text: &str, width: f32) -> usize {
    let mut end = text.chars().next().map_or(0, char::len_utf8);
    for (i, c) in text.char_indices().skip(1) {
        if advance(font, size, &text[..i + c.len_utf8()]) > width {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

/// Pixels as a background colour, and the colour and coverage of any text
/// over it.
struct Canvas {
    width: u32,
    height: u32,
    background: Vec<Colour>,
    ink: Vec<(Colour, u8)>,
}

/// Levels of anti-aliasing kept: enough to look smooth at this size (32
/// looked the same and made files a fifth larger), few enough to fit the
/// blends of every pair of colours in a 256-colour PNG.
const LEVELS: u8 = 16;

impl Canvas {
    fn new(width: u32, height: u32) -> Canvas {
        let n = (width * height) as usize;
        Canvas {
            width,
            height,
            background: vec![Colour::White; n],
            ink: vec![(Colour::White, 0); n],
        }
    }

    fn fill(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, colour: Colour) {
        let clamp_x = |v: f32| (v.max(0.0) as u32).min(self.width);
        let clamp_y = |v: f32| (v.max(0.0) as u32).min(self.height);
        for y in clamp_y(y0)..clamp_y(y1) {
            for x in clamp_x(x0)..clamp_x(x1) {
                self.background[(y * self.width + x) as usize] = colour;
            }
        }
    }

    /// One line of text with its baseline at `y`; whatever falls outside
    /// the canvas (a mark stacked high above a letter) is left out.
    fn text(&mut self, font: &FontRef, size: f32, x: f32, y: f32, text: &str, colour: Colour) {
        let scale = PxScale::from(size);
        let scaled = font.as_scaled(scale);
        let mut caret = x;
        let mut previous = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = previous {
                caret += scaled.kern(p, id);
            }
            let glyph = id.with_scale_and_position(scale, point(caret, y));
            caret += scaled.h_advance(id);
            previous = Some(id);
            let Some(outline) = font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            outline.draw(|gx, gy, coverage| {
                let px = bounds.min.x as i64 + i64::from(gx);
                let py = bounds.min.y as i64 + i64::from(gy);
                if px < 0 || py < 0 || px >= i64::from(self.width) || py >= i64::from(self.height) {
                    return;
                }
                let level = (coverage.clamp(0.0, 1.0) * f32::from(LEVELS)).round() as u8;
                let at = (py as u32 * self.width + px as u32) as usize;
                let (_, old) = self.ink[at];
                if level > old {
                    self.ink[at] = (colour, level);
                }
            });
        }
    }

    /// The canvas as an indexed PNG: each colour in use, and each blend of
    /// ink over background in use, gets one palette entry.
    fn png(&self) -> Vec<u8> {
        let mut palette: Vec<u8> = Vec::new();
        // By background, ink and level: the palette entry, once used.
        let mut index = [[[None::<u8>; LEVELS as usize + 1]; 4]; 4];
        let mut pixels = Vec::with_capacity(self.background.len());
        for (&background, &(ink, level)) in self.background.iter().zip(&self.ink) {
            // Ink of the background's own colour shows nothing: no blend.
            let (ink, level) = if level == 0 || ink == background {
                (background, 0)
            } else {
                (ink, level)
            };
            let slot = &mut index[background as usize][ink as usize][level as usize];
            let entry = match *slot {
                Some(entry) => entry,
                None => {
                    // Two backgrounds, three other inks each: 2 × 3 × 16 + 2
                    // entries at most, within a PNG palette's 256.
                    let entry = (palette.len() / 3).min(255) as u8;
                    let (bg, fg) = (background.rgb(), ink.rgb());
                    let t = f32::from(level) / f32::from(LEVELS);
                    for channel in 0..3 {
                        let mixed = f32::from(bg[channel]) * (1.0 - t) + f32::from(fg[channel]) * t;
                        palette.push(mixed.round() as u8);
                    }
                    *slot = Some(entry);
                    entry
                }
            };
            pixels.push(entry);
        }
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, self.width, self.height);
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_palette(palette);
        // `Balanced` saves a tenth of the bytes for half again the time:
        // ten thousand posts make that minutes of every cold build.
        encoder.set_compression(png::Compression::Fast);
        let written = encoder
            .write_header()
            .and_then(|mut writer| writer.write_image_data(&pixels));
        written.expect("PNG encoding into memory cannot fail");
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(title: &str) -> Card {
        Card {
            kicker: "Solidarity Day · 4 August".into(),
            title: title.into(),
            line: "4 August 2013".into(),
            band: "International Day of Solidarity with civil society of Belarus".into(),
            day: "4 August".into(),
        }
    }

    #[test]
    fn long_titles_wrap_and_end_in_an_ellipsis() {
        let bold = FontRef::try_from_slice(BOLD).unwrap();
        let lines = wrap(&bold, 40.0, &"слова ".repeat(200), 1072.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        for line in &lines {
            assert!(advance(&bold, 40.0, line) <= 1072.0);
        }
        let lines = wrap(&bold, 40.0, &"ж".repeat(300), 1072.0, 10);
        assert!(lines.len() > 1 && lines.iter().all(|l| advance(&bold, 40.0, l) <= 1072.0));
    }

    #[test]
    fn the_key_follows_what_is_shown() {
        assert_eq!(card("a").key(), card("a").key());
        assert_ne!(card("a").key(), card("b").key());
    }

    #[test]
    fn every_kind_of_text_draws_without_panicking() {
        for title in ["", "\u{0}\u{1b}", "Ẓ̷̡̛̘͎a̵l̸g̷o̵", "👩‍👩‍👧 ﷽", &"W".repeat(500)]
        {
            let png = card(title).draw();
            assert!(png.len() > 1000);
        }
    }
}
