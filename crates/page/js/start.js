// The loader of every visitors' page: last in a prerendered page's <body>,
// and in the <head> of `shell.html`, the page of every address that was not
// prerendered.
//
// A prerendered page's content paints first, from the HTML and the
// stylesheet alone; then this loads the page's small wasm (crates/page) and
// starts the helper thread that fetches the live bundle beside it
// (check.js). The wasm decides (`start`, in Rust): the page is complete as
// written (then a report form, if the page has one, gets its own small
// module once it is near the screen), or the app must take over, and then
// this loads the app (the visitors' build). In `shell.html` the app is the
// page: it is loaded at once. What the build knows (the files' names, the
// bundle's address and fingerprint, the campaign) the prerender wrote into
// the page, in the `#build` block.

const html = document.documentElement;
const build = JSON.parse(document.getElementById('build').textContent);

// (What only a script can do is shown: the page's first script, language.js,
// marked it before it painted; in `shell.html` the app does.)

// A host with an SPA rule answers addresses it has no file for with some
// page (often the English home page): it must not pass for this address's.
// Hidden (style/main.css) until the app has rendered the address; done here,
// before the page's wasm arrives, so that it is never seen. (An address
// without a language, `/manifesto`, has its language by now: language.js.)
const prerendered = document.getElementById('prerendered');
const here = location.pathname.length > 1 ? location.pathname.replace(/\/+$/, '') : '/';
if (prerendered && prerendered.dataset.path !== here) html.dataset.app = 'elsewhere';

/** Instantiates a wasm-bindgen module: its glue and its wasm. */
async function load({ glue, wasm }) {
  const module = await import(glue);
  return { module, instance: await module.default({ module_or_path: wasm }) };
}

// A language chosen with the switcher is remembered (under the key the
// prerender wrote, the site's one), from the first click: the page's wasm
// may not have arrived yet, and the click leaves the page. (Once the app is
// on screen its own links remember it too: the same key, the same value.)
addEventListener('click', (event) => {
  const link = event.target.closest?.('.lang-switch a[hreflang]');
  if (!link) return;
  try {
    localStorage.setItem(build.lang_key, link.hreflang);
  } catch {}
});

// A prerendered page's thread fetches the live bundle at once, and holds
// it (the page's main thread never does). `shell.html`'s does not: its
// bundle is the page's own, preloaded from its <head>, because a thread
// busy fetching a slow bundle could not read the copy saved on an earlier
// visit meanwhile, which the app shows after a few seconds.
const threadFetches = prerendered !== null;

/** The page's helper thread (check.js), started now (fetching if
 *  `threadFetches`); an error before anyone listens (its script not found)
 *  is kept on it. `undefined` if the browser refuses it. */
function startThread() {
  try {
    const thread = new Worker(build.check);
    thread.onerror = () => (thread.broken = true);
    if (threadFetches) thread.postMessage({ fetch: build.bundle_url });
    return thread;
  } catch {}
}

async function start() {
  // The thread fetches the bundle while the page's wasm arrives (crates/page's
  // `Check`, which it answers).
  const thread = startThread();
  // If it cannot arrive, the page stays as written (below).
  const page = await load(build.page);
  // Its start in a task of its own, not in the one that instantiated it: on
  // a phone (a quarter of a laptop's speed, as Lighthouse has it) the two
  // together took over 50 ms, in which a tap would wait.
  await new Promise((next) => setTimeout(next));
  if (!(await page.module.start(build, thread))) {
    const form = document.querySelector('#prerendered form[data-report-form]');
    if (form) workWhenNear(form);
    return;
  }
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: build.app.wasm });
  link.crossOrigin = 'anonymous';
  document.head.append(link);
  // The page left the thread running, with the bundle it fetched, for the app.
  await loadApp(thread);
}

/** Loads and starts the visitors' app (crates/visitor), which makes
 *  `thread`, if there is one, its own (crates/visitor's `adopt`), before it
 *  starts, in the task after this one. */
async function loadApp(thread) {
  const app = await load(build.app);
  if (thread) app.module.adopt(thread, threadFetches);
  window.wasmBindings = app.module;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: app.instance } }));
}

// The report form of "Take part" is worked by its own small module
// (crates/report), on a complete page and in the app alike, and fetched
// once the form comes within a screen of being seen. Most visitors read
// the page without filling the form in, and on a phone it is two screens
// down: a first visit does not wait for its 41 KB. The app says when it has
// put a form in the page: it sends the form the event the block names
// (solidarity_browser's `report_form::SHOWN_EVENT`).
addEventListener(build.report_form_shown, (event) => workWhenNear(event.target));

function workWhenNear(form) {
  const work = async () => {
    try {
      (await load(build.report)).module.wire(form);
    } catch (error) {
      // Said in the page's words, which the page has (hidden), rather
      // than a form left disabled without a word.
      form.parentElement.querySelector('.report-unavailable')?.removeAttribute('hidden');
      console.warn("the report form's code cannot be loaded:", error);
    }
  };
  if (!('IntersectionObserver' in window)) return work();
  const watcher = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      watcher.disconnect();
      work();
    },
    { rootMargin: '100% 0px' },
  );
  watcher.observe(form);
}

const startOrStay = () =>
  start().catch((error) => {
    console.warn('the page stays as written:', error);
    // As without scripts, then: what only they do (the report form,
    // sharing, forgetting the site) would not work, and the notes for
    // browsers without them say what to do instead (style/main.css).
    // language.js does the same if this script cannot be fetched at all.
    delete html.dataset.js;
    // Without the app, the page written for another address is all there is.
    if (html.dataset.app === 'elsewhere') delete html.dataset.app;
  });

// A prerendered page: once it has loaded (its stylesheet too) and painted
// whole: the frame after the next one, then a task of its own. If the files
// cannot be fetched, the page stays as it is. `shell.html`: at once (the
// app's files and the bundle were preloaded from its <head>), with the
// thread started now, so that its script arrives and runs while the app's
// wasm does (one round trip less after it, on a slow network).
const whenPainted = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(startOrStay, 0)));
if (!prerendered) loadApp(startThread()).catch((error) => console.warn('the app cannot be loaded:', error));
else if (document.readyState === 'complete') whenPainted();
else addEventListener('load', whenPainted, { once: true });
