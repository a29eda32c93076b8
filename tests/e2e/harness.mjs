// Shared by the browser tests: dist/ served by Debian's nginx with the
// deployment's configuration, a proxy that injects faults, a server for
// partners' pages, and headless Debian Chromium driven by playwright-core
// (which downloads no browser of its own).

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { precompress } from '../../scripts/precompress.mjs';

/** The modules deploy/nginx/site.conf needs (Debian's
 *  libnginx-mod-http-brotli-static and -filter), as nginx.conf lines. */
export const NGINX_MODULES = ['static', 'filter']
  .map((kind) => `load_module /usr/lib/nginx/modules/ngx_http_brotli_${kind}_module.so;`)
  .join('\n');

export const DIST = resolve(import.meta.dirname, '../../dist');

export const NGINX_CONF = resolve(import.meta.dirname, '../../deploy/nginx');
// Debian puts it in /usr/sbin, which is not on every user's PATH.
export const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** Whether a text shows something: the bundle's rule for titles and texts
 *  (`solidarity_core::text::is_blank`: white space, control and
 *  default-ignorable characters, the Braille blank), for tests that put
 *  third-party strings into a bundle that must stay valid. */
export const showsSomething = (text) => !/^[\s\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]*$/u.test(text);

/** A port on 127.0.0.1 that nothing listens on now. */
export async function freePort() {
  const probe = createNetServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** Waits until `child` (a server it started) accepts connections on
 *  `port`, for up to 30 s (a loaded machine); fails with `why()` if the
 *  child ends or the time runs out. */
export async function waitForPort(port, child, why) {
  let failed = null;
  child.on('error', (error) => (failed = error));
  const until = Date.now() + 30_000;
  while (child.exitCode === null && !failed && Date.now() < until) {
    const open = await new Promise((ok) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(ok(true)));
      socket.on('error', () => ok(false));
    });
    if (open) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(await why(failed));
}

/** A throwaway certificate for 127.0.0.1: `dir`/cert.pem and `dir`/key.pem. */
export function selfSignedCertificate(dir) {
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  if (made.status !== 0) throw new Error('openssl could not make a test certificate');
}

/** Serves `root` (dist/) with Debian's nginx on 127.0.0.1 at a free port,
 *  through the deployment's own configuration (deploy/nginx/site.conf): the
 *  SPA fallback, precompressed files, caching and security headers the real
 *  site sends. With `log`, it keeps what it answered, for `answered()`:
 *  `{ address, status, bytes }` in order, `bytes` all it sent (headers too). */
export async function serve(root = DIST, { workers = 1, tls = false, log = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'solidarity-nginx-'));
  await mkdir(join(dir, 'solidarity-day'));
  for (const file of ['site.conf', 'headers.conf', 'http.conf']) await copyFile(join(NGINX_CONF, file), join(dir, 'solidarity-day', file));
  const port = await freePort();
  // With `tls`, HTTPS and HTTP/2 as in production (deploy/nginx/example.conf),
  // with a throwaway self-signed certificate: the browser must be started
  // with --ignore-certificate-errors.
  let listen = `listen 127.0.0.1:${port};`;
  if (tls) {
    selfSignedCertificate(dir);
    listen = `listen 127.0.0.1:${port} ssl http2;\n    ssl_certificate ${dir}/cert.pem;\n    ssl_certificate_key ${dir}/key.pem;`;
  }
  const errors = join(dir, 'error.log');
  const answers = join(dir, 'answers.log');
  await writeFile(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes ${workers};
daemon off;
pid ${dir}/nginx.pid;
error_log ${errors} warn;
${NGINX_MODULES}
events { worker_connections 1024; }
http {
  ${log ? `log_format answers '$request_uri $status $bytes_sent';\n  access_log ${answers} answers;` : 'access_log off;'}
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include solidarity-day/http.conf;
  server {
    ${listen}
    root ${root};
    include solidarity-day/site.conf;
  }
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errors], { stdio: 'ignore' });
  await waitForPort(port, child, async () => `nginx did not start:\n${await readFile(errors, 'utf8').catch(() => '')}`);
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    async answered() {
      const lines = (await readFile(answers, 'utf8').catch(() => '')).split('\n').filter(Boolean);
      return lines.map((line) => {
        const [address, status, bytes] = line.split(' ');
        return { address, status: Number(status), bytes: Number(bytes) };
      });
    },
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A proxy in front of `upstream` that breaks the bundle's delivery on
 *  demand, as real networks and servers do: `faults.mode` is one of
 *  'slow' (answers after `faults.delay` ms), '404', '500', 'truncated' (the
 *  connection drops halfway), 'not-json' (an HTML error page with status
 *  200), 'reset' (the connection drops at once), or null (passes through).
 *  With `faults.shell` set, every page is answered with the app's shell, as
 *  an address that was not prerendered is (a post added after the build);
 *  with `faults.hangPages`, pages are never answered. */
