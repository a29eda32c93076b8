//! English: its text for every table of [`super::Ui`] and the rules its
//! numbers follow. Every language's file holds the same items, which the
//! shared modules of [`super`] pick by [`super::Lang`].

use super::{
    countdown_unit, CountdownWords, DiscoveryWords, EmbedWords, Lang, OrdinalFor, Plural,
    PreviewWords, ReachWords, ReportWords, Ui, Unit,
};
use crate::report::Field;

/// The language's own name, for the switcher.
pub(super) const NATIVE_NAME: &str = "English";

/// The plural category of a whole number `n`.
pub(super) fn plural(n: u64) -> Plural {
    match n {
        1 => Plural::One,
        _ => Plural::Other,
    }
}

/// The ending of an ordinal, the same whatever it qualifies: "16th".
pub(super) fn ordinal_suffix(n: i32, _slot: OrdinalFor) -> &'static str {
    match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    }
}

/// A countdown unit's forms, `[one, few, many]`, for
/// [`super::countdown_unit`].
pub(super) fn unit_forms(unit: Unit) -> [&'static str; 3] {
    match unit {
        Unit::Day => ["day", "", "days"],
        Unit::Hour => ["hour", "", "hours"],
        Unit::Minute => ["minute", "", "minutes"],
        Unit::Second => ["second", "", "seconds"],
    }
}

/// "News item" counted, for [`super::post_count`].
pub(super) const POST_FORMS: [&str; 3] = ["news item", "", "news items"];

/// "Country" and "city" counted, for [`super::year_reach`].
pub(super) const COUNTRY_FORMS: [&str; 3] = ["country", "", "countries"];
pub(super) const CITY_FORMS: [&str; 3] = ["city", "", "cities"];

/// The line under the countdown ([`super::coming_day`]), given the Day's
/// ordinal `d`, the anniversary's `a` and the honoree's name as it reads
/// after "the arrest of".
pub(super) fn coming_day(d: &str, a: &str, honoree: &str) -> String {
    format!("The {d} International Day of Solidarity, on the {a} anniversary of the arrest of {honoree}")
}

/// The months' names as they follow a day number, for [`super::long_date`].
pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The interface's words, for [`super::Lang::ui`].
pub(super) static UI: Ui = Ui {
    site_name: "International Day of Solidarity with civil society of Belarus",
    brand_date: "4 August",
    brand_name: "Day of Solidarity with Belarus",
    skip_to_content: "Skip to content",
    nav_label: "Main",
    language_label: "Language",
    nav_home: "Home",
    nav_manifesto: "Manifesto",
    nav_posts: "News",
    nav_tags: "Topics",
    nav_actions: "Actions",
    read_manifesto: "Read the whole manifesto",
    read_more: "Read more",
    recent_posts: "Recent trends",
    all_posts: "All news",
    all_tags: "All topics",
    all_actions: "Solidarity actions around the world",
    back_to_posts: "Back to all news",
    tagged: "Topics:",
    tagged_posts: |name| format!("{name} tagged posts"),
    published: "Published",
    posts_title: "News",
    tags_title: "Topics",
    actions_title: "Solidarity actions",
    actions_intro: "Actions reported on the Day each year, from the campaign's news.",
    actions_in_post: "Actions reported here",
    action_banned: "Banned by the authorities",
    action_report: "Read the report",
    organised_by: "Organised by",
    countdown: &COUNTDOWN,
    not_translated: "This text is not yet translated into English.",
    loading: "Loading…",
    load_failed_title: "The campaign's texts could not be loaded",
    load_failed_body: "This may be a problem with your connection or with our site. Please try again in a moment.",
    invalid_bundle_body: "The campaign's data has a mistake in it and cannot be shown. The editors have been told what to fix; please come back soon.",
    problems_for_editors: "Details for the site's editors",
    retry: "Try again",
    stale_notice: "You are reading the copy of this site saved on your last visit: the latest version could not be loaded.",
    pager_label: "Pages",
    newer: "Newer",
    older: "Older",
    page_of: |n, of| format!("Page {n} of {of}"),
    stale_slow_notice: "The latest version is slow to arrive: meanwhile you are reading the copy saved on your last visit.",
    built_copy_notice: "You are reading this page as it was published with the site: its latest version could not be loaded.",
    retrying_in: |n| format!("Trying again by itself in {n} {}.", countdown_unit(Lang::En, Unit::Second, n as i64)),
    loading_slow: "Still loading: the connection seems slow.",
    links_title: "Links",
    external_link: "(another site)",
    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may have a typo.",
    tool_offline_title: "This tool needs the network",
    tool_offline_body: "The editors' preview and the partners' embed page are not kept for reading offline. Connect to the internet, then reload this page.",
    no_such_post: "There is no news item at this address.",
    no_such_tag: "There is no topic at this address.",
    go_home: "Go to the home page",
    footer_note: "Held every 4 August since 2012, on the anniversary of the arrest of human rights defender Ales Bialiatski in 2011.",
    footer_privacy: "This site sets no cookies and loads nothing from other sites.",
    forget: "Forget this site on this device",
    forgotten: "Done: the saved copy of the site, your choice of language and the offline files are removed from this device. Your browser's history is yours to clear.",
    forget_failed: "Not everything could be removed: clear this site's data in your browser's settings.",
    embed_title: "Put the countdown on your site",
    discovery: &DISCOVERY,
    reach: &REACH,
};

