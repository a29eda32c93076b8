// The start-up script of every prerendered page, last in <body>.
//
// The content paints first, from the HTML and the stylesheet alone; then
// this fetches the live bundle. If it is, byte for byte, the one the pages
// were written from (its SHA-256 is BUILD.bundle), the page already is what
// the app would render: crates/page (a small wasm, no Leptos) ticks the
// countdown and sends `/` to the visitor's language, and the app is never
// downloaded. If the bundle changed, cannot be fetched, or the address asks
// for more than the page shows (a query such as ?page=2), the app (the
// visitors' build) takes over, as src/takeover.rs describes.
//
// scripts/start-script.mjs (run by scripts/post-build.mjs) fills in the line
// below with what the build knows
// (the bundle's SHA-256 and campaign, the names of the page's and the app's
// files), minifies this file and names it by its content.
const BUILD = null; // filled in by scripts/start-script.mjs

const LANG_KEY = 'solidarity-day:lang'; // src/app.rs
const LAST_GOOD_KEY = 'solidarity-day:last-good-bundle'; // src/data.rs
const html = document.documentElement;

const preload = (href, type) => {
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', href, as: 'fetch', crossOrigin: 'anonymous' });
  if (type) link.type = type;
  document.head.append(link);
};
const remembered = () => {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
};

/** Whether this page was written for the address it is read at. A host
 *  with an SPA rule answers addresses it has no file for with some page
 *  (often the English home page); such a page must not pass for another
 *  address's: the app renders the address instead. `/` is written as the
 *  English home page. */
function isWrittenForThisAddress() {
  const written = document.getElementById('prerendered')?.dataset.path;
  const here = location.pathname.length > 1 ? location.pathname.replace(/\/+$/, '') : '/';
  return written === here || (here === '/' && written === '/en');
}
// Once: the address does not change before start() uses it.
const writtenForThisAddress = isWrittenForThisAddress();

/** The live bundle's text, and whether it is the one the pages were
 *  written from; null if it cannot be fetched (the app then retries). */
async function liveBundle() {
  // Without SubtleCrypto (plain http on a public host) nothing can be
  // compared: the app decides, as it would if the bundle had changed.
  if (location.search || !globalThis.crypto?.subtle) return null;
  const response = await fetch('/data/bundle.json');
  if (!response.ok) return null;
  const bytes = await response.arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return { text: new TextDecoder().decode(bytes), current: hex === BUILD.bundle };
}

/** A current page: what the app would add is the countdown's ticking, the
 *  visitor's language on `/`, the copy kept for offline and the service
 *  worker. The campaign is the build's (the bundle is): nothing is parsed. */
function withoutTheApp(page, text) {
  if (location.pathname === '/') {
    const lang = page.preferred_language(remembered(), [...(navigator.languages ?? [])]);
    // Written in English: another language is another page.
    if (lang !== 'en') return location.replace('/' + lang + location.hash);
    history.replaceState(history.state, '', '/en' + location.hash);
  }
  const section = document.querySelector('#prerendered section.countdown');
  if (section) {
    try {
      const countdown = new page.PageCountdown(section, BUILD.campaign);
      setInterval(() => countdown.tick(), 1000);
    } catch (error) {
      console.warn('the countdown cannot tick:', error);
    }
  }
  html.dataset.app = 'current';
  try {
    localStorage.setItem(LAST_GOOD_KEY, text);
  } catch {
    // Over the quota (as in src/data.rs): an old copy would be worse than none.
    try {
      localStorage.removeItem(LAST_GOOD_KEY);
    } catch {}
  }
  navigator.serviceWorker?.register('/sw.js').catch((error) => console.warn('offline copy unavailable:', error));
}

/** The app, with the bundle's text if it was fetched (src/data.rs takes it
 *  from window.solidarityDayBundle): a bundle too large for the HTTP cache
 *  would otherwise be downloaded twice. */
async function theApp(text) {
  if (text === null) preload('/data/bundle.json');
  else window.solidarityDayBundle = text;
  preload(BUILD.app.wasm, 'application/wasm');
  const bindings = await import(BUILD.app.glue);
  const wasm = await bindings.default({ module_or_path: BUILD.app.wasm });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
}

async function start() {
  // Fetched beside the bundle: small, and needed on nearly every visit.
  const page = import(BUILD.page.glue).then(async (module) => {
    await module.default({ module_or_path: BUILD.page.wasm });
    // Until the app's footer replaces it, if it comes.
    module.wire_forgetting();
    return module;
  });
  page.catch(() => {});
  const live = await liveBundle().catch(() => null);
  if (live?.current && writtenForThisAddress) return withoutTheApp(await page, live.text);
  return theApp(live?.text ?? null);
}

// A language chosen before the app is there (or on a page that needs none)
// is remembered all the same (the key and rule of src/app.rs, remember_lang).
addEventListener('click', (event) => {
  const link = event.target.closest?.('.lang-switch a[hreflang]');
  // Once the app is on screen, its own links remember the choice.
  if (!link || html.dataset.app === 'live') return;
  try {
    localStorage.setItem(LANG_KEY, link.hreflang);
  } catch {}
});

// Once the page has loaded (its stylesheet too) and painted whole: the
// frame after the next one, then a task of its own. If the files cannot be
// fetched, the page stays as it is.
// What only a script can do is shown (style/main.css: the footer's
// "forget this site").
html.dataset.js = '';

// A page read at an address it was not written for shows nothing of its
// own until the app has rendered the address (style/main.css hides it).
if (!writtenForThisAddress) html.dataset.app = 'elsewhere';
const startOrStay = () =>
  start().catch((error) => {
    console.warn('the page stays as written:', error);
    // Without the app, the page written for another address is all there is.
    if (html.dataset.app === 'elsewhere') delete html.dataset.app;
  });
const whenPainted = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(startOrStay, 0)));
if (document.readyState === 'complete') whenPainted();
else addEventListener('load', whenPainted, { once: true });
