// Every page written to HTML at build time by the app's own
// components (src/bin/prerender.rs). Its content is there before any script,
// and it reads and links without JavaScript. When the live bundle is the one
// it was written from, the page is current and runs without the app
// (crates/page ticks the countdown); when the bundle changed, the app takes
// over without a visible change (crates/visitor) and the visitor ends up
// reading the live content.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, changedBundle, layoutShifts, pageIsCurrent, prerenderedCopy, requestedCode, siteUnderTest, withPage } from './harness.mjs';

const site = siteUnderTest();
const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
const newestFirst = [...bundle.posts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
const LANGS = ['be', 'ru', 'en'];
const escapeHtml = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Holds every request for the app's wasm until `release()`: the page as a
 *  visitor sees it before the app can run. */
async function holdTheApp(page) {
  let release;
  const released = new Promise((ok) => (release = ok));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const appIsLive = (page) => page.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout: 15_000 });

/** The element tree under `selector` without comments, with attributes in
 *  a fixed order, adjacent text joined: what a visitor's browser shows,
 *  independent of how it was built (HTML parser or DOM calls). */
const treeOf = (page, selector) =>
  page.evaluate((selector) => {
    const walk = (node) => {
      const out = [];
      let text = '';
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          text += child.data;
          continue;
        }
        if (child.nodeType !== Node.ELEMENT_NODE) continue;
        if (text) {
          out.push(text);
          text = '';
        }
        const attrs = [...child.attributes]
          .map((a) => `${a.name}=${a.value}`)
          .sort()
          .join(' ');
        out.push({ tag: child.localName, attrs, children: walk(child) });
      }
      if (text) out.push(text);
      // An empty text and a lone space in an empty element look the same.
      if (out.length === 1 && typeof out[0] === 'string' && !out[0].trim()) return [];
      return out;
    };
    const root = document.querySelector(selector);
    return root && walk(root);
  }, selector);

describe('every page is written at build time', () => {
  test('each address in each language has its own HTML file: content, title, language', async () => {
    const pages = ['', '/manifesto', '/posts', '/tags', '/actions', '/join'];
    pages.push(...bundle.posts.map((p) => `/posts/${p.slug}`), ...bundle.tags.map((t) => `/tags/${t.slug}`));
    for (const lang of LANGS) {
      for (const page of pages) {
        const html = await readFile(`${DIST}/${lang}${page}/index.html`, 'utf8');
        const where = `/${lang}${page}`;
        assert.match(html, new RegExp(`<html lang="${lang}"`), where);
        // One document title (the map's marks have SVG titles of their own: tooltips).
        assert.equal(html.replace(/<svg.*?<\/svg>/gs, '').match(/<title>/g)?.length, 1, where);
        assert.match(
          html,
          new RegExp(`<div id="prerendered" class="app" data-path="/${lang}${page}">.*<main id="main"[^>]*>.*<h1[^>]*>[^<]+`, 's'),
          where,
        );
        // Not the template's note for browsers without JavaScript
        // (index.html's <noscript>): the page reads without it.
        assert.doesNotMatch(html, /<noscript|class="noscript"/, where);
      }
    }
    for (const post of bundle.posts) {
      const html = await readFile(`${DIST}/en/posts/${post.slug}/index.html`, 'utf8');
      assert.ok(html.includes(escapeHtml(post.title)), post.slug);
      assert.ok(html.includes(`<title>${escapeHtml(post.title)} — `), post.slug);
    }
    // The tools need the app (with its tools): not prerendered, but a page
    // of their own that loads it; the shell, for every other address, loads
    // the visitors' build.
    for (const lang of LANGS) {
      for (const tool of ['preview', 'embed']) {
        const html = await readFile(`${DIST}/${lang}/${tool}/index.html`, 'utf8');
        assert.doesNotMatch(html, /id="prerendered"|\/visitor-/);
        assert.match(html, /<link rel="modulepreload" href="\/solidarity-day-[0-9a-f]+\.js"/);
      }
    }
    const shell = await readFile(`${DIST}/shell.html`, 'utf8');
    assert.doesNotMatch(shell, /id="prerendered"|\/solidarity-day-/);
    assert.match(shell, /<link rel="modulepreload" href="\/visitor-[0-9a-f]+\.js"/);
    // `/` is the English home page.
    assert.equal(await readFile(`${DIST}/index.html`, 'utf8'), await readFile(`${DIST}/en/index.html`, 'utf8'));
  });

  test('without JavaScript a visitor reads every kind of page and follows its links', async () => {
    await withPage(site, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(site.origin + '/');
      assert.equal(await page.locator('main h1').innerText(), bundle.campaign.title);
      assert.match(await page.locator('.cd-target').innerText(), /4 August \d{4}, 00:00/);
      await page.locator('.site-nav').getByRole('link', { name: 'Manifesto' }).click();
      await page.waitForURL('**/en/manifesto');
      assert.match(await page.locator('main').innerText(), /We, the activists of civil and human rights organizations/);
      await page.locator('.site-nav').getByRole('link', { name: 'News' }).click();
      await page.waitForURL('**/en/posts');
      assert.equal(await page.locator('.post-card').count(), Math.min(20, bundle.posts.length));
      await page.locator('.post-card a').first().click();
      await page.waitForURL(`**/en/posts/${newestFirst[0].slug}`);
      assert.equal(await page.locator('main h1').innerText(), newestFirst[0].title);
      await page.getByRole('link', { name: 'Беларуская' }).click();
      await page.waitForURL(`**/be/posts/${newestFirst[0].slug}`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'be');
      await page.goto(site.origin + '/en/tags');
      await page.locator('main a.tag-link').first().click();
      await page.waitForURL(/\/en\/tags\/[a-z0-9-]+$/);
      assert.ok((await page.locator('.post-card').count()) > 0);
      await page.goto(site.origin + '/en/actions');
      assert.match(await page.locator('main').innerText(), /Vilnius/);
    });
  });
});

