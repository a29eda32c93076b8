// The <solidarity-countdown> element.
//
// scripts/build-widget.mjs wraps this file, the wasm-bindgen glue (which
// defines `wasm_bindgen`) and the widget's CSS (`WIDGET_CSS`) in one function,
// so the partner's page gains nothing but the element's name: no globals, no
// listeners outside the element, no storage. `WASM_FILE` is the hashed name of
// the wasm beside this script, `BUNDLE_URL` the site's bundle (its address
// from the site's root, as the wasm has it).

const TAG = 'solidarity-countdown';
// Every URL is resolved against this script's own address, never the page's.
const here = document.currentScript?.src;

if (here && window.customElements && !customElements.get(TAG)) {
  customElements.define(TAG, makeElement(here));
}

function makeElement(here) {
  // Nothing identifying the partner's page or its visitor goes along.
  const NO_TRACE = { credentials: 'omit', referrerPolicy: 'no-referrer' };
  const THEMES = ['light', 'dark', 'auto'];
  const site = new URL('../', here).href;

  // One wasm instance and one fetch per bundle for every widget on the page;
  // a failure is forgotten so that the next widget tries again.
  let engine = null;
  function loadEngine() {
    if (!engine) {
      const wasm = fetch(new URL(WASM_FILE, here), NO_TRACE);
      engine = wasm_bindgen({ module_or_path: wasm }).then(() => wasm_bindgen.Widget);
      engine.catch(() => (engine = null));
    }
    return engine;
  }
  // The campaign is read from the bundle's first bytes and the download
  // stopped there (CampaignFinder in the wasm): a few KB, whatever the
  // bundle's size. Editors keep `campaign` near the top (bundle check
  // warns when it is not); anywhere, it is still found, only later.
  const campaigns = new Map();
  function loadCampaign(url) {
    if (!campaigns.has(url)) {
      const campaign = fetch(url, NO_TRACE).then(async (response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        const reader = response.body.getReader();
        // Whatever happens (the wasm cannot load, the campaign is found),
        // the rest of the bundle is not downloaded.
        try {
          await loadEngine();
          const finder = new wasm_bindgen.CampaignFinder();
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) throw new Error(`${url} has no "campaign" object`);
              const text = finder.feed(value);
              if (text !== undefined) return JSON.parse(text);
            }
          } finally {
            finder.free();
          }
        } finally {
          reader.cancel().catch(() => {});
        }
      });
      campaign.catch(() => campaigns.delete(url));
      campaigns.set(url, campaign);
    }
    return campaigns.get(url);
  }

  let sheet = null;
  function style(root) {
    try {
      sheet = sheet || new CSSStyleSheet();
      if (!sheet.cssRules.length) sheet.replaceSync(WIDGET_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      // Browsers without constructable style sheets.
      const element = document.createElement('style');
      element.textContent = WIDGET_CSS;
      root.append(element);
    }
  }

  return class SolidarityCountdown extends HTMLElement {
    static get observedAttributes() {
      return ['lang', 'theme', 'size', 'bundle', 'transparent'];
    }

    #widget = null;
    #timer = 0;
    #run = 0;
    #box = null;
    #pending = false;

    connectedCallback() {
      this.#schedule();
    }

    disconnectedCallback() {
      this.#stop();
    }

    attributeChangedCallback(name) {
      // Colours are only CSS: the numbers keep ticking.
      if ((name === 'theme' || name === 'transparent') && this.#box) this.#box.className = this.#classes();
      else if (this.isConnected) this.#schedule();
    }

    // Attributes arrive one callback at a time: start once, after them all.
    #schedule() {
      if (this.#pending) return;
      this.#pending = true;
      queueMicrotask(() => {
        this.#pending = false;
        if (this.isConnected) this.#start();
      });
    }

    #classes() {
      const theme = (this.getAttribute('theme') || '').trim().toLowerCase();
      const size = (this.getAttribute('size') || '').trim().toLowerCase() === 'compact' ? 'compact' : 'full';
      return `box ${size} ${THEMES.includes(theme) ? theme : 'auto'}${this.hasAttribute('transparent') ? ' transparent' : ''}`;
    }

    #start() {
      this.#stop();
      const run = this.#run;
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      if (!root.adoptedStyleSheets?.length && !root.querySelector('style')) style(root);
      // An empty box of the final size first, so the partner's page does not
      // jump when the numbers arrive.
      const box = document.createElement('div');
      box.className = this.#classes();
      for (const child of [...root.children]) if (child.localName !== 'style') child.remove();
      root.append(box);
      this.#box = box;

      const own = this.closest('[lang]');
      // Most wanted first; the widget keeps the first it speaks (in Rust,
      // the site's rule).
      const langs = [own?.getAttribute('lang'), ...(navigator.languages || [])].filter(Boolean);
      const size = this.getAttribute('size') || 'full';
      const bundle = () => {
        const given = this.getAttribute('bundle') || new URL(`.${BUNDLE_URL}`, site).href;
        try {
          return loadCampaign(new URL(given, here).href);
        } catch {
          return Promise.reject(new Error(`bundle="${given}" is not an address`));
        }
      };

      Promise.all([loadEngine(), bundle()])
        .then(([Widget, campaign]) => {
          if (run !== this.#run) return; // removed or changed meanwhile
          const widget = new Widget(box, campaign, langs.join(','), size, site);
          this.#widget = widget;
          this.#timer = setInterval(() => {
            try {
              widget.tick();
            } catch (error) {
              console.warn(`<${TAG}>:`, error);
            }
          }, 1000);
        })
        .catch((error) => {
          if (run !== this.#run) return;
          console.warn(`<${TAG}> shows its fallback content:`, error?.message || error);
          // The element's own content ("4 August — …", a link to the site).
          box.remove();
          this.#box = null;
          root.append(document.createElement('slot'));
        });
    }

    #stop() {
      this.#run++;
      clearInterval(this.#timer);
      if (this.#widget) {
        this.#widget.free();
        this.#widget = null;
      }
    }
  };
}
