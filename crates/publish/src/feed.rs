//! Atom feeds (RFC 4287): the news in each language, and each topic's.

use solidarity_core::bundle::Post;
use solidarity_core::date::Day;
use solidarity_core::i18n::Lang;
use solidarity_core::route::{feed_href, Route};
use solidarity_core::text::escape_markup as escape;
use solidarity_core::Site;

/// How many of the newest posts a feed carries, whole: readers fetch a feed
/// again and again, so it holds what is new, not the archive.
pub const FEED_ENTRIES: usize = 50;

/// The Atom feed of the newest posts in `lang` (of one topic, if given):
/// each entry whole (title, excerpt, every paragraph), each text marked
/// with the language it is actually in, and an untranslated one says so.
pub fn feed(site: &Site, lang: Lang, topic: Option<&str>) -> String {
    let campaign = &site.bundle.campaign;
    let ui = lang.ui();
    let site_name = campaign.title_in(lang).text;
    let (title, page): (String, Route) = match topic.and_then(|slug| site.tag(slug)) {
        Some(tag) => (
            format!(
                "{} — {site_name}",
                (ui.discovery.tag_feed_title)(tag.name_in(lang).text)
            ),
            Route::Tag(&tag.slug),
        ),
        None => (site_name.to_string(), Route::Home),
    };
    let posts: Vec<&Post> = match topic {
        Some(slug) => site.posts_tagged(slug).take(FEED_ENTRIES).collect(),
        None => site.posts_newest_first().take(FEED_ENTRIES).collect(),
    };
    let self_href = site.absolute(&feed_href(lang, topic));
    // The newest post's day: the same bundle, the same feed, byte for byte.
    let updated = posts
        .first()
        .map(|p| p.date)
        .unwrap_or(site.bundle.manifesto.published);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{title}</title>\n  <subtitle>{subtitle}</subtitle>\n  <id>{id}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{id}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n  <updated>{updated}</updated>\n  <author><name>{site_name_xml}</name><uri>{home}</uri></author>\n  <logo>{logo}</logo>\n",
        lang = lang.tag(),
        title = escape(&title),
        subtitle = escape(&(ui.discovery.day_description)(
            campaign.first_year,
            campaign.honoree_in(lang).text
        )),
        id = escape(&self_href),
        page = escape(&site.absolute(&page.href(lang))),
        updated = timestamp(site, updated),
        site_name_xml = escape(site_name),
        home = escape(&site.absolute(&Route::Home.href(lang))),
        // The home page's card: wide, as Atom wants a logo (an icon is square).
        logo = escape(&site.absolute(&Route::Home.share_image(lang))),
    );
    for post in posts {
        xml.push_str(&entry(site, lang, post));
    }
    xml.push_str("</feed>\n");
    xml
}

fn entry(site: &Site, lang: Lang, post: &Post) -> String {
    let ui = lang.ui();
    let (title, excerpt, body) = (
        post.title_in(lang),
        post.excerpt_in(lang),
        post.body_in(lang),
    );
    let url = site.absolute(&Route::Post(&post.slug).href(lang));
    // The content as HTML, then escaped as the element's text (type="html").
    let mut html = String::new();
    // Marked as the post page marks it: some of it is not in this language.
    if post.is_untranslated_in(lang) {
        html.push_str(&format!(
            "<p lang=\"{}\"><em>{}</em></p>",
            lang.tag(),
            escape(ui.not_translated)
        ));
    }
    for paragraph in body.text {
        html.push_str(&format!("<p>{}</p>", escape(paragraph)));
    }
    let categories: String = post
        .tags
        .iter()
        .filter_map(|slug| site.tag(slug))
        .map(|tag| {
            format!(
                "    <category term=\"{}\" label=\"{}\" scheme=\"{}\"/>\n",
                escape(&tag.slug),
                escape(tag.name_in(lang).text),
                escape(&site.absolute(&Route::Tags.href(lang)))
            )
        })
        .collect();
    let date = timestamp(site, post.date);
    format!(
        "  <entry>\n    <id>{id}</id>\n    <title type=\"text\"{title_lang}>{title}</title>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{id}\"/>\n    <published>{date}</published>\n    <updated>{date}</updated>\n    <summary type=\"text\"{excerpt_lang}>{excerpt}</summary>\n    <content type=\"html\"{body_lang}>{content}</content>\n{categories}  </entry>\n",
        id = escape(&url),
        title_lang = lang_attr(lang, title.lang),
        title = escape(title.text),
        excerpt_lang = lang_attr(lang, excerpt.lang),
        excerpt = escape(excerpt.text),
        body_lang = lang_attr(lang, body.lang),
        content = escape(&html),
    )
}

/// ` xml:lang="en"` where a text is not in the feed's language.
fn lang_attr(feed_lang: Lang, text_lang: Lang) -> String {
    if text_lang == feed_lang {
        String::new()
    } else {
        format!(" xml:lang=\"{}\"", text_lang.tag())
    }
}

/// Midnight of `day` in the campaign's time zone, as RFC 3339.
fn timestamp(site: &Site, day: Day) -> String {
    format!("{day}T00:00:00{}", site.bundle.campaign.utc_offset)
}