describe('the live bundle changed since the build: the app takes over', () => {
  const ROUTES = [
    '/en/manifesto',
    '/be/posts',
    `/ru/posts/${newestFirst[1].slug}`,
    '/en/actions',
    `/en/tags/${bundle.tags[0].slug}`,
    '/ru/tags',
  ];

  for (const path of ROUTES) {
    test(`${path}: the same pixels, the same elements, nothing moves`, async () => {
      await withPage(site, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
        const shifts = await layoutShifts(page);
        await changedBundle(page);
        const release = await holdTheApp(page);
        await page.goto(site.origin + path, { waitUntil: 'domcontentloaded', app: false });
        // Shifts are counted while the page loads and while the app takes
        // over, not while a full-page screenshot stretches the viewport.
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const loading = await shifts();
        assert.deepEqual(loading.values, [], `nothing moves while the page loads: ${loading.what}`);
        const before = await page.screenshot({ fullPage: true });
        const builtTree = await treeOf(page, '#prerendered');
        assert.ok(builtTree, 'the page came prerendered');
        // Each node written at build time, marked: the app changes what
        // differs in place, and here nothing differs.
        const marked = await page.evaluate(() => {
          const all = document.querySelectorAll('#prerendered *');
          for (const element of all) element.__written = true;
          return all.length;
        });
        await shifts();
        release();
        await appIsLive(page);
        assert.deepEqual(
          await page.evaluate(() => {
            const all = [...document.querySelectorAll('body > .app *')];
            return [all.length, all.filter((element) => !element.__written).map((element) => element.outerHTML.slice(0, 80))];
          }),
          [marked, []],
          'every element written at build time is still on screen, none replaced',
        );
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const takingOver = await shifts();
        assert.deepEqual(takingOver.values, [], `nothing moves when the app takes over: ${takingOver.what}`);
        assert.equal(await page.locator('#prerendered').count(), 0);
        const after = await page.screenshot({ fullPage: true });
        assert.deepEqual(await treeOf(page, 'body > .app'), builtTree);
        assert.ok(before.equals(after), 'the page looks exactly the same after the app took over');
      });
    });
  }

  test('home: the countdown fills in its numbers in boxes of their final size', async () => {
    await withPage(site, {}, async ({ page }) => {
      await changedBundle(page);
      const release = await holdTheApp(page);
      await page.goto(site.origin + '/en', { waitUntil: 'domcontentloaded', app: false });
      assert.deepEqual(await page.locator('.cd-num').allInnerTexts(), ['–', '–', '–', '–']);
      const boxes = await page.locator('.cd-cell').evaluateAll((cells) => cells.map((c) => JSON.stringify(c.getBoundingClientRect())));
      const heroTree = await treeOf(page, '#prerendered .lead');
      release();
      await appIsLive(page);
      for (const text of await page.locator('.cd-num').allInnerTexts()) assert.match(text, /^\d+$/);
      assert.deepEqual(
        await page.locator('.cd-cell').evaluateAll((cells) => cells.map((c) => JSON.stringify(c.getBoundingClientRect()))),
        boxes,
      );
      assert.deepEqual(await treeOf(page, '.app .lead'), heroTree);
    });
  });

  test('a live bundle changed since the build: the visitor ends up reading the live one', async () => {
    await withPage(site, {}, async ({ page }) => {
      const live = structuredClone(bundle);
      live.manifesto.title = 'A manifesto edited after the build';
      let fetched = 0;
      await page.route('**/data/bundle.json', (route) => {
        fetched++;
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(live) });
      });
      const release = await holdTheApp(page);
      await page.goto(site.origin + '/en/manifesto', { waitUntil: 'domcontentloaded', app: false });
      assert.notEqual(await page.locator('main h1').innerText(), live.manifesto.title);
      await page.evaluate(() => (window.__written = [document.querySelector('main h1'), document.querySelector('main p')]));
      release();
      await appIsLive(page);
      assert.equal(await page.locator('main h1').innerText(), live.manifesto.title);
      // Changed where it differs, in place: the heading's text, not the page.
      assert.deepEqual(
        await page.evaluate(() =>
          [document.querySelector('main h1'), document.querySelector('main p')].map((e, i) => e === window.__written[i]),
        ),
        [true, true],
      );
      // The start-up script hands the bundle it compared to the app: a
      // bundle too large for the HTTP cache is not downloaded twice.
      assert.equal(fetched, 1);
    });
  });

  test('a keyboard user keeps their place: the focused link is focused again after the swap', async () => {
    await withPage(site, {}, async ({ page }) => {
      await changedBundle(page);
      const release = await holdTheApp(page);
      await page.goto(site.origin + '/en/posts', { waitUntil: 'domcontentloaded', app: false });
      for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement.getAttribute('href'));
      assert.ok(focused, 'a link has the focus');
      release();
      await appIsLive(page);
      assert.deepEqual(await page.evaluate(() => [document.activeElement.getAttribute('href'), document.activeElement.isConnected]), [
        focused,
        true,
      ]);
      // …and the app is in charge: the next link is followed without a reload.
      await page.evaluate(() => (window.__samePage = true));
      await page.locator('.post-card a').first().click();
      await page.waitForURL(`**/en/posts/${newestFirst[0].slug}`);
      assert.equal(await page.evaluate(() => window.__samePage), true);
    });
  });

  test("the bundle is read and the pages rendered in the app's helper thread, never on the page's main thread", async () => {
    await withPage(site, {}, async ({ page }) => {
      await changedBundle(page);
      const started = [];
      page.on('worker', (worker) => started.push(new URL(worker.url()).pathname));
      await page.goto(site.origin + '/en/manifesto');
      await appIsLive(page);
      assert.equal(await page.locator('main h1').innerText(), bundle.manifesto.title);
      // The reading's performance measure (solidarity_browser::measured),
      // wherever the bundle was read.
      const read = (where) => where.evaluate(() => performance.getEntriesByName('bundle-validate').length);
      const inThreads = await Promise.all(page.workers().map((worker) => read(worker).catch(() => 0)));
      assert.deepEqual([await read(page), inThreads.reduce((sum, n) => sum + n, 0)], [0, 1]);
      // One thread: the page's, which fetched the live bundle, is the app's,
      // which reads it there; the page's main thread never fetched it.
      assert.deepEqual(
        started.filter((path) => path !== '/sw.js').map((path) => path.replace(/-[0-9a-f]{16}/, '-HASH')),
        ['/check-HASH.js'],
      );
      assert.deepEqual(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/'))), []);
      // A page the visitor moves to is the thread's too: the same frame,
      // another page, in the page's words.
      await page.evaluate(() => (window.__samePage = true));
      await page.locator('.site-nav a[href="/en/posts"]').click();
      await page.locator('.post-card').first().waitFor();
      assert.equal(await page.evaluate(() => window.__samePage), true);
      assert.equal(await read(page), 0);
    });
  });

  test('links followed faster than the thread renders: the page shown is the last one followed', async () => {
    await withPage(site, {}, async ({ page }) => {
      await changedBundle(page);
      await page.goto(site.origin + '/en/manifesto');
      await appIsLive(page);
      // Three moves in one task: each asks the thread for its page, and the
      // answers come after all three were asked.
      await page.evaluate(() => {
        for (const href of ['/en/posts', '/en/tags', '/en/actions']) document.querySelector(`.site-nav a[href="${href}"]`).click();
      });
      await page.waitForURL('**/en/actions');
      // The actions page's heading, as the build wrote it.
      const written = (await readFile(`${DIST}/en/actions/index.html`, 'utf8')).match(/<h1>([^<]*)<\/h1>/)[1];
      await page.waitForFunction((h1) => document.querySelector('main h1')?.textContent === h1, written);
      assert.equal(await page.locator('.site-nav a[aria-current="page"]').getAttribute('href'), '/en/actions');
      // The thread answers in the order it was asked: the two earlier links'
      // pages came before this one, and were not shown.
      assert.equal(await page.locator('main h1').innerText(), written);
      assert.equal(await page.locator('.post-card').count(), 0, 'no page of an earlier link on screen');
    });
  });

  test("if the helper thread cannot run the app's code, the app reads the bundle itself", async () => {
    await withPage(site, {}, async (w) => {
      await changedBundle(w.page);
      // The app's glue: the page imports it, then the helper thread, which
      // is refused it. (Routing bypasses the cache.)
      let asked = 0;
      await w.page.route(/\/visitor-[0-9a-f]+\.js$/, (route) => (++asked > 1 ? route.abort() : route.continue()));
      await w.page.goto(site.origin + '/en/manifesto');
      await w.page.waitForFunction(() => document.documentElement.dataset.app === 'live');
      assert.equal(asked, 2, 'the page, then the helper thread, asked for the glue');
      assert.equal(await w.page.locator('main h1').innerText(), bundle.manifesto.title);
      // Read here: the thread gave the bytes back.
      assert.equal(await w.page.evaluate(() => performance.getEntriesByName('bundle-validate').length), 1);
      // …and the pages the visitor moves to are rendered here.
      await w.page.locator('.site-nav a[href="/en/posts"]').click();
      await w.page.locator('.post-card').first().waitFor();
      w.allow(/Failed to load resource|net::ERR_|read on the page instead/);
    });
  });

  test("if the app's files cannot arrive, the page stays as written, without an uncaught error", async () => {
    await withPage(site, {}, async (w) => {
      await changedBundle(w.page);
      await w.page.route(/_bg\.wasm$/, (route) => route.abort());
      const warnings = [];
      w.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      // The loader says when it gives up: wait for that, not for a timer.
      const stayed = w.page.waitForEvent('console', { predicate: (m) => m.text().includes('the page stays as written'), timeout: 15_000 });
      await w.page.goto(site.origin + '/en/manifesto', { app: false });
      await w.page.waitForFunction(() => document.readyState === 'complete');
      await stayed;
      assert.equal(await w.page.locator('#prerendered main h1').innerText(), bundle.manifesto.title);
      assert.ok(
        warnings.some((t) => t.includes('the page stays as written')),
        warnings.join('\n'),
      );
      w.allow(/Failed to load resource|net::ERR_/);
    });
  });

  test("prerendered pages load the visitors' build; its link to the embed page opens the full app", async () => {
    await withPage(site, {}, async ({ page }) => {
      const scripts = [];
      await changedBundle(page);
      page.on('request', (r) => /\.(js|wasm)$/.test(r.url()) && scripts.push(new URL(r.url()).pathname));
      await page.goto(site.origin + '/en/manifesto');
      assert.ok(
        scripts.some((p) => /^\/visitor-[0-9a-f]+_bg\.wasm$/.test(p)),
        scripts.join(' '),
      );
      assert.ok(!scripts.some((p) => p.startsWith('/solidarity-day-')), scripts.join(' '));
      await page.locator('footer').getByRole('link', { name: 'Put the countdown on your site' }).click();
      await page.waitForURL('**/en/embed');
      await page.locator('main h1', { hasText: 'Put the countdown on your site' }).waitFor();
      assert.ok(
        scripts.some((p) => /^\/solidarity-day-[0-9a-f]+_bg\.wasm$/.test(p)),
        scripts.join(' '),
      );
    });
  });

  test('a language chosen before the app arrives is remembered', async () => {
    await withPage(site, {}, async ({ page }) => {
      await holdTheApp(page);
      await page.goto(site.origin + '/en/posts', { waitUntil: 'domcontentloaded', app: false });
      await page.getByRole('link', { name: 'Беларуская' }).click();
      await page.waitForURL('**/be/posts');
      assert.equal(await page.evaluate(() => localStorage.getItem('solidarity-day:lang')), 'be');
    });
  });

  test("`/` goes to the visitor's language; an address not written at build time is rendered by the app", async () => {
    await withPage(site, { locale: 'ru-RU' }, async ({ page }) => {
      await changedBundle(page);
      await page.goto(site.origin + '/');
      await page.waitForURL('**/ru');
      await appIsLive(page);
      assert.equal(await page.locator('main h1').innerText(), 'Международный день солидарности с гражданским обществом Беларуси');
    });
    await withPage(site, {}, async ({ page }) => {
      await page.goto(site.origin + '/en/posts/not-written-yet');
      await page.locator('main h1', { hasText: 'not found' }).waitFor();
      assert.equal(await page.locator('#prerendered').count(), 0);
    });
  });

  test("an address not written at build time: the loader's thread, started while the app's wasm arrives, reads the bundle", async () => {
    await withPage(site, {}, async ({ page }) => {
      const threads = [];
      page.on('worker', (worker) => threads.push(new URL(worker.url()).pathname.replace(/-[0-9a-f]{16}/, '-HASH')));
      // The app's wasm is held until a thread is running: the loader's
      // (the app would start its own only once its wasm had come).
      let threadFirst;
      await page.route(/\/visitor-[0-9a-f]+_bg\.wasm$/, async (route) => {
        threadFirst ??=
          threads.length > 0 ||
          (await page.waitForEvent('worker', { timeout: 20_000 }).then(
            () => true,
            () => false,
          ));
        await route.fallback();
      });
      await page.goto(site.origin + '/en/posts/not-written-yet');
      await page.locator('main h1', { hasText: 'not found' }).waitFor();
      assert.equal(threadFirst, true, 'a thread runs before the app has its wasm');
      const read = (where) => where.evaluate(() => performance.getEntriesByName('bundle-validate').length);
      const inThreads = await Promise.all(page.workers().map((worker) => read(worker).catch(() => 0)));
      assert.deepEqual([await read(page), inThreads.reduce((sum, n) => sum + n, 0)], [0, 1]);
      // (The service worker, which the app registers, is not one of them.)
      assert.deepEqual(
        threads.filter((path) => path !== '/sw.js'),
        ['/check-HASH.js'],
      );
    });
  });
});

