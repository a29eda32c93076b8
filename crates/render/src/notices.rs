//! What a page says while the bundle is not (or not freshly) there: a
//! placeholder of the page's shape while it loads, a message with a retry
//! when it cannot be shown, and a discreet notice above a page read from
//! a saved copy. Their buttons carry `data-retry`: whatever runs the page
//! fetches the bundle again when one is pressed.

use maud::{html, Markup};
use solidarity_core::i18n::Lang;
use solidarity_core::route::Route;
use solidarity_core::validate::Problem;

/// The shape of a page, so that its placeholder takes the same room as
/// its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Home,
    Article,
    List,
}

impl Shape {
    /// The shape of `route`'s page.
    pub fn of(route: Route) -> Shape {
        match route {
            Route::Home => Shape::Home,
            Route::Posts | Route::Tags | Route::Tag(_) | Route::Actions => Shape::List,
            _ => Shape::Article,
        }
    }
}

/// Grey blocks where the content will be, announced as loading. Its
/// `.slow-note` is empty: after a few seconds, the code waiting for the
/// bundle writes into it what its `data-slow` says.
pub fn placeholder(shape: Shape, lang: Lang) -> Markup {
    let ui = lang.ui();
    html! {
        div.wrap.page.placeholder aria-busy="true" {
            p.visually-hidden role="status" { (ui.loading) }
            p.meta.slow-note role="status" data-slow=(ui.loading_slow) {}
            div aria-hidden="true" {
                @match shape {
                    Shape::Home => {
                        div.ph.ph-kicker {}
                        div.ph.ph-title {}
                        div.ph.ph-title.short {}
                        div.ph.ph-countdown {}
                        div.ph.ph-line {}
                        div.ph.ph-line {}
                        div.ph.ph-line.short {}
                    }
                    Shape::Article => {
                        div.ph.ph-title {}
                        div.ph.ph-meta {}
                        @for i in 0..8 { div.ph.ph-line.short[i % 4 == 3] {} }
                    }
                    Shape::List => {
                        div.ph.ph-title.short {}
                        @for _ in 0..4 { div.ph.ph-card {} }
                    }
                }
            }
        }
    }
}

/// Why the bundle cannot be shown.
#[derive(Clone, Copy, Debug)]
pub enum Failure<'a> {
    /// It could not be fetched (no network, an error status), or has not
    /// come yet.
    Unreachable,
    /// It came, and is not a valid bundle: these are its problems.
    Invalid(&'a [Problem]),
}

/// What a visitor sees when the bundle cannot be shown and no copy was
/// saved, with a way to retry; `retry_in`: seconds before the next retry
/// by itself, if one is due.
pub fn load_failed(failure: Failure, retry_in: Option<u64>, lang: Lang) -> Markup {
    let ui = lang.ui();
    let body = match failure {
        Failure::Invalid(_) => ui.invalid_bundle_body,
        Failure::Unreachable => ui.load_failed_body,
    };
    html! {
        div.wrap.page.load-failed {
            div role="alert" {
                h1 { (ui.load_failed_title) }
                p { (body) }
            }
            button.button type="button" data-retry { (ui.retry) }
            // Outside the alert: a new retry time is not news worth
            // interrupting for.
            (retry_note(retry_in, lang))
            (details(failure, lang))
        }
    }
}

/// Above a page read from the copy saved on an earlier visit: says so,
/// discreetly (`slow`: the live bundle is only late).
pub fn stale(failure: Failure, slow: bool, lang: Lang) -> Markup {
    let ui = lang.ui();
    let text = if slow {
        ui.stale_slow_notice
    } else {
        ui.stale_notice
    };
    notice(text, failure, None, lang)
}

/// Above a prerendered page whose live bundle could not be shown (and no
/// copy was saved): the page stays as the build wrote it, and says so.
pub fn built_copy(failure: Failure, retry_in: Option<u64>, lang: Lang) -> Markup {
    notice(lang.ui().built_copy_notice, failure, retry_in, lang)
}

fn notice(text: &str, failure: Failure, retry_in: Option<u64>, lang: Lang) -> Markup {
    html! {
        div.notice role="status" {
            div.wrap {
                p { (text) " " button.link-button type="button" data-retry { (lang.ui().retry) } }
                (retry_note(retry_in, lang))
                (details(failure, lang))
            }
        }
    }
}

/// When the bundle will be fetched again by itself. Said once per
/// scheduled retry, not counted down: a live region that changed every
/// second would talk over everything else. Nothing while none is due (an
/// invalid bundle is not retried: only an editor fixes it).
fn retry_note(retry_in: Option<u64>, lang: Lang) -> Markup {
    html! {
        @if let Some(seconds) = retry_in {
            p.meta.retry-note { ((lang.ui().retrying_in)(seconds)) }
        }
    }
}

/// An invalid bundle's problems, folded away: they are for editors who
/// open the live site, not for visitors.
fn details(failure: Failure, lang: Lang) -> Markup {
    html! {
        @if let Failure::Invalid(problems) = failure {
            details.problems {
                summary { (lang.ui().problems_for_editors) }
                (problem_list(problems))
            }
        }
    }
}

/// Problems as `bundle check` prints them.
pub fn problem_list(problems: &[Problem]) -> Markup {
    html! {
        ul.problem-list {
            @for problem in problems {
                li.warning[!problem.is_error()] { code { (problem.to_string()) } }
            }
        }
    }
}
