//! The rules a well-formed bundle must also follow: declared tags, unique
//! slugs, resolvable links, safe URLs, texts that say something.

use super::suggest::{hint, likely, Suggester};
use super::{Problem, Rule};
use crate::bundle::{Action, Bundle, Campaign, Manifesto, Post, Tag, BUNDLE_VERSION};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Every rule a well-formed bundle must also follow.
pub fn check(bundle: &Bundle) -> Vec<Problem> {
    let parts = Parts {
        version: Some(bundle.version),
        campaign: Some(&bundle.campaign),
        manifesto: Some(&bundle.manifesto),
        collections: Some((&bundle.tags, &bundle.posts, &bundle.actions)),
    };
    check_parts(parts)
}

/// The parts of a bundle the rules look at, each present when it could be
/// read: a broken campaign must not hide the mistakes in the posts.
struct Parts<'a> {
    version: Option<u32>,
    campaign: Option<&'a Campaign>,
    manifesto: Option<&'a Manifesto>,
    collections: Option<(&'a [Tag], &'a [Post], &'a [Action])>,
}

/// The rules for whatever parts of a bundle whose shape is broken could be read.
pub(super) fn check_readable_parts(value: &Value) -> Vec<Problem> {
    fn part<T: serde::de::DeserializeOwned>(value: &Value, key: &str) -> Option<T> {
        value.get(key).and_then(|v| T::deserialize(v).ok())
    }
    let campaign: Option<Campaign> = part(value, "campaign");
    let manifesto: Option<Manifesto> = part(value, "manifesto");
    let tags: Option<Vec<Tag>> = part(value, "tags");
    let posts: Option<Vec<Post>> = part(value, "posts");
    let actions: Option<Vec<Action>> = if value.get("actions").is_some() {
        part(value, "actions")
    } else {
        Some(Vec::new())
    };
    let collections = match (&tags, &posts, &actions) {
        (Some(t), Some(p), Some(a)) => Some((t.as_slice(), p.as_slice(), a.as_slice())),
        _ => None,
    };
    let parts = Parts {
        version: part(value, "version"),
        campaign: campaign.as_ref(),
        manifesto: manifesto.as_ref(),
        collections,
    };
    check_parts(parts)
}

fn check_parts(parts: Parts<'_>) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some(version) = parts.version.filter(|v| *v != BUNDLE_VERSION) {
        problems.push(Problem::error(
            "version",
            format!("this site reads bundle version {BUNDLE_VERSION}, not {version}"),
        ));
    }
    if let Some(campaign) = parts.campaign {
        check_campaign(campaign, &mut problems);
    }
    if let Some(manifesto) = parts.manifesto {
        check_translations(
            &mut problems,
            format_args!("manifesto"),
            &manifesto.translations,
            |t| {
                vec![
                    ("title", t.title.as_deref()),
                    ("subtitle", t.subtitle.as_deref()),
                ]
            },
        );
        not_blank(
            &mut problems,
            format_args!("manifesto.title"),
            &manifesto.title,
        );
        if manifesto.body.iter().all(|p| crate::text::is_blank(p)) {
            problems.push(Problem::error(
                "manifesto.body",
                "the manifesto has no paragraphs",
            ));
        }
    }
    if let Some((tags, posts, actions)) = parts.collections {
        check_collections(tags, posts, actions, &mut problems);
    }
    problems
}

