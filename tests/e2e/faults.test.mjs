// Faults: the bundle's delivery broken by a real server in front
// of nginx (harness.mjs faultyProxy) — slow, 404, 500, truncated, not JSON,
// connection reset — with and without a saved copy from an earlier visit.
// Never a blank page, never a panic; a saved copy when there is one, else a
// clear message and retries that back off. Pages written at build time
// stay on screen, with a notice, until the app has a
// bundle to show. The first tests are about addresses that were not
// prerendered (the proxy answers them with the app's shell); then a page
// load whose network never answers, then prerendered pages.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { changedBundle, faultyProxy, launch, serve, waitForAsync, watchedPage, workingForm } from './harness.mjs';

let site;
let proxy;
let browser;
before(async () => {
  site = await serve();
  proxy = await faultyProxy(site.origin);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await proxy?.close();
  await site?.close();
});

const h1 = (page) => page.locator('main h1');

async function forgetHttpCache(w) {
  const cdp = await w.context.newCDPSession(w.page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}
/** A page that has visited the site once through the proxy: the service
 *  worker keeps the app, the bundle is saved, the HTTP cache forgotten. */
async function visitedOnce() {
  proxy.faults.mode = null;
  const w = await watchedPage(browser, proxy.origin);
  await w.page.goto(proxy.origin + '/en/posts');
  await w.page.locator('.post-card').first().waitFor();
  await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  await waitForAsync(w.page, async () => (await caches.keys()).length >= 2);
  await forgetHttpCache(w);
  return w;
}

const NETWORK_NOISE = /Failed to load resource|net::ERR_|bundle: /;

/** A fresh visitor (or, with `savedCopy`, one who has been here before while
 *  all was well), then the fault; with `changed`, the live bundle is no longer
 *  the one the pages were written from (harness changedBundle). Fails on any console error but the
 *  browser's own network lines, and on any request elsewhere. */
async function visit({ mode, savedCopy, path = '/en/posts', prerendered = false, changed = false }, body) {
  proxy.faults.mode = null;
  proxy.faults.delay = 10_000;
  proxy.faults.shell = !prerendered;
  const w = await watchedPage(browser, proxy.origin, { serviceWorkers: 'block' });
  try {
    if (savedCopy) {
      await w.page.goto(proxy.origin + path);
      // Saved by the app, or by a prerendered page that needed none.
      await w.page.waitForFunction(() => ['live', 'current'].includes(document.documentElement.dataset.app));
      await w.page.locator('main h1').waitFor();
      // A later visit: the bundle no longer fresh in the HTTP cache (it is
      // cached for a minute), so the browser asks the server again.
      await forgetHttpCache(w);
    }
    if (changed) await changedBundle(w.page);
    proxy.faults.mode = mode;
    proxy.faults.hits = 0;
    // Each test waits for what it expects (the app may never take over).
    await w.page.goto(proxy.origin + path, { app: false });
    await body(w.page);
    w.allow(NETWORK_NOISE);
    assert.deepEqual(w.problems, []);
  } finally {
    proxy.faults.mode = null;
    proxy.faults.shell = false;
    await w.close();
  }
}

describe('an address not prerendered, without a saved copy', () => {
  for (const mode of ['404', '500', 'truncated', 'reset']) {
    test(`${mode}: a clear message, then retries by itself until the bundle comes`, async () => {
      await visit({ mode }, async (page) => {
        const alert = page.locator('[role="alert"]');
        await alert.waitFor();
        assert.equal(await h1(page).innerText(), "The campaign's texts could not be loaded");
        assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
        await page.locator('.retry-note', { hasText: 'Trying again by itself in 2 seconds.' }).waitFor();
        proxy.faults.mode = null; // the server is back
        await page.locator('.post-card').first().waitFor({ timeout: 10_000 });
        assert.equal(await page.locator('[role="alert"]').count(), 0);
      });
    });
  }

  test('not JSON: the message, no automatic retries (only an editor can fix it), Try again works', async () => {
    await visit({ mode: 'not-json' }, async (page) => {
      await page.locator('[role="alert"]').waitFor();
      assert.match(await page.locator('.load-failed').innerText(), /Details for the site's editors/);
      const hits = proxy.faults.hits;
      await page.waitForTimeout(3_000);
      assert.equal(proxy.faults.hits, hits, 'an invalid bundle is not fetched again by itself');
      proxy.faults.mode = null;
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.locator('.post-card').first().waitFor();
    });
  });

  test('retries back off: 2 s, then 4 s, then 8 s', async () => {
    await visit({ mode: '500' }, async (page) => {
      await page.locator('[role="alert"]').waitFor();
      const seen = [];
      for (const seconds of [2, 4, 8]) {
        await page.locator('.retry-note', { hasText: `in ${seconds} seconds` }).waitFor({ timeout: 12_000 });
        seen.push(seconds);
      }
      assert.deepEqual(seen, [2, 4, 8]);
      assert.ok(proxy.faults.hits >= 3 && proxy.faults.hits <= 4, `fetched ${proxy.faults.hits} times`);
    });
  });

  test('slow (10 s): placeholders, then a word about the wait, then the content', async () => {
    await visit({ mode: 'slow' }, async (page) => {
      await page.locator('.placeholder').waitFor();
      await page.locator('.slow-note', { hasText: 'Still loading' }).waitFor({ timeout: 6_000 });
      await page.locator('.post-card').first().waitFor({ timeout: 15_000 });
    });
  });
});

describe('an address not prerendered, with a saved copy from an earlier visit', () => {
  for (const mode of ['404', '500', 'truncated', 'not-json', 'reset']) {
    test(`${mode}: the saved copy, saying it may be outdated`, async () => {
      await visit({ mode, savedCopy: true }, async (page) => {
        await page.locator('.notice').waitFor();
        assert.match(await page.locator('.notice').innerText(), /copy of this site saved on your last visit/);
        assert.ok((await page.locator('.post-card').count()) > 0, 'the content is there');
      });
    });
  }

  test('slow (10 s): the saved copy after a few seconds, then the live bundle replaces it', async () => {
    await visit({ mode: 'slow', savedCopy: true }, async (page) => {
      const start = Date.now();
      await page.locator('.post-card').first().waitFor({ timeout: 7_000 });
      assert.ok(Date.now() - start < 7_000);
      assert.match(await page.locator('.notice').innerText(), /slow to arrive/);
      await page.locator('.notice').waitFor({ state: 'detached', timeout: 15_000 });
      assert.ok((await page.locator('.post-card').count()) > 0);
    });
  });

  test('a network that accepts and never answers: the kept shell and the saved copy, after a few seconds', async () => {
    const w = await visitedOnce();
    try {
      proxy.faults.hangPages = true;
      proxy.faults.mode = 'slow';
      proxy.faults.delay = 30_000;
      const start = Date.now();
      await w.page.goto(proxy.origin + '/en/actions', { waitUntil: 'commit', app: false });
      // The worker's 6 s for the page, the app's 4 s for the bundle.
      await w.page.locator('.notice').waitFor({ timeout: 20_000 });
      assert.ok((await w.page.locator('main h1').count()) > 0);
      assert.ok(Date.now() - start < 20_000);
      w.allow(NETWORK_NOISE);
      assert.deepEqual(w.problems, []);
    } finally {
      proxy.faults.hangPages = false;
      proxy.faults.mode = null;
      proxy.faults.delay = 10_000;
      await w.close();
    }
  });

  test('500: the retries by itself leave the page on screen alone, a form being filled in included', async () => {
    await visit({ mode: '500', path: '/en/join', savedCopy: true }, async (page) => {
      await page.locator('.notice').waitFor();
      // The form works (its own module, which the app brings on this page).
      await workingForm(page);
      const city = page.locator('#report-city');
      await city.fill('Vilnius');
      await city.evaluate((input) => {
        input.dataset.mine = 'typed here';
      });
      // Two retries by itself (2 s after the failure, then 4 s), as the
      // server counts them.
      const hits = proxy.faults.hits;
      const deadline = Date.now() + 30_000;
      while (proxy.faults.hits < hits + 2) {
        assert.ok(Date.now() < deadline, `retried ${proxy.faults.hits - hits} times in 30 s`);
        await new Promise((ok) => setTimeout(ok, 200));
      }
      assert.equal(await city.evaluate((input) => input.dataset.mine), 'typed here', 'the same field, not a new one');
      assert.equal(await city.evaluate((input) => document.activeElement === input), true, 'the focus stayed');
      assert.equal(await city.inputValue(), 'Vilnius');
      assert.match(await page.locator('.notice').innerText(), /copy of this site saved on your last visit/);
    });
  });

  test('the network gone: the saved copy (app from the service worker); back: the live bundle, by itself', async () => {
    const w = await visitedOnce();
    try {
      await w.context.setOffline(true);
      await w.page.reload();
      await w.page.locator('.notice').waitFor();
      assert.ok((await w.page.locator('.post-card').count()) > 0);
      await w.page.locator('.notice').waitFor({ state: 'visible' });
      await w.context.setOffline(false);
      // The next automatic retry (2 s after the failure) finds the network.
      await w.page.locator('.notice').waitFor({ state: 'detached', timeout: 10_000 });
      w.allow(NETWORK_NOISE);
      assert.deepEqual(w.problems, []);
    } finally {
      await w.close();
    }
  });
});

describe('a prerendered page', () => {
  const MANIFESTO = '/en/manifesto';
  const title = 'International Day of Solidarity with civil society and human rights movement in Belarus';
  const notice = (page) => page.locator('.notice', { hasText: 'as it was published with the site' });
  const app = (page) => page.evaluate(() => document.documentElement.dataset.app ?? null);

  for (const mode of ['404', '500', 'reset']) {
    test(`${mode}, no saved copy: the page stays, says so, retries, and the app takes over when the bundle comes`, async () => {
      await visit({ mode, path: MANIFESTO, prerendered: true }, async (page) => {
        await notice(page).waitFor();
        assert.equal(await h1(page).innerText(), title);
        assert.equal(await app(page), 'built');
        await page.locator('.retry-note', { hasText: 'Trying again by itself in 2 seconds.' }).waitFor();
        proxy.faults.mode = null;
        await page.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout: 10_000 });
        assert.equal(await notice(page).count(), 0);
        assert.equal(await h1(page).innerText(), title);
      });
    });
  }

  test("not JSON, no saved copy: the page stays, the editors' details, no automatic retries; Try again works", async () => {
    await visit({ mode: 'not-json', path: MANIFESTO, prerendered: true }, async (page) => {
      await notice(page).waitFor();
      assert.match(await notice(page).innerText(), /Details for the site's editors/);
      assert.equal(await h1(page).innerText(), title);
      const hits = proxy.faults.hits;
      await page.waitForTimeout(3_000);
      assert.equal(proxy.faults.hits, hits, 'an invalid bundle is not fetched again by itself');
      proxy.faults.mode = null;
      await notice(page).getByRole('button', { name: 'Try again' }).click();
      await page.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout: 10_000 });
    });
  });

  // The page's start-up script waits for the bundle before it decides
  // between the app and none: a slow bundle leaves the page as written,
  // without a placeholder or a copy over it, until it comes.
  for (const savedCopy of [false, true]) {
    for (const changed of [false, true]) {
      const copy = savedCopy ? 'with a saved copy' : 'no saved copy';
      const then = changed ? 'changed since the build: the app takes over' : 'the built one: the page needs no app';
      test(`slow (10 s), ${copy}: readable all along, nothing over it; the bundle ${then}`, async () => {
        await visit({ mode: 'slow', path: MANIFESTO, prerendered: true, savedCopy, changed }, async (page) => {
          assert.equal(await h1(page).innerText(), title);
          await page.waitForTimeout(5_000);
          assert.equal(await page.locator('.placeholder, .notice').count(), 0);
          assert.equal(await app(page), null);
          const state = changed ? 'live' : 'current';
          // (A bundle answered by the test is not kept in the HTTP cache: the
          // app's own fetch of it is slow again.)
          await page.waitForFunction((state) => document.documentElement.dataset.app === state, state, { timeout: 30_000 });
          assert.equal(await page.locator('.notice').count(), 0);
          assert.equal(await h1(page).innerText(), title);
        });
      });
    }
  }

  test('404, with a saved copy: the saved copy (newer than the build), with its notice', async () => {
    await visit({ mode: '404', path: MANIFESTO, prerendered: true, savedCopy: true }, async (page) => {
      await page.locator('.notice', { hasText: 'saved on your last visit' }).waitFor();
      assert.equal(await app(page), 'live');
      assert.equal(await h1(page).innerText(), title);
    });
  });
});
