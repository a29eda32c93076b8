// The site's service worker: after one visit, the site opens without a
// network. It keeps the app itself (its shell page, script, wasm, helper
// thread and styles) in a cache of its own; the bundle is not kept here but in the pages' own
// last-good copy (another cache, which this worker leaves alone: see
// crates/browser's storage), so offline visitors read it with the usual notice.
//
// Plain on purpose: pages are fetched fresh when the network answers (each
// is prerendered); offline, or when the network has not answered in
// NETWORK_TIMEOUT_MS, any address gets the shell (shell.html, the page the
// app renders into) and the app its saved bundle; files named by their
// content are served from the cache; nothing else is touched.
//
// Which files to keep is the build's exact list, /offline-files.js
// (scripts/post-build.mjs), never read out of a page: a page's text is the
// bundle's, and whatever it named would be fetched. The browser checks
// imported scripts for changes as it checks this one, so a deploy (a new
// list) installs this worker anew, which keeps the new files and drops the
// old.

importScripts('/offline-files.js'); // self.OFFLINE_FILES
const FILES = self.OFFLINE_FILES;
// Versioned: a new name drops the old versions' caches, and only those.
const CACHE_PREFIX = 'solidarity-day-app-';
const CACHE = `${CACHE_PREFIX}v1`;
const SHELL = '/shell.html';
const NETWORK_TIMEOUT_MS = 6000;

/** Keeps the shell with exactly the build's files, and drops the rest. */
async function keepFiles() {
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const path of FILES) if (path === SHELL || !(await cache.match(path))) missing.push(path);
  await cache.addAll(missing.map((path) => new Request(path, { cache: 'no-cache' })));
  for (const request of await cache.keys()) {
    if (!FILES.includes(new URL(request.url).pathname)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepFiles().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** The network's answer, or the kept shell if the network fails or has not
 *  answered in time (a connection that hangs is as good as none). */
async function networkOrShell(event) {
  const fromNetwork = fetch(event.request);
  // An answer that comes late is not waited for, but not cut off either.
  event.waitUntil(fromNetwork.catch(() => {}));
  const timeout = new Promise((ok) => setTimeout(ok, NETWORK_TIMEOUT_MS, 'late'));
  const first = await Promise.race([fromNetwork.catch(() => 'failed'), timeout]);
  if (first instanceof Response) return first;
  // Nothing kept yet: the network's answer (or failure) after all.
  return (await caches.match(SHELL)) ?? fromNetwork;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;

  // The site's pages: the network first, the kept shell when there is none.
  if (request.mode === 'navigate' && !/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.startsWith('/embed/countdown')) {
    event.respondWith(networkOrShell(event));
    return;
  }

  // Files named by their content never change: the cache first.
  if (FILES.includes(url.pathname) && url.pathname !== SHELL) {
    event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
  }
});