export async function faultyProxy(upstream) {
  const faults = { mode: null, delay: 10_000, hits: 0, shell: false, hangPages: false };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let mode = path === '/data/bundle.json' ? faults.mode : null;
    if (path === '/data/bundle.json') faults.hits++;
    const isPage = !/\.[A-Za-z0-9]+$/.test(path);
    // A connection that accepts and never answers (until the proxy closes).
    if (isPage && faults.hangPages) return;
    const target = faults.shell && isPage ? '/shell.html' : req.url;
    const answer = await fetch(upstream + target, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await answer.arrayBuffer());
    const headers = Object.fromEntries(
      [...answer.headers].filter(([k]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(k)),
    );
    if (mode === 'slow') {
      await new Promise((ok) => setTimeout(ok, faults.delay));
      mode = null;
    }
    switch (mode) {
      case '404':
      case '500':
        res.writeHead(Number(mode), { 'content-type': 'text/plain' }).end('fault');
        return;
      case 'not-json':
        res.writeHead(200, { 'content-type': 'application/json' }).end('<html><body>502 Bad Gateway</body></html>');
        return;
      case 'truncated':
        res.writeHead(200, { ...headers, 'content-length': body.length });
        res.write(body.subarray(0, body.length >> 1), () => res.destroy());
        return;
      case 'reset':
        req.socket.destroy();
        return;
      default:
        res.writeHead(answer.status, { ...headers, 'content-length': body.length }).end(body);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    faults,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(ok);
      }),
  };
}

/** Answers every page `page` opens with the app's shell, as the server
 *  answers an address that was not prerendered (a post added after the
 *  build): the app alone renders it, placeholders and errors included.
 *  Pages a service worker answers are not seen here: block it in the
 *  context (`serviceWorkers: 'block'`) when visiting more than one page. */
export async function servedAsShell(page) {
  await page.route(
    (url) => !/\.[A-Za-z0-9]+$/.test(url.pathname),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch({ url: new URL('/shell.html', route.request().url()).href });
      await route.fulfill({ response });
    },
  );
}

/** Serves a few pages from an origin of their own (another port): a
 *  partner's site embedding the widget. `pages` maps a path to a function
 *  returning `[contentType, body]`; `headers` are sent with every page. */
export async function servePages(pages, headers = {}) {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://x').pathname];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    const [type, body] = page();
    res.writeHead(200, { 'content-type': type, ...headers }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

/** Flags that keep Chromium from calling hosts this machine cannot reach. */
export const CHROMIUM_ARGS = [
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

/** The median of some measurements (the lower middle of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** A fresh context and page for a benchmark, with the CPU slowed
 *  `cpuSlowdown` times (1: not at all). */
export async function benchPage(browser, cpuSlowdown = 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  return { context, page };
}

/** Serves `page` the live bundle with a newline added at its end: the same
 *  content, but no longer the file the pages were written from, so a
 *  prerendered page hands over to the app (scripts/post-build.mjs) instead
 *  of running without it. How tests see the app on prerendered pages. */
export async function changedBundle(page) {
  await page.route('**/data/bundle.json', async (route) => {
    let response;
    let body;
    try {
      response = await route.fetch();
      body = (await response.text()) + '\n';
    } catch {
      // The page closed while the bundle was on its way (the test is over),
      // or the server dropped the connection: the page sees a network error.
      return page.isClosed() ? undefined : route.abort('failed').catch(() => {});
    }
    await route.fulfill({ response, body }).catch(() => {});
  });
}

/** The "Take part" page's report form, working: scrolled to, as a visitor
 *  comes to it (a complete page fetches the form's code once it is near the
 *  screen), then enabled by that code. */
export async function workingForm(page) {
  await page.locator('.report-form').scrollIntoViewIfNeeded();
  await page.locator('.report-form fieldset:not([disabled])').waitFor();
}

/** Resolves once the app is in charge of `page` (`<html data-app>`: "live"
 *  or "built"), or once a prerendered page found it needs no app ("current",
 *  the live bundle is the built one); pages without the app (a partner's
 *  page, the iframe embed) are ready as they are. Polled on a real timer: a
 *  test may have faked the page's clock (and its requestAnimationFrame). */
export function appReady(page) {
  // 'elsewhere' is a page waiting for the app (crates/page/js/start.js).
  // Trunk's start-up script (the shell) or a prerendered page's loader.
  const ready = () => {
    const state = document.documentElement.dataset.app;
    return (state && state !== 'elsewhere') || !document.querySelector('script[src^="/boot-"], script[src^="/start-"]');
  };
  return page.waitForFunction(ready, null, {
    timeout: 15_000,
    polling: 50,
  });
}

/** Makes `page.goto` and `page.reload` return once the app is in charge
 *  (`<html data-app>`, crates/visitor): on a prerendered page the content
 *  is there before the app, and a test that clicked it or checked the live
 *  bundle's content earlier would be testing the build, not the app. Pass
 *  `{ app: false }` to look at the page before that. */
function waitForTheApp(page) {
  const settled = () => appReady(page);
  for (const method of ['goto', 'reload']) {
    const original = page[method].bind(page);
    page[method] = async (...args) => {
      const options = (method === 'goto' ? args[1] : args[0]) ?? {};
      const { app = true, ...rest } = options;
      const response = await (method === 'goto' ? original(args[0], rest) : original(rest));
      if (app) await settled();
      return response;
    };
  }
}

/** A page that records console errors, uncaught exceptions and requests to
 *  any origin but `origin` (or those in the array `origin`); `check()` fails
 *  the test if there were any. */
export async function watchedPage(browser, origin, options = {}) {
  const allowed = [origin].flat();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...options });
  const page = await context.newPage();
  if (options.javaScriptEnabled !== false) waitForTheApp(page);
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!allowed.some((o) => url.startsWith(o + '/')) && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
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

/** Records `page`'s layout shifts from its first frame (set up before it
 *  loads), those CLS counts (not just after the visitor's input); call the
 *  result for those since the last call: their `values`, and `what` moved,
 *  from where to where, for a failure's message. */
export async function layoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        const what = e.sources.map((s) => {
          const node = s.node ? `${s.node.nodeName}.${s.node.className ?? ''}` : '?';
          return `${node} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)} at ${e.startTime.toFixed(0)} ms`;
        });
        window.__shifts.push({ value: e.value, what });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async () => {
    const taken = await page.evaluate(() => window.__shifts.splice(0));
    return { values: taken.map((s) => s.value), what: taken.flatMap((s) => s.what).join('; ') };
  };
}

/** The files the service worker keeps for offline visits: the build's list,
 *  `offline-files.js` (scripts/post-build.mjs), sorted. */
export async function offlineFiles(root = DIST) {
  const list = await readFile(join(root, 'offline-files.js'), 'utf8');
  return JSON.parse(list.match(/OFFLINE_FILES = (\[.*\]);/)[1]).sort();
}

/** The service worker's cache of the site's files (named in public/sw.js). */
const OFFLINE_CACHE = 'solidarity-day-app-v1';

/** The paths the service worker has kept so far in `page`'s origin, sorted. */
export const keptOffline = (page) =>
  page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort(), OFFLINE_CACHE);

