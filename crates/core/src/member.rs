//! One member of a JSON document's top-level object, found while the text
//! is still arriving: the partners' widget reads the bundle's `campaign`
//! (a few hundred bytes near the top) and stops the download there, whatever
//! the size of the posts after it.
//!
//! Only the structure is followed (strings, nesting, the top level's keys);
//! the member's text is handed on as it stands, for a real JSON parser.

/// What [`MemberFinder::feed`] has found so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Not yet: feed more text.
    Pending,
    /// The member's value, an object, as it stands in the text.
    Object(String),
    /// The member is there but its value is not an object.
    NotAnObject,
}

/// Follows a JSON text fed in pieces until the top-level member named `key`
/// has been read whole. The work is linear in what is fed, and nothing but
/// the member itself is kept.
#[derive(Debug)]
pub struct MemberFinder {
    key: Vec<u8>,
    depth: usize,
    in_string: bool,
    escaped: bool,
    /// At the top level, the next string is a key.
    expect_key: bool,
    /// The top-level key being read, or just read.
    current_key: Option<Vec<u8>>,
    reading_key: bool,
    /// The wanted key was read and its colon seen: the value comes next.
    value_next: bool,
    /// The wanted member's value, while it is read.
    captured: Option<Vec<u8>>,
    done: Option<Found>,
    read: usize,
}

impl MemberFinder {
    pub fn new(key: &str) -> MemberFinder {
        MemberFinder {
            key: key.as_bytes().to_vec(),
            depth: 0,
            in_string: false,
            escaped: false,
            expect_key: false,
            current_key: None,
            reading_key: false,
            value_next: false,
            captured: None,
            done: None,
            read: 0,
        }
    }

    /// How many bytes were read up to what was found (or so far).
    pub fn bytes_read(&self) -> usize {
        self.read
    }

    /// Reads the next piece of the text (pieces may split anything,
    /// characters included), and says what has been found.
    pub fn feed(&mut self, piece: &[u8]) -> Found {
        for &byte in piece {
            if self.done.is_some() {
                break;
            }
            self.read += 1;
            self.step(byte);
        }
        self.done.clone().unwrap_or(Found::Pending)
    }

    fn step(&mut self, byte: u8) {
        if let Some(captured) = &mut self.captured {
            captured.push(byte);
        }
        if self.in_string {
            if self.escaped {
                self.escaped = false;
            } else if byte == b'\\' {
                self.escaped = true;
            } else if byte == b'"' {
                self.in_string = false;
                self.reading_key = false;
                return;
            }
            if self.reading_key {
                if let Some(key) = &mut self.current_key {
                    key.push(byte);
                }
            }
            return;
        }
        if self.value_next && !matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
            self.value_next = false;
            if byte != b'{' {
                self.done = Some(Found::NotAnObject);
                return;
            }
            self.captured = Some(vec![byte]);
        }
        match byte {
            b'"' => {
                self.in_string = true;
                if self.depth == 1 && self.expect_key {
                    self.expect_key = false;
                    self.reading_key = true;
                    self.current_key = Some(Vec::new());
                }
            }
            b':' if self.depth == 1 => {
                self.value_next = self.current_key.as_deref() == Some(self.key.as_slice());
            }
            b',' if self.depth == 1 => {
                self.expect_key = true;
                self.current_key = None;
            }
            b'{' | b'[' => {
                self.depth += 1;
                if self.depth == 1 {
                    self.expect_key = byte == b'{';
                }
            }
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 1 {
                    if let Some(captured) = self.captured.take() {
                        self.done = Some(Found::Object(
                            String::from_utf8_lossy(&captured).into_owned(),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_in_pieces(text: &str, size: usize) -> Found {
        let mut finder = MemberFinder::new("campaign");
        let mut found = Found::Pending;
        for piece in text.as_bytes().chunks(size.max(1)) {
            found = finder.feed(piece);
            if found != Found::Pending {
                break;
            }
        }
        found
    }

    #[test]
    fn finds_the_member_however_the_text_is_cut() {
        let text = "\u{feff}{\"version\": 1, \"x\": {\"campaign\": {\"no\": 1}}, \"s\": \"\\\"campaign\\\": {\",\n \"campaign\" : { \"title\": \"Дзень }{\\\"\", \"a\": [1, {\"b\": \"]\"}] }, \"posts\": [";
        let expected = "{ \"title\": \"Дзень }{\\\"\", \"a\": [1, {\"b\": \"]\"}] }";
        for size in 1..=text.len() {
            assert_eq!(
                find_in_pieces(text, size),
                Found::Object(expected.into()),
                "{size}"
            );
        }
        let value: serde_json::Value = serde_json::from_str(expected).unwrap();
        assert_eq!(value["title"], "Дзень }{\"");
    }

    #[test]
    fn a_member_that_is_not_an_object_or_not_there() {
        assert_eq!(
            find_in_pieces("{\"campaign\": \"x\"}", 3),
            Found::NotAnObject
        );
        assert_eq!(find_in_pieces("{\"campaign\": [1]}", 3), Found::NotAnObject);
        assert_eq!(
            find_in_pieces("{\"posts\": [{\"campaign\": {}}]}", 3),
            Found::Pending
        );
        assert_eq!(find_in_pieces("[{\"campaign\": {}}]", 3), Found::Pending);
        assert_eq!(find_in_pieces("", 3), Found::Pending);
    }

    #[test]
    fn the_default_bundle_gives_its_campaign_within_its_first_kilobytes() {
        let text = include_str!("../../../public/data/bundle.json");
        let mut finder = MemberFinder::new("campaign");
        let mut read = 0;
        let mut found = Found::Pending;
        for piece in text.as_bytes().chunks(512) {
            read += piece.len();
            found = finder.feed(piece);
            if found != Found::Pending {
                break;
            }
        }
        let Found::Object(campaign) = found else {
            panic!("{found:?}");
        };
        assert!(read <= 4096, "{read} bytes read");
        assert!(finder.bytes_read() <= read && finder.bytes_read() > 300);
        let bundle: serde_json::Value = serde_json::from_str(text).unwrap();
        let campaign: serde_json::Value = serde_json::from_str(&campaign).unwrap();
        assert_eq!(campaign, bundle["campaign"]);
    }
}
