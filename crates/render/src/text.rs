//! Text as every page writes it: dates, paragraphs, and content in a
//! language other than the page's.

use maud::{html, Markup};
use solidarity_core::date::Day;
use solidarity_core::i18n::{long_date, Lang};

/// A date as visitors read it, machine-readable too.
pub fn date(day: Day, lang: Lang) -> Markup {
    html! { time datetime=(day) { (long_date(lang, day.0)) } }
}

/// Paragraphs of text, each escaped: content is never read as HTML.
pub fn paragraphs(paragraphs: &[String]) -> Markup {
    html! { @for paragraph in paragraphs { p { (paragraph) } } }
}

/// The `lang` attribute of content in `text_lang` on a page in `page_lang`:
/// set only where they differ, so that screen readers switch voice there.
pub fn lang_attr(text_lang: Lang, page_lang: Lang) -> Option<&'static str> {
    (text_lang != page_lang).then(|| text_lang.tag())
}

/// Says, discreetly, that some of the text is shown in another language.
pub fn translation_note(untranslated: bool, lang: Lang) -> Markup {
    html! {
        @if untranslated { p.translation-note { (lang.ui().not_translated) } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_reads_in_the_page_language_and_machines_read_it_too() {
        let day = Day::parse("2011-08-04").unwrap();
        assert_eq!(
            date(day, Lang::Be).into_string(),
            r#"<time datetime="2011-08-04">4 жніўня 2011</time>"#
        );
    }

    #[test]
    fn text_is_never_markup() {
        let hostile = [
            "<script>alert(1)</script>".to_string(),
            "a & b \"c\"".to_string(),
        ];
        assert_eq!(
            paragraphs(&hostile).into_string(),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>a &amp; b &quot;c&quot;</p>"
        );
    }

    #[test]
    fn the_language_is_said_only_where_it_changes() {
        assert_eq!(lang_attr(Lang::Ru, Lang::Be), Some("ru"));
        assert_eq!(lang_attr(Lang::Be, Lang::Be), None);
        assert_eq!(translation_note(false, Lang::En).into_string(), "");
        assert!(translation_note(true, Lang::En)
            .into_string()
            .starts_with(r#"<p class="translation-note">"#));
    }
}
