//! The app's one state and what it shows from it.
//!
//! On a prerendered page the app renders out of sight and, once it has the
//! live bundle (or the copy saved on an earlier visit), makes the
//! prerendered page its root, changing in place only what differs
//! ([`crate::morph`]), before the next paint: the same markup from the
//! same code ([`solidarity_render::page`]), so nothing moves, and if the
//! bundle changed since the build, the live content appears. If nothing
//! can be shown, the prerendered page stays, with a notice, while the app
//! keeps trying. Elsewhere (`shell.html`) the app is the page from the
//! start: the page as soon as it has it (a placeholder of the page's shape
//! if that takes longer than [`PLACEHOLDER_AFTER`]), or a message with a
//! way to retry.
//!
//! The bundle is read, and its pages rendered, in the app's helper thread
//! ([`Shown::Thread`]): this thread only puts them in place. A bundle the
//! thread gives back (it does not pass, and its problems are shown; or the
//! app cannot run there) is read, and its pages rendered, here.
//!
//! Every change goes through [`show`], which renders the address in the
//! location bar from the state: the state, not the document, is what the
//! app knows.

use crate::document::{self, document};
use crate::load::{self, LoadError, Shown};
use crate::morph;
use crate::timer::{self, Interval};
use maud::PreEscaped;
use solidarity_browser::storage::BundleThread;
use solidarity_browser::{retry_delay, AppState, SLOW_AFTER};
use solidarity_core::bundle::Campaign;
use solidarity_core::head::Head;
use solidarity_core::i18n::{page_title, Lang};
use solidarity_core::route::{in_language, lang_of_path, without_lang, Route};
use solidarity_core::Site;
use solidarity_page::dom::PageCountdown;
use solidarity_render::frame::{self, PRERENDERED_ID};
use solidarity_render::notices::{self, Failure, Shape};
use solidarity_render::page::{self, Address};
use solidarity_render::{not_found, Markup};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MouseEvent};

