// The site's service worker: after one visit, the site opens without a
// network. It keeps the app itself (the page, its script, wasm and styles);
// the bundle is not kept here but in the app's own last-good copy
// (src/data.rs), so offline visitors read it with the usual notice.
//
// Plain on purpose: the page is fetched fresh when the network is there;
// files named by their content are served from the cache; nothing else is
// touched. After a deploy, the next online visit refreshes the cache and
// drops the files no longer used.

const CACHE = 'solidarity-day-app-v1';
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

/** The files `index.html` names: its hashed script, wasm and styles. */
function assetsOf(html) {
  const found = [...html.matchAll(/(?:href|src)="(\/[^"?#]+)"/g)].map((m) => m[1]);
  return [...new Set(found.filter((path) => HASHED.test(path) || path === '/favicon.svg'))];
}

/** Keeps `index.html` and exactly the files it names. */
async function keep(indexResponse) {
  const cache = await caches.open(CACHE);
  const html = await indexResponse.clone().text();
  const wanted = assetsOf(html);
  const missing = [];
  for (const path of wanted) if (!(await cache.match(path))) missing.push(path);
  await cache.addAll(missing);
  await cache.put('/index.html', indexResponse);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path !== '/index.html' && !wanted.includes(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch('/index.html', { cache: 'no-cache' })
      .then((response) => (response.ok ? keep(response) : undefined))
      .then(() => self.skipWaiting()),
  );
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
          if (response.ok) event.waitUntil(keep(response.clone()).catch(() => {}));
          return response;
        })
        .catch(() => caches.match('/index.html').then((kept) => kept || Response.error())),
    );
    return;
  }

  // Files named by their content never change: the cache first.
  if (HASHED.test(url.pathname) || url.pathname === '/favicon.svg') {
    event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
  }
});
