//! How the app is being rendered, chosen once by whoever mounts it
//! ([`crate::takeover`] in the browser, the `prerender` module at build
//! time) and read by the components that behave differently: the countdown
//! (frozen at build time), the data (the build's bundle, or a patient
//! fetch behind a page already on screen), the frame (a prerendered page
//! has no fragment to carry over, no visitor to guess the language of).

use leptos::prelude::*;
use solidarity_core::Site;
use std::sync::Arc;

#[derive(Clone)]
pub enum RenderMode {
    /// In the browser, on a page with nothing on it (`shell.html`): the app
    /// is what the visitor sees from the start.
    Live,
    /// In the browser, out of sight behind a prerendered page that it
    /// replaces once it has the live bundle ([`crate::takeover`]).
    TakingOver,
    /// At build time, to HTML, from the build's bundle, at the build's
    /// moment (Unix seconds). Only the prerender binary is built to render
    /// this way.
    #[cfg(feature = "ssr")]
    Prerendering { site: Arc<Site>, now: i64 },
}

impl RenderMode {
    /// Makes this the mode of everything rendered below.
    pub fn provide(self) {
        provide_context(self);
    }

    /// The moment the page is written for, at build time.
    pub fn built_at(&self) -> Option<i64> {
        match self {
            #[cfg(feature = "ssr")]
            RenderMode::Prerendering { now, .. } => Some(*now),
            _ => None,
        }
    }

    /// The build's bundle, at build time.
    pub fn built_from(&self) -> Option<Arc<Site>> {
        match self {
            #[cfg(feature = "ssr")]
            RenderMode::Prerendering { site, .. } => Some(Arc::clone(site)),
            _ => None,
        }
    }

    pub fn is_taking_over(&self) -> bool {
        matches!(self, RenderMode::TakingOver)
    }
}

/// The mode of the app being rendered ([`RenderMode::Live`] where no mount
/// provided one).
pub fn use_render_mode() -> RenderMode {
    use_context::<RenderMode>().unwrap_or(RenderMode::Live)
}