#[derive(Default)]
struct State {
    /// The app's root, once it is in the page.
    root: Option<Element>,
    /// The prerendered page on screen, until the app replaces it.
    prerendered: Option<Element>,
    /// A rendering asked for while a prerendered page was being replaced:
    /// done once the new root is in place.
    pending: bool,
    /// The bundle shown.
    site: Option<Shown>,
    /// The helper thread that keeps the bundle, and reads and renders it
    /// ([`load::checked`]).
    thread: Option<Rc<BundleThread>>,
    /// The last rendering asked for ([`show`]): one that ends after a
    /// newer began is not shown.
    rendering: u32,
    /// How the visitor came to the address being rendered, if by a link or
    /// the history: kept until a rendering is shown, even if a newer one
    /// (the bundle came) replaces it.
    moving: Option<Move>,
    /// Why [`State::site`] is the saved copy, when it is.
    stale: Option<LoadError>,
    /// Why nothing can be shown, when nothing can.
    failed: Option<LoadError>,
    /// The current load: one that ends after a newer began is ignored.
    attempt: u32,
    loading: bool,
    /// Failed fetches in a row; set the wait before the next retry.
    failures: u32,
    /// The next retry by itself, while one is due: its timer and its wait.
    retry: Option<(i32, u64)>,
    /// The countdown on the page shown, if it has one, and what ticks it
    /// (stopped when the page goes).
    countdown: Option<PageCountdown>,
    ticking: Option<Interval>,
    /// Whether the visitor unfolded a broken bundle's problems.
    problems_open: bool,
    /// The address (path and query) of the page on screen.
    shown: Option<String>,
    /// Where a move to another page is announced to screen readers: a
    /// live region of its own, outside the root, so that it is there
    /// before what it says changes (one that came with the new page
    /// might not be heard).
    announcer: Option<Element>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Runs `f` on the state. Never call anything that could come back here
/// from inside `f`.
fn with<T>(f: impl FnOnce(&mut State) -> T) -> T {
    STATE.with(|state| f(&mut state.borrow_mut()))
}

/// How long the app, as the page, waits for something to show before it
/// shows the page's placeholder (ms).
///
/// The page (`shell.html`) fetches the bundle beside the app, and the
/// bundle is the smaller: it is usually in before the app starts, and the
/// page's content can be its first paint. A placeholder drawn first was
/// work thrown away a moment later, on the way to the content: rendering
/// it, and the page's first layout, took 200–310 ms of a phone's time (4×
/// CPU) before the content's. Half a second is past what reading and
/// rendering a bundle takes on such a phone, and short enough that a
/// visitor waiting for a slow bundle is soon shown the site's frame, its
/// navigation and the shape of what is coming.
const PLACEHOLDER_AFTER: i32 = 500;

/// Starts the app: behind the prerendered page if there is one, else as
/// the page.
pub fn mount() {
    let Some(document) = document() else {
        return;
    };
    // What only a script can do is shown (style/main.css), as a
    // prerendered page's loader does too.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-js", "");
    }
    listen();
    match document.get_element_by_id(PRERENDERED_ID) {
        Some(prerendered) => with(|s| s.prerendered = Some(prerendered)),
        None => {
            let (Some(body), Ok(root)) = (document.body(), document.create_element("div")) else {
                return;
            };
            root.set_class_name("app");
            let _ = body.append_child(&root);
            with(|s| s.root = Some(root));
            AppState::Live.mark();
            // Whatever comes first, if anything has come.
            timer::after(PLACEHOLDER_AFTER, || {
                if with(|s| s.shown.is_none()) {
                    show(Move::Same);
                }
            });
        }
    }
    // Where moves to another page are announced ([`State::announcer`]).
    if let (Some(body), Ok(announcer)) = (document.body(), document.create_element("p")) {
        announcer.set_class_name("visually-hidden");
        let _ = announcer.set_attribute("aria-live", "polite");
        let _ = announcer.set_attribute("aria-atomic", "true");
        let _ = body.append_child(&announcer);
        with(|s| s.announcer = Some(announcer));
    }
    load();
    wasm_bindgen_futures::spawn_local(async {
        if let Err(e) = solidarity_browser::worker::register_service_worker().await {
            web_sys::console::warn_2(&"offline copy unavailable:".into(), &e);
        }
    });
}

/// The helper thread the page's loader started (`worker`), which fetched
/// the live bundle if `fetched`: the app's from the start
/// ([`BundleThread::adopted`]). The loader calls it as soon as this module
/// is instantiated, in the task before [`mount`]'s.
pub fn adopt(worker: JsValue, fetched: bool) {
    with(|s| {
        if s.thread.is_none() {
            s.thread = BundleThread::adopted(worker, fetched).map(Rc::new);
        }
    });
}

