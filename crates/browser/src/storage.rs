//! What the site keeps in the browser, and nothing else: the last bundle
//! that passed validation (read when the live one cannot be), in a cache
//! of its own ([`LAST_GOOD_CACHE`]); the language the visitor chose with
//! the switcher, in `localStorage`; and, in the tab's own `sessionStorage`
//! (gone when the tab closes), the draft of a report typed on the "Take
//! part" page. Every name is written here only;
//! [`crate::forget::forget_this_site`] clears them all.

use crate::arrived::Arrived;
use crate::helper::{object, Helper};
use js_sys::{Promise, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response};

/// The cache that keeps the last bundle that passed validation, under
/// [`crate::BUNDLE_URL`]. A cache, not `localStorage`: a bundle of 10,000
/// posts (25 MB) does not fit in the latter's 5 MB, and a cache takes the
/// bytes as they came, without the page decoding or copying them on its
/// main thread. (The service worker's own cache has another name, which it
/// alone manages.)
pub const LAST_GOOD_CACHE: &str = "solidarity-day-bundle";
/// Where earlier versions of the site kept the copy: removed when a new
/// copy is kept, so that a device holds one.
const OLD_LAST_GOOD_KEY: &str = "solidarity-day:last-good-bundle";
/// The key of the visitor's explicit choice of language (a language tag).
/// Also written by a prerendered page's loader, under the name the
/// prerender gives it in the page: a click on the switcher may come before
/// any wasm.
pub const LANG_KEY: &str = "solidarity-day:lang";

fn storage() -> Option<web_sys::Storage> {
    // Storage may be disabled (private modes, strict settings): then there is
    // simply nothing kept.
    web_sys::window()?.local_storage().ok().flatten()
}

/// The cache of the last good bundle, opened; `None` where the browser has
/// none (`caches` exists in secure contexts only; some private modes refuse
/// it): then no copy is kept.
async fn last_good_cache() -> Option<Cache> {
    let window = web_sys::window()?;
    if !Reflect::get(&window, &"caches".into()).ok()?.is_object() {
        return None;
    }
    let opened = window.caches().ok()?.open(LAST_GOOD_CACHE);
    JsFuture::from(opened).await.ok()?.dyn_into().ok()
}

