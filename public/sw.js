// The site's service worker: after one visit, the site opens without a
// network. It keeps the app itself (its shell page, script, wasm and styles);
// the bundle is not kept here but in the app's own last-good copy
// (src/data.rs), so offline visitors read it with the usual notice.
//
// Plain on purpose: pages are fetched fresh when the network is there (each
// is prerendered); offline, any address gets the shell (shell.html, the page
// the app renders into) and the app its saved bundle; files named by their
// content are served from the cache; nothing else is touched. A page online
// that names a file not kept means a deploy: the shell and its files are
// refreshed and those no longer used dropped.

const CACHE = 'solidarity-day-app-v1';
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
const SHELL = '/shell.html';

/** The files a page names: its hashed script, wasm and styles. */
function assetsOf(html) {
  const found = [...html.matchAll(/(?:href|src)="(\/[^"?#]+)"/g)].map((m) => m[1]);
  return [...new Set(found.filter((path) => HASHED.test(path) || path === '/favicon.svg'))];
}

/** Fetches the shell and keeps it with exactly the files it names, and
 *  those `alsoWanted` (what prerendered pages name: their start-up script). */
async function keepShell(alsoWanted = []) {
  const response = await fetch(SHELL, { cache: 'no-cache' });
  if (!response.ok) return;
  const cache = await caches.open(CACHE);
  const wanted = [...new Set([...assetsOf(await response.clone().text()), ...alsoWanted])];
  const missing = [];
  for (const path of wanted) if (!(await cache.match(path))) missing.push(path);
  await cache.addAll(missing);
  await cache.put(SHELL, response);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path !== SHELL && !wanted.includes(path)) await cache.delete(request);
  }
}

/** After a deploy a page names files not kept yet: keep the new shell. */
async function keepShellIfNew(pageResponse) {
  const cache = await caches.open(CACHE);
  const named = assetsOf(await pageResponse.text());
  for (const path of named) {
    if (!(await cache.match(path))) return keepShell(named);
  }
  if (!(await cache.match(SHELL))) return keepShell(named);
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  // The app's routes: the network first, the kept page when there is none.
  if (request.mode === 'navigate' && !/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.startsWith('/embed/countdown')) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) event.waitUntil(keepShellIfNew(response.clone()).catch(() => {}));
          return response;
        })
        .catch(() => caches.match(SHELL).then((kept) => kept || Response.error())),
    );
    return;
  }

  // Files named by their content never change: the cache first.
  if (HASHED.test(url.pathname) || url.pathname === '/favicon.svg') {
    event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
  }
});