/// Fetches and checks the live bundle, then shows it, or the saved copy,
/// or why neither can be shown.
fn load() {
    let (attempt, patient) = with(|s| {
        if let Some((handle, _)) = s.retry.take() {
            timer::cancel(handle);
        }
        s.attempt += 1;
        s.loading = true;
        // Content already on screen needs no race against a slow network.
        (s.attempt, s.prerendered.is_some() || s.site.is_some())
    });
    let current = move || with(|s| s.attempt == attempt && s.loading);
    // The thread that reads and keeps a good bundle starts while the first
    // arrives, and stays: it renders the pages of what it read.
    let thread = with(|s| {
        // One that failed (it could not be loaded offline) is replaced.
        if s.thread.as_ref().is_some_and(|thread| thread.lost()) {
            s.thread = None;
        }
        // The first is the page loader's ([`adopt`]), if it started one.
        let thread = s
            .thread
            .get_or_insert_with(|| Rc::new(BundleThread::start()));
        thread.clone()
    });
    if !patient {
        let thread = thread.clone();
        timer::after(SLOW_AFTER.as_millis() as i32, move || {
            wasm_bindgen_futures::spawn_local(async move {
                if !current() {
                    return;
                }
                if let Some(site) = load::last_good(&thread).await {
                    // The live bundle replaces it if it comes.
                    if current() && with(|s| s.site.is_none()) {
                        shown(site, Some(LoadError::Slow));
                    }
                }
            });
        });
    }
    wasm_bindgen_futures::spawn_local(async move {
        let checked = match load::live(&thread).await {
            Ok(bundle) => load::checked(bundle, &thread).await,
            Err(error) => Err(error),
        };
        if !current() {
            return;
        }
        match checked {
            Ok(site) => {
                with(|s| {
                    s.loading = false;
                    s.failures = 0;
                });
                solidarity_browser::next_task().await;
                shown(site, None);
            }
            Err(error) => {
                with(|s| s.loading = false);
                // Tried again by itself unless only an editor can fix it.
                if matches!(error, LoadError::Unreachable) {
                    schedule_retry();
                } else {
                    with(|s| s.failures = 0);
                }
                if with(|s| s.site.is_some()) {
                    // The copy on screen stays as it is (a form being
                    // filled in keeps what was typed): only its notice
                    // says why it is still not the live one.
                    with(|s| s.stale = Some(error));
                    show_notices();
                    return;
                }
                match load::last_good(&thread).await {
                    Some(site) => shown(site, Some(error)),
                    None => failed(error),
                }
            }
        }
    });
}

fn schedule_retry() {
    let failures = with(|s| {
        s.failures += 1;
        s.failures
    });
    let wait = retry_delay(failures);
    let handle = timer::after(wait.as_millis() as i32, load);
    with(|s| s.retry = handle.map(|h| (h, wait.as_secs())));
}

/// The visitor pressed "Try again": a page with nothing to show shows its
/// placeholder again while the bundle is fetched anew (what is on screen
/// otherwise stays, with its notice, until there is something newer).
fn retry() {
    let nothing_shown = with(|s| s.site.is_none() && s.prerendered.is_none());
    if nothing_shown {
        with(|s| s.failed = None);
        show(Move::Same);
    }
    load();
}

/// `site` is to be shown; `stale`: why it is the saved copy, if it is.
fn shown(site: Shown, stale: Option<LoadError>) {
    with(|s| {
        s.site = Some(site);
        s.stale = stale;
        s.failed = None;
    });
    show(Move::Same);
}

/// Nothing can be shown, because of `error`.
fn failed(error: LoadError) {
    with(|s| s.failed = Some(error));
    if with(|s| s.prerendered.is_none()) {
        show(Move::Same);
    } else {
        show_built_copy_notice();
    }
}

/// The notices above the page, from the state ([`notices`]).
fn notices_in(lang: Lang) -> Markup {
    with(|s| match (&s.site, &s.stale) {
        (Some(_), Some(why)) => notices::stale(failure(why), matches!(why, LoadError::Slow), lang),
        _ => Markup::default(),
    })
}

/// Rewrites only the notices of the page on screen.
fn show_notices() {
    let Some(root) = with(|s| s.root.clone()) else {
        return;
    };
    let lang = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .and_then(|path| lang_of_path(&path))
        .unwrap_or_default();
    if let Some(slot) = root.query_selector(frame::NOTICES).ok().flatten() {
        slot.set_inner_html(&notices_in(lang).into_string());
    }
}

/// How the visitor came to the address shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Move {
    /// The same address, shown (first, or anew: the bundle came…).
    Same,
    /// A link followed in the app.
    Link,
    /// The browser's back or forward button.
    History,
}

/// What [`compose`] makes of the address: the page's language, title,
/// head elements ([`page::head_elements`]) and body.
pub(crate) struct Composed {
    pub(crate) lang: Lang,
    pub(crate) title: String,
    pub(crate) head: Markup,
    pub(crate) body: Markup,
}

impl Composed {
    fn of(lang: Lang, title: String, head: &Head, body: Markup) -> Composed {
        Composed {
            lang,
            title,
            head: page::head_elements(head),
            body,
        }
    }
}

