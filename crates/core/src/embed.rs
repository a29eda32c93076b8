//! The partners' widget: its options, and the code the `/embed` page hands
//! out. Shared by the site (which writes the snippet) and the widget (which
//! reads the same options back from its attributes).

use crate::i18n::Lang;
use crate::text::escape_markup;

/// The two layouts a partner can choose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Size {
    /// Title, the four numbers, which Day and anniversary, date and time.
    #[default]
    Full,
    /// One line: short title, the numbers, the date.
    Compact,
}

impl Size {
    pub fn attribute(self) -> &'static str {
        match self {
            Size::Full => "full",
            Size::Compact => "compact",
        }
    }

    /// Anything but "compact" is the full widget: a typo still shows it all.
    pub fn from_attribute(value: &str) -> Size {
        if value.trim().eq_ignore_ascii_case("compact") {
            Size::Compact
        } else {
            Size::Full
        }
    }

    /// The iframe height that holds the widget in every language at widths
    /// from 320 px up (checked by tests/e2e/widget.test.mjs), whatever the
    /// numbers say: in Russian at 320 px a unit such as "секунды" wraps and
    /// the full widget needs 319 px, so 310 was cut off a few seconds a
    /// minute. Wider frames
    /// leave room below the widget, which the frame's transparent page shows
    /// as the partner's own background.
    pub fn iframe_height(self) -> u32 {
        match self {
            Size::Full => 330,
            Size::Compact => 112,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Light or dark as the visitor's device prefers.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn attribute(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the widget goes into the partner's page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Method {
    /// `<script>` + `<solidarity-countdown>`: lighter, and fits the page.
    #[default]
    Script,
    /// `<iframe>`, for editors that strip scripts.
    Iframe,
}

/// What a partner chose on the `/embed` page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub lang: Lang,
    pub theme: Theme,
    pub size: Size,
    pub method: Method,
    pub transparent: bool,
}

/// The address of the iframe embed, relative to the site's root `site`
/// (which ends in "/").
pub fn iframe_src(site: &str, options: &EmbedOptions) -> String {
    format!(
        "{site}embed/countdown?lang={}&theme={}&size={}{}",
        options.lang.tag(),
        options.theme.attribute(),
        options.size.attribute(),
        if options.transparent {
            "&transparent=1"
        } else {
            ""
        }
    )
}

/// The HTML a partner pastes. `site` is the site's root URL ending in "/";
/// `fallback` is what shows without JavaScript ("4 August — …"), linked to
/// the site; `iframe_title` names the iframe for screen readers.
pub fn snippet(site: &str, options: &EmbedOptions, fallback: &str, iframe_title: &str) -> String {
    let lang = options.lang.tag();
    match options.method {
        Method::Script => format!(
            "<script src=\"{}widget/countdown.js\" async referrerpolicy=\"no-referrer\"></script>\n\
             <solidarity-countdown lang=\"{lang}\" theme=\"{}\" size=\"{}\"{}>\
             <a href=\"{}{lang}/\">{}</a></solidarity-countdown>",
            escape_markup(site),
            options.theme.attribute(),
            options.size.attribute(),
            if options.transparent { " transparent" } else { "" },
            escape_markup(site),
            escape_markup(fallback),
        ),
        Method::Iframe => format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" \
             style=\"border:0;max-width:620px\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>",
            escape_markup(&iframe_src(site, options)),
            escape_markup(iframe_title),
            options.size.iframe_height(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "https://example.org/";

    #[test]
    fn script_snippet_carries_every_option_and_a_fallback_link() {
        let options = EmbedOptions {
            lang: Lang::Be,
            theme: Theme::Dark,
            size: Size::Compact,
            method: Method::Script,
            transparent: true,
        };
        assert_eq!(
            snippet(SITE, &options, "4 жніўня — Дзень & <салідарнасці>", "x"),
            "<script src=\"https://example.org/widget/countdown.js\" async referrerpolicy=\"no-referrer\"></script>\n\
             <solidarity-countdown lang=\"be\" theme=\"dark\" size=\"compact\" transparent>\
             <a href=\"https://example.org/be/\">4 жніўня — Дзень &amp; &lt;салідарнасці&gt;</a></solidarity-countdown>"
        );
    }

    #[test]
    fn iframe_snippet_escapes_its_query() {
        let options = EmbedOptions {
            method: Method::Iframe,
            ..EmbedOptions::default()
        };
        assert_eq!(
            iframe_src(SITE, &options),
            "https://example.org/embed/countdown?lang=en&theme=auto&size=full"
        );
        assert_eq!(
            snippet(SITE, &options, "fallback", "Countdown to \"4 August\""),
            "<iframe src=\"https://example.org/embed/countdown?lang=en&amp;theme=auto&amp;size=full\" \
             title=\"Countdown to &quot;4 August&quot;\" width=\"100%\" height=\"330\" \
             style=\"border:0;max-width:620px\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>"
        );
    }

    #[test]
    fn size_attribute_forgives_case_and_typos() {
        assert_eq!(Size::from_attribute("compact"), Size::Compact);
        assert_eq!(Size::from_attribute(" COMPACT "), Size::Compact);
        assert_eq!(Size::from_attribute("huge"), Size::Full);
        for size in [Size::Full, Size::Compact] {
            assert_eq!(Size::from_attribute(size.attribute()), size);
        }
    }
}
