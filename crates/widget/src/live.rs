//! The text nodes of a countdown that change from second to second, and
//! how they are rewritten: shared by the widget's shadow root (dom.rs) and
//! the site's prerendered pages (crates/page), which hold the same cells in
//! other markup.

use crate::face::Tick;
use solidarity_core::i18n::Lang;
use web_sys::Text;

/// The four numbers and units, in order (days to seconds), and the sentence
/// screen readers get instead.
pub struct Live {
    pub numbers: Vec<Text>,
    pub units: Vec<Text>,
    pub sentence: Text,
}

impl Live {
    /// Rewrites only the texts that changed since `old`.
    pub fn update(&self, old: &Tick, new: &Tick, lang: Lang) {
        if let (Some(old_cells), Some(new_cells)) = (&old.cells, &new.cells) {
            for (i, (was, is)) in old_cells.iter().zip(new_cells).enumerate() {
                if was.number != is.number {
                    self.numbers[i].set_data(&is.number);
                }
                if was.unit != is.unit {
                    self.units[i].set_data(is.unit);
                }
            }
        }
        if !old.same_sentence(new) {
            self.sentence.set_data(&new.sentence(lang));
        }
    }
}
