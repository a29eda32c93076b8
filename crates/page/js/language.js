// The language of an address without one (`/manifesto`, `/`), decided
// before the page paints: first in <head> of every prerendered page, a
// classic script, so the parser waits for it (it is tiny and cached a year).
//
// Such an address is answered by the English page (static hosts) or by the
// page in the language the browser asks for (nginx, by Accept-Language). The
// visitor's language is the one they chose with the switcher, else the first
// of their browser's languages the site speaks, else the default: the rule of
// `Lang::preferred` in the core, which the app follows; both are checked
// against one table (crates/core/tests/preferred-lang.json). If it is the
// page's, the address gets its language (`/en/manifesto`) and the page goes
// on; otherwise the other language's page replaces this one before anything
// is drawn. Without JavaScript the address reads as it was answered, with
// the switcher.
//
// What the site's Rust says (the storage key, the languages, the default)
// the prerender writes on this script's element: nothing is repeated here.
//
// First, it marks the page as one where scripts run (`html[data-js]`): what
// only a script can do (the report form, sharing, forgetting the site;
// style/main.css) is then laid out with the rest, before the first paint.
// Marked later, by the loader, it made the page lay out again after it had
// painted: on "Take part", whose form appears then, a task of 141 ms of a
// phone's time (4× CPU), which Lighthouse counted as blocking.

(() => {
  document.documentElement.dataset.js = '';
  // Unmarked if the page's loader (start.js, its only other script file)
  // cannot be fetched: without it nothing a script does here works, and the
  // page is better read as without scripts, with its notes (as the loader
  // does when what it loads cannot arrive).
  addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLScriptElement) delete document.documentElement.dataset.js;
    },
    true,
  );
  const { key, langs, fallback } = document.currentScript.dataset;
  const ours = langs.split(' ');
  const path = location.pathname;
  // An address with its language is the visitor's explicit choice.
  if (ours.includes(path.split('/')[1])) return;
  const primary = (tag) => (typeof tag === 'string' ? tag.split(/[-_]/)[0].toLowerCase() : '');
  let chosen = null;
  try {
    chosen = localStorage.getItem(key);
  } catch {}
  const browser = navigator.languages ?? [navigator.language];
  const lang = [chosen, ...browser].map(primary).find((tag) => ours.includes(tag)) ?? fallback;
  const target = `/${lang}${path === '/' ? '' : path.replace(/\/+$/, '')}${location.search}${location.hash}`;
  if (lang === document.documentElement.lang) {
    history.replaceState(history.state, '', target);
  } else {
    // Nothing of this page is drawn while the other one comes.
    document.documentElement.style.visibility = 'hidden';
    location.replace(target);
  }
})();
