//! The browser's timers, as Rust closures.

use wasm_bindgen::prelude::*;

/// Runs `f` once after `ms` milliseconds; the timer's handle, if the
/// browser gave one.
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    let window = web_sys::window()?;
    let f = Closure::once_into_js(f);
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms)
        .ok()
}

/// A timer that runs a closure every so often until it is dropped.
pub struct Interval {
    handle: i32,
    // Kept alive as long as the browser may call it.
    _tick: Closure<dyn FnMut()>,
}

impl Interval {
    /// Runs `f` every `ms` milliseconds; `None` if the browser gave no timer.
    pub fn every(ms: i32, f: impl FnMut() + 'static) -> Option<Interval> {
        let window = web_sys::window()?;
        let tick = Closure::<dyn FnMut()>::new(f);
        let handle = window
            .set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                ms,
            )
            .ok()?;
        Some(Interval {
            handle,
            _tick: tick,
        })
    }
}

impl Drop for Interval {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_interval_with_handle(self.handle);
        }
    }
}

/// Stops the timer `handle` (of [`after`]).
pub fn cancel(handle: i32) {
    if let Some(window) = web_sys::window() {
        window.clear_timeout_with_handle(handle);
    }
}