/// Tags, posts and actions, and the links between them.
fn check_collections(
    bundle_tags: &[Tag],
    bundle_posts: &[Post],
    bundle_actions: &[Action],
    problems: &mut Vec<Problem>,
) {
    let mut tags: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, tag) in bundle_tags.iter().enumerate() {
        check_slug(problems, format_args!("tags[{i}].slug"), &tag.slug);
        not_blank(problems, format_args!("tags[{i}].name"), &tag.name);
        check_translations(
            problems,
            format_args!("tags[{i}]"),
            &tag.translations,
            |t| vec![("name", t.name.as_deref())],
        );
        if let Some(first) = tags.insert(&tag.slug, i) {
            problems.push(Problem::error(
                format!("tags[{i}].slug"),
                format!(
                    "tag \"{}\" is declared twice, first at tags[{first}]",
                    tag.slug
                ),
            ));
        }
    }

    let mut tag_hints = Suggester::new(tags.keys().copied());
    let mut posts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut used_tags = BTreeSet::new();
    for (i, post) in bundle_posts.iter().enumerate() {
        check_slug(problems, format_args!("posts[{i}].slug"), &post.slug);
        not_blank(problems, format_args!("posts[{i}].title"), &post.title);
        not_blank(problems, format_args!("posts[{i}].excerpt"), &post.excerpt);
        check_translations(
            problems,
            format_args!("posts[{i}]"),
            &post.translations,
            |t| {
                vec![
                    ("title", t.title.as_deref()),
                    ("excerpt", t.excerpt.as_deref()),
                ]
            },
        );
        if let Some(first) = posts.insert(&post.slug, i) {
            problems.push(Problem::error(
                format!("posts[{i}].slug"),
                format!(
                    "post slug \"{}\" is used twice, first at posts[{first}]",
                    post.slug
                ),
            ));
        }
        for (j, link) in post.links.iter().enumerate() {
            not_blank(
                problems,
                format_args!("posts[{i}].links[{j}].label"),
                &link.label,
            );
            if let Err(why) = check_url(&link.url) {
                problems.push(Problem::error(format!("posts[{i}].links[{j}].url"), why));
            }
        }
        for (j, tag) in post.tags.iter().enumerate() {
            used_tags.insert(tag.as_str());
            if !tags.contains_key(tag.as_str()) {
                problems.push(Problem::error(
                    format!("posts[{i}].tags[{j}]"),
                    format!("unknown tag \"{tag}\"{}", tag_hints.hint(tag)),
                ));
            }
        }
    }
    for (slug, i) in &tags {
        if !used_tags.contains(slug) {
            problems.push(Problem::warning(
                format!("tags[{i}]"),
                format!("tag \"{slug}\" is declared but no post uses it; its page will be empty"),
            ));
        }
    }

    let mut post_hints = Suggester::new(posts.keys().copied());
    // Each distinct misspelling looked up once: a bundle may have
    // thousands of actions.
    let mut countries = Suggester::any(crate::map::country_names());
    for (i, action) in bundle_actions.iter().enumerate() {
        check_action_at(
            problems,
            Some(format_args!("actions[{i}]")),
            action,
            &mut |country| countries.meant(country),
        );
        if let Some(post) = &action.post {
            if !posts.contains_key(post.as_str()) {
                problems.push(Problem::error(
                    format!("actions[{i}].post"),
                    format!("no post has the slug \"{post}\"{}", post_hints.hint(post)),
                ));
            }
        }
    }
}

/// The rules one action follows on its own, whatever the rest of the
/// bundle: what `bundle check` says of `actions[i]`, and the "Take part"
/// page's report form of the entry it prepares (paths then start at the
/// entry: `"city"`, `"position.lat"`). Only its post, which needs the
/// bundle's posts, is checked with the bundle.
pub fn check_action(action: &Action) -> Vec<Problem> {
    let mut problems = Vec::new();
    // One action: its country compared with each of the map's (under 200),
    // with no sorting or cache: a [`Suggester`] is 5 KB (brotli) of the
    // report form's module.
    check_action_at(&mut problems, None, action, &mut |country| {
        likely(country, crate::map::country_names())
    });
    problems
}

/// `path` is the action's (`actions[3]`), or `None` for an entry alone.
/// `country_meant` gives the known country a misspelt one likely stands for.
fn check_action_at<'a>(
    problems: &mut Vec<Problem>,
    path: Option<fmt::Arguments<'_>>,
    action: &'a Action,
    country_meant: &mut dyn FnMut(&'a str) -> Option<&'a str>,
) {
    // Written out only for a problem (see [`not_blank`]).
    let field = |name: &str| Under(path, name).to_string();
    let blank = |problems: &mut Vec<Problem>, name: &str, text: &str| {
        not_blank(problems, format_args!("{}", Under(path, name)), text)
    };
    blank(problems, "country", &action.country);
    blank(problems, "summary", &action.summary);
    check_translations(
        problems,
        path.unwrap_or(format_args!("")),
        &action.translations,
        |t| {
            vec![
                ("city", t.city.as_deref()),
                ("country", t.country.as_deref()),
                ("organiser", t.organiser.as_deref()),
                ("summary", t.summary.as_deref()),
            ]
        },
    );
    if let Some(city) = &action.city {
        blank(problems, "city", city);
    }
    if let Some(organiser) = &action.organiser {
        blank(problems, "organiser", organiser);
    }
    if let Some(link) = &action.link {
        if let Err(why) = check_url(link) {
            problems.push(Problem::error(field("link"), why).because(Rule::NotALink));
        }
    }
    match action.position {
        Some(position) => {
            let ranges = [
                (
                    "lat",
                    position.lat,
                    90.0,
                    "a latitude",
                    "-90 (south) and 90 (north)",
                ),
                (
                    "lon",
                    position.lon,
                    180.0,
                    "a longitude",
                    "-180 (west) and 180 (east)",
                ),
            ];
            for (name, value, limit, what, between) in ranges {
                if !(-limit..=limit).contains(&value) {
                    problems.push(Problem::error(
                        field(&format!("position.{name}")),
                        // (Not the value itself, which the problem's place
                        // points at: writing it would bring the float printer
                        // into every wasm that checks an action.)
                        format!("out of range: {what} must be between {between} degrees; the map leaves this action out"),
                    ));
                }
            }
        }
        None if crate::text::is_blank(&action.country) => {}
        None => match (crate::map::country_point(&action.country), &action.city) {
            (None, _) => {
                let meant = country_meant(&action.country);
                problems.push(
                    Problem::warning(
                        field("country"),
                        format!(
                            "the map knows no country \"{}\"{}; it leaves this action out unless the action has a \"position\" (\"lat\" and \"lon\" in degrees)",
                            action.country,
                            meant.map(hint).unwrap_or_default()
                        ),
                    )
                    .because(Rule::UnknownCountry {
                        meant: meant.map(str::to_string),
                    }),
                )
            }
            (Some(_), Some(city)) if !crate::text::is_blank(city) => {
                problems.push(Problem::warning(
                    // The missing key has no place: the action's is given.
                    path.map_or_else(|| "position".to_string(), |path| path.to_string()),
                    format!(
                        "no \"position\": the map puts {city} at the middle of {}; give the city's \"lat\" and \"lon\" in degrees to place it",
                        action.country
                    ),
                ));
            }
            _ => {}
        },
    }
}

