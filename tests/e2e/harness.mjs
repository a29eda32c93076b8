// Shared by the browser tests: a static server for dist/ with the SPA
// fallback of the documented hosting, and headless Debian Chromium driven
// by playwright-core (which downloads no browser of its own).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `root` on 127.0.0.1 at a free port. Paths without a file extension
 *  that name no file get index.html (client-side routes); a missing file with
 *  an extension is a 404, as on the real host. */
export async function serve(root = DIST) {
  const index = await readFile(join(root, 'index.html'));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    // Partners' pages load the widget and read the bundle from other origins.
    const cors = /^\/(widget|data)\//.test(path) ? { 'access-control-allow-origin': '*' } : {};
    try {
      // A directory is served by its index.html (/embed/countdown).
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if ((await stat(file)).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...cors });
        res.end(await readFile(file));
        return;
      }
    } catch {
      // fall through
    }
    if (extname(path) === '') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(index);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

/** Serves a few pages from an origin of their own (another port): a
 *  partner's site embedding the widget. `pages` maps a path to a function
 *  returning `[contentType, body]`. */
export async function servePages(pages) {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://x').pathname];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    const [type, body] = page();
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

/** Flags that keep Chromium from calling hosts this machine cannot reach. */
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A page that records console errors, uncaught exceptions and requests to
 *  any origin but `origin`; `check()` fails the test if there were any. */
export async function watchedPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
  });
  return {
    page,
    context,
    problems,
    /** Lets a test expect some console errors (e.g. a failed fetch it caused). */
    allow(pattern) {
      for (let i = problems.length - 1; i >= 0; i--) if (pattern.test(problems[i])) problems.splice(i, 1);
    },
    async close() {
      await context.close();
    },
  };
}

/** Starts the site and the browser before a test file's tests and stops them
 *  after; `site.origin` and `site.browser` are there once the tests run. */
export function siteUnderTest() {
  const site = {};
  before(async () => {
    site.server = await serve();
    site.origin = site.server.origin;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Runs `body` with a fresh watched page, then fails on console errors,
 *  uncaught exceptions or requests to another origin that `body` did not
 *  explicitly allow. */
export async function withPage(site, options, body) {
  const w = await watchedPage(site.browser, site.origin, options);
  try {
    await body(w);
    assert.deepEqual(w.problems, []);
  } finally {
    await w.close();
  }
}
