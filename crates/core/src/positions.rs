//! Where each value of a JSON text stands, by its path (`posts[3].tags[1]`),
//! so that a problem found in the parsed bundle can be reported at a line and
//! column an editor can jump to.
//!
//! Runs only on text `serde_json` has already parsed, and only when there is a
//! problem to place, so it can trust the syntax and costs nothing otherwise.

use std::collections::HashMap;

/// 1-based line and column, the column counted in characters.
pub type Position = (usize, usize);

/// Positions by JSON path. Object members are placed at their key (where an
/// editor looks for `"titel"`), array elements at the value.
pub fn value_positions(text: &str) -> HashMap<String, Position> {
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        line_start: 0,
        text,
        out: HashMap::new(),
    };
    scanner.skip_space();
    let start = scanner.position();
    scanner.out.insert(String::new(), start);
    scanner.value("");
    scanner.out
}

/// The position of `path`, or of its nearest ancestor that has one.
pub fn locate(positions: &HashMap<String, Position>, path: &str) -> Option<Position> {
    let mut path = path;
    loop {
        if let Some(p) = positions.get(path) {
            return Some(*p);
        }
        let cut = path.rfind(['.', '['])?;
        path = &path[..cut];
    }
}

/// Converts serde_json's line and byte column into a character column.
pub fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    let end = byte_column.min(line_text.len());
    // serde_json may point inside a multi-byte character of invalid input.
    let mut end = end;
    while !line_text.is_char_boundary(end) {
        end -= 1;
    }
    line_text[..end].chars().count().max(1)
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    line: usize,
    line_start: usize,
    out: HashMap<String, Position>,
}

impl Scanner<'_> {
    fn position(&self) -> Position {
        let column = self.text[self.line_start..self.at].chars().count() + 1;
        (self.line, column)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn bump(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
            self.line_start = self.at + 1;
        }
        self.at += 1;
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    /// Scans one value whose path is `path`; stops at end of input.
    fn value(&mut self, path: &str) {
        self.skip_space();
        match self.peek() {
            Some(b'{') => {
                self.bump();
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b'}') | None => {
                            self.bump();
                            return;
                        }
                        Some(b',') => self.bump(),
                        Some(b'"') => {
                            let key_at = self.position();
                            let key = self.string();
                            let child = if path.is_empty() {
                                key
                            } else {
                                format!("{path}.{key}")
                            };
                            self.out.entry(child.clone()).or_insert(key_at);
                            self.skip_space();
                            self.bump(); // ':'
                            self.value(&child);
                        }
                        Some(_) => self.bump(),
                    }
                }
            }
            Some(b'[') => {
                self.bump();
                let mut index = 0;
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b']') | None => {
                            self.bump();
                            return;
                        }
                        Some(b',') => self.bump(),
                        Some(_) => {
                            let child = format!("{path}[{index}]");
                            let at = self.position();
                            self.out.insert(child.clone(), at);
                            self.value(&child);
                            index += 1;
                        }
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.bump();
                }
            }
            None => {}
        }
    }

    /// Scans a string literal and returns its decoded text.
    fn string(&mut self) -> String {
        let start = self.at;
        self.bump(); // opening quote
        while let Some(b) = self.peek() {
            match b {
                b'\\' => {
                    self.bump();
                    self.bump();
                }
                b'"' => {
                    self.bump();
                    break;
                }
                _ => self.bump(),
            }
        }
        serde_json::from_str(&self.text[start..self.at]).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_members_at_their_keys_and_elements_at_their_values() {
        let text = "{\n  \"posts\": [\n    {\"slug\": \"a\", \"tags\": [\"x\", \"y\"]},\n    {\"titel\": \"б\"}\n  ]\n}";
        let p = value_positions(text);
        assert_eq!(p[""], (1, 1));
        assert_eq!(p["posts"], (2, 3));
        assert_eq!(p["posts[0]"], (3, 5));
        assert_eq!(p["posts[0].tags"], (3, 19));
        assert_eq!(p["posts[0].tags[1]"], (3, 33));
        assert_eq!(p["posts[1].titel"], (4, 6));
        assert_eq!(locate(&p, "posts[1].titel"), Some((4, 6)));
        assert_eq!(locate(&p, "posts[1].title"), Some((4, 5)));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\"а\": 1, \"b\": 2}";
        let p = value_positions(text);
        assert_eq!(p["b"], (1, 10));
        assert_eq!(char_column("аб x", 1, 6), 4);
    }

    #[test]
    fn escaped_keys_are_decoded() {
        let p = value_positions(r#"{"ti\"tle": {"x": 1}}"#);
        assert!(p.contains_key("ti\"tle.x"));
    }
}