/// The path of `.1` in the action at `.0` (`actions[3].city`), or `.1`
/// alone for an entry checked on its own.
struct Under<'a>(Option<fmt::Arguments<'a>>, &'a str);

impl fmt::Display for Under<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(path) => write!(f, "{path}.{}", self.1),
            None => f.write_str(self.1),
        }
    }
}

/// Translated texts, where given, must say something.
fn check_translations<T>(
    problems: &mut Vec<Problem>,
    path: fmt::Arguments<'_>,
    translations: &crate::bundle::Translations<T>,
    texts: impl Fn(&T) -> Vec<(&'static str, Option<&str>)>,
) {
    for (lang, translation) in translations.iter() {
        for (field, text) in texts(translation) {
            if let Some(text) = text {
                not_blank(
                    problems,
                    format_args!("{path}.translations.{}.{field}", lang.tag()),
                    text,
                );
            }
        }
    }
}

fn check_campaign(c: &Campaign, problems: &mut Vec<Problem>) {
    check_translations(problems, format_args!("campaign"), &c.translations, |t| {
        vec![
            ("title", t.title.as_deref()),
            ("short_title", t.short_title.as_deref()),
            ("honoree", t.honoree.as_deref()),
        ]
    });
    not_blank(problems, format_args!("campaign.title"), &c.title);
    not_blank(
        problems,
        format_args!("campaign.short_title"),
        &c.short_title,
    );
    if let Err(why) = check_site_url(&c.site_url) {
        problems.push(Problem::error("campaign.site_url", why));
    }
    for (field, year) in [("first_year", c.first_year), ("arrest_year", c.arrest_year)] {
        if let Err(why) = crate::date::check_year(year) {
            problems.push(Problem::error(format!("campaign.{field}"), why));
        }
    }
    if let Some(contact) = &c.contact {
        if let Err(why) = check_email(contact) {
            problems.push(Problem::error("campaign.contact", why));
        }
    }
    if c.first_year < c.arrest_year {
        problems.push(Problem::error(
            "campaign.first_year",
            format!(
                "the Day was first held in {} but marks an arrest in {}; the first year cannot come before the arrest",
                c.first_year, c.arrest_year
            ),
        ));
    }
}

/// The site's public address ([`Campaign::site_url`]): what every absolute
/// link the build writes starts with, so anything but a scheme and a host
/// would make them all wrong at once. `https` because feeds, previews and
/// search engines should not send visitors to a page anyone on the way can
/// rewrite; `http` only for this machine (`scripts/serve`).
pub fn check_site_url(url: &str) -> Result<(), String> {
    const EXAMPLE: &str = "such as \"https://solidarity.example\"";
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "\"{url}\" is not an address: it contains spaces or control characters"
        ));
    }
    let lower = url.to_ascii_lowercase();
    let (local, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (false, rest)
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (true, rest)
    } else {
        return Err(format!(
            "\"{url}\" must start with https:// — the site's public address, {EXAMPLE}"
        ));
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if let Some(at) = rest.find(['/', '?', '#']) {
        return Err(format!(
            "\"{url}\" must be the site's address alone, without \"{}\": the site's pages are found under it",
            &url[url.len() - rest.len() + at..].trim_end_matches('/')
        ));
    }
    if rest.contains('@') {
        return Err(format!(
            "\"{url}\" must not contain a user name or password"
        ));
    }
    let (host, port) = match rest.rsplit_once(':').filter(|(h, _)| !h.ends_with("::")) {
        Some((host, port)) if !host.contains(':') || host.ends_with(']') => (host, Some(port)),
        _ => (rest, None),
    };
    if let Some(port) = port {
        if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "\"{url}\" has no valid port number after the colon"
            ));
        }
    }
    let valid_host = !host.is_empty()
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
        && !host.contains("..")
        && (host == "[::1]"
            || host
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-'));
    if !valid_host {
        return Err(format!("\"{url}\" has no valid host name, {EXAMPLE}"));
    }
    if local && !matches!(host, "localhost" | "127.0.0.1" | "[::1]") {
        return Err(format!(
            "\"{url}\" must start with https://: plain http:// is only for this machine (localhost, 127.0.0.1)"
        ));
    }
    Ok(())
}

