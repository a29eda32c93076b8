//! Where values stand in a JSON text, by their path (`posts[3].tags[1]`), so
//! that a problem found in the parsed bundle can be reported at a line and
//! column an editor can jump to; and which keys a text gives twice, which
//! the parsed tree no longer shows.
//!
//! Every function here reads the text once, from start to end, whatever its
//! layout: a bundle minified to one line of 25 MB costs what the same bundle
//! pretty-printed does. The column is counted on the way rather than from the
//! start of the line at each value, which on a one-line file would make the
//! work grow with the square of its size. Values nobody asked about are
//! skipped without building their paths. The texts are ones `serde_json`
//! has read, but nothing here relies on it: on any text the scan ends, and
//! never panics.

use std::collections::HashMap;

/// 1-based line and column, the column counted in characters.
pub type Position = (usize, usize);

/// The position of each of `paths` (as [`crate::validate::Problem::path`]
/// writes them), or of its nearest ancestor that has one; `None` only for a
/// text that is not a JSON value. Object members are placed at their key
/// (where an editor looks for `"titel"`), array elements at the value, the
/// empty path at the document's first value.
pub fn locate_all(text: &str, paths: &[&str]) -> Vec<Option<Position>> {
    let mut trie = Trie::default();
    let targets: Vec<usize> = paths.iter().map(|path| trie.insert(path)).collect();
    let mut scan = Scan::new(text);
    scan.skip_space();
    if scan.peek().is_some() {
        trie.nodes[0].position = Some(scan.position());
        scan.located_value(&mut trie, 0);
    }
    targets
        .into_iter()
        .map(|mut node| loop {
            let found = &trie.nodes[node];
            if found.position.is_some() || node == 0 {
                return found.position;
            }
            node = found.parent;
        })
        .collect()
}

/// A key given twice in one object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateKey {
    /// The path of the member, as [`locate_all`] reads paths.
    pub path: String,
    /// The decoded key.
    pub key: String,
    /// Where the key stands again.
    pub at: Position,
    /// Where it stood first.
    pub first: Position,
}

/// Every key that stands a second (or later) time in its object, in the
/// order of the text. A JSON parser keeps one of the two values silently, so
/// whatever it reports next would be about a value the editor may not be
/// looking at.
pub fn duplicate_keys(text: &str) -> Vec<DuplicateKey> {
    enum Frame {
        Object {
            path: String,
            seen: HashMap<String, Position>,
        },
        Array {
            path: String,
            next: usize,
        },
    }
    fn child(parent: &str, key: &str) -> String {
        if parent.is_empty() {
            key.to_string()
        } else {
            format!("{parent}.{key}")
        }
    }
    let mut scan = Scan::new(text);
    let mut stack: Vec<Frame> = Vec::new();
    // The path of the value about to be read, kept for a container it opens.
    let mut pending = String::new();
    let mut found = Vec::new();
    loop {
        scan.skip_space();
        let Some(byte) = scan.peek() else {
            return found;
        };
        let starts_value = !matches!(byte, b'}' | b']' | b',' | b':');
        match stack.last_mut() {
            Some(Frame::Array { path, next }) if starts_value => {
                pending = format!("{path}[{next}]");
                *next += 1;
            }
            // In an object a string before a colon is a key.
            Some(Frame::Object { path, seen }) if byte == b'"' && scan.string_is_key() => {
                let at = scan.position();
                let key = scan.string();
                let member = child(path, &key);
                match seen.get(&key) {
                    Some(&first) => found.push(DuplicateKey {
                        path: member.clone(),
                        key,
                        at,
                        first,
                    }),
                    None => {
                        seen.insert(key, at);
                    }
                }
                pending = member;
                continue;
            }
            _ => {}
        }
        match byte {
            b'{' => {
                scan.bump();
                stack.push(Frame::Object {
                    path: std::mem::take(&mut pending),
                    seen: HashMap::new(),
                });
            }
            b'[' => {
                scan.bump();
                stack.push(Frame::Array {
                    path: std::mem::take(&mut pending),
                    next: 0,
                });
            }
            b'}' | b']' => {
                scan.bump();
                stack.pop();
            }
            b',' | b':' => scan.bump(),
            b'"' => scan.skip_string(),
            _ => scan.skip_scalar(),
        }
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

/// One step of a path: a member's key or an element's index.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

/// A path as problems name it: `posts[3].tags[1]`.
pub(crate) fn path_string(segs: &[Seg]) -> String {
    let mut out = String::new();
    for seg in segs {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Reads a path [`path_string`] wrote. A key that itself holds `.` or `[`
/// reads as several steps; it is then not found, and its nearest ancestor
/// is used.
pub(crate) fn parse_path(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
            out.push(Seg::Key(key.to_string()));
        }
        for index in pieces {
            match index.strip_suffix(']').and_then(|i| i.parse().ok()) {
                Some(i) => out.push(Seg::Index(i)),
                None => out.push(Seg::Key(format!("[{index}"))),
            }
        }
    }
    out
}

/// The paths asked for, as a tree: the scan descends only into values on
/// the way to one of them.
struct Trie {
    nodes: Vec<Node>,
}

struct Node {
    parent: usize,
    children: HashMap<Seg, usize>,
    position: Option<Position>,
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            nodes: vec![Node {
                parent: 0,
                children: HashMap::new(),
                position: None,
            }],
        }
    }
}

