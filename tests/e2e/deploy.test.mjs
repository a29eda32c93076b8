// The real deployment: dist/ served by Debian's nginx with
// deploy/nginx/site.conf (every browser test runs through it; this file checks
// the server's answers themselves), the Content-Security-Policy with zero
// violations on every route, privacy (no other origin, no cookies, storage
// only for the last good bundle and the language), and the offline copy.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIST,
  NGINX,
  NGINX_CONF,
  NGINX_MODULES,
  appReady,
  pageIsCurrent,
  changedBundle,
  keptOffline,
  offlineCopyOf,
  offlineFiles,
  selfSignedCertificate,
  servePages,
  siteUnderTest,
  waitForAsync,
} from './harness.mjs';

const site = siteUnderTest();
const ROUTES = [
  '/',
  '/en',
  '/en/manifesto',
  '/en/posts',
  '/en/posts/vilnius-banner-at-belarusian-embassy',
  '/en/tags',
  '/en/tags/solidarity-day',
  '/en/actions',
  '/en/preview',
  '/en/embed',
  '/en/no/such/page',
  '/be',
  '/be/actions',
  '/ru',
  '/ru/posts/solidarity-action-in-bishkek',
  '/ru/embed',
];

const get = (path, headers = {}) => fetch(site.origin + path, { headers, redirect: 'manual' });
const hashed = async (pattern) => (await readdir(DIST)).find((f) => pattern.test(f));