/// What [`compose`] makes of the address: the page, or what to ask the
/// helper thread for it.
enum Composing {
    Page(Composed),
    /// The page of the bundle the helper thread read ([`Shown::Thread`]).
    InThread {
        thread: Rc<BundleThread>,
        /// The page's path, query, fragment and notices.
        asked: [String; 4],
        /// Whether the bundle is the copy of an earlier visit.
        saved: bool,
        lang: Lang,
    },
}

/// Renders the address in the location bar from the state: into the
/// app's root, or, on a prerendered page, into a root that replaces it;
/// once the helper thread answers, where it read the bundle.
fn show(how: Move) {
    let rendering = with(|s| {
        s.rendering += 1;
        if how != Move::Same {
            s.moving = Some(how);
        }
        s.rendering
    });
    match compose() {
        None => {}
        Some(Composing::Page(composed)) => put(composed, rendering),
        Some(Composing::InThread {
            thread,
            asked,
            saved,
            lang,
        }) => wasm_bindgen_futures::spawn_local(async move {
            let asked = asked.each_ref().map(String::as_str);
            match thread.render(asked, saved, now()).await {
                Some([title, head, body]) => {
                    let (head, body) = (PreEscaped(head), PreEscaped(body));
                    put(
                        Composed {
                            lang,
                            title,
                            head,
                            body,
                        },
                        rendering,
                    );
                }
                None => thread_lost(),
            }
        }),
    }
}

/// Puts `composed` on screen, unless a newer [`show`] than the one that
/// composed it (`rendering`) came meanwhile: the visitor followed another
/// link while the helper thread rendered this one.
fn put(composed: Composed, rendering: u32) {
    if with(|s| s.rendering != rendering) {
        return;
    }
    let how = with(|s| s.moving.take()).unwrap_or(Move::Same);
    let (root, prerendered) = with(|s| (s.root.clone(), s.prerendered.clone()));
    match (root, prerendered) {
        (Some(root), None) => {
            with(|s| s.shown = address_here());
            // An editor who opened a broken bundle's problems and tries
            // again reads the new ones without opening them again.
            // (Remembered while a placeholder stands in between.)
            if let Some(details) = root.query_selector("details.problems").ok().flatten() {
                let open = details.has_attribute("open");
                with(|s| s.problems_open = open);
            }
            root.set_inner_html(&composed.body.into_string());
            if with(|s| s.problems_open) {
                if let Some(details) = root.query_selector("details.problems").ok().flatten() {
                    let _ = details.set_attribute("open", "");
                }
            }
            document::show_head(&composed.title, composed.head, composed.lang);
            wire(&root);
            if matches!(how, Move::Link | Move::History) {
                moved(how);
            }
        }
        (_, Some(prerendered)) => {
            // Only content replaces a prerendered page, never a placeholder.
            if with(|s| s.site.is_none()) {
                return;
            }
            take_over(prerendered, composed);
        }
        // Between a prerendered page and the root replacing it.
        (None, None) => with(|s| s.pending = true),
    }
}

