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

#[cfg(test)]
mod tests {
    use super::*;

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
