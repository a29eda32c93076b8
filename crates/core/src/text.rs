//! Characters a reader cannot see: what makes a title blank although it is
//! not empty, and what must be shown escaped wherever text from a bundle is
//! printed for editors (a carriage return or an ANSI escape in a slug could
//! otherwise rewrite the very line that reports it, a bidi override reverse
//! it).

use std::borrow::Cow;

/// `text` as the content or a quoted attribute value of HTML or XML
/// (the embed snippet, feeds, the sitemap): the five markup characters
/// escaped, and the characters XML 1.0 cannot carry at all (the control
/// characters but tab and line breaks, U+FFFE, U+FFFF) left out, since no
/// escape can represent them.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether `c` prints nothing: white space, a control character, or a
/// character Unicode says to ignore by default (zero-width spaces and joiners,
/// bidi marks, variation selectors, tags, fillers).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}'
            | '\u{17B4}' | '\u{17B5}' | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Whether a text shows nothing at all, however long it is.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(is_invisible)
}

/// `text` with every character that could move the cursor, change the
/// terminal or reorder what is shown written as a JSON escape (`\u001b`),
/// as an editor would write it in the bundle. Ordinary spaces stay.
pub fn escape_invisible(text: &str) -> Cow<'_, str> {
    let hidden = |c: char| c != ' ' && is_invisible(c);
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `c` in lower case, for the letters of the site's languages and of the
/// places it names: ASCII, Latin-1 and Latin Extended-A (Vilnius's Š and Ž,
/// Łacinka's Ł and Ŭ, Prague's Ř), Cyrillic (U+0400–U+04FF). Any other
/// character is returned as it is.
///
/// What compares names whatever their case (cities, countries) and makes
/// slugs. Not [`char::to_lowercase`]: its table of every script was 6.9 KB
/// of the visitors' app's 150 (brotli), for names no bundle writes; within
/// these blocks the two agree (a test checks every character), but for
/// U+0130 (İ), whose lower case is two characters.
pub fn lowercase(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        0x178 => 0xFF,
        0x4C0 => 0x4CF,
        // Pairs, the capital first…
        0x100..=0x12F
        | 0x132..=0x137
        | 0x14A..=0x177
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x4FF
            if code.is_multiple_of(2) =>
        {
            code + 1
        }
        // …or second.
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if !code.is_multiple_of(2) => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `text` in lower case, as [`lowercase`] has it.
pub fn lowercased(text: &str) -> String {
    text.chars().map(lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_is_the_standard_one_within_its_blocks_and_nothing_elsewhere() {
        let blocks = ['\0'..='\u{17F}', '\u{400}'..='\u{4FF}'];
        for c in blocks.into_iter().flatten() {
            let standard: Vec<char> = c.to_lowercase().collect();
            match standard[..] {
                [one] => assert_eq!(lowercase(c), one, "{c:?}"),
                _ => assert_eq!(lowercase(c), c, "{c:?}"),
            }
        }
        for c in ['Ω', 'Ա', 'Ꭰ', 'Ｚ', '𐐀', 'ǅ', 'Ɓ'] {
            assert_eq!(lowercase(c), c, "{c:?}");
        }
        assert_eq!(
            lowercased("ВІЛЬНЯ Vilnius ŠIAULIAI Łódź"),
            "вільня vilnius šiauliai łódź"
        );
    }

    #[test]
    fn markup_is_escaped_and_what_xml_cannot_hold_is_left_out() {
        assert_eq!(
            escape_markup("<a href=\"x\">'&'</a>]]>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;]]&gt;"
        );
        assert_eq!(
            escape_markup("a\u{0}b\u{1b}c\u{ffff}\td\u{7f}"),
            "abc\td\u{7f}"
        );
    }

    #[test]
    fn blank_is_what_shows_nothing() {
        for blank in [
            "",
            " ",
            "\t\n",
            "\u{200B}",
            "\0",
            "\u{FEFF} \u{200D}",
            "\u{3164}\u{2800}",
        ] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for text in ["a", " a ", "\u{200B}б", "."] {
            assert!(!is_blank(text), "{text:?}");
        }
    }

    #[test]
    fn escapes_what_could_rewrite_a_terminal_line() {
        assert_eq!(escape_invisible("plain text"), "plain text");
        assert_eq!(
            escape_invisible("a\rvalid\u{1b}[2K"),
            "a\\u000dvalid\\u001b[2K"
        );
        assert_eq!(escape_invisible("\u{202E}gnp.exe"), "\\u202egnp.exe");
        assert_eq!(escape_invisible("tab\there"), "tab\\u0009here");
        assert_eq!(escape_invisible("\u{E0041}"), "\\udb40\\udc41");
    }
}