/// The editors' address ([`Campaign::contact`]): what a `mailto:` link
/// needs, a name, an `@` and a domain, and nothing a mail program would
/// read as more (spaces, a second address, the `mailto:` itself).
pub fn check_email(address: &str) -> Result<(), String> {
    const EXAMPLE: &str = "such as \"editors@solidarity.example\"";
    if let Some(rest) = address.strip_prefix("mailto:") {
        return Err(format!(
            "\"{address}\": write the address alone, \"{rest}\", without \"mailto:\""
        ));
    }
    if address
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || ",;<>\"?&".contains(c))
    {
        return Err(format!(
            "\"{address}\" is not one email address: it contains spaces or one of , ; < > \" ? &"
        ));
    }
    match address.split_once('@') {
        Some((name, domain))
            if !name.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with(['.', '-'])
                && !domain.ends_with(['.', '-'])
                && !domain.contains("..") =>
        {
            Ok(())
        }
        _ => Err(format!("\"{address}\" is not an email address, {EXAMPLE}")),
    }
}

/// Links may only go to the web (`http`, `https`) or to a page of this site.
/// Anything else — `javascript:`, `data:`, `file:` — could run code or leak
/// the visitor's files, and is refused.
pub fn check_url(url: &str) -> Result<(), String> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "\"{url}\" is not a link: it contains spaces or control characters"
        ));
    }
    if let Some(path) = url.strip_prefix('/') {
        // "//host/…" would leave the site with the page's scheme.
        if path.starts_with('/') || path.starts_with('\\') {
            return Err(format!("\"{url}\" is ambiguous: write https://{} for another site, or one / for a page of this site", path.trim_start_matches(['/', '\\'])));
        }
        return Ok(());
    }
    let lower = url.to_ascii_lowercase();
    for scheme in ["https://", "http://"] {
        if let Some(rest) = lower.strip_prefix(scheme) {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            if host.is_empty() {
                return Err(format!("\"{url}\" has no host name after {scheme}"));
            }
            return Ok(());
        }
    }
    let scheme = lower
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.is_empty() && s.len() < 20);
    Err(match scheme {
        Some(scheme) => format!("\"{url}\": links may only be http(s):// or start with /; \"{scheme}:\" links are not allowed"),
        None => format!("\"{url}\" is not a link: start it with https:// (another site) or / (a page of this site)"),
    })
}

/// A text visitors read must show something: spaces, zero-width characters
/// or control characters alone are as empty as "".
///
/// The path (here and in [`check_slug`]) is written out only for a
/// problem: a bundle of 10,000 posts has some 100,000 places to check and,
/// written out for each, their allocations were a third of the checking.
fn not_blank(problems: &mut Vec<Problem>, path: fmt::Arguments<'_>, text: &str) {
    if crate::text::is_blank(text) {
        let message = if text.is_empty() {
            "must not be empty".to_string()
        } else {
            format!("must not be empty: \"{text}\" has only spaces or invisible characters")
        };
        problems.push(Problem::error(path.to_string(), message).because(Rule::Blank));
    }
}

/// Slugs appear in URLs: lowercase ASCII letters, digits and single hyphens.
fn check_slug(problems: &mut Vec<Problem>, path: fmt::Arguments<'_>, slug: &str) {
    if !crate::slug::is_valid(slug) {
        let hint = crate::slug::slugify(slug);
        let hint = if hint.is_empty() {
            String::new()
        } else {
            format!("; for example \"{hint}\"")
        };
        problems.push(Problem::error(
            path.to_string(),
            format!("\"{slug}\" is not a valid slug: use lowercase letters a-z, digits and single hyphens{hint}"),
        ));
    }
}
