//! Puts a [`Face`] into the widget's shadow root and keeps it ticking.
//!
//! Nodes are built when the phase changes (the Day begins or ends, the year
//! turns); every other second only the texts that changed are rewritten, so
//! the widget costs the partner's page almost nothing. Text is only ever set
//! as text, never parsed as HTML.

use crate::face::{choose_lang, read_campaign, Face, Size, Tick};
use crate::js::JsObject;
use crate::live::Live;
use solidarity_core::bundle::Campaign;
use solidarity_core::i18n::Lang;
use solidarity_core::member::{Found, MemberFinder};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Text};

struct Screen {
    campaign: Campaign,
    lang: Lang,
    size: Size,
    /// The site's root URL, ending in "/".
    site: String,
    document: Document,
    root: Element,
    /// The instant on screen.
    shown: Option<Tick>,
    /// `None` during the Day, when nothing ticks.
    live: Option<Live>,
}

impl Screen {
    fn show(&mut self) -> Result<(), JsValue> {
        let Some(tick) = Tick::at(
            solidarity_browser::now_unix_seconds(),
            &self.campaign,
            self.lang,
        ) else {
            return Ok(());
        };
        match &self.shown {
            // Within a phase only the cells and, once a minute, the sentence change.
            Some(old) if old.phase == tick.phase => {
                if let Some(live) = &self.live {
                    live.update(old, &tick, self.lang);
                }
            }
            _ => self.build(&Face::of(&tick, &self.campaign, self.lang, self.size))?,
        }
        self.shown = Some(tick);
        Ok(())
    }

    fn element(&self, tag: &str, class: &str, parent: &Element) -> Result<Element, JsValue> {
        let el = self.document.create_element(tag)?;
        el.set_class_name(class);
        parent.append_child(&el)?;
        Ok(el)
    }

    fn text(&self, value: &str, parent: &Element) -> Result<Text, JsValue> {
        let node = self.document.create_text_node(value);
        parent.append_child(&node)?;
        Ok(node)
    }

    fn link(&self, class: &str, path: &str, text: &str, parent: &Element) -> Result<(), JsValue> {
        let a = self.element("a", class, parent)?;
        a.set_attribute("href", &format!("{}{}/{path}", self.site, self.lang.tag()))?;
        // The partner's page stays open; the site learns nothing of it.
        a.set_attribute("target", "_blank")?;
        a.set_attribute("rel", "noopener noreferrer")?;
        a.set_text_content(Some(text));
        Ok(())
    }

    fn build(&mut self, face: &Face) -> Result<(), JsValue> {
        let root = self.root.clone();
        root.set_text_content(None);
        let words = self.lang.countdown_words();
        root.set_attribute("lang", self.lang.tag())?;
        root.set_attribute("role", "group")?;
        root.set_attribute("aria-label", words.label)?;

        self.link("title", "", &face.title, &root)?;
        self.live = match &face.cells {
            Some(cells) => {
                // The ticking digits are for the eyes; screen readers get the
                // sentence below, which changes once a minute.
                let row = self.element("span", "cells", &root)?;
                row.set_attribute("aria-hidden", "true")?;
                let mut numbers = Vec::with_capacity(4);
                let mut units = Vec::with_capacity(4);
                for (i, cell) in cells.iter().enumerate() {
                    let class = if i == 3 { "cell seconds" } else { "cell" };
                    let span = self.element("span", class, &row)?;
                    let number = self.element("span", "num", &span)?;
                    numbers.push(self.text(&cell.number, &number)?);
                    self.text(" ", &span)?;
                    let unit = self.element("span", "unit", &span)?;
                    units.push(self.text(cell.unit, &unit)?);
                }
                let spoken = self.element("span", "sr", &root)?;
                let sentence = self.text(&face.sentence, &spoken)?;
                Some(Live {
                    numbers,
                    units,
                    sentence,
                })
            }
            None => {
                let today = self.element("span", "today", &root)?;
                today.set_text_content(Some(&face.sentence));
                None
            }
        };
        if let Some(ordinal) = &face.ordinal {
            self.element("span", "ordinal", &root)?
                .set_text_content(Some(ordinal));
        }
        let when = self.element("span", "when", &root)?;
        self.text(&face.when, &when)?;
        if self.size == Size::Full {
            self.text(" · ", &when)?;
            self.link("more", "manifesto", words.more, &when)?;
        }
        Ok(())
    }
}

/// One widget on the page. The element's script calls [`Widget::tick`]
/// once a second and frees the widget when the element leaves the page; the
/// timer lives in JavaScript because timer ids (numbers, not always 32-bit)
/// and a Rust closure kept alive for JavaScript are both easy to get wrong.
#[wasm_bindgen]
pub struct Widget {
    screen: Screen,
}

#[wasm_bindgen]
impl Widget {
    /// Renders into `root`. `langs` is a comma-separated list of language
    /// tags, most wanted first; `site` the site's root URL.
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: Element,
        campaign: JsValue,
        langs: &str,
        size: &str,
        site: &str,
    ) -> Result<Widget, JsValue> {
        let campaign = read_campaign(&JsObject(campaign)).map_err(|e| JsValue::from_str(&e))?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        let mut site = site.to_string();
        if !site.ends_with('/') {
            site.push('/');
        }
        let lang = choose_lang(langs);
        // The iframe embed's page (public/embed/countdown/) speaks the
        // language its widget chose: its element asks for that with
        // `sets-document-lang`. A partner's page is never touched.
        let host = root
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .map(|shadow| shadow.host());
        if let (Ok(host), Some(html)) = (host, document.document_element()) {
            if host.has_attribute("sets-document-lang") {
                html.set_attribute("lang", lang.tag())?;
            }
        }
        let mut screen = Screen {
            campaign,
            lang,
            size: Size::from_attribute(size),
            site,
            document,
            root,
            shown: None,
            live: None,
        };
        screen.show()?;
        Ok(Widget { screen })
    }

    /// Shows the current second; rewrites only what changed.
    pub fn tick(&mut self) -> Result<(), JsValue> {
        self.screen.show()
    }
}

/// The bundle's `campaign`, found in the bundle's bytes as they arrive
/// ([`MemberFinder`]): the element's script stops the download as soon as
/// [`CampaignFinder::feed`] has it, so a partner's page reads a few
/// kilobytes of a bundle of any size, and still the live one.
#[wasm_bindgen]
pub struct CampaignFinder(MemberFinder);

#[wasm_bindgen]
impl CampaignFinder {
    #[wasm_bindgen(constructor)]
    pub fn new() -> CampaignFinder {
        CampaignFinder(MemberFinder::new("campaign"))
    }

    /// The campaign's JSON text once it has arrived whole, else nothing.
    pub fn feed(&mut self, piece: &[u8]) -> Result<Option<String>, JsValue> {
        match self.0.feed(piece) {
            Found::Pending => Ok(None),
            Found::Object(text) => Ok(Some(text)),
            Found::NotAnObject => Err(JsValue::from_str("its \"campaign\" is not an object")),
        }
    }
}

impl Default for CampaignFinder {
    fn default() -> Self {
        CampaignFinder::new()
    }
}