async fn settled(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

/// The kept copy's header that names its SHA-256: the next pages find it
/// there and write nothing.
const SHA256_HEADER: &str = "x-bundle-sha256";

// The bundle is kept in a helper thread: the hashing and the writing of
// megabytes stay off the page's main thread, and the rule is the thread's
// (a copy of the same bytes is left as it is; over the quota the old copy
// goes too, an old copy being worse than none). Once a copy is kept, the
// one earlier versions kept in `localStorage` goes.

/// Keeps the bytes `helper` fetched itself, whose SHA-256 (`sha256`) the
/// page compared with the built one's, as the last good bundle; whether
/// they are kept.
pub async fn keep_fetched(helper: Helper, sha256: &str) -> bool {
    let question = keep_question(&[("sha256", &sha256.into())]);
    kept(helper.ask("keep", &question).await)
}

/// `{ cache, header, …more }`: where the thread keeps the bundle.
fn keep_question(more: &[(&str, &JsValue)]) -> js_sys::Object {
    let question = object(&[
        ("cache", &LAST_GOOD_CACHE.into()),
        ("header", &SHA256_HEADER.into()),
    ]);
    for (key, value) in more {
        let _ = Reflect::set(&question, &(*key).into(), value);
    }
    question
}

/// Whether the thread's answer says the bundle is kept.
fn kept(answer: Option<JsValue>) -> bool {
    let kept = answer
        .and_then(|answer| Reflect::get(&answer, &"kept".into()).ok())
        .is_some_and(|kept| kept.is_truthy());
    if kept {
        forget_old_copy();
    }
    kept
}

/// An app's helper thread, started before its bundle arrives: it keeps the
/// bundle once validated ([`BundleThread::keep`]), its script loading
/// while the bundle does, so that keeping adds little before the page is
/// shown. For the visitors' app it also reads the bundle and renders its
/// pages ([`BundleThread::read`], [`BundleThread::render`]).
pub struct BundleThread {
    helper: Option<Helper>,
    /// Settles when the last question asked has its answer: the thread's
    /// answers do not name their question, so a question is asked only
    /// once the one before it is answered (the visitors' app can ask for a
    /// page while a new bundle is being read).
    turn: RefCell<Promise>,
    /// Whether the thread failed while it read or rendered: it is given
    /// nothing more to read, and the app starts another
    /// ([`BundleThread::lost`]).
    lost: Cell<bool>,
    /// Whether it holds the live bundle it fetched itself, not read yet (the
    /// page loader's thread: [`BundleThread::adopted`]).
    fetched: Cell<bool>,
}

/// The bundle a thread is asked to read.
pub enum ToRead {
    /// The live one, fetched on the page: moved to the thread, not copied.
    Here(Arrived),
    /// The live one the thread fetched itself ([`BundleThread::take_fetched`]).
    Fetched,
    /// The copy kept on an earlier visit.
    Saved,
}

/// What became of a bundle the thread was asked to read.
pub enum Read {
    /// It passed, and the thread keeps it (for its pages, and for the next
    /// visit): the bundle's campaign, as JSON.
    Taken(String),
    /// Given back: it does not pass (the app reads it again, for its
    /// problems), or the thread cannot run the app's code (or failed
    /// before).
    Refused(Arrived),
    /// There is no copy kept from an earlier visit (or no thread to ask).
    Absent,
    /// The thread failed with it: the next is given back unread.
    Lost,
}

impl BundleThread {
    /// The thread the page's `#build` block names, started now.
    pub fn start() -> BundleThread {
        BundleThread::of(Helper::start(), false)
    }

    /// The thread a page's loader started (`worker`), made the app's, its
    /// script already running. If `fetched` (a prerendered page taken over,
    /// whose loader asked it to fetch the live bundle), it reads that
    /// bundle there ([`ToRead::Fetched`]): the bytes already in it (the
    /// page's main thread never holds them). `shell.html`'s fetched nothing:
    /// it was started while the app's files arrived. `None` if the loader
    /// could not start one.
    pub fn adopted(worker: JsValue, fetched: bool) -> Option<BundleThread> {
        Some(BundleThread::of(Some(Helper::of(worker)?), fetched))
    }

    fn of(helper: Option<Helper>, fetched: bool) -> BundleThread {
        BundleThread {
            helper,
            turn: RefCell::new(Promise::resolve(&JsValue::UNDEFINED)),
            lost: Cell::new(false),
            fetched: Cell::new(fetched),
        }
    }

    /// Whether the thread holds the live bundle it fetched itself, unread;
    /// `true` once only: that bundle is read once, and a later load fetches
    /// anew.
    pub fn take_fetched(&self) -> bool {
        self.fetched.replace(false)
    }

    /// Whether the thread failed (it could not start, or failed while it
    /// read or rendered): a new one is needed to read a bundle there.
    pub fn lost(&self) -> bool {
        self.lost.get() || self.helper.as_ref().is_some_and(Helper::is_broken)
    }

    /// Waits for the questions asked before; the next waits until what
    /// this returns is dropped (answered, or given up).
    async fn my_turn(&self) -> Turn {
        let mut done = None;
        let mine = Promise::new(&mut |resolve, _| done = Some(resolve));
        let before = self.turn.replace(mine);
        let _ = settled(before).await;
        Turn(done)
    }

    /// Has the thread read and check `bundle`, with `module`, the visitors'
    /// app's own `WebAssembly.Module` (whose `read` and `render` it calls);
    /// a bundle that passes is kept, for the app's pages and as the last
    /// good one.
    pub async fn read(&self, bundle: ToRead, module: &JsValue) -> Read {
        let glue = crate::build_block()
            .and_then(|block| Reflect::get(&block, &"app".into()).ok())
            .and_then(|app| Reflect::get(&app, &"glue".into()).ok());
        let (Some(helper), Some(glue), false) = (&self.helper, glue, self.lost()) else {
            return match bundle {
                ToRead::Here(bundle) => Read::Refused(bundle),
                // Its bytes are in a thread that failed: fetched anew by
                // the retry.
                ToRead::Fetched => Read::Lost,
                ToRead::Saved => Read::Absent,
            };
        };
        let _turn = self.my_turn().await;
        let question = keep_question(&[
            ("glue", &glue),
            ("module", module),
            ("url", &crate::BUNDLE_URL.into()),
        ]);
        let answer = match bundle {
            ToRead::Here(bundle) => {
                let buffer = bundle.into_buffer();
                let _ = Reflect::set(&question, &"bytes".into(), &buffer);
                helper.ask_moving("read", &question, &buffer).await
            }
            ToRead::Fetched => {
                let _ = Reflect::set(&question, &"fetched".into(), &true.into());
                helper.ask("read", &question).await
            }
            ToRead::Saved => helper.ask("read", &question).await,
        };
        let field = |name: &str| {
            answer
                .as_ref()
                .and_then(|a| Reflect::get(a, &name.into()).ok())
        };
        if let Some(campaign) = field("campaign").and_then(|c| c.as_string()) {
            kept(answer);
            return Read::Taken(campaign);
        }
        if let Some(buffer) = field("bytes").and_then(|bytes| bytes.dyn_into().ok()) {
            return Read::Refused(Arrived::of(buffer));
        }
        if field("absent").is_some_and(|absent| absent.is_truthy()) {
            return Read::Absent;
        }
        self.lost.set(true);
        Read::Lost
    }

    /// The page at `path` and `query` (with `fragment`, and `notices` above
    /// it) from the bundle the thread [read](BundleThread::read) last (the
    /// live one, or with `saved` the copy of an earlier visit), at `now`:
    /// its title, its head's elements and its body, as HTML. `None` if the
    /// thread failed ([`Read::Lost`]).
    pub async fn render(
        &self,
        [path, query, fragment, notices]: [&str; 4],
        saved: bool,
        now: i64,
    ) -> Option<[String; 3]> {
        let question = object(&[
            ("path", &path.into()),
            ("query", &query.into()),
            ("fragment", &fragment.into()),
            ("notices", &notices.into()),
            ("saved", &saved.into()),
            ("now", &(now as f64).into()),
        ]);
        let _turn = self.my_turn().await;
        let answer = self.helper.as_ref()?.ask("render", &question).await;
        let page = answer
            .and_then(|answer| Reflect::get(&answer, &"page".into()).ok())
            .and_then(|page| page.dyn_into::<js_sys::Array>().ok());
        let part = |i| page.as_ref()?.get(i).as_string();
        let rendered = (|| Some([part(0)?, part(1)?, part(2)?]))();
        if rendered.is_none() {
            self.lost.set(true);
        }
        rendered
    }

    /// Keeps `bundle`, which the app validated, as the last good one; its
    /// buffer is moved to the thread (which hashes it), not copied. Whether
    /// it is kept (never where the page names no helper: Trunk's
    /// development server).
    pub async fn keep(&self, bundle: Arrived) -> bool {
        let Some(helper) = &self.helper else {
            return false;
        };
        let _turn = self.my_turn().await;
        let buffer = bundle.into_buffer();
        let question = keep_question(&[("bytes", &buffer), ("url", &crate::BUNDLE_URL.into())]);
        kept(helper.ask_moving("keep", &question, &buffer).await)
    }
}

/// A question's turn with the thread, passed on when dropped.
struct Turn(Option<js_sys::Function>);

impl Drop for Turn {
    fn drop(&mut self) {
        if let Some(done) = &self.0 {
            let _ = done.call0(&JsValue::UNDEFINED);
        }
    }
}

/// Removes the copy earlier versions of the site kept in `localStorage`,
/// once a new one is kept: a device holds one.
fn forget_old_copy() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(OLD_LAST_GOOD_KEY);
    }
}

