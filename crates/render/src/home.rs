//! `/{lang}`: the campaign, its countdown, the manifesto's lead and recent news.

use crate::countdown::{self, Moment};
use crate::text::lang_attr;
use crate::{post_card, share};
use maud::{html, Markup};
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::Site;

/// How many posts the home page lists under "Recent trends".
const RECENT_POSTS: usize = 3;

/// Whether the page of `route` shows the countdown: the home page's
/// ([`page`]) is the only one. The prerender names, in such a page only,
/// the build of the page's module that makes a countdown tick (10 KB
/// brotli more than the others').
pub fn shows_countdown(route: Route) -> bool {
    route == Route::Home
}

/// The page's content, in `lang`, its countdown at `moment`.
pub fn page(site: &Site, lang: Lang, moment: Moment) -> Markup {
    let ui = lang.ui();
    let bundle = &site.bundle;
    let title = bundle.campaign.title_in(lang);
    let subtitle = bundle.manifesto.subtitle_in(lang);
    let body = bundle.manifesto.body_in(lang);
    let lead = body.text.first().map_or("", String::as_str);
    let recent = site.posts_newest_first().take(RECENT_POSTS);
    html! {
        div.hero {
            div.wrap {
                p.kicker { (ui.brand_date) }
                h1 lang=[lang_attr(title.lang, lang)] { (title.text) }
                (countdown::section(&bundle.campaign, lang, moment))
                (share::button(&site.absolute(&Route::Home.href(lang)), title.text, lang))
            }
        }
        div.wrap.page {
            section.lead aria-labelledby="lead-title" {
                h2 #lead-title lang=[lang_attr(subtitle.lang, lang)] { (subtitle.text) }
                p.lead-text lang=[lang_attr(body.lang, lang)] { (lead) }
                a.button href=(Route::Manifesto.href(lang)) { (ui.read_manifesto) }
            }
            section aria-labelledby="recent-title" {
                h2 #recent-title { (ui.recent_posts) }
                (post_card::list(recent, true, lang))
                p.more-links {
                    a href=(Route::Posts.href(lang)) { (ui.all_posts) }
                    a href=(Route::Tags.href(lang)) { (ui.all_tags) }
                    a href=(Route::Actions.href(lang)) { (ui.all_actions) }
                }
            }
        }
    }
}
