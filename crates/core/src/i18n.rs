//! Every string of the interface, in one place, with the number rules that go
//! with them (plural forms, ordinals). Components never spell out a word
//! themselves: they ask for it here, so a language is added in this file alone.

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::En => &EN,
        }
    }
}

/// The words of the interface in one language.
#[derive(Debug)]
pub struct Ui {
    /// The site's name in the browser tab, before and after the bundle loads.
    pub site_name: &'static str,
    pub brand_date: &'static str,
    pub brand_name: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
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
    pub tagged_posts: &'static str,
    pub tag_count_label: &'static str,
    pub actions_in_post: &'static str,
    pub countdown_until: &'static str,
    pub published: &'static str,
    pub posts_title: &'static str,
    pub tags_title: &'static str,
    pub actions_title: &'static str,
    pub actions_intro: &'static str,
    pub action_banned: &'static str,
    pub action_report: &'static str,
    pub organised_by: &'static str,
    pub countdown_label: &'static str,
    pub countdown_today: &'static str,
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub load_failed_body: &'static str,
    pub invalid_bundle_body: &'static str,
    pub problems_for_editors: &'static str,
    pub retry: &'static str,
    pub stale_notice: &'static str,
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
    pub links_title: &'static str,
    pub external_link: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub no_such_post: &'static str,
    pub no_such_tag: &'static str,
    pub go_home: &'static str,
    pub footer_note: &'static str,
    pub footer_privacy: &'static str,
}

static EN: Ui = Ui {
    site_name: "International Day of Solidarity with civil society of Belarus",
    brand_date: "4 August",
    brand_name: "Day of Solidarity with Belarus",
    skip_to_content: "Skip to content",
    nav_label: "Main",
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
    tagged_posts: "tagged posts",
    tag_count_label: "posts",
    actions_in_post: "Actions reported here",
    countdown_until: "until",
    published: "Published",
    posts_title: "News",
    tags_title: "Topics",
    actions_title: "Solidarity actions",
    actions_intro: "Actions reported on the Day each year, from the campaign's news.",
    action_banned: "Banned by the authorities",
    action_report: "Read the report",
    organised_by: "Organised by",
    countdown_label: "Time left until the Day",
    countdown_today: "Today is the International Day of Solidarity with civil society of Belarus",
    loading: "Loading…",
    load_failed_title: "The campaign's texts could not be loaded",
    load_failed_body: "This may be a problem with your connection or with our site. Please try again in a moment.",
    invalid_bundle_body: "The campaign's data has a mistake in it and cannot be shown. The editors have been told what to fix; please come back soon.",
    problems_for_editors: "Details for the site's editors",
    retry: "Try again",
    stale_notice: "You are reading the copy of this site saved on your last visit: the latest version could not be loaded.",
    preview_title: "Preview a bundle",
    preview_intro: "Open a bundle file from your computer to see the whole site as it would look with it, and every problem the site would find in it, before you publish it.",
    preview_choose: "Choose a bundle file",
    preview_drop: "or drop it here",
    preview_private: "The file stays in this browser tab: nothing is uploaded, and the preview ends when you close the tab.",
    preview_of: |name| format!("Preview of “{name}”: not published."),
    preview_valid: "It is valid.",
    preview_errors: |n| if n == 1 { "It has 1 error: visitors would keep seeing the published version.".to_string() } else { format!("It has {n} errors: visitors would keep seeing the published version.") },
    preview_no_problems: "No problems found: this file can be published.",
    preview_unreadable: "Nothing of this file could be read, so there is no site to preview. Fix the problems above first.",
    preview_browse: "Browse the site as it would look:",
    preview_problems_link: "Problems",
    preview_read_failed: "The file could not be read. Is it a text file?",
    exit_preview: "Exit preview",
    links_title: "Links",
    external_link: "(another site)",
    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may have a typo.",
    no_such_post: "There is no news item at this address.",
    no_such_tag: "There is no topic at this address.",
    go_home: "Go to the home page",
    footer_note: "Held every 4 August since 2012, on the anniversary of the arrest of human rights defender Ales Bialiatski in 2011.",
    footer_privacy: "This site sets no cookies and loads nothing from other sites.",
};

/// The four units of the countdown, in the right grammatical number.
pub fn countdown_unit(lang: Lang, unit: Unit, n: i64) -> &'static str {
    match lang {
        Lang::En => {
            let one = n == 1;
            match unit {
                Unit::Day if one => "day",
                Unit::Day => "days",
                Unit::Hour if one => "hour",
                Unit::Hour => "hours",
                Unit::Minute if one => "minute",
                Unit::Minute => "minutes",
                Unit::Second if one => "second",
                Unit::Second => "seconds",
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Hour,
    Minute,
    Second,
}

/// "16th", "21st", "111th".
pub fn ordinal(lang: Lang, n: i32) -> String {
    match lang {
        Lang::En => {
            let suffix = match (n % 100, n % 10) {
                (11..=13, _) => "th",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
}

/// The line under the countdown: which Day, which anniversary.
pub fn coming_day(lang: Lang, day_ordinal: i32, anniversary: i32, honoree: &str) -> String {
    match lang {
        Lang::En => format!(
            "The {} International Day of Solidarity, on the {} anniversary of the arrest of {honoree}",
            ordinal(lang, day_ordinal),
            ordinal(lang, anniversary),
        ),
    }
}

/// "10 news items", "1 news item".
pub fn post_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En if n == 1 => "1 news item".to_string(),
        Lang::En => format!("{n} news items"),
    }
}

/// "In 2012: 18 countries, 6 cities" — how widely a year's Day was marked.
pub fn year_reach(lang: Lang, countries: usize, cities: usize) -> String {
    match lang {
        Lang::En => {
            let c = if countries == 1 {
                "country"
            } else {
                "countries"
            };
            let t = if cities == 1 { "city" } else { "cities" };
            format!("{countries} {c}, {cities} {t}")
        }
    }
}

/// The title of a page as shown in the browser's tab.
pub fn page_title(page: &str, site: &str) -> String {
    if page.is_empty() {
        site.to_string()
    } else {
        format!("{page} — {site}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 16, 21, 22, 23, 101, 111, 112]
            .iter()
            .map(|&n| ordinal(Lang::En, n))
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "16th", "21st", "22nd", "23rd",
                "101st", "111th", "112th"
            ]
        );
    }

    #[test]
    fn english_plurals() {
        assert_eq!(countdown_unit(Lang::En, Unit::Day, 1), "day");
        assert_eq!(countdown_unit(Lang::En, Unit::Day, 0), "days");
        assert_eq!(countdown_unit(Lang::En, Unit::Second, 21), "seconds");
        assert_eq!(post_count(Lang::En, 1), "1 news item");
        assert_eq!(post_count(Lang::En, 10), "10 news items");
        assert_eq!(year_reach(Lang::En, 1, 1), "1 country, 1 city");
    }

    #[test]
    fn coming_day_names_both_ordinals() {
        assert_eq!(
            coming_day(Lang::En, 16, 16, "Ales Bialiatski"),
            "The 16th International Day of Solidarity, on the 16th anniversary of the arrest of Ales Bialiatski"
        );
    }
}
