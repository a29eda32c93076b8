//! The campaign site: a Leptos app rendered in the browser.
//!
//! The domain lives in `solidarity-core`; this crate only loads the bundle and
//! renders it. Without the `csr` feature it compiles to nothing, so the
//! workspace's native tests never build Leptos.

#[cfg(feature = "csr")]
pub mod app;
#[cfg(feature = "csr")]
mod components;
#[cfg(feature = "csr")]
mod data;
#[cfg(feature = "csr")]
pub mod offline;
#[cfg(feature = "csr")]
mod pages;