/// The page for the address from the state, or `None` if the address is
/// being changed (a tool's is loaded anew).
fn compose() -> Option<Composing> {
    let (path, query, fragment) = here_in_language()?;
    let address = Address::of(&path, &query);
    let lang = address.lang()?;
    let ui = lang.ui();
    let (site, failed, retry_in, thread) = with(|s| {
        (
            s.site.clone(),
            s.failed.clone(),
            s.retry.map(|(_, secs)| secs),
            s.thread.clone(),
        )
    });
    let (title, head, main) = match (address, &site) {
        (
            Address::Page {
                route: Route::Preview | Route::Embed,
                ..
            },
            _,
        ) => {
            // The tools are another build's: a page load brings it. If this
            // is that load already, the server could not (offline).
            if !document::was_reloaded() {
                let _ = web_sys::window()?.location().reload();
                return None;
            }
            let head = Head::unlisted(ui.tool_offline_title, ui.tool_offline_body);
            (
                page_title(
                    &head.title,
                    &site_name(site.as_ref().map(Shown::campaign), lang),
                ),
                head,
                not_found::tool_offline(lang),
            )
        }
        (_, Some(Shown::Here(site))) => {
            let notices = notices_in(lang);
            return Some(Composing::Page(site_page(
                site,
                address,
                lang,
                &path,
                &fragment,
                notices,
                now(),
            )));
        }
        (_, Some(Shown::Thread { saved, .. })) => {
            let notices = notices_in(lang).into_string();
            return Some(Composing::InThread {
                thread: thread?,
                asked: [path, query, fragment, notices],
                saved: *saved,
                lang,
            });
        }
        (_, None) => {
            let main = match &failed {
                Some(why) => notices::load_failed(failure(why), retry_in, lang),
                None => {
                    let shape = match address {
                        Address::Page { route, .. } => Shape::of(route),
                        _ => Shape::Article,
                    };
                    notices::placeholder(shape, lang)
                }
            };
            (site_name(None, lang), Head::unlisted("", ""), main)
        }
    };
    let body = frame::page(lang, &path, &fragment, Markup::default(), main);
    Some(Composing::Page(Composed::of(lang, title, &head, body)))
}

/// The path, query and fragment in the location bar, given the visitor's
/// language if they had none (`/posts/x` becomes `/be/posts/x`).
fn here_in_language() -> Option<(String, String, String)> {
    let window = web_sys::window()?;
    let location = window.location();
    let path = location.pathname().ok()?;
    let query = location.search().unwrap_or_default();
    let fragment = location.hash().unwrap_or_default();
    if Address::of(&path, &query).lang().is_some() {
        return Some((path, query, fragment));
    }
    let target = in_language(
        solidarity_browser::preferred_lang(),
        &path,
        &query,
        &fragment,
    );
    window
        .history()
        .ok()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&target))
        .ok()?;
    here_in_language()
}

/// The helper thread that read the bundle shown can no longer render it
/// (it failed): the bundle is fetched and read again, by a new one (or
/// here, if that cannot run either).
fn thread_lost() {
    load::warn("the helper thread failed: the bundle is read again");
    with(|s| s.site = None);
    load();
}

/// The page at `address` (at `path`, in `lang`) from `site`, framed, with
/// `notices` above it: what the app shows of a bundle, rendered on the
/// page's main thread ([`Shown::Here`]) or in its helper thread
/// ([`crate::render`]).
pub(crate) fn site_page(
    site: &Site,
    address: Address,
    lang: Lang,
    path: &str,
    fragment: &str,
    notices: Markup,
    now: i64,
) -> Composed {
    let found = match address {
        Address::Page {
            route, requested, ..
        } => page::live(site, lang, route, requested, now),
        _ => None,
    }
    .unwrap_or_else(|| page::not_found(lang.ui().not_found_body, lang));
    let title = page_title(
        &found.head.title,
        &site_name(Some(&site.bundle.campaign), lang),
    );
    let body = frame::page(lang, path, fragment, notices, found.main);
    Composed::of(lang, title, &found.head, body)
}

/// The campaign's name in `lang`, from the bundle's `campaign` if there is
/// one yet.
fn site_name(campaign: Option<&Campaign>, lang: Lang) -> String {
    campaign
        .map_or(lang.ui().site_name, |campaign| campaign.title_in(lang).text)
        .to_string()
}

/// The address in the location bar, without its fragment.
fn address_here() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}",
        location.pathname().ok()?,
        location.search().ok()?
    ))
}

fn failure(error: &LoadError) -> Failure<'_> {
    match error {
        LoadError::Invalid(problems) => Failure::Invalid(problems),
        LoadError::Unreachable | LoadError::Slow => Failure::Unreachable,
    }
}

fn now() -> i64 {
    solidarity_browser::now_unix_seconds()
}

