//! The countdown of a prerendered page, brought to life without the app.
//!
//! The page holds the markup of src/components/countdown.rs as written at
//! build time ("–" in every cell). This fills it in and keeps it ticking,
//! producing the very markup the component renders at the same instant (a
//! browser test compares the two), so a page looks the same whether the
//! app runs or not. Text is only ever set as text.

use solidarity_core::bundle::Campaign;
use solidarity_core::i18n::Lang;
use solidarity_widget::face::{read_campaign, Face, Size, Tick};
use solidarity_widget::js::JsObject;
use solidarity_widget::live::Live;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Text};

/// The language `/` should show this visitor: `remembered` is what the
/// site stored on an earlier visit, `browser` the browser's languages.
#[wasm_bindgen]
pub fn preferred_language(remembered: Option<String>, browser: Vec<String>) -> String {
    Lang::preferred(remembered.as_deref(), browser.iter().map(String::as_str))
        .tag()
        .to_string()
}

/// The countdown section of the page (`section.countdown`).
#[wasm_bindgen]
pub struct PageCountdown {
    section: Element,
    document: Document,
    campaign: Campaign,
    lang: Lang,
    shown: Option<Tick>,
    /// `None` during the Day, when nothing ticks.
    live: Option<Live>,
}

#[wasm_bindgen]
impl PageCountdown {
    /// Takes over `section` with the bundle's `campaign` (as `JSON.parse`
    /// made it) in the page's language, and shows the current second.
    #[wasm_bindgen(constructor)]
    pub fn new(section: Element, campaign: JsValue) -> Result<PageCountdown, JsValue> {
        let campaign = read_campaign(&JsObject(campaign)).map_err(|e| JsValue::from_str(&e))?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        let lang = document
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|tag| Lang::from_tag(&tag))
            .unwrap_or(Lang::En);
        let mut countdown = PageCountdown {
            section,
            document,
            campaign,
            lang,
            shown: None,
            live: None,
        };
        countdown.tick()?;
        Ok(countdown)
    }

    /// Shows the current second, rewriting only what changed. The page's
    /// script calls it once a second (timers stay in JavaScript, as in the
    /// widget).
    pub fn tick(&mut self) -> Result<(), JsValue> {
        let Some(tick) = Tick::at(
            solidarity_browser::now_unix_seconds(),
            &self.campaign,
            self.lang,
        ) else {
            return Ok(());
        };
        match (&self.shown, &self.live) {
            (Some(old), Some(live)) if old.phase == tick.phase => {
                live.update(old, &tick, self.lang)
            }
            (Some(old), None) if old.phase == tick.phase => {}
            _ => self.build(&Face::of(&tick, &self.campaign, self.lang, Size::Full))?,
        }
        self.shown = Some(tick);
        Ok(())
    }
}

impl PageCountdown {
    fn child(&self, class: &str) -> Result<Option<Element>, JsValue> {
        self.section.query_selector(&format!(":scope > .{class}"))
    }

    /// Puts `value` into `el` as its only child, a text node kept to be
    /// rewritten each second.
    fn text(&self, value: &str, el: &Element) -> Result<Text, JsValue> {
        let node = self.document.create_text_node(value);
        el.set_text_content(None);
        el.append_child(&node)?;
        Ok(node)
    }

    fn element(&self, tag: &str, class: &str, text: Option<&str>) -> Result<Element, JsValue> {
        let el = self.document.create_element(tag)?;
        el.set_class_name(class);
        if let Some(text) = text {
            el.set_text_content(Some(text));
        }
        Ok(el)
    }

    /// Writes the whole section for the phase `face` begins: cells and a
    /// sentence while counting down, the Day's line during it. Cells the
    /// page already has (as prerendered) are filled in, not replaced.
    fn build(&mut self, face: &Face) -> Result<(), JsValue> {
        let ordinal = self.child("cd-ordinal")?.ok_or("no .cd-ordinal")?;
        self.live = match &face.cells {
            Some(cells) => {
                if let Some(today) = self.child("cd-today")? {
                    today.remove();
                }
                let row = match self.child("cd-cells")? {
                    Some(row) if row.children().length() == 4 => row,
                    other => {
                        if let Some(other) = other {
                            other.remove();
                        }
                        let row = self.element("div", "cd-cells", None)?;
                        row.set_attribute("aria-hidden", "true")?;
                        for _ in 0..4 {
                            let cell = self.element("div", "cd-cell", None)?;
                            let number = self.element("span", "cd-num", None)?;
                            let unit = self.element("span", "cd-unit", None)?;
                            cell.append_child(&number)?;
                            cell.append_child(&unit)?;
                            row.append_child(&cell)?;
                        }
                        self.section.insert_before(&row, Some(&ordinal))?;
                        row
                    }
                };
                let sentence = match self.child("visually-hidden")? {
                    Some(p) => p,
                    None => {
                        let p = self.element("p", "visually-hidden", None)?;
                        self.section.insert_before(&p, Some(&ordinal))?;
                        p
                    }
                };
                let sentence = self.text(&face.sentence, &sentence)?;
                let (mut numbers, mut units) = (Vec::new(), Vec::new());
                for (i, cell) in cells.iter().enumerate() {
                    let box_ = row.children().item(i as u32).ok_or("missing cell")?;
                    let number = box_.query_selector(".cd-num")?.ok_or("no .cd-num")?;
                    let unit = box_.query_selector(".cd-unit")?.ok_or("no .cd-unit")?;
                    numbers.push(self.text(&cell.number, &number)?);
                    units.push(self.text(cell.unit, &unit)?);
                }
                Some(Live {
                    numbers,
                    units,
                    sentence,
                })
            }
            None => {
                for class in ["cd-cells", "visually-hidden"] {
                    if let Some(el) = self.child(class)? {
                        el.remove();
                    }
                }
                if self.child("cd-today")?.is_none() {
                    let today = self.element("p", "cd-today", Some(&face.sentence))?;
                    self.section.insert_before(&today, Some(&ordinal))?;
                }
                None
            }
        };
        ordinal.set_text_content(face.ordinal.as_deref());
        if let Some(target) = self.child("cd-target")? {
            target.set_text_content(Some(&face.when));
        }
        Ok(())
    }
}
