//! Text inside XML, whatever an editor typed.

/// `text` as XML character data or an attribute value: the characters XML
/// 1.0 cannot carry at all (most control characters, U+FFFE, U+FFFF) left
/// out, since no escape can represent them, and the five markup
/// characters escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_is_escaped_and_what_xml_cannot_hold_is_left_out() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>]]>"),
            "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;]]&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\u{ffff}\td\u{7f}"), "abc\td\u{7f}");
    }
}
