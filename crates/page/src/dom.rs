//! The countdown of a prerendered page, brought to life without the app.
//!
//! The page holds the component's markup as written at build time (the
//! core's [`Tick::written`]: "–" in every cell). This writes into it the
//! texts of the same model the component renders ([`solidarity_core::face`])
//! and keeps them ticking; it builds no element: the section holds both the
//! cells and the Day's line, one of them `hidden`, as the component renders
//! it. So a page looks the same whether the app runs or not (a browser test
//! compares the two). Text is only ever set as text.

use solidarity_core::bundle::Campaign;
use solidarity_core::face::{Face, Size, Tick};
use solidarity_core::i18n::Lang;
use solidarity_widget::face::read_campaign;
use solidarity_widget::js::JsObject;
use solidarity_widget::live::Live;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, Text};

/// The countdown section of the page (`section.countdown`).
pub struct PageCountdown {
    campaign: Campaign,
    lang: Lang,
    nodes: Nodes,
    shown: Option<Tick>,
}

/// The section's elements, as the component renders them, and the text
/// nodes that change from second to second.
struct Nodes {
    cells: HtmlElement,
    spoken: HtmlElement,
    today: HtmlElement,
    ordinal: Element,
    target: Element,
    live: Live,
}

impl PageCountdown {
    /// Takes over `section` with the bundle's `campaign` (as `JSON.parse`
    /// made it) in the page's language, and shows the current second.
    pub fn new(section: Element, campaign: JsValue) -> Result<PageCountdown, JsValue> {
        let campaign = read_campaign(&JsObject(campaign)).map_err(|e| JsValue::from_str(&e))?;
        PageCountdown::of(section, campaign)
    }

    /// Takes over `section` with `campaign` as the bundle's types hold it
    /// (the visitors' app, which has read the bundle), and shows the
    /// current second.
    pub fn of(section: Element, campaign: Campaign) -> Result<PageCountdown, JsValue> {
        let lang = section
            .owner_document()
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|tag| Lang::from_tag(&tag))
            .unwrap_or(Lang::En);
        let mut countdown = PageCountdown {
            campaign,
            lang,
            nodes: Nodes::of(&section)?,
            shown: None,
        };
        countdown.tick();
        Ok(countdown)
    }

    /// Shows the current second, rewriting only the texts that changed
    /// (once a second, on a current page and in the visitors' app).
    pub fn tick(&mut self) {
        let now = solidarity_browser::now_unix_seconds();
        let Some(tick) = Tick::at(now, &self.campaign, self.lang) else {
            return;
        };
        match &self.shown {
            Some(old) if old.phase == tick.phase => self.nodes.live.update(old, &tick, self.lang),
            _ => self.nodes.begin(&tick, &self.campaign, self.lang),
        }
        self.shown = Some(tick);
    }
}

impl Nodes {
    /// Finds the section's elements; each text that changes becomes one
    /// text node, rewritten in place from then on.
    fn of(section: &Element) -> Result<Nodes, JsValue> {
        let find = |selector: &str| {
            section
                .query_selector(&format!(":scope {selector}"))?
                .ok_or_else(|| JsValue::from_str(&format!("no {selector} in the countdown")))
        };
        let html = |selector: &str| Ok::<HtmlElement, JsValue>(find(selector)?.unchecked_into());
        let (mut numbers, mut units) = (Vec::new(), Vec::new());
        for i in 1..=4 {
            let cell = find(&format!(".cd-cell:nth-child({i})"))?;
            let part = |class: &str| -> Result<Text, JsValue> {
                let el = cell
                    .query_selector(class)?
                    .ok_or_else(|| JsValue::from_str(&format!("no {class} in a cell")))?;
                only_text(&el)
            };
            numbers.push(part(".cd-num")?);
            units.push(part(".cd-unit")?);
        }
        let spoken = html("> .visually-hidden")?;
        let sentence = only_text(&spoken)?;
        Ok(Nodes {
            cells: html("> .cd-cells")?,
            spoken,
            today: html("> .cd-today")?,
            ordinal: find("> .cd-ordinal")?,
            target: find("> .cd-target")?,
            live: Live {
                numbers,
                units,
                sentence,
            },
        })
    }

    /// A phase begins (on arrival, when the Day begins or ends, when the
    /// year turns): the cells or the Day's line, and every text.
    fn begin(&self, tick: &Tick, campaign: &Campaign, lang: Lang) {
        let face = Face::of(tick, campaign, lang, Size::Full);
        let today = tick.is_today();
        self.cells.set_hidden(today);
        self.spoken.set_hidden(today);
        self.today.set_hidden(!today);
        // During the Day the hidden cells are empty, as the component's are.
        for i in 0..4 {
            let cell = face.cells.as_ref().map(|cells| &cells[i]);
            self.live.numbers[i].set_data(cell.map_or("", |c| &c.number));
            self.live.units[i].set_data(cell.map_or("", |c| c.unit));
        }
        self.live
            .sentence
            .set_data(&tick.spoken(lang).unwrap_or_default());
        self.ordinal.set_text_content(face.ordinal.as_deref());
        self.target.set_text_content(Some(&face.when));
    }
}

/// `el`'s text as a single text node, which is returned (an empty one
/// where the element has no text: setting an empty text adds no node).
fn only_text(el: &Element) -> Result<Text, JsValue> {
    let text = el.text_content().unwrap_or_default();
    let document = el.owner_document().ok_or("no document")?;
    let node = document.create_text_node(&text);
    el.set_text_content(None);
    el.append_child(&node)?;
    Ok(node)
}
