// The main flows in the two other engines visitors use: Firefox (Debian's
// firefox-esr, through geckodriver) and WebKit (WebKitGTK's MiniBrowser,
// through WebKitWebDriver), over WebDriver (webdriver.mjs). Chromium runs
// everything else; these are smoke runs of what must never break anywhere:
// a page as built ticking without the app, the app taking over a changed
// bundle, a click, and the widget on a partner's page.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serve, servePages } from './harness.mjs';
import { ENGINES, Session, startDriver } from './webdriver.mjs';

const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));

let site; // dist/ as built
let changed; // a copy whose bundle changed since the build
let changedRoot;
let partner;
before(async () => {
  site = await serve();
  changedRoot = await mkdtemp(join(tmpdir(), 'solidarity-changed-'));
  await cp(DIST, changedRoot, { recursive: true });
  await writeFile(join(changedRoot, 'data/bundle.json'), (await readFile(`${DIST}/data/bundle.json`, 'utf8')) + '\n');
  changed = await serve(changedRoot);
  partner = await servePages({
    '/': () => [
      'text/html; charset=utf-8',
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head>
       <body><h1>A partner's page</h1><script src="${site.origin}/widget/countdown.js" async></script>
       <solidarity-countdown lang="ru"><a href="${site.origin}/ru/">4 августа</a></solidarity-countdown></body></html>`,
    ],
  });
});
after(async () => {
  await partner?.close();
  await changed?.close();
  await site?.close();
  if (changedRoot) await rm(changedRoot, { recursive: true, force: true });
});

/** The countdown's four numbers, joined, once they are numbers. */
const countdownShown = () => {
  const text = [...document.querySelectorAll('.cd-num')].map((e) => e.textContent).join(':');
  return /^\d+:\d+:\d+:\d+$/.test(text) && text;
};

for (const engine of Object.values(ENGINES)) {
  describe(`${engine.name}: the main flows`, () => {
    let driver;
    let session;
    before(async () => {
      driver = await startDriver(engine);
      session = await Session.create(driver.url, engine.capabilities);
    });
    after(async () => {
      await session?.close();
      driver?.close();
    });

    test('a page as built paints, needs no app, and its countdown ticks', async () => {
      await session.goto(site.origin + '/en');
      await session.waitFor(() => document.documentElement.dataset.app === 'current', { what: 'the page to be current' });
      const first = await session.waitFor(countdownShown, { what: 'the countdown' });
      await session.waitFor((first) => [...document.querySelectorAll('.cd-num')].map((e) => e.textContent).join(':') !== first, {
        args: [first],
        what: 'the countdown to tick',
      });
      const files = await session.run(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      assert.ok(
        files.some((f) => /^\/page-[0-9a-f]+_bg\.wasm$/.test(f)),
        files.join(' '),
      );
      assert.ok(!files.some((f) => /^\/visitor-/.test(f)), `no app: ${files.join(' ')}`);
    });

    test('with a bundle changed since the build, the app takes over', async () => {
      await session.goto(changed.origin + '/en/manifesto');
      await session.waitFor(() => document.documentElement.dataset.app === 'live', { what: 'the app' });
      assert.equal(await session.run(() => document.querySelector('main h1').textContent), bundle.manifesto.title);
      assert.equal(await session.run(() => document.querySelectorAll('#prerendered').length), 0);
    });

    test('a click in the app opens the page, without a reload', async () => {
      await session.goto(changed.origin + '/en');
      await session.waitFor(() => document.documentElement.dataset.app === 'live', { what: 'the app' });
      await session.run(() => (window.__samePage = true));
      await session.click('.site-nav a[href="/en/posts"]');
      await session.waitFor(() => location.pathname === '/en/posts' && document.querySelectorAll('.post-card').length > 0, {
        what: 'the news page',
      });
      assert.equal(await session.run(() => window.__samePage === true), true, 'the app navigated in place');
    });

    test('the widget on a partner page shows the countdown', async () => {
      await session.goto(partner.origin + '/');
      const text = await session.waitFor(
        () => {
          const root = document.querySelector('solidarity-countdown')?.shadowRoot;
          return root && /\d/.test(root.textContent) && root.textContent;
        },
        { what: 'the widget' },
      );
      assert.match(text, /4 августа/);
    });
  });
}