/// The kept copy, if any, without reading its body (it can be megabytes).
async fn last_good_response() -> Option<Response> {
    let cache = last_good_cache().await?;
    let found = settled(cache.match_with_str(crate::BUNDLE_URL))
        .await
        .ok()?;
    found.dyn_into().ok()
}

/// Whether a saved copy exists, without reading it.
pub async fn has_last_good() -> bool {
    last_good_response().await.is_some()
}

/// The saved copy's bytes (the caller validates them again: they could be
/// from an older version of the site).
pub async fn last_good() -> Option<Vec<u8>> {
    let response = last_good_response().await?;
    Some(Arrived::body_of(&response).await.ok()?.bytes())
}

/// The language tag the visitor chose, if they did.
pub fn chosen_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers the visitor's choice of language (`tag`: `be`, `ru`, `en`).
pub fn choose_lang(tag: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, tag);
    }
}

/// The key of the report form's draft, in `sessionStorage`.
const REPORT_DRAFT_KEY: &str = "solidarity-day:report-draft";

fn tab_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps the report form's draft (its JSON) for this tab only: a reload
/// keeps what was typed, closing the tab forgets it.
pub fn save_report_draft(json: &str) {
    if let Some(storage) = tab_storage() {
        let _ = storage.set_item(REPORT_DRAFT_KEY, json);
    }
}

/// The draft kept in this tab, if any.
pub fn report_draft() -> Option<String> {
    tab_storage()?.get_item(REPORT_DRAFT_KEY).ok().flatten()
}