/** Waits until the service worker has kept at least `count` files. */
export const offlineCopyOf = (page, count, options) =>
  waitForAsync(page, async ([name, count]) => (await (await caches.open(name)).keys()).length >= count, [OFFLINE_CACHE, count], options);

/** Waits until `predicate`, run in `page` with `arg` and awaited there,
 *  returns something truthy, and returns it; fails after `timeout` ms.
 *  For what only a promise answers (caches, the service worker): Playwright's
 *  `waitForFunction` does not await a promise, which is truthy at once. */
export async function waitForAsync(page, predicate, arg, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(predicate, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not reached in ${timeout} ms: ${predicate}`);
    await new Promise((next) => setTimeout(next, 100));
  }
}

/** Resolves once `page` is a prerendered page complete without the app
 *  (`<html data-app="current">`, crates/page). */
export const pageIsCurrent = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.app === 'current', null, { timeout: 15_000, polling: 50 });

/** Records the site's code `page` asks for from now on: the paths of its
 *  scripts and wasm, their content hash written `-HASH`; call the result
 *  for the list so far. */
export function requestedCode(page) {
  const paths = [];
  page.on('request', (r) => /\.(js|wasm)$/.test(r.url()) && paths.push(new URL(r.url()).pathname.replace(/-[0-9a-f]{16}/, '-HASH')));
  return () => [...paths];
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

/** What the release build's pages load (the prerender's `--loading`), read
 *  back from their `#build` blocks, for pages written from `bundleText`:
 *  they are current when it is the live bundle. */
export async function builtLoading(bundleText) {
  const blockOf = async (file) =>
    JSON.parse((await readFile(join(DIST, file), 'utf8')).match(/<script type="application\/json" id="build">([^<]*)<\/script>/)[1]);
  const built = await blockOf('en/manifesto/index.html');
  // The home page's module makes its countdown tick.
  const home = await blockOf('en/index.html');
  return {
    language: built.language,
    script: built.script,
    check: built.check,
    page: built.page,
    page_with_countdown: home.page,
    app: built.app,
    report: built.report,
    bundle_sha256: createHash('sha256').update(bundleText).digest('hex'),
  };
}

/** A copy of the built site whose pages the build's own prerender
 *  (target/debug/prerender, as `cargo test` builds it) wrote anew from
 *  `bundle`, served on its own origin: how tests see the pages of a
 *  bundle other than the default one, as a build would write them
 *  (`serveOptions` as [`serve`]'s).
 *  `close()` stops the server and removes the copy. */
export async function prerenderedCopy(bundle, serveOptions = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'solidarity-copy-'));
  try {
    await cp(DIST, dir, { recursive: true });
    const text = JSON.stringify(bundle, null, 2);
    await writeFile(join(dir, 'data/bundle.json'), text);
    const loading = JSON.stringify(await builtLoading(text));
    const run = spawnSync(resolve(import.meta.dirname, '../../target/debug/prerender'), [dir, '--loading', loading], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    // The build's compressed twins are of the pages as they were: the
    // pages' are written anew, as the build would.
    await precompress(dir, /\.(html|xml|ics|txt)$/);
    const server = await serve(dir, serveOptions);
    return {
      dir,
      origin: server.origin,
      async close() {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
