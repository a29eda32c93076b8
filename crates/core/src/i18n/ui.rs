//! The types of the tables of words — the interface's ([`Ui`]), the
//! `/embed` page's and the countdown's — that each language's file fills.

use crate::report::{Field, Said, Why};

/// The words of the interface in one language.
#[derive(Debug)]
pub struct Ui {
    /// The site's name in the browser tab, before and after the bundle loads.
    pub site_name: &'static str,
    pub brand_date: &'static str,
    pub brand_name: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub language_label: &'static str,
    pub nav_home: &'static str,
    pub nav_manifesto: &'static str,
    pub nav_posts: &'static str,
    pub nav_tags: &'static str,
    pub nav_actions: &'static str,
    pub read_manifesto: &'static str,
    pub read_more: &'static str,
    pub recent_posts: &'static str,
    pub all_posts: &'static str,
    pub all_tags: &'static str,
    pub all_actions: &'static str,
    pub back_to_posts: &'static str,
    pub tagged: &'static str,
    pub tagged_posts: fn(&str) -> String,
    pub published: &'static str,
    pub posts_title: &'static str,
    pub tags_title: &'static str,
    pub actions_title: &'static str,
    pub actions_intro: &'static str,
    pub actions_in_post: &'static str,
    pub action_banned: &'static str,
    pub action_report: &'static str,
    pub organised_by: &'static str,
    pub countdown: &'static CountdownWords,
    pub not_translated: &'static str,
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub load_failed_body: &'static str,
    pub invalid_bundle_body: &'static str,
    pub problems_for_editors: &'static str,
    pub retry: &'static str,
    pub stale_notice: &'static str,
    /// The navigation between pages of a long list.
    pub pager_label: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
    pub page_of: fn(usize, usize) -> String,
    /// The same while the live bundle is slow to arrive (it replaces the copy when it does).
    pub stale_slow_notice: &'static str,
    /// The page written at build time is shown because the live bundle failed and no copy was saved.
    pub built_copy_notice: &'static str,
    /// Under the error when the bundle could not be loaded: the automatic
    /// retry, in whole seconds.
    pub retrying_in: fn(u64) -> String,
    /// Shown while the bundle is taking unusually long.
    pub loading_slow: &'static str,
    pub links_title: &'static str,
    pub external_link: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    /// The tools' page where only the visitors' app is kept (offline).
    pub tool_offline_title: &'static str,
    pub tool_offline_body: &'static str,
    pub no_such_post: &'static str,
    pub no_such_tag: &'static str,
    pub go_home: &'static str,
    pub footer_note: &'static str,
    pub footer_privacy: &'static str,
    /// The footer's button that removes what the site stored on the device.
    pub forget: &'static str,
    /// Said once it has.
    pub forgotten: &'static str,
    /// Said if a part could not be removed.
    pub forget_failed: &'static str,
    /// The `/embed` page's heading and the footer's link to it (the rest
    /// of that page's words: [`EmbedWords`], apart, as only the tools'
    /// app needs them).
    pub embed_title: &'static str,
    pub discovery: &'static DiscoveryWords,
    pub reach: &'static ReachWords,
}

/// The words of the `/embed` page, where partners get the widget, but its
/// title ([`Ui::embed_title`]); [`super::Lang::embed_words`].
#[derive(Debug)]
pub struct EmbedWords {
    pub intro: &'static str,
    pub privacy: &'static str,
    pub options: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub size: &'static str,
    pub size_full: &'static str,
    pub size_compact: &'static str,
    pub method: &'static str,
    pub method_script: &'static str,
    pub method_iframe: &'static str,
    pub transparent: &'static str,
    pub preview: &'static str,
    pub code: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub fallback_note: &'static str,
    /// The iframe's accessible name in the snippet.
    pub iframe_title: &'static str,
}

/// What the site says about itself outside its pages (descriptions in the
/// head, feeds, the calendar file) and the words of sharing it.
#[derive(Debug)]
pub struct DiscoveryWords {
    /// The posts page's description, given how many ("12 news items").
    pub posts_description: fn(&str) -> String,
    /// Before the topics' names, on the topics page's description.
    pub tags_description: &'static str,
    /// A topic page's description, given its name and how many posts.
    pub tag_description: fn(&str, &str) -> String,
    /// A topic's feed's title, given its name.
    pub tag_feed_title: fn(&str) -> String,
    /// The news feed link's text.
    pub feed: &'static str,
    /// The calendar link's text, given the Day's date ("4 August").
    pub add_to_calendar: fn(&str) -> String,
    /// What the Day is, given the first year and the honoree as named after
    /// "the arrest of": the home page's description and the calendar event's.
    pub day_description: fn(i32, &str) -> String,
    /// The button that shares the page's address.
    pub share: &'static str,
    /// Said once the address is copied (where the device cannot share).
    pub link_copied: &'static str,
    /// Said when it could not be copied either: the address follows.
    pub copy_this_link: &'static str,
    /// The share image's description (its `alt`), given the page's title.
    pub image_alt: fn(&str) -> String,
    /// At the end of the printed manifesto, before the site's address.
    pub leaflet_more: &'static str,
    /// A "Read more" link's hidden end, given the post's title: screen
    /// readers and search engines hear which post it opens.
    pub read_more_about: fn(&str) -> String,
}

