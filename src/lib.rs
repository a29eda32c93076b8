//! The campaign site's Rust beside the visitors' app: the editors' and the
//! partners' tools as a Leptos app (`csr`, built by Trunk), and the
//! prerender that writes every page at build time (`ssr`).
//!
//! The domain lives in `solidarity-core`, the pages' markup in
//! `solidarity-render`, the visitors' app in `solidarity-visitor`. Without
//! either feature this crate compiles to nothing, so the workspace's native
//! tests never build Leptos.

#[cfg(feature = "csr")]
mod app;
#[cfg(feature = "csr")]
mod components;
#[cfg(feature = "csr")]
mod data;
#[cfg(feature = "csr")]
mod frame;
#[cfg(feature = "csr")]
mod lang;
#[cfg(feature = "csr")]
mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;

#[cfg(feature = "csr")]
pub use app::mount;