/// Makes the prerendered page `composed`, in place and before the next
/// paint ([`morph`]), and the app's root: what did not change stays as
/// it was, the focus too.
fn take_over(prerendered: Element, composed: Composed) {
    let Some(document) = document() else {
        return;
    };
    // Parsed here, out of the document: only the differences reach it.
    let Ok(fresh) = document.create_element("div") else {
        return;
    };
    fresh.set_inner_html(&composed.body.into_string());
    with(|s| s.prerendered = None);
    let swap = move || {
        // A keyboard user may be on a link that a change replaces: the
        // one in the same place then takes the focus.
        let focused = document
            .active_element()
            .filter(|active| prerendered.contains(Some(active)))
            .and_then(|active| document::focus_position(&prerendered, &active));
        morph::morph(&prerendered, &fresh);
        // Now the app's root, like any it renders (no longer hidden as a
        // page written for another address, and not the page's own code's
        // to work: crates/page's buttons).
        let _ = prerendered.remove_attribute("id");
        let _ = prerendered.remove_attribute("data-path");
        let root = prerendered;
        document::show_head(&composed.title, composed.head, composed.lang);
        let lost = document
            .active_element()
            .is_none_or(|active| !root.contains(Some(&active)));
        if let (Some(position), true) = (focused, lost) {
            document::focus_at(&root, position);
        }
        wire(&root);
        let pending = with(|s| {
            s.root = Some(root);
            s.shown = address_here();
            std::mem::take(&mut s.pending)
        });
        AppState::Live.mark();
        // What changed since this page was composed (a retry's bundle).
        if pending {
            show(Move::Same);
        }
    };
    let swap = Closure::once_into_js(swap);
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(swap.unchecked_ref());
    }
}

/// Above a prerendered page that stays because nothing newer can be shown:
/// says so, with the retry.
fn show_built_copy_notice() {
    let (prerendered, failed, retry_in) = with(|s| {
        (
            s.prerendered.clone(),
            s.failed.clone(),
            s.retry.map(|(_, secs)| secs),
        )
    });
    let (Some(prerendered), Some(why)) = (prerendered, failed) else {
        return;
    };
    // The frame's box for notices, which the prerender wrote empty.
    let Some(notice) = prerendered.query_selector(frame::NOTICES).ok().flatten() else {
        return;
    };
    let lang = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .and_then(|path| lang_of_path(&path))
        .unwrap_or_default();
    notice.set_inner_html(&notices::built_copy(failure(&why), retry_in, lang).into_string());
    AppState::Built.mark();
}

/// Works what the page just rendered holds: its countdown, its share
/// button, its report form.
fn wire(root: &Element) {
    let campaign = with(|s| s.site.as_ref().map(|site| site.campaign().clone()));
    let section = root.query_selector("section.countdown").ok().flatten();
    let countdown = match (section, campaign) {
        (Some(section), Some(campaign)) => PageCountdown::of(section, campaign)
            .map_err(|e| web_sys::console::warn_2(&"the countdown cannot tick:".into(), &e))
            .ok(),
        _ => None,
    };
    let ticking = countdown.is_some().then(|| {
        Interval::every(1000, || {
            with(|s| {
                if let Some(countdown) = &mut s.countdown {
                    countdown.tick();
                }
            })
        })
    });
    // The last page's timer stops as it is dropped.
    let old = with(|s| {
        s.countdown = countdown;
        std::mem::replace(&mut s.ticking, ticking.flatten())
    });
    drop(old);
    solidarity_browser::share::wire(root);
    if let Some(form) = root.query_selector("form[data-report-form]").ok().flatten() {
        report_form_shown(&form);
    }
    // After a few seconds of waiting, say why nothing has come yet (in
    // the words the placeholder carries), if it is still waiting.
    let note = root
        .query_selector(".placeholder .slow-note")
        .ok()
        .flatten();
    if let Some(note) = note {
        timer::after(SLOW_AFTER.as_millis() as i32, move || {
            if note.is_connected() {
                note.set_text_content(note.get_attribute("data-slow").as_deref());
            }
        });
    }
}

