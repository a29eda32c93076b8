//! The campaign site: a Leptos app rendered in the browser.
//!
//! The domain lives in `solidarity-core`; this crate only loads the bundle and
//! renders it (in the browser with `csr`, to HTML at build time with
//! `ssr`). Without either feature it compiles to nothing, so the
//! workspace's native tests never build Leptos.

#[cfg(any(feature = "csr", feature = "ssr"))]
mod app;
#[cfg(any(feature = "csr", feature = "ssr"))]
mod components;
#[cfg(any(feature = "csr", feature = "ssr"))]
mod data;
#[cfg(any(feature = "csr", feature = "ssr"))]
mod frame;
#[cfg(any(feature = "csr", feature = "ssr"))]
mod lang;
#[cfg(any(feature = "csr", feature = "ssr"))]
mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(any(feature = "csr", feature = "ssr"))]
mod render_mode;
#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod takeover;
