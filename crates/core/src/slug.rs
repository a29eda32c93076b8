//! Slugs: the part of a URL that names a post or a tag.
//!
//! Titles may be Belarusian, Russian or English; slugs are ASCII so that links
//! survive every messenger and mail client. Cyrillic г is "h" in Belarusian and
//! "g" in Russian, so the transliteration first decides which language a title
//! is in (Belarusian has і and ў, Russian has и, щ and ъ).

/// Whether `s` is a slug: `a-z`, `0-9` and single inner hyphens, 1–100 chars.
pub fn is_valid(s: &str) -> bool {
    let bytes = s.as_bytes();
    !s.is_empty()
        && s.len() <= 100
        && bytes
            .iter()
            .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        // Two bytes at a time rather than `contains("--")`, whose substring
        // search is set up anew for each slug: a tenth of checking a bundle.
        && !bytes.windows(2).any(|pair| pair == b"--")
}

/// A slug made from a title: "Акцыя ў Вільні" → "aktsyya-w-vilni".
pub fn slugify(title: &str) -> String {
    let belarusian = title.chars().any(|c| matches!(c, 'і' | 'І' | 'ў' | 'Ў'));
    let mut out = String::with_capacity(title.len());
    let mut pending_hyphen = false;
    for c in title.chars().map(crate::text::lowercase) {
        let piece = transliterate(c, belarusian);
        match piece {
            Some(ascii) if !ascii.is_empty() => {
                if pending_hyphen && !out.is_empty() {
                    out.push('-');
                }
                pending_hyphen = false;
                out.push_str(ascii);
            }
            // Soft and hard signs and apostrophes vanish inside a word.
            Some(_) => {}
            None => pending_hyphen = true,
        }
        if out.len() >= 80 {
            break;
        }
    }
    out.truncate(80);
    out.trim_end_matches('-').to_string()
}

/// ASCII for one lowercase character; `Some("")` to drop it, `None` for a separator.
fn transliterate(c: char, belarusian: bool) -> Option<&'static str> {
    if c.is_ascii_alphanumeric() {
        return Some(ASCII[c as usize]);
    }
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' if belarusian => "h",
        'г' => "g",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ў' => "w",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        'ъ' | 'ь' | '\'' | '’' | 'ʼ' => "",
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ă' => "a",
        'ç' | 'č' | 'ć' => "c",
        'ď' => "d",
        'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ő' => "o",
        'ř' => "r",
        'š' | 'ś' | 'ș' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ț' => "t",
        'ú' | 'ù' | 'û' | 'ü' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        _ => return None,
    })
}

/// Lowercase ASCII letters and digits map to themselves.
const ASCII: [&str; 128] = {
    const LETTERS: [&str; 36] = [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f", "g", "h",
        "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    let mut table = [""; 128];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = LETTERS[i];
        i += 1;
    }
    let mut i = 0;
    while i < 26 {
        table[b'a' as usize + i] = LETTERS[10 + i];
        table[b'A' as usize + i] = LETTERS[10 + i];
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_titles() {
        assert_eq!(
            slugify("Solidarity action with Ales Bialiatski in Bishkek"),
            "solidarity-action-with-ales-bialiatski-in-bishkek"
        );
        assert_eq!(
            slugify("“Ales Bialiatski’s Case” presented in Moscow"),
            "ales-bialiatskis-case-presented-in-moscow"
        );
        assert_eq!(slugify("  4 August 2013: Join!  "), "4-august-2013-join");
    }

    #[test]
    fn belarusian_and_russian_differ_on_h_and_g() {
        assert_eq!(
            slugify("Дзень салідарнасці з Беларуссю"),
            "dzen-salidarnastsi-z-belarussyu"
        );
        assert_eq!(slugify("Акцыя ў Вільні"), "aktsyya-w-vilni");
        assert_eq!(slugify("Гродна"), "grodna"); // no і/ў: read as Russian
        assert_eq!(slugify("Горад Гродна і вёска"), "horad-hrodna-i-vyoska");
        assert_eq!(
            slugify("Пикет в Барановичах запрещён"),
            "piket-v-baranovichakh-zapreshchyon"
        );
    }

    #[test]
    fn results_are_always_valid_or_empty() {
        for t in [
            "",
            "!!!",
            "---",
            "Ω≈ç√",
            "a--b",
            "😀 emoji 😀",
            &"долгі ".repeat(40),
        ] {
            let s = slugify(t);
            assert!(s.is_empty() || is_valid(&s), "{t:?} → {s:?}");
        }
    }

    #[test]
    fn validity() {
        assert!(is_valid("solidarity-day"));
        assert!(is_valid("2013"));
        for bad in ["", "Solidarity", "a--b", "-a", "a-", "a b", "дзень", "a_b"] {
            assert!(!is_valid(bad), "{bad}");
        }
    }
}