/// Tells the page's loader that the page has a report form ("Take part")
/// ([`solidarity_browser::report_form::SHOWN_EVENT`]): its own module works
/// it, as on a page complete without the app. The form's checks and its
/// entry are not in the app, which every changed bundle loads.
fn report_form_shown(form: &Element) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let shown = solidarity_browser::report_form::SHOWN_EVENT;
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(shown, &init) {
        let _ = form.dispatch_event(&event);
    }
}

/// After a move to another page, focus goes to its main heading, so that
/// keyboard and screen-reader users start reading there and hear its
/// title; a link's page starts at its top (or at its fragment).
fn moved(how: Move) {
    let Some(document) = document() else {
        return;
    };
    let target = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id(frame::MAIN_ID));
    if let Some(target) = target {
        document::focus(target);
    }
    if how == Move::Link {
        let fragment = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let anchor = fragment
            .strip_prefix('#')
            .filter(|id| !id.is_empty())
            .and_then(|id| document.get_element_by_id(id));
        match anchor {
            Some(anchor) => anchor.scroll_into_view(),
            None => {
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            }
        }
    }
    if let Some(announcer) = with(|s| s.announcer.clone()) {
        announcer.set_text_content(Some(&document.title()));
    }
}

/// The page's clicks (one listener for all: the markup is replaced on
/// every page) and the browser's back and forward buttons.
fn listen() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let click = Closure::<dyn FnMut(MouseEvent)>::new(on_click);
    let _ = window.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    click.forget();
    let history = Closure::<dyn FnMut()>::new(|| {
        // Back from a link within the page (`#action-3`): the same page.
        if address_here() != with(|s| s.shown.clone()) {
            show(Move::History);
        }
    });
    let _ = window.add_event_listener_with_callback("popstate", history.as_ref().unchecked_ref());
    history.forget();
}

fn on_click(event: MouseEvent) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let closest = |selector: &str| target.closest(selector).ok().flatten();
    if closest("[data-retry]").is_some() {
        retry();
        return;
    }
    // The rest is the app's own page, not a prerendered one still waiting
    // (its own code works its buttons).
    let Some(root) = with(|s| s.root.clone()) else {
        return;
    };
    if !root.contains(Some(&target)) {
        return;
    }
    if solidarity_browser::frame::clicked(&event, &target) {
        return;
    }
    if let Some(link) = closest("a[href]") {
        follow(&event, &link);
    }
}

/// Shows the page a link leads to without loading it anew, if it is a
/// page of this app; anything else (another site, a file, a tool, a link
/// to open elsewhere) is left to the browser.
fn follow(event: &MouseEvent, link: &Element) {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
    {
        return;
    }
    let external = link
        .get_attribute("rel")
        .is_some_and(|rel| rel.split_whitespace().any(|r| r == "external"));
    if external || link.has_attribute("download") || link.has_attribute("target") {
        return;
    }
    let (Some(window), Some(href)) = (web_sys::window(), link.get_attribute("href")) else {
        return;
    };
    let location = window.location();
    let Ok(here) = location.href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new_with_base(&href, &here) else {
        return;
    };
    if location.origin().ok() != Some(url.origin()) {
        return;
    }
    let path = url.pathname();
    let same_page = location.pathname().ok() == Some(path.clone())
        && location.search().ok() == Some(url.search());
    if same_page && !url.hash().is_empty() {
        // A link within the page: the browser's own.
        return;
    }
    let rest = without_lang(&path).unwrap_or(&path);
    let is_ours = match Address::of(&path, "") {
        Address::Page { route, .. } => !Route::TOOLS.contains(&route),
        Address::NoLanguage => {
            Route::parse(rest).is_some_and(|(route, _)| !Route::TOOLS.contains(&route))
        }
        // A file beside the pages (a feed, the calendar): the browser's.
        Address::Unknown(_) => false,
    };
    if !is_ours {
        return;
    }
    event.prevent_default();
    let pushed = window
        .history()
        .and_then(|h| h.push_state_with_url(&JsValue::NULL, "", Some(&url.href())));
    if pushed.is_ok() {
        show(Move::Link);
    }
}
