// The main flows in the two other engines visitors use: Firefox (Debian's
// firefox-esr, through geckodriver) and WebKit (WebKitGTK's MiniBrowser,
// through WebKitWebDriver), over WebDriver (webdriver.mjs). Chromium runs
// everything else; these are smoke runs of what must never break anywhere:
// a page as built ticking without the app, the app taking over a changed
// bundle, a click, the map's years, the report form, and the widget on a
// partner's page.

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
        files.some((f) => /^\/page-with-countdown-[0-9a-f]+_bg\.wasm$/.test(f)),
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

    test('the map switches years with CSS alone, its marks drawn', async () => {
      await session.goto(site.origin + '/be/actions');
      await session.waitFor(() => document.documentElement.dataset.app === 'current', { what: 'the page to be current' });
      const shown = () =>
        [...document.querySelectorAll('.map-year')].filter((f) => getComputedStyle(f).display !== 'none').map((f) => f.id);
      assert.deepEqual(await session.run(shown), ['map-2013']);
      await session.click('label[for="map-year-2012"]');
      await session.waitFor(
        () =>
          [...document.querySelectorAll('.map-year')]
            .filter((f) => getComputedStyle(f).display !== 'none')
            .map((f) => f.id)
            .join() === 'map-2012',
        { what: 'the 2012 map alone' },
      );
      const drawn = await session.run(() =>
        [...document.querySelectorAll('#map-2012 .map-mark circle')].every((c) => c.getBoundingClientRect().width > 0),
      );
      assert.ok(drawn, 'every mark is drawn');
    });

    test('the report form prepares the entry for the editors', async () => {
      await session.goto(site.origin + '/en/join');
      // Scrolled to, as a visitor comes to it: its code is fetched once it is near the screen.
      await session.run(() => document.querySelector('.report-form').scrollIntoView());
      await session.waitFor(() => document.querySelector('.report-form fieldset:not([disabled])'), { what: 'the working form' });
      // A date picker is each engine's own: the date is set as it would leave it.
      await session.run(() => {
        const date = document.getElementById('report-date');
        date.value = '2013-08-04';
        date.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await session.type('#report-city', 'Vilnius');
      await session.type('#report-country', 'Lithuania');
      await session.type('#report-summary', 'About 30 people gathered near the Embassy.');
      await session.click('.report-form button[type="submit"]');
      const entry = await session.waitFor(() => document.getElementById('report-entry')?.value, { what: 'the entry' });
      assert.deepEqual(JSON.parse(entry), {
        date: '2013-08-04',
        city: 'Vilnius',
        country: 'Lithuania',
        summary: 'About 30 people gathered near the Embassy.',
      });
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