describe('nginx serves dist/ as deployed', () => {
  test('prerendered pages are served as written, other routes fall back to the shell; missing files are 404s', async () => {
    const file = (path) => readFile(`${DIST}/${path}`, 'utf8');
    const written = {
      '/': 'index.html',
      '/en': 'en/index.html',
      '/en/posts': 'en/posts/index.html',
      '/be/tags/solidarity-day': 'be/tags/solidarity-day/index.html',
      '/ru/manifesto/': 'ru/manifesto/index.html',
      '/no/such/page': 'shell.html',
      '/en/posts/added-after-the-build': 'shell.html',
      // The tools' pages: the app with its tools, there only.
      '/en/preview': 'en/preview/index.html',
      '/ru/embed': 'ru/embed/index.html',
    };
    for (const [path, name] of Object.entries(written)) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(await response.text(), await file(name), path);
    }
    for (const path of ['/nope.js', '/data/missing.json', '/widget/nope.wasm', '/_headers', '/_redirects', '/404.html', '/tools.html']) {
      assert.equal((await get(path)).status, 404, path);
    }
    const frame = await get('/embed/countdown?lang=be');
    assert.equal(frame.status, 200);
    assert.match(await frame.text(), /<solidarity-countdown[\s>]/);
  });

  test("a list's page 1 is sent to the list's own address, its query kept; nothing else is", async () => {
    const moved = {
      '/en/posts/page/1': '/en/posts',
      '/be/posts/page/1/?from=partner&utm_source=x': '/be/posts?from=partner&utm_source=x',
      '/ru/tags/solidarity-day/page/1': '/ru/tags/solidarity-day',
      '/posts/page/1': '/posts',
      '/tags/solidarity-day/page/1?from=partner': '/tags/solidarity-day?from=partner',
    };
    for (const [path, location] of Object.entries(moved)) {
      const response = await get(path);
      assert.equal(response.status, 301, path);
      assert.equal(response.headers.get('location'), location, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    }
    // Other pages, and addresses that only look like a page 1, are answered as before.
    for (const path of ['/en/posts/page/10', '/en/posts/page/1x', '/en/posts/x/page/1', '/en/tags/page/1', '/fr/posts/page/1']) {
      assert.notEqual((await get(path)).status, 301, path);
    }
  });

  test('precompressed brotli and gzip for built files, brotli or gzip on the fly for the bundle', async () => {
    const wasm = await hashed(/^solidarity-day-[0-9a-f]+_bg\.wasm$/);
    for (const path of ['/', `/${wasm}`, '/widget/countdown.js']) {
      const br = await get(path, { 'accept-encoding': 'br' });
      assert.equal(br.headers.get('content-encoding'), 'br', path);
      const gz = await get(path, { 'accept-encoding': 'gzip' });
      assert.equal(gz.headers.get('content-encoding'), 'gzip', path);
    }
    const bundle = await get('/data/bundle.json', { 'accept-encoding': 'gzip, br' });
    assert.equal(bundle.headers.get('content-encoding'), 'br');
    assert.equal(bundle.headers.get('content-type'), 'application/json; charset=utf-8');
    const gzipped = await get('/data/bundle.json', { 'accept-encoding': 'gzip' });
    assert.equal(gzipped.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(await gzipped.json(), await bundle.json(), 'the same bundle either way');
    for (const answer of [bundle, gzipped]) assert.equal(answer.headers.get('vary'), 'Accept-Encoding');
    const wasmType = (await get(`/${wasm}`)).headers.get('content-type');
    assert.equal(wasmType, 'application/wasm');
  });

  test('hashed files are cached forever, the bundle briefly with revalidation, pages always revalidated', async () => {
    const css = await hashed(/^main-[0-9a-f]+\.css$/);
    const widgetWasm = (await readdir(`${DIST}/widget`)).find((f) => f.endsWith('.wasm'));
    for (const path of [`/${css}`, `/widget/${widgetWasm}`]) {
      assert.equal((await get(path)).headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
    }
    const bundle = await get('/data/bundle.json');
    assert.equal(bundle.headers.get('cache-control'), 'public, max-age=60, must-revalidate');
    const etag = bundle.headers.get('etag');
    assert.ok(etag, 'the bundle has an ETag to revalidate with');
    assert.equal((await get('/data/bundle.json', { 'if-none-match': etag })).status, 304);
    for (const path of ['/', '/en/posts', '/widget/countdown.js', '/sw.js', '/embed/countdown']) {
      assert.equal((await get(path)).headers.get('cache-control'), 'no-cache', path);
    }
  });

  test('errors are never cached, and carry the security headers', async () => {
    // A hashed file asked for during a deploy (not there yet, or pruned):
    // kept as a 404 for a year it would break the site for that visitor.
    for (const path of [
      '/main-0123456789abcdef.css',
      '/solidarity-day-0123456789abcdef_bg.wasm',
      '/widget/countdown-0123456789abcdef.wasm',
      '/nope.js',
      '/_headers',
    ]) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('cache-control'), 'no-store', path);
      assert.match(response.headers.get('content-security-policy') ?? '', /^default-src 'self'.*object-src 'none'/, path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin', path);
    }
    // A request nginx refuses before any location.
    const refused = await fetch(site.origin + '/%', { redirect: 'manual' });
    assert.equal(refused.status, 400);
    assert.equal(refused.headers.get('cache-control'), 'no-store');
    assert.equal(refused.headers.get('x-content-type-options'), 'nosniff');
  });

  test('the production server block: no access log anywhere, errors at crit, HTTPS to its own name, HSTS for subdomains', async () => {
    const conf = await readFile(join(NGINX_CONF, 'example.conf'), 'utf8');
    const servers = conf.split(/^server \{/m).slice(1);
    assert.equal(servers.length, 2);
    for (const server of servers) {
      assert.match(server, /^\s*access_log off;/m);
      assert.match(server, /^\s*error_log \S+ crit;/m);
    }
    assert.match(servers[0], /return 301 https:\/\/solidarity\.example\.org\$request_uri;/);
    assert.doesNotMatch(conf, /\$host/);
    assert.match(servers[1], /set \$hsts "max-age=\d+; includeSubDomains";/);
    // And nginx accepts it as written, with the site's files beside it.
    const dir = await mkdtemp(join(tmpdir(), 'solidarity-example-'));
    try {
      await mkdir(join(dir, 'solidarity-day'));
      for (const file of ['site.conf', 'headers.conf', 'http.conf'])
        await copyFile(join(NGINX_CONF, file), join(dir, 'solidarity-day', file));
      selfSignedCertificate(dir);
      const local = conf
        .replaceAll('/etc/letsencrypt/live/solidarity.example.org/fullchain.pem', join(dir, 'cert.pem'))
        .replaceAll('/etc/letsencrypt/live/solidarity.example.org/privkey.pem', join(dir, 'key.pem'))
        .replaceAll('/var/log/nginx/error.log', join(dir, 'error.log'));
      await writeFile(join(dir, 'example.conf'), local);
      await writeFile(
        join(dir, 'nginx.conf'),
        `pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
${NGINX_MODULES}
events {}
http { include example.conf; }
`,
      );
      const checked = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
      assert.equal(checked.status, 0, checked.stderr);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('security headers; only the iframe embed may be framed; the widget and bundle readable from anywhere', async () => {
    const page = await get('/en/posts');
    const csp = page.headers.get('content-security-policy');
    assert.equal(
      csp,
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(page.headers.get('permissions-policy'), 'camera=(), microphone=(), geolocation=(), browsing-topics=()');
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(page.headers.get('access-control-allow-origin'), null);
    assert.equal(page.headers.get('set-cookie'), null);
    assert.equal(page.headers.get('strict-transport-security'), null, 'HSTS only over TLS (example.conf)');

    const frame = await get('/embed/countdown');
    assert.match(frame.headers.get('content-security-policy'), /; frame-ancestors \*$/);
    assert.equal(frame.headers.get('x-frame-options'), null);

    for (const path of ['/widget/countdown.js', '/data/bundle.json']) {
      const response = await get(path);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
      assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin', path);
    }

    // What only a document obeys is not sent with what is never one (every
    // first visit fetches six such files); the workers' scripts (the
    // service worker's, a page's helper thread's) keep the policy, which a
    // worker obeys, and only that; the pages and errors keep it all, and
    // nosniff goes with everything.
    const documentOnly = ['content-security-policy', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy'];
    const files = [
      `/${await hashed(/^page-[0-9a-f]+\.js$/)}`,
      `/${await hashed(/^page-[0-9a-f]+_bg\.wasm$/)}`,
      `/${await hashed(/^main-[0-9a-f]+\.css$/)}`,
      '/data/bundle.json',
      '/widget/countdown.js',
    ];
    for (const path of files) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      for (const header of documentOnly) assert.equal(response.headers.get(header), null, `${path}: ${header}`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    }
    for (const path of ['/sw.js', `/${await hashed(/^check-[0-9a-f]+\.js$/)}`]) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-security-policy'), csp, path);
      for (const header of documentOnly.slice(1)) assert.equal(response.headers.get(header), null, `${path}: ${header}`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    }
    for (const path of ['/en/manifesto', '/en/feed.xml', `/${await hashed(/^main-[0-9a-f]+\.css$/)}x`]) {
      const response = await get(path);
      for (const header of documentOnly) assert.ok(response.headers.get(header), `${path}: ${header}`);
    }
  });

  test('the policy in _headers (static hosts) and the <meta> equals the one nginx sends', async () => {
    const headers = await readFile(`${DIST}/_headers`, 'utf8');
    const fromNginx = (await get('/')).headers.get('content-security-policy');
    assert.ok(headers.includes(`Content-Security-Policy: ${fromNginx}\n`), headers);
    // Every page: the shell, each prerendered one, the iframe embed's
    // (a <meta> cannot say who may frame the page: the server adds it).
    const pages = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html'));
    assert.ok(pages.length > 50 && pages.includes('embed/countdown/index.html'), `${pages.length} pages`);
    for (const name of pages) {
      const html = await readFile(`${DIST}/${name}`, 'utf8');
      const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
      assert.equal(`${meta}; frame-ancestors 'none'`, fromNginx, name);
      // (A prerendered page's #build block and a home page's JSON-LD are
      // data, which no policy runs.)
      assert.doesNotMatch(html, /<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>/, `no inline script in ${name}`);
      assert.doesNotMatch(html, /\sstyle="/, `no inline style in ${name}`);
    }
  });
});

/** Opens `path`, recording CSP violations (the event fires for every one). */
async function openRecording(context, path) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  await page.goto(site.origin + path);
  // The app too must run under the policy, not only the prerendered page.
  await appReady(page);
  return page;
}

describe('Content-Security-Policy', () => {
  test('every route works under the policy with zero violations', async () => {
    const context = await site.browser.newContext();
    const problems = [];
    try {
      for (const path of ROUTES) {
        const page = await openRecording(context, path);
        page.on('console', (m) => m.type() === 'error' && problems.push(`${path}: ${m.text()}`));
        await page.locator('main h1').waitFor();
        if (path.endsWith('/embed')) await page.locator('solidarity-countdown .num').first().waitFor();
        if (path === '/' || path === '/en') await page.locator('.cd-num').first().waitFor();
        for (const v of await page.evaluate(() => window.__violations)) problems.push(`${path}: ${v}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, []);
  });

  test('the site cannot be framed by another origin; the iframe embed can', async () => {
    const partner = await servePages({
      '/': () => [
        'text/html',
        `<!DOCTYPE html><title>p</title><link rel="icon" href="data:,">
         <iframe id="site" src="${site.origin}/en/"></iframe>
         <iframe id="embed" src="${site.origin}/embed/countdown?lang=en"></iframe>`,
      ],
    });
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      const blocked = [];
      page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
      await page.goto(partner.origin + '/');
      await page.frameLocator('#embed').locator('.num').first().waitFor();
      await page.waitForTimeout(300);
      const siteFrame = page.frames().find((f) => f.url().startsWith(`${site.origin}/en/`));
      const shown = siteFrame
        ? await siteFrame
            .locator('main h1')
            .count()
            .catch(() => 0)
        : 0;
      assert.equal(shown, 0, "the site itself does not render inside another origin's frame");
      assert.ok(
        blocked.some((m) => /frame-ancestors/.test(m)),
        blocked.join('\n'),
      );
    } finally {
      await context.close();
      await partner.close();
    }
  });
});

describe('the critical path', () => {
  test("every page's icon is public/favicon.png, inline: no request of its own", async () => {
    const icon = await readFile(new URL('../../public/favicon.png', import.meta.url));
    for (const page of ['en/index.html', 'ru/manifesto/index.html', 'shell.html', 'tools.html', '404.html']) {
      const html = await readFile(join(DIST, page), 'utf8');
      const links = [...html.matchAll(/<link rel="icon" href="data:image\/png;base64,([^"]+)"/g)];
      assert.equal(links.length, 1, page);
      assert.ok(Buffer.from(links[0][1], 'base64').equals(icon), `${page}: the icon is not public/favicon.png`);
    }
  });

  test('the bundle is fetched once, from the start, in parallel with the wasm', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const bundles = [];
      let bundleAsked;
      const asked = new Promise((resolve) => (bundleAsked = resolve));
      page.on('request', (r) => {
        if (!r.url().endsWith('/data/bundle.json')) return;
        bundles.push(r.url());
        bundleAsked();
      });
      // The page's wasm is held back until the bundle has been asked for (by
      // the page's helper thread): a bundle asked for only once the wasm had
      // arrived never would be, and the deadline would say so.
      let asItCame;
      await page.route(/\/page-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
        asItCame = await Promise.race([asked.then(() => true), new Promise((resolve) => setTimeout(resolve, 15_000, false).unref())]);
        await route.continue();
      });
      await page.goto(site.origin + '/en/posts');
      await appReady(page);
      assert.equal(asItCame, true, 'the bundle was asked for while the wasm was on its way');
      assert.equal(bundles.length, 1);
    } finally {
      await context.close();
    }
  });
});

describe('privacy', () => {
  test('every route: no request to another origin, no cookie, storage only for the bundle copy and the language', async () => {
    const context = await site.browser.newContext();
    const elsewhere = [];
    context.on('request', (r) => !r.url().startsWith(site.origin + '/') && !r.url().startsWith('data:') && elsewhere.push(r.url()));
    const setCookies = [];
    context.on('response', async (r) => {
      const cookie = await r.headerValue('set-cookie');
      if (cookie) setCookies.push(`${r.url()}: ${cookie}`);
    });
    try {
      const page = await context.newPage();
      for (const path of ROUTES) {
        await page.goto(site.origin + path);
        await appReady(page);
        await page.locator('main h1').waitFor();
      }
      // The language switcher is the one thing that stores a choice.
      await page.goto(site.origin + '/en/posts');
      await appReady(page);
      await page.getByRole('link', { name: 'Беларуская' }).click();
      await page.waitForURL(/\/be\/posts$/);
      await page.locator('main h1').waitFor();
      // The same on an address no file answers (shell.html: the same loader).
      await page.goto(site.origin + '/en/posts/not-written-at-build-time');
      await appReady(page);
      await page.locator('main h1').waitFor();
      await page.getByRole('link', { name: 'Русский' }).click();
      await page.waitForURL(/\/ru\/posts\/not-written-at-build-time$/);
      const stored = await page.evaluate(async () => ({
        local: Object.keys(localStorage).sort(),
        session: Object.keys(sessionStorage),
        caches: (await caches.keys()).filter((name) => !name.startsWith('solidarity-day-app-')),
        cookie: document.cookie,
        databases: (await indexedDB.databases()).map((d) => d.name),
      }));
      assert.deepEqual(stored, {
        local: ['solidarity-day:lang'],
        session: [],
        // The last good bundle, for offline visits (the service worker's
        // cache of the app aside).
        caches: ['solidarity-day-bundle'],
        cookie: '',
        databases: [],
      });
      assert.deepEqual(await context.cookies(), []);
      assert.deepEqual(setCookies, []);
      assert.deepEqual(elsewhere, []);
    } finally {
      await context.close();
    }
  });
});

describe('forget this site', () => {
  /** What the site has left on the device: storage keys, caches, workers. */
  const traces = (page) =>
    page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));

  for (const [how, changed] of [
    ['a page that needs no app', false],
    ['the app', true],
  ]) {
    test(`one click removes every trace, and says so (${how})`, async () => {
      const context = await site.browser.newContext();
      try {
        const page = await context.newPage();
        if (changed) await changedBundle(page);
        await page.goto(site.origin + '/be/manifesto');
        await appReady(page);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.app), changed ? 'live' : 'current');
        await page.evaluate(() => localStorage.setItem('solidarity-day:lang', 'be'));
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
        await waitForAsync(page, async () => (await caches.keys()).length >= 2);
        const before = await traces(page);
        assert.ok(
          before.local.length >= 1 && before.caches.includes('solidarity-day-bundle') && before.workers === 1,
          JSON.stringify(before),
        );

        await page.getByRole('button', { name: 'Забыць гэты сайт на гэтай прыладзе' }).click();
        await page.getByRole('status').filter({ hasText: 'Гатова' }).waitFor();
        assert.deepEqual(await traces(page), { local: [], session: [], caches: [], workers: 0 });
      } finally {
        await context.close();
      }
    });
  }

  test('without JavaScript there is nothing to forget, and no button that would do nothing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.origin + '/en/manifesto');
      assert.equal(await page.getByRole('button', { name: 'Forget this site on this device' }).isVisible(), false);
    } finally {
      await context.close();
    }
  });
});

describe('offline', () => {
  test('a current page keeps the bundle as it came, once: later pages do not write it again', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      // Every write to the origin's caches, as the browser reports it: the
      // page's helper thread writes the bundle, where no script of the page sees.
      const writes = [];
      let reported = () => {};
      const cdp = await context.newCDPSession(page);
      cdp.on('Storage.cacheStorageContentUpdated', (e) => {
        writes.push(e.cacheName);
        reported();
      });
      await cdp.send('Storage.trackCacheStorageForOrigin', { origin: site.origin });
      const bundleWrites = () => writes.filter((name) => name === 'solidarity-day-bundle').length;
      // Once every write made so far has been reported: the test writes a
      // cache of its own and waits for that report, which comes after theirs.
      const reportedSoFar = async () => {
        const barriers = writes.filter((name) => name === 'test-barrier').length;
        const seen = new Promise((resolve) => {
          reported = () => writes.filter((name) => name === 'test-barrier').length > barriers && resolve(true);
        });
        await page.evaluate(() => caches.open('test-barrier').then((cache) => cache.put('/barrier', new Response('x'))));
        const deadline = new Promise((resolve) => setTimeout(resolve, 15_000, false).unref());
        assert.ok(await Promise.race([seen, deadline]), 'the browser reports cache writes');
      };
      await page.goto(site.origin + '/en/manifesto');
      await pageIsCurrent(page);
      await reportedSoFar();
      assert.equal(bundleWrites(), 1);
      const kept = await page.evaluate(async () => {
        const response = await (await caches.open('solidarity-day-bundle')).match('/data/bundle.json');
        return { text: await response.text(), sha: response.headers.get('x-bundle-sha256') };
      });
      assert.equal(kept.text, await readFile(`${DIST}/data/bundle.json`, 'utf8'), 'the bytes as served');
      assert.match(kept.sha, /^[0-9a-f]{64}$/);
      for (const path of ['/be/posts', '/ru/actions']) {
        await page.goto(site.origin + path);
        await pageIsCurrent(page);
        await reportedSoFar();
        assert.equal(bundleWrites(), 1, `${path} wrote nothing`);
      }
    } finally {
      await context.close();
    }
  });

  test('after one visit the site and its last bundle open with the network off', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(site.origin + '/en/manifesto');
      await appReady(page); // the bundle is in, and saved
      // The service worker has kept the app once it controls the page.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
      await offlineCopyOf(page, 5);
      const cached = await keptOffline(page);
      assert.ok(cached.includes('/shell.html'), cached.join(' '));
      assert.ok(
        cached.some((p) => p.endsWith('_bg.wasm')),
        cached.join(' '),
      );
      // Exactly the build's list: nothing read out of a page, whose text is the bundle's.
      assert.deepEqual(cached, await offlineFiles());

      // A later visit: the bundle is no longer fresh in the HTTP cache.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await context.setOffline(true);
      for (const path of ['/en/posts', '/be/actions', '/en/manifesto']) {
        await page.goto(site.origin + path);
        await page.locator('main h1').waitFor();
        await page.locator('.notice').waitFor({ timeout: 5_000 });
      }
      assert.match(await page.locator('main').innerText(), /We, the activists of civil and human rights organizations/);
      // The tools are not kept: their page says so, once, instead of
      // reloading for a tools' build that cannot come.
      await page.goto(site.origin + '/be/preview', { waitUntil: 'commit' });
      await page.locator('main h1', { hasText: 'Гэтай прыладзе патрэбная сетка' }).waitFor();
      assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation')[0].type), 'reload');
      await context.setOffline(false);
    } finally {
      await context.close();
    }
  });
});
