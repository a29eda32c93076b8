//! A bundle as it arrived: its bytes, in the browser's memory until an app
//! reads them. They come fetched ([`Arrived::live`]) (a prerendered page's
//! loader has a helper thread fetch its own, which the visitors' app has it
//! read there: [`crate::storage::BundleThread::adopted`]); the visitors'
//! app moves the buffer, uncopied, to its own helper thread, which reads
//! and keeps them ([`crate::storage::BundleThread::read`]); an app that
//! reads them itself copies them into its own memory once
//! ([`Arrived::bytes`]) and, once they pass, moves the same buffer to the
//! thread that keeps them ([`crate::storage::BundleThread::keep`]).
//!
//! Bytes, not text: the bundle used to travel as a JavaScript string
//! (decoded by the page, copied into its module and out again to hand it
//! over, then into the app's, then copied out once more to be kept). At
//! 10,000 posts (25 MB) a trace of the home page at full speed showed the
//! handing over alone as a task of 488 ms.

use crate::BUNDLE_URL;
use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A bundle's bytes, as they arrived.
pub struct Arrived(ArrayBuffer);

/// Why the bundle did not arrive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unfetched {
    /// No answer (offline, DNS, a reset connection), or a body cut short.
    Network(String),
    /// An answer with an error status.
    Http(u16),
}

impl Arrived {
    /// The live bundle, fetched from [`BUNDLE_URL`].
    pub async fn live() -> Result<Arrived, Unfetched> {
        let window = web_sys::window().ok_or_else(|| Unfetched::Network("no window".into()))?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(BUNDLE_URL))
            .await
            .map_err(network)?
            .unchecked_into();
        if !response.ok() {
            return Err(Unfetched::Http(response.status()));
        }
        Arrived::body_of(&response).await.map_err(network)
    }

    /// `response`'s body.
    pub(crate) async fn body_of(
        response: &web_sys::Response,
    ) -> Result<Arrived, wasm_bindgen::JsValue> {
        let body = JsFuture::from(response.array_buffer()?).await?;
        Ok(Arrived(body.unchecked_into()))
    }

    /// The bytes, copied into this module's memory once, to be read
    /// ([`solidarity_core::Site::from_bytes`]).
    pub fn bytes(&self) -> Vec<u8> {
        Uint8Array::new(&self.0).to_vec()
    }

    /// Bytes a thread gave back.
    pub(crate) fn of(buffer: ArrayBuffer) -> Arrived {
        Arrived(buffer)
    }

    /// The buffer, for a thread to which it is moved.
    pub(crate) fn into_buffer(self) -> ArrayBuffer {
        self.0
    }
}

/// Said of a fetch that failed: what the browser said.
fn network(error: wasm_bindgen::JsValue) -> Unfetched {
    let said = error
        .dyn_into::<js_sys::Error>()
        .map(|e| String::from(e.message()));
    Unfetched::Network(said.unwrap_or_else(|_| "the fetch failed".into()))
}