impl Trie {
    fn insert(&mut self, path: &str) -> usize {
        let mut node = 0;
        for step in parse_path(path) {
            node = match self.nodes[node].children.get(&step) {
                Some(&next) => next,
                None => {
                    let next = self.nodes.len();
                    self.nodes.push(Node {
                        parent: node,
                        children: HashMap::new(),
                        position: None,
                    });
                    self.nodes[node].children.insert(step, next);
                    next
                }
            };
        }
        node
    }

    fn child(&self, node: usize, step: &Seg) -> Option<usize> {
        self.nodes[node].children.get(step).copied()
    }
}

/// A cursor over the text that keeps its line and column as it goes.
struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
    /// The column is `counted + 1` characters at byte `counted_to`; moving
    /// on counts only the bytes in between, so each byte is counted once.
    counted_to: usize,
    counted: usize,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str) -> Self {
        Scan {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
            counted_to: 0,
            counted: 0,
        }
    }

    fn position(&mut self) -> Position {
        let end = self.at.min(self.bytes.len());
        if end > self.counted_to {
            // A character is counted at its first byte (not 0b10xx_xxxx).
            self.counted += self.bytes[self.counted_to..end]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count();
            self.counted_to = end;
        }
        (self.line, self.counted + 1)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn bump(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
            self.counted_to = self.at + 1;
            self.counted = 0;
        }
        self.at += 1;
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    /// Past a string literal (at its opening quote), without decoding it.
    /// Its body is searched for the bytes that matter (`memchr3`) rather
    /// than stepped through: string bodies are most of a bundle's bytes, and
    /// a byte at a time the editors' preview and the visitors' check of a
    /// 10,000-post bundle spent four times as long placing its warnings as
    /// reading it.
    fn skip_string(&mut self) {
        self.bump();
        loop {
            let rest = self.bytes.get(self.at..).unwrap_or_default();
            // A raw line break is no JSON, but its line is still counted.
            let Some(next) = memchr::memchr3(b'"', b'\\', b'\n', rest) else {
                self.at = self.bytes.len();
                return;
            };
            self.at += next;
            let b = rest[next];
            self.bump();
            match b {
                b'\\' => self.bump(),
                b'"' => return,
                _ => {}
            }
        }
    }

    /// A string literal (at its opening quote), decoded.
    fn string(&mut self) -> String {
        let start = self.at;
        self.skip_string();
        let end = self.at.min(self.bytes.len());
        std::str::from_utf8(&self.bytes[start..end])
            .ok()
            .and_then(|literal| serde_json::from_str(literal).ok())
            .unwrap_or_default()
    }

    /// Whether the string literal here is followed by a colon (a key).
    fn string_is_key(&self) -> bool {
        let mut probe = Scan {
            bytes: self.bytes,
            at: self.at,
            line: 0,
            counted_to: self.at,
            counted: 0,
        };
        probe.skip_string();
        probe.skip_space();
        probe.peek() == Some(b':')
    }

    /// Past a number, `true`, `false` or `null` (or any stray byte).
    fn skip_scalar(&mut self) {
        let start = self.at;
        while !matches!(
            self.peek(),
            None | Some(
                b',' | b':' | b'{' | b'}' | b'[' | b']' | b'"' | b' ' | b'\t' | b'\n' | b'\r'
            )
        ) {
            self.bump();
        }
        if self.at == start {
            self.bump();
        }
    }

    /// Past one whole value, however deep, without recursion.
    fn skip_value(&mut self) {
        self.skip_space();
        let mut depth = 0usize;
        loop {
            match self.peek() {
                None => return,
                Some(b'"') => self.skip_string(),
                Some(b'{' | b'[') => {
                    depth += 1;
                    self.bump();
                }
                Some(b'}' | b']') => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                    self.bump();
                }
                Some(b',' | b':') if depth == 0 => return,
                Some(b' ' | b'\t' | b'\n' | b'\r' | b',' | b':') => self.bump(),
                Some(_) => self.skip_scalar(),
            }
            if depth == 0 {
                return;
            }
        }
    }

    /// Reads the value here, which is at trie node `node`: records the
    /// positions of the children asked for and descends into them only.
    fn located_value(&mut self, trie: &mut Trie, node: usize) {
        self.skip_space();
        if trie.nodes[node].children.is_empty() {
            self.skip_value();
            return;
        }
        match self.peek() {
            Some(b'{') => {
                self.bump();
                loop {
                    self.skip_space();
                    match self.peek() {
                        None => return,
                        Some(b'}') => {
                            self.bump();
                            return;
                        }
                        Some(b'"') => {
                            let at = self.position();
                            let key = self.string();
                            self.skip_space();
                            if self.peek() == Some(b':') {
                                self.bump();
                            }
                            match trie.child(node, &Seg::Key(key)) {
                                Some(child) => {
                                    trie.nodes[child].position.get_or_insert(at);
                                    self.located_value(trie, child);
                                }
                                None => self.skip_value(),
                            }
                        }
                        Some(b',') => self.bump(),
                        Some(_) => self.skip_scalar(),
                    }
                }
            }
            Some(b'[') => {
                self.bump();
                let mut index = 0;
                loop {
                    self.skip_space();
                    match self.peek() {
                        None => return,
                        Some(b']') => {
                            self.bump();
                            return;
                        }
                        Some(b',') => self.bump(),
                        Some(_) => {
                            match trie.child(node, &Seg::Index(index)) {
                                Some(child) => {
                                    let at = self.position();
                                    trie.nodes[child].position.get_or_insert(at);
                                    self.located_value(trie, child);
                                }
                                None => self.skip_value(),
                            }
                            index += 1;
                        }
                    }
                }
            }
            _ => self.skip_value(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, path: &str) -> Option<Position> {
        locate_all(text, &[path])[0]
    }

    #[test]
    fn places_members_at_their_keys_and_elements_at_their_values() {
        let text = "{\n  \"posts\": [\n    {\"slug\": \"a\", \"tags\": [\"x\", \"y\"]},\n    {\"titel\": \"б\"}\n  ]\n}";
        assert_eq!(at(text, ""), Some((1, 1)));
        assert_eq!(at(text, "posts"), Some((2, 3)));
        assert_eq!(at(text, "posts[0]"), Some((3, 5)));
        assert_eq!(at(text, "posts[0].tags"), Some((3, 19)));
        assert_eq!(at(text, "posts[0].tags[1]"), Some((3, 33)));
        assert_eq!(at(text, "posts[1].titel"), Some((4, 6)));
        // A path not in the text: its nearest ancestor.
        assert_eq!(at(text, "posts[1].title"), Some((4, 5)));
        assert_eq!(at(text, "nothing.here[3]"), Some((1, 1)));
        assert_eq!(
            locate_all(text, &["posts[0].tags[1]", "posts[1].titel", "posts"]),
            vec![Some((3, 33)), Some((4, 6)), Some((2, 3))]
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\"а\": 1, \"b\": 2}";
        assert_eq!(at(text, "b"), Some((1, 10)));
        assert_eq!(char_column("аб x", 1, 6), 4);
    }

    #[test]
    fn escaped_keys_are_decoded() {
        let text = r#"{"ti\"tle": {"x": 1}}"#;
        assert_eq!(at(text, "ti\"tle.x"), Some((1, 14)));
    }

    #[test]
    fn a_one_line_text_is_placed_like_a_pretty_one() {
        let pretty = "{\n\"a\": [\n1,\n{\"b\": \"é\"}\n]\n}";
        let minified = "{\"a\":[1,{\"b\":\"é\"}]}";
        assert_eq!(at(pretty, "a[1].b"), Some((4, 2)));
        assert_eq!(at(minified, "a[1].b"), Some((1, 10)));
    }

    #[test]
    fn skipped_strings_keep_escapes_and_lines() {
        // An escaped quote does not end a string, an escaped backslash
        // before a quote does; a raw line break (no JSON, but a text
        // anyway) is still a line.
        let text = "{\"x\": \"a\\\"b\\\\\", \"w\": \"1\n2\", \"y\": 1}";
        assert_eq!(at(text, "y"), Some((2, 5)));
        let text = "{\"x\": [\"}\", \"\\\"]\"], \"y\": 1}";
        assert_eq!(at(text, "y"), Some((1, 21)));
    }

    #[test]
    fn any_text_ends_without_panic() {
        for text in [
            "",
            "{",
            "[",
            "\"",
            "{\"a\"",
            "{\"a\":",
            "]]]}}}",
            "{\"a\" 1 2 }",
            "\u{feff}x",
        ] {
            let _ = locate_all(text, &["a", "a[0].b", ""]);
            let _ = duplicate_keys(text);
        }
    }

    #[test]
    fn duplicate_keys_are_found_at_their_second_place() {
        let text =
            "{\"version\": 1,\n \"posts\": [{\"slug\": \"a\", \"slug\": \"b\"}],\n \"version\": 2}";
        let found = duplicate_keys(text);
        assert_eq!(
            found,
            vec![
                DuplicateKey {
                    path: "posts[0].slug".into(),
                    key: "slug".into(),
                    at: (2, 26),
                    first: (2, 13),
                },
                DuplicateKey {
                    path: "version".into(),
                    key: "version".into(),
                    at: (3, 2),
                    first: (1, 2),
                },
            ]
        );
        // The same key in sibling objects, and a string value equal to a
        // key, are not duplicates.
        assert!(duplicate_keys(r#"[{"a": "a"}, {"a": 1}, {"b": {"a": 2}}]"#).is_empty());
    }
}