describe('the live bundle is the one the pages were written from: no app at all', () => {
  for (const path of ['/be', '/en/manifesto', `/ru/posts/${newestFirst[0].slug}`]) {
    test(`${path}: only the page's own small wasm, the page as written, nothing moves`, async () => {
      await withPage(site, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
        const shifts = await layoutShifts(page);
        const code = requestedCode(page);
        await page.goto(site.origin + path, { waitUntil: 'domcontentloaded', app: false });
        const written = await treeOf(page, '#prerendered main');
        await pageIsCurrent(page);
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        // The home page's module makes its countdown tick; the others' has no countdown in it.
        const module = path === '/be' ? '/page-with-countdown' : '/page';
        assert.deepEqual(
          code().sort(),
          ['/check-HASH.js', '/language-HASH.js', `${module}-HASH.js`, `${module}-HASH_bg.wasm`, '/start-HASH.js'].sort(),
        );
        // The live bundle was fetched, hashed and kept by the page's helper
        // thread: never on the page's main thread (at 10,000 posts, 25 MB).
        assert.deepEqual(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/data/'))), []);
        assert.equal(await page.locator('#prerendered').count(), 1, 'the page is still the one written at build time');
        const moved = await shifts();
        assert.deepEqual(moved.values, [], moved.what);
        // (Home's countdown has been filled in: the rest is as written.)
        if (path !== '/be') assert.deepEqual(await treeOf(page, '#prerendered main'), written);
      });
    });
  }

  // The same instant in both: the countdown of a page without the app
  // (crates/page) and the app's (crates/visitor, the same code) must be the
  // same elements with the same texts, while counting down, during the Day,
  // and across the midnight the Day begins.
  const INSTANTS = [
    ['counting down', '2026-11-23T00:00:00Z', 12_000],
    ['on the Day', '2027-08-03T21:00:05Z', 2_000],
    ['as the Day begins', '2027-08-03T20:59:58Z', 4_000],
  ];
  for (const [when, instant, run] of INSTANTS) {
    for (const lang of ['be', 'ru', 'en']) {
      test(`the countdown ${when} (${lang}): the same elements and texts as the app's at the same instant`, async () => {
        const countdownAt = async (withTheApp) => {
          let tree;
          await withPage(site, {}, async ({ page }) => {
            if (withTheApp) await changedBundle(page);
            // Ten seconds before: time for the page to start.
            await page.clock.install({ time: new Date(Date.parse(instant) - 10_000) });
            await page.goto(`${site.origin}/${lang}`, { app: false });
            await (withTheApp ? appIsLive(page) : pageIsCurrent(page));
            await page.clock.pauseAt(new Date(instant));
            await page.clock.runFor(run);
            tree = await treeOf(page, 'section.countdown');
          });
          return tree;
        };
        const withoutApp = await countdownAt(false);
        const seen = JSON.stringify(withoutApp);
        assert.doesNotMatch(seen, /–/, 'every number was filled in');
        // Both are in the section; the one of this instant is shown.
        const [shown, hidden] =
          when === 'counting down'
            ? ['aria-hidden=true class=cd-cells', 'class=cd-today']
            : ['class=cd-today', 'aria-hidden=true class=cd-cells'];
        assert.ok(seen.includes(`"attrs":"${shown}"`), `${shown} is shown: ${seen}`);
        assert.ok(seen.includes(`"attrs":"${hidden} hidden="`), `${hidden} is hidden: ${seen}`);
        assert.deepEqual(withoutApp, await countdownAt(true));
      });
    }
  }

  test("`/` sends the visitor to their language: their earlier choice, else their browser's", async () => {
    await withPage(site, { locale: 'ru-RU' }, async ({ page }) => {
      const code = requestedCode(page);
      await page.goto(site.origin + '/', { app: false });
      await page.waitForURL('**/ru');
      await pageIsCurrent(page);
      assert.equal(await page.locator('main h1').innerText(), 'Международный день солидарности с гражданским обществом Беларуси');
      assert.ok(!code().some((p) => p.startsWith('/visitor-')), code().join(' '));
    });
    await withPage(site, { locale: 'ru-RU' }, async ({ page }) => {
      await page.goto(site.origin + '/en', { app: false });
      await page.evaluate(() => localStorage.setItem('solidarity-day:lang', 'be'));
      await page.goto(site.origin + '/', { app: false });
      await page.waitForURL('**/be');
      await pageIsCurrent(page);
    });
    await withPage(site, { locale: 'en-GB' }, async ({ page }) => {
      let loads = 0;
      page.on('load', () => loads++);
      await page.goto(site.origin + '/', { app: false });
      await pageIsCurrent(page);
      // English is what `/` was written in: the address changes, the page stays.
      assert.equal(new URL(page.url()).pathname, '/en');
      assert.equal(loads, 1);
    });
  });

  test('links load the next page, itself written at build time; a page number the list has not is for the app', async () => {
    await withPage(site, {}, async ({ page }) => {
      await page.goto(site.origin + '/en', { app: false });
      await pageIsCurrent(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }).click();
      await page.waitForURL('**/en/posts');
      await pageIsCurrent(page);
      assert.equal(await page.locator('nav a[aria-current="page"]').innerText(), 'News');
      // A query a partner's link adds changes nothing the page shows.
      await page.goto(site.origin + '/en/posts?from=partner&utm_source=newsletter', { app: false });
      await pageIsCurrent(page);
      // Page 1 by the query of earlier links is this page: the number leaves the address.
      await page.goto(site.origin + '/en/posts?from=partner&page=1#top', { app: false });
      await pageIsCurrent(page);
      assert.equal(new URL(page.url()).search + new URL(page.url()).hash, '?from=partner#top');
      // A page the build did not write (the news has one page) is for the
      // app, which reads it as earlier links meant: the nearest page.
      await page.goto(site.origin + '/en/posts?page=2', { app: false });
      await appIsLive(page);
    });
  });

  test('every page of a long list is a file of its own that paints without the app', async () => {
    const many = structuredClone(bundle);
    for (let i = 0; i < 35; i++) {
      many.posts.push({ ...bundle.posts[0], slug: `more-${i}`, title: `More news ${i}`, translations: undefined });
    }
    const copy = await prerenderedCopy(many);
    try {
      await withPage({ browser: site.browser, origin: copy.origin }, {}, async ({ page }) => {
        const requested = [];
        page.on('request', (r) => requested.push(new URL(r.url()).pathname));
        for (const path of ['/en/posts/page/2', '/be/posts/page/3', '/ru/tags/solidarity-day/page/2']) {
          await page.goto(copy.origin + path, { app: false });
          await pageIsCurrent(page);
          assert.ok(await page.locator('.post-card').first().isVisible(), path);
          const pager = page.locator('nav.pager');
          assert.match(await pager.locator('[aria-current="page"]').innerText(), /\b[23]\b.*\b3\b/, path);
        }
        assert.deepEqual(
          requested.filter((p) => /^\/visitor-/.test(p)),
          [],
          'no page of a list needs the app',
        );
        // An earlier link's page, by its query: the page's own file, before
        // anything is drawn (not the first page and then the app), the
        // link's other parameters and fragment kept; in the visitor's
        // language if it had none. Each document's first frame is recorded
        // unless it is hidden (a page being replaced is: nothing of it drawn).
        const seen = [];
        await page.exposeFunction('recordDrawn', (path) => seen.push(path));
        await page.addInitScript(() =>
          requestAnimationFrame(() => {
            if (getComputedStyle(document.documentElement).visibility !== 'hidden') window.recordDrawn(location.pathname);
          }),
        );
        for (const [from, to] of [
          ['/en/posts?from=partner&page=2#top', '/en/posts/page/2?from=partner#top'],
          ['/ru/tags/solidarity-day?page=2', '/ru/tags/solidarity-day/page/2'],
          ['/posts?page=3', '/en/posts/page/3'],
        ]) {
          await page.goto(copy.origin + from, { app: false });
          await page.waitForURL(copy.origin + to);
          await pageIsCurrent(page);
          assert.match(
            await page.locator('nav.pager [aria-current="page"]').innerText(),
            new RegExp(`\\b${to.match(/page\/(\d)/)[1]}\\b`),
            from,
          );
        }
        assert.deepEqual(
          seen,
          ['/en/posts/page/2', '/ru/tags/solidarity-day/page/2', '/en/posts/page/3'],
          'no first page drawn on the way',
        );
        // Page 1 typed by its number (back from page 2) is the list's own
        // page, which the server sends it to: its file, no app.
        for (const [from, to] of [
          ['/en/posts/page/1?from=partner#top', '/en/posts?from=partner#top'],
          ['/ru/tags/solidarity-day/page/1/', '/ru/tags/solidarity-day'],
          ['/posts/page/1', '/en/posts'],
        ]) {
          await page.goto(copy.origin + from, { app: false });
          await page.waitForURL(copy.origin + to);
          await pageIsCurrent(page);
          assert.match(await page.locator('nav.pager [aria-current="page"]').innerText(), /\b1\b/, from);
        }
        assert.deepEqual(
          requested.filter((p) => /^\/visitor-/.test(p)),
          [],
          'no app for an earlier link, or for a page 1 typed, either',
        );
        // Their links lead from file to file.
        await page.goto(`${copy.origin}/en/posts/page/2`, { app: false });
        await page.locator('nav.pager a[rel="next"]').click();
        await page.waitForURL('**/en/posts/page/3');
        await pageIsCurrent(page);
        assert.equal(await page.locator('.post-card').count(), 5);
        assert.match(await page.title(), /^News · Page 3 of 3 — /);
      });
    } finally {
      await copy.close();
    }
  });

  test('if its wasm cannot arrive, the page stays as written, without an uncaught error', async () => {
    await withPage(site, {}, async (w) => {
      await w.page.route(/\/page-with-countdown-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
      const warnings = [];
      w.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      const stayed = w.page.waitForEvent('console', { predicate: (m) => m.text().includes('the page stays as written'), timeout: 15_000 });
      await w.page.goto(site.origin + '/en', { app: false });
      await w.page.waitForFunction(() => document.readyState === 'complete');
      await stayed;
      assert.deepEqual(await w.page.locator('.cd-num').allInnerTexts(), ['–', '–', '–', '–']);
      assert.ok(
        warnings.some((t) => t.includes('the page stays as written')),
        warnings.join('\n'),
      );
      w.allow(/Failed to load resource|net::ERR_/);
    });
  });

  test('"Take part" whose code cannot arrive reads as without scripts: the note, no dead form', async () => {
    // The loader's own file, or the page's wasm it loads.
    for (const blocked of [/\/start-[0-9a-f]{16}\.js$/, /\/page-[0-9a-f]{16}_bg\.wasm$/]) {
      await withPage(site, {}, async (w) => {
        await w.page.route(blocked, (route) => route.abort());
        await w.page.goto(site.origin + '/en/join', { app: false });
        await w.page.waitForFunction(() => document.readyState === 'complete' && !('js' in document.documentElement.dataset));
        assert.ok(await w.page.locator('.report-needs-script').isVisible(), String(blocked));
        assert.equal(await w.page.locator('form.report-form').isVisible(), false, String(blocked));
        assert.equal(await w.page.locator('.forget').isVisible(), false, String(blocked));
        w.allow(/Failed to load resource|net::ERR_|the page stays as written/);
      });
    }
  });
});