/// What the site says about itself outside its pages, in [`UI`].
pub(super) static DISCOVERY: DiscoveryWords = DiscoveryWords {
    posts_description: |count| {
        format!("All {count} of the campaign: solidarity actions, statements and letters from around the world, newest first.")
    },
    tags_description: "The campaign's news by topic: ",
    tag_description: |name, count| format!("{count} on “{name}”, newest first."),
    tag_feed_title: |name| format!("News on “{name}”"),
    feed: "News feed (Atom)",
    add_to_calendar: |date| format!("Add {date} to my calendar"),
    day_description: |first_year, honoree| {
        format!("Every year since {first_year}, on the anniversary of the arrest of {honoree}, people around the world show their solidarity with civil society of Belarus.")
    },
    share: "Share",
    link_copied: "Link copied",
    copy_this_link: "Copy this link:",
    image_alt: |title| format!("{title}: the page's title on the campaign's card"),
    leaflet_more: "Read it, share it, and follow the campaign at",
    read_more_about: |title| format!(": {title}"),
};

/// The words of the `/embed` page (its title is [`UI`]'s: the footer links to it).
pub(super) static EMBED: EmbedWords = EmbedWords {
    intro: "Partner organisations, media and diaspora groups can show the countdown to 4 August on their own pages. Choose how it looks, check the preview and copy the code.",
    privacy: "The widget loads only from this site, sets no cookies, stores nothing, and tells this site nothing about your page or its visitors.",
    options: "Options",
    language: "Language",
    theme: "Colours",
    theme_auto: "As the visitor's device",
    theme_light: "Light",
    theme_dark: "Dark",
    size: "Size",
    size_full: "Full",
    size_compact: "Compact, one line",
    method: "Embed with",
    method_script: "A script (recommended)",
    method_iframe: "An iframe, for sites that strip scripts",
    transparent: "Transparent background",
    preview: "Preview",
    code: "Code to paste into your page",
    copy: "Copy the code",
    copied: "Copied. Paste it into your page's HTML.",
    copy_failed: "Copying did not work here: the code is selected, copy it with Ctrl+C or ⌘C.",
    fallback_note: "Where JavaScript is off, the link inside the element shows instead of the countdown.",
    iframe_title: "Countdown to 4 August",
};

/// The words around the countdown, for [`super::Lang::countdown_words`].
pub(super) static COUNTDOWN: CountdownWords = CountdownWords {
    label: "Time left until the Day",
    today: "Today is the International Day of Solidarity with civil society of Belarus",
    until: "until",
    more: "About the Day",
};

