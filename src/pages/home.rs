//! `/{lang}`: the campaign, its countdown, the manifesto's lead and recent news.

use crate::components::countdown::CountdownBox;
use crate::components::lang_attr;
use crate::components::page_head::{head_of, PageHead};
use crate::components::share::ShareButton;
use crate::components::with_site::{Shape, WithSite};
use crate::components::Rendered;
use crate::lang::use_lang;
use leptos::prelude::*;
use solidarity_core::route::Route;
use solidarity_render::post_card;

/// How many posts the home page lists under "Recent trends".
const RECENT_POSTS: usize = 3;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let ui = lang.ui();
    view! {
        <WithSite shape=Shape::Home render=move |site| {
            let head = head_of(Route::Home, 1, lang, &site);
            let bundle = &site.bundle;
            let title = bundle.campaign.title_in(lang);
            let subtitle = bundle.manifesto.subtitle_in(lang);
            let body = bundle.manifesto.body_in(lang);
            let lead = body.text.first().cloned().unwrap_or_default();
            let recent = site.posts_newest_first().take(RECENT_POSTS);
            view! {
                <PageHead head />
                <div class="hero">
                    <div class="wrap">
                        <p class="kicker">{ui.brand_date}</p>
                        <h1 lang=lang_attr(title.lang)>{title.text.to_string()}</h1>
                        <CountdownBox campaign=bundle.campaign.clone() />
                        <ShareButton url=site.absolute(&Route::Home.href(lang)) title=title.text.to_string() />
                    </div>
                </div>
                <div class="wrap page">
                    <section class="lead" aria-labelledby="lead-title">
                        <h2 id="lead-title" lang=lang_attr(subtitle.lang)>{subtitle.text.to_string()}</h2>
                        <p class="lead-text" lang=lang_attr(body.lang)>{lead}</p>
                        <a class="button" href=Route::Manifesto.href(lang)>{ui.read_manifesto}</a>
                    </section>
                    <section aria-labelledby="recent-title">
                        <h2 id="recent-title">{ui.recent_posts}</h2>
                        <Rendered markup=post_card::list(recent, true, lang) />
                        <p class="more-links">
                            <a href=Route::Posts.href(lang)>{ui.all_posts}</a>
                            <a href=Route::Tags.href(lang)>{ui.all_tags}</a>
                            <a href=Route::Actions.href(lang)>{ui.all_actions}</a>
                        </p>
                    </section>
                </div>
            }
        } />
    }
}