describe('a page read at an address it was not written for (a host that answers everything with one page)', () => {
  for (const path of ['/en/actions', '/ru/manifesto', `/be/posts/${newestFirst[1].slug}`]) {
    test(`${path} answered with the English home page: its content is hidden and the app renders ${path}`, async () => {
      const home = await readFile(`${DIST}/index.html`, 'utf8');
      // The worker would answer the second visit itself, past the route.
      await withPage(site, { serviceWorkers: 'block' }, async (w) => {
        await w.page.goto(site.origin + path);
        const expected = await w.page.locator('main h1').innerText();
        await w.page.goto(site.origin + '/en');
        assert.notEqual(await w.page.locator('main h1').innerText(), expected);
        // The SPA rule of many static hosts (and `trunk serve`).
        await w.page.route(
          (url) => url.pathname === path,
          (route) => route.fulfill({ status: 200, contentType: 'text/html', body: home }),
        );
        let releaseApp;
        const appHeld = new Promise((ok) => (releaseApp = ok));
        await w.page.route(/\/visitor-[0-9a-f]+_bg\.wasm$/, async (route) => {
          await appHeld;
          await route.continue();
        });
        await w.page.goto(site.origin + path, { app: false });
        // Before the app: the home page's content is not shown as this address's.
        await w.page.waitForFunction(() => document.documentElement.dataset.app === 'elsewhere');
        assert.equal(await w.page.locator('#prerendered').evaluate((e) => getComputedStyle(e).visibility), 'hidden');
        releaseApp();
        await appIsLive(w.page);
        assert.equal(await w.page.locator('main h1').innerText(), expected);
        assert.equal(new URL(w.page.url()).pathname, path);
      });
    });
  }

  test('read at the address it was written for (with or without a final slash), a page is current', async () => {
    await withPage(site, {}, async (w) => {
      for (const path of ['/en/actions', '/ru/manifesto/']) {
        await w.page.goto(site.origin + path, { app: false });
        await pageIsCurrent(w.page);
      }
    });
  });
});