/// The words of the map of solidarity and of the "Take part" page.
#[derive(Debug)]
pub struct ReachWords {
    /// The map's heading on the actions page.
    pub map_title: &'static str,
    /// The year chooser's legend.
    pub map_year: &'static str,
    /// What one year's map shows, given the year: its accessible name.
    pub map_of_year: fn(i32) -> String,
    /// Under the map: how to use it.
    pub map_note: &'static str,
    /// The navigation's link to the page, and its heading.
    pub nav_join: &'static str,
    pub join_intro: &'static str,
    /// Said first to a visitor in Belarus, for whom taking part is a risk.
    pub join_safety: &'static str,
    /// What anyone can do, each a heading and its text: an action, a
    /// picket, a letter, the manifesto, the countdown (in that order: the
    /// page links the last two to their pages).
    pub ways: [(&'static str, &'static str); 5],
    /// The links after the manifesto's and the countdown's ways.
    pub read_the_manifesto: &'static str,
    pub get_the_countdown: &'static str,
    pub report_title: &'static str,
    pub report_intro: &'static str,
    /// Where the typed text stays.
    pub report_kept: &'static str,
    /// Without JavaScript the form cannot prepare an entry.
    pub report_needs_script: &'static str,
    /// When the code that works the form could not be loaded (the
    /// connection dropped): what to do instead.
    pub report_unavailable: &'static str,
    pub field_date: &'static str,
    pub field_city: &'static str,
    pub field_country: &'static str,
    pub field_country_hint: &'static str,
    pub field_organiser: &'static str,
    pub field_summary: &'static str,
    pub field_summary_hint: &'static str,
    pub field_link: &'static str,
    /// Marks a field that may stay empty.
    pub optional: &'static str,
    pub prepare: &'static str,
    pub report_entry_label: &'static str,
    pub copy_entry: &'static str,
    pub download_entry: &'static str,
    pub email_entry: &'static str,
    /// Without a contact address in the bundle: what to do with the entry.
    pub report_no_contact: &'static str,
    /// What the form says as it works.
    pub report: &'static ReportWords,
}

/// What the report form says as it works. Separate from [`ReachWords`] so
/// that the module working a prerendered form links only these into its
/// wasm (the rest is in the page's markup).
#[derive(Debug)]
pub struct ReportWords {
    /// Said when the fields need fixing, given how many problems.
    pub report_fix: fn(usize) -> String,
    /// Above the prepared entry.
    pub report_ready: &'static str,
    pub entry_copied: &'static str,
    /// The email's subject, given the place and the date.
    pub email_subject: fn(&str, &str) -> String,
    /// Under a field that must not stay empty and did: what to give there.
    pub missing: fn(Field) -> &'static str,
    /// Under a date the calendar has not.
    pub not_a_date: &'static str,
    /// Under a link that is not a web address.
    pub not_a_link: &'static str,
    /// Under a country the map does not know, given the known name it
    /// likely stands for.
    pub unknown_country: fn(Option<&str>) -> String,
}

impl ReportWords {
    /// What the form says under a field for `said`, in these words; `None`
    /// for a rule only editors meet, whose English message is all there is.
    pub fn say(&self, said: &Said) -> Option<String> {
        Some(match &said.why {
            Why::Missing => (self.missing)(said.field).to_string(),
            Why::NotADate => self.not_a_date.to_string(),
            Why::NotALink => self.not_a_link.to_string(),
            Why::UnknownCountry { meant } => (self.unknown_country)(meant.as_deref()),
            Why::Other => return None,
        })
    }
}

/// The words around the countdown. Separate from [`Ui`] so the partners'
/// widget, which shows only the countdown, links only these into its wasm.
#[derive(Debug)]
pub struct CountdownWords {
    /// The countdown's heading: "Time left until the Day".
    pub label: &'static str,
    /// Shown instead of the numbers all through the Day.
    pub today: &'static str,
    /// Joins the time left and the date: "… until 4 August 2027".
    pub until: &'static str,
    /// The widget's link to the site.
    pub more: &'static str,
}

/// The words of the editors' preview page and of the banner every page
/// shows during a preview; [`super::Lang::preview_words`]. Apart from
/// [`Ui`], so that the visitors' app does not carry them.
#[derive(Debug)]
pub struct PreviewWords {
    pub preview_title: &'static str,
    pub preview_intro: &'static str,
    pub preview_choose: &'static str,
    pub preview_drop: &'static str,
    pub preview_private: &'static str,
    pub preview_of: fn(&str) -> String,
    pub preview_valid: &'static str,
    pub preview_errors: fn(usize) -> String,
    pub preview_no_problems: &'static str,
    pub preview_unreadable: &'static str,
    pub preview_browse: &'static str,
    pub preview_problems_link: &'static str,
    pub preview_read_failed: &'static str,
    pub exit_preview: &'static str,
}
