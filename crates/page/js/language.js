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
// An earlier link's page of a list (`/en/posts?page=2`, before each page
// was a file of its own) is taken, before anything is drawn too, to the file
// written for it (`/en/posts/page/2`): rather than this first page, then the
// app's download and the list changing under the visitor's eyes. It reads
// only what it is sure the Rust reads the same way, and leaves the rest to
// the app: both follow one table (crates/core/tests/page-query.json).
//
// What the site's Rust says (the storage key, the languages, the default;
// on a list's first page, the addresses of its pages and the query
// parameter that names one) the prerender writes on this script's element:
// nothing is repeated here.
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
  const { key, langs, fallback, pages, pageParam } = document.currentScript.dataset;
  if (inTheirLanguage(key, langs.split(' '), fallback) && pages) toTheListsPage(pages.split(' '), pageParam);

  /** Whether this page stays: the address has its language, or is given
   *  this page's (else the page in theirs replaces it). */
  function inTheirLanguage(key, ours, fallback) {
    const path = location.pathname;
    // An address with its language is the visitor's explicit choice.
    if (ours.includes(path.split('/')[1])) return true;
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
      return true;
    }
    replaceWith(target);
    return false;
  }

  /** On a list's first page, whose pages' addresses are `hrefs` (in order):
   *  the page a query names (`?from=partner&page=2`) by its own address,
   *  the other parameters kept. A number the list has not (beyond its pages
   *  as built, `abc`, `+2`) is left to the app, which reads it as the Rust
   *  does. */
  function toTheListsPage(hrefs, param) {
    const pairs = location.search.slice(1).split('&');
    const names = (pair) => pair.split('=')[0] === param;
    const asked = pairs.find(names);
    const value = asked?.slice(param.length + 1);
    const number = /^[0-9]+$/.test(value) ? Number(value) : 0;
    if (number < 1 || number > hrefs.length) return;
    const rest = pairs.filter((pair) => pair && !names(pair)).join('&');
    const href = hrefs[number - 1];
    const target = `${href}${rest && `?${rest}`}${location.hash}`;
    // Page 1 is this page: only its address changes.
    if (href === location.pathname.replace(/\/+$/, '')) history.replaceState(history.state, '', target);
    else replaceWith(target);
  }

  /** This page replaced by the one at `target`; nothing of it is drawn
   *  while the other one comes. */
  function replaceWith(target) {
    document.documentElement.style.visibility = 'hidden';
    location.replace(target);
  }
})();
