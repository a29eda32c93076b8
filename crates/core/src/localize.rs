//! The text of a bundle item in the visitor's language.
//!
//! Each field is looked up on its own: the visitor's language, then English,
//! then whatever language the item was written in. The result says which
//! language it is in, so the page can mark it (`lang="en"`) and say that a
//! translation is missing.

use crate::bundle::{Action, Campaign, Manifesto, Post, Tag};
use crate::i18n::Lang;

/// A piece of text and the language it is in.
#[derive(Debug, PartialEq, Eq)]
pub struct Text<'a, T: ?Sized = str> {
    pub text: &'a T,
    pub lang: Lang,
}

// By hand: a derive would ask `T: Copy`, which `str` and `[String]` are not,
// though a reference to them always is.
impl<T: ?Sized> Clone for Text<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Text<'_, T> {}

/// The first of `want`, English and `base_lang` that has the text.
fn pick<'a, T: ?Sized>(
    want: Lang,
    base_lang: Lang,
    base: &'a T,
    translated: impl Fn(Lang) -> Option<&'a T>,
) -> Text<'a, T> {
    for lang in [want, Lang::En, base_lang] {
        if lang == base_lang {
            return Text { text: base, lang };
        }
        if let Some(text) = translated(lang) {
            return Text { text, lang };
        }
    }
    Text {
        text: base,
        lang: base_lang,
    }
}

impl Campaign {
    pub fn title_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, Lang::En, &self.title, |l| {
            self.translations.get(&l)?.title.as_deref()
        })
    }

    pub fn short_title_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, Lang::En, &self.short_title, |l| {
            self.translations.get(&l)?.short_title.as_deref()
        })
    }

    pub fn honoree_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, Lang::En, &self.honoree, |l| {
            self.translations.get(&l)?.honoree.as_deref()
        })
    }
}

impl Manifesto {
    pub fn title_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, self.lang, &self.title, |l| {
            self.translations.get(&l)?.title.as_deref()
        })
    }

    pub fn subtitle_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, self.lang, &self.subtitle, |l| {
            self.translations.get(&l)?.subtitle.as_deref()
        })
    }

    pub fn body_in(&self, lang: Lang) -> Text<'_, [String]> {
        pick(lang, self.lang, &self.body[..], |l| {
            self.translations.get(&l)?.body.as_deref()
        })
    }
}

impl Tag {
    pub fn name_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, Lang::En, &self.name, |l| {
            self.translations.get(&l)?.name.as_deref()
        })
    }
}

impl Post {
    pub fn title_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, self.lang, &self.title, |l| {
            self.translations.get(&l)?.title.as_deref()
        })
    }

    pub fn excerpt_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, self.lang, &self.excerpt, |l| {
            self.translations.get(&l)?.excerpt.as_deref()
        })
    }

    pub fn body_in(&self, lang: Lang) -> Text<'_, [String]> {
        pick(lang, self.lang, &self.body[..], |l| {
            self.translations.get(&l)?.body.as_deref()
        })
    }

    /// Whether some of the post shows in another language than `lang`, and
    /// the page (or feed entry) must say it is not yet translated. A post
    /// with no body (a headline alone) has none to translate.
    pub fn is_untranslated_in(&self, lang: Lang) -> bool {
        let body = self.body_in(lang);
        self.title_in(lang).lang != lang
            || self.excerpt_in(lang).lang != lang
            || (body.lang != lang && !body.text.is_empty())
    }
}

impl Action {
    pub fn city_in(&self, lang: Lang) -> Option<Text<'_>> {
        let city = self.city.as_deref()?;
        Some(pick(lang, Lang::En, city, |l| {
            self.translations.get(&l)?.city.as_deref()
        }))
    }

    pub fn country_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, Lang::En, &self.country, |l| {
            self.translations.get(&l)?.country.as_deref()
        })
    }

    pub fn organiser_in(&self, lang: Lang) -> Option<Text<'_>> {
        let organiser = self.organiser.as_deref()?;
        Some(pick(lang, Lang::En, organiser, |l| {
            self.translations.get(&l)?.organiser.as_deref()
        }))
    }

    pub fn summary_in(&self, lang: Lang) -> Text<'_> {
        pick(lang, Lang::En, &self.summary, |l| {
            self.translations.get(&l)?.summary.as_deref()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::PostText;

    fn post(lang: Lang) -> Post {
        serde_json::from_value(serde_json::json!({
            "slug": "p", "title": "Base title", "date": "2013-08-04", "tags": [],
            "excerpt": "Base excerpt", "body": ["Base body"], "lang": lang.tag()
        }))
        .unwrap()
    }

    #[test]
    fn a_post_is_untranslated_when_any_text_it_has_falls_back() {
        let mut p = post(Lang::En);
        p.body.clear();
        let titled = |excerpt: Option<&str>| PostText {
            title: Some("Загаловак".into()),
            excerpt: excerpt.map(Into::into),
            body: None,
        };
        p.translations.insert(Lang::Be, titled(None));
        assert!(p.is_untranslated_in(Lang::Be), "the excerpt is English");
        p.translations.insert(Lang::Be, titled(Some("Выбарка")));
        // No body in any language: nothing left untranslated.
        assert!(!p.is_untranslated_in(Lang::Be));
        assert!(!p.is_untranslated_in(Lang::En));
        p.body.push("Body".into());
        assert!(p.is_untranslated_in(Lang::Be), "the body is English");
    }

    #[test]
    fn each_field_falls_back_on_its_own() {
        let mut p = post(Lang::En);
        p.translations.insert(
            Lang::Be,
            PostText {
                title: Some("Загаловак".into()),
                ..Default::default()
            },
        );
        assert_eq!(
            p.title_in(Lang::Be),
            Text {
                text: "Загаловак",
                lang: Lang::Be
            }
        );
        assert_eq!(
            p.excerpt_in(Lang::Be),
            Text {
                text: "Base excerpt",
                lang: Lang::En
            }
        );
        assert_eq!(
            p.title_in(Lang::Ru),
            Text {
                text: "Base title",
                lang: Lang::En
            }
        );
        assert_eq!(p.title_in(Lang::En).lang, Lang::En);
    }

    #[test]
    fn a_post_in_one_language_only_is_shown_in_it() {
        let p = post(Lang::Be);
        assert_eq!(
            p.title_in(Lang::En),
            Text {
                text: "Base title",
                lang: Lang::Be
            }
        );
        assert_eq!(p.title_in(Lang::Ru).lang, Lang::Be);
        assert_eq!(p.title_in(Lang::Be).lang, Lang::Be);
    }

    #[test]
    fn english_comes_before_the_original_language() {
        let mut p = post(Lang::Be);
        p.translations.insert(
            Lang::En,
            PostText {
                title: Some("In English".into()),
                ..Default::default()
            },
        );
        assert_eq!(
            p.title_in(Lang::Ru),
            Text {
                text: "In English",
                lang: Lang::En
            }
        );
    }
}
