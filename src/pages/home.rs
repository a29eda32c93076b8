//! `/`: the campaign, its countdown, the manifesto's lead and recent news.

use crate::app::use_lang;
use crate::components::countdown::CountdownBox;
use crate::components::post_card::PostList;
use crate::components::with_site::{Shape, WithSite};
use leptos::prelude::*;
use leptos_meta::Title;

/// How many posts the home page lists under "Recent trends".
const RECENT_POSTS: usize = 3;

#[component]
pub fn HomePage() -> impl IntoView {
    let ui = use_lang().ui();
    view! {
        <Title text="" />
        <WithSite shape=Shape::Home render=move |site| {
            let bundle = &site.bundle;
            let lead = bundle.manifesto.body.first().cloned().unwrap_or_default();
            let recent = site.posts_newest_first().take(RECENT_POSTS).cloned().collect::<Vec<_>>();
            view! {
                <div class="hero">
                    <div class="wrap">
                        <p class="kicker">{ui.brand_date}</p>
                        <h1>{bundle.campaign.title.clone()}</h1>
                        <CountdownBox campaign=bundle.campaign.clone() />
                    </div>
                </div>
                <div class="wrap page">
                    <section class="lead" aria-labelledby="lead-title">
                        <h2 id="lead-title">{bundle.manifesto.subtitle.clone()}</h2>
                        <p class="lead-text">{lead}</p>
                        <a class="button" href="/manifesto">{ui.read_manifesto}</a>
                    </section>
                    <section aria-labelledby="recent-title">
                        <h2 id="recent-title">{ui.recent_posts}</h2>
                        <PostList posts=recent />
                        <p class="more-links">
                            <a href="/posts">{ui.all_posts}</a>
                            <a href="/tags">{ui.all_tags}</a>
                            <a href="/actions">{ui.all_actions}</a>
                        </p>
                    </section>
                </div>
            }
        } />
    }
}
