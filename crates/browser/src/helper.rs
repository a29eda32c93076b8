//! A page's helper thread: a dedicated worker running the build's
//! `check` script (`crates/page/js/check.js`, named in the page's `#build`
//! block), which fetches, hashes and keeps the bundle off the page's main
//! thread. On a slow phone, hashing and writing a bundle of 10,000 posts (25
//! MB) there took about a second in which no tap could be handled.
//!
//! A prerendered page's loader starts one at once (crates/page asks it
//! whether the live bundle is the built one); the apps start one to keep
//! the bundle they validated, and the visitors' app to read it and render
//! its pages ([`crate::storage::BundleThread`]). It answers one question at
//! a time, each `{ verb: value }` (the next asked once it has answered);
//! the script's header lists them.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// A helper thread, ended when this is dropped.
pub struct Helper(Worker);

impl Helper {
    /// The one the loader started (`undefined` if it could not).
    pub fn of(worker: JsValue) -> Option<Helper> {
        worker.dyn_into().ok().map(Helper)
    }

    /// A new one, running the script the page's `#build` block names;
    /// `None` where there is none (Trunk's development server writes no
    /// block) or the browser refuses it.
    pub fn start() -> Option<Helper> {
        let script = Reflect::get(&crate::build_block()?, &"check".into())
            .ok()?
            .as_string()?;
        let worker = Worker::new(&script).ok()?;
        // As the loader does for its own (start.js): a script that cannot be
        // loaded (offline, before the service worker keeps it) says so once,
        // perhaps before anyone asks; every question after it is then
        // answered `None` at once rather than never.
        let marked = worker.clone();
        let broken = Closure::<dyn FnMut()>::new(move || {
            let _ = Reflect::set(&marked, &"broken".into(), &true.into());
        });
        let _ = worker.add_event_listener_with_callback("error", broken.as_ref().unchecked_ref());
        broken.forget();
        Some(Helper(worker))
    }

    /// Lets the thread live on when this is dropped: a prerendered page
    /// whose app takes over leaves it to the app, which its loader hands it
    /// to ([`crate::storage::BundleThread::adopted`]), with the live bundle
    /// it fetched.
    pub fn release(self) {
        // Its handle in this module is never freed: one handle, in a
        // module whose work is done.
        let _ = std::mem::ManuallyDrop::new(self);
    }

    /// Whether the thread failed (its script could not be loaded, or it
    /// ended with an error).
    pub fn is_broken(&self) -> bool {
        Reflect::get(&self.0, &"broken".into()).is_ok_and(|broken| broken.is_truthy())
    }

    /// The answer to `{ verb: value }`; `None` if the thread failed (its
    /// script could not be loaded, or it could not answer).
    pub async fn ask(&self, verb: &str, value: &JsValue) -> Option<JsValue> {
        let answer = self.listen()?;
        self.0.post_message(&object(&[(verb, value)])).ok()?;
        answered(answer).await
    }

    /// [`Helper::ask`], with `buffer` (in `value`) moved to the thread, not
    /// copied. (A method of its own: a prerendered page's module, which
    /// never moves anything, is then without it.)
    pub async fn ask_moving(
        &self,
        verb: &str,
        value: &JsValue,
        buffer: &JsValue,
    ) -> Option<JsValue> {
        let answer = self.listen()?;
        let transfer = js_sys::Array::of1(buffer);
        self.0
            .post_message_with_transfer(&object(&[(verb, value)]), &transfer)
            .ok()?;
        answered(answer).await
    }

    /// The next answer, listened for before the question is asked; `None`
    /// if the thread failed before anyone listened (noted by the loader, or
    /// by [`Helper::start`]).
    fn listen(&self) -> Option<Promise> {
        let worker = &self.0;
        if self.is_broken() {
            return None;
        }
        Some(Promise::new(&mut |answered, failed| {
            worker.set_onmessage(Some(&answered));
            worker.set_onerror(Some(&failed));
        }))
    }
}

/// The answer's data, unless the thread failed or says it did.
async fn answered(answer: Promise) -> Option<JsValue> {
    let event: MessageEvent = JsFuture::from(answer).await.ok()?.dyn_into().ok()?;
    let data = event.data();
    let failed = Reflect::get(&data, &"failed".into()).ok()?.is_truthy();
    (!failed).then_some(data)
}

impl Drop for Helper {
    fn drop(&mut self) {
        self.0.terminate();
    }
}

/// `{ key: value, … }`, for a question's value.
pub fn object(fields: &[(&str, &JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object
}