/// The map and the "Take part" page, in [`UI`].
pub(super) static REACH: ReachWords = ReachWords {
    map_title: "Where the Day was marked",
    map_year: "Year",
    map_of_year: |year| format!("Map of the places where the Day was marked in {year}"),
    map_note: "Each mark leads to its place in the list below, which gives every action in full.",
    nav_join: "Take part",
    join_intro: "The Day belongs to everyone who marks it. Wherever you are, on 4 August or around it, you can show Belarusian civil society that it is not alone.",
    join_safety: "If you are in Belarus, think of your safety first: taking part in public can be punished there. Sharing and printing texts, and letters, are safer than gatherings; never report anyone's name without their consent.",
    ways: [
        ("Hold an action", "Gather friends, colleagues or neighbours in a square, at a university or near a Belarusian embassy: a banner, portraits of political prisoners, a minute of silence, a reading of the manifesto. Then tell the campaign about it with the form below."),
        ("Stand in a picket", "One person with a poster is a picket too. Check your town's rules for public gatherings; where a picket is banned, the ban itself is news worth reporting."),
        ("Write a letter", "Write to a Belarusian political prisoner — a card is enough — or to your members of parliament and your government, asking them to speak up for Belarus's civil society and its prisoners."),
        ("Share the manifesto", "Read it, send it to friends, or print it: it prints as a leaflet on A4, in Belarusian, Russian and English."),
        ("Put the countdown on your site", "A small countdown to the Day that your site shows in its own page, light and private: it loads nothing from other sites."),
    ],
    read_the_manifesto: "Read the manifesto",
    get_the_countdown: "Get the countdown",
    report_title: "Report an action",
    report_intro: "Held an action? Fill in what happened: the form prepares the entry the editors add to the site's list of actions. Nothing is sent from this page — you copy the entry, download it, or send it by email yourself. Write in any language; the editors translate.",
    report_kept: "What you type stays in this tab only, even if you reload it, and is gone when you close it.",
    report_needs_script: "The form needs JavaScript to prepare the entry. Without it, write to the campaign with the date, the place, who organised the action and what happened.",
    report_unavailable: "The form could not be loaded; the connection may have dropped. Reload the page to try again, or write to the campaign with the date, the place, who organised the action and what happened.",
    field_date: "Date",
    field_city: "City",
    field_country: "Country",
    field_country_hint: "In English, as on a world map: Lithuania, Czech Republic, United States.",
    field_organiser: "Organiser",
    field_summary: "What happened",
    field_summary_hint: "A sentence or two: who gathered, where, what they did.",
    field_link: "A link to photos or a report",
    optional: "(optional)",
    prepare: "Prepare the entry",
    report_entry_label: "The entry for the site's list of actions",
    copy_entry: "Copy",
    download_entry: "Download",
    email_entry: "Send by email",
    report_no_contact: "Send it to the campaign by the way you know them; the editors paste it into the site's data as it is.",
    report: &REPORT,
};

/// What the report form says as it works, in [`REACH`].
pub(super) static REPORT: ReportWords = ReportWords {
    report_fix: |n| match n {
        1 => "1 field needs fixing: see the message under it.".to_string(),
        n => format!("{n} fields need fixing: see the messages under them."),
    },
    report_ready: "The entry is ready. Check it, then copy it, download it or send it.",
    entry_copied: "Entry copied",
    email_subject: |place, date| format!("Solidarity Day action: {place}, {date}"),
    missing: |field| match field {
        Field::Date => "Give the day of the action.",
        Field::Country => "Give the country where it took place.",
        Field::Summary => "Say in a sentence or two what happened.",
        _ => "Fill in this field.",
    },
    not_a_date: "This is not a day of the calendar: write it as year-month-day, for example 2013-08-04.",
    not_a_link: "This is not a web address: copy it from your browser's address bar, where it starts with https://.",
    unknown_country: |meant| match meant {
        Some(meant) => format!("Did you mean “{meant}”? The map knows countries by their English names: as written, the action is listed, but not on the map."),
        None => "The map does not know this country: the action is listed, but not on the map. Write the country's English name, as on a world map.".to_string(),
    },
};

/// The words of the editors' preview, apart from [`UI`]: only the tools'
/// app carries them.
pub(super) static PREVIEW: PreviewWords = PreviewWords {
    preview_title: "Preview a bundle",
    preview_intro: "Open a bundle file from your computer to see the whole site as it would look with it, and every problem the site would find in it, before you publish it.",
    preview_choose: "Choose a bundle file",
    preview_drop: "or drop it here",
    preview_private: "The file stays in this browser tab: nothing is uploaded, and the preview ends when you close the tab.",
    preview_of: |name| format!("Preview of “{name}”: not published."),
    preview_valid: "It is valid.",
    preview_errors: |n| match n {
        1 => "It has 1 error: visitors would keep seeing the published version.".to_string(),
        n => format!("It has {n} errors: visitors would keep seeing the published version."),
    },
    preview_no_problems: "No problems found: this file can be published.",
    preview_unreadable: "Nothing of this file could be read, so there is no site to preview. Fix the problems above first.",
    preview_browse: "Browse the site as it would look:",
    preview_problems_link: "Problems",
    preview_read_failed: "The file could not be read. Is it a text file?",
    exit_preview: "Exit preview",
};
