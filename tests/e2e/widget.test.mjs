// The partners' widget as it meets a partner's page: served from
// another origin (another port), with Bootstrap 5 and hostile global CSS,
// embedding two widgets by script and one by iframe.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, launch, serve, servePages, watchedPage } from './harness.mjs';

const require = createRequire(import.meta.url);
const bootstrapCss = await readFile(require.resolve('bootstrap/dist/css/bootstrap.min.css'));
const axePath = require.resolve('axe-core/axe.min.js');

const HOSTILE = '* { all: revert } div, span, p { color: red !important; font-size: 40px !important }';
const FALLBACK = '4 August — International Day of Solidarity with civil society of Belarus';

/** The partner's page: two widgets by script and one by iframe, with or
 *  without Bootstrap and the hostile CSS. */
function partnerPage(siteOrigin, { hostile }) {
  const styles = hostile ? `<link rel="stylesheet" href="/bootstrap.min.css"><style>${HOSTILE}</style>` : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">${styles}</head>
<body>
  <div class="container"><h1>A partner's news</h1><p>Some text of the partner.</p>
  <script src="${siteOrigin}/widget/countdown.js" async></script>
  <solidarity-countdown id="full" lang="en" theme="light" size="full"><a href="${siteOrigin}/en/">${FALLBACK}</a></solidarity-countdown>
  <div><span>Compact: </span><solidarity-countdown id="compact" lang="be" theme="dark" size="compact"><a href="${siteOrigin}/be/">4 жніўня</a></solidarity-countdown></div>
  <iframe id="frame" title="Countdown" src="${siteOrigin}/embed/countdown?lang=ru&theme=dark&size=full" width="620" height="250" style="border:0"></iframe>
  </div>
</body></html>`;
}

const pasted = { html: '' };

/** The partner's site, on its own origin. */
function partnerServer(siteOrigin) {
  const html = (body) => () => ['text/html; charset=utf-8', body];
  return servePages({
    '/bootstrap.min.css': () => ['text/css', bootstrapCss],
    '/plain': html(partnerPage(siteOrigin, { hostile: false })),
    '/hostile': html(partnerPage(siteOrigin, { hostile: true })),
    // Whatever a test pasted, as a partner pastes the /embed page's code.
    '/snippet': () =>
      html(
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,"></head><body>${pasted.html}</body></html>`,
      )(),
  });
}

let site;
let partner;
let browser;
before(async () => {
  site = await serve();
  partner = await partnerServer(site.origin);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await partner?.close();
  await site?.close();
});

/** A page of the partner's; fails the test on console errors or any request
 *  to an origin other than the partner's and the site's. */
async function onPartnerPage(path, body, { clock, ...options } = {}, origins = []) {
  const w = await watchedPage(browser, [partner.origin, site.origin, ...origins], options);
  const requested = [];
  w.page.on('request', (req) => requested.push({ url: req.url(), mainFrame: req.frame() === w.page.mainFrame() }));
  try {
    if (clock) await w.page.clock.install({ time: clock });
    await w.page.goto(partner.origin + path);
    await body(w.page, requested);
    assert.deepEqual(w.problems, []);
  } finally {
    await w.close();
  }
}

const NOV_23 = new Date('2026-11-23T00:00:00Z');
// The clock starts a little before NOV_23 and is paused there; one more
// tick (within 999 ms) then shows exactly NOV_23 whatever the timer's phase.
const JUST_BEFORE = new Date('2026-11-22T23:59:50Z');
async function showNov23(page) {
  await page.clock.pauseAt(NOV_23);
  await page.clock.runFor(999);
}
const cellsOf = (page, id) => page.locator(`#${id} .cell`).allInnerTexts();
const flat = (texts) => texts.map((t) => t.replace(/\s+/g, ' ').trim());

/** Size and colours of a widget's parts, to compare across pages. */
function looks(page, id) {
  return page.evaluate((id) => {
    const host = document.getElementById(id);
    const root = host.shadowRoot;
    const style = (el) => {
      const s = getComputedStyle(el);
      return { color: s.color, background: s.backgroundColor, fontSize: s.fontSize, fontFamily: s.fontFamily };
    };
    const box = root.querySelector('.box').getBoundingClientRect();
    return {
      size: [Math.round(box.width), Math.round(box.height)],
      box: style(root.querySelector('.box')),
      title: style(root.querySelector('.title')),
      number: style(root.querySelector('.num')),
      unit: style(root.querySelector('.unit')),
    };
  }, id);
}

describe('the widget on a partner page', () => {
  test('two script widgets and an iframe show the countdown with a fixed clock', async () => {
    await onPartnerPage(
      '/hostile',
      async (page, requested) => {
        await page.locator('#full .num').first().waitFor();
        await page.locator('#compact .num').first().waitFor();
        await showNov23(page);
        assert.deepEqual(flat(await cellsOf(page, 'full')), ['253 days', '21 hours', '00 minutes', '00 seconds']);
        assert.match(await page.locator('#full .title').innerText(), /^International Day of Solidarity with civil society of Belarus$/);
        assert.match(
          await page.locator('#full .ordinal').innerText(),
          /The 16th International Day of Solidarity, on the 16th anniversary of the arrest of Ales Bialiatski/,
        );
        assert.match(await page.locator('#full .when').innerText(), /4 August 2027, 00:00 Europe\/Minsk \(UTC\+03:00\)/);
        assert.equal(await page.locator('#full .title').getAttribute('href'), `${site.origin}/en/`);

        // Belarusian, compact, dark: the same arithmetic, Belarusian plurals.
        assert.deepEqual(flat(await cellsOf(page, 'compact')), ['253 дні', '21 гадзіна', '00 хвілін', '00 секунд']);
        assert.equal(await page.locator('#compact .title').innerText(), 'Дзень салідарнасці');
        assert.equal(await page.locator('#compact .when').innerText(), '4 жніўня 2027');

        // The iframe: Russian, <html lang> follows.
        const frame = page.frameLocator('#frame');
        await frame.locator('.num').first().waitFor();
        assert.deepEqual(flat(await frame.locator('.cell').allInnerTexts()), ['253 дня', '21 час', '00 минут', '00 секунд']);
        assert.equal(await frame.locator('html').getAttribute('lang'), 'ru');

        // The two script widgets share one fetch of the bundle and one wasm.
        const mine = (path) => requested.filter((r) => r.mainFrame && r.url.startsWith(`${site.origin}${path}`)).length;
        assert.equal(mine('/data/bundle.json'), 1);
        assert.equal(mine('/widget/countdown-'), 1);
      },
      { clock: JUST_BEFORE },
    );
  });

  test('Bootstrap and hostile CSS change neither size nor colours', async () => {
    const measured = {};
    for (const path of ['/plain', '/hostile']) {
      await onPartnerPage(
        path,
        async (page) => {
          await page.locator('#full .num').first().waitFor();
          await page.locator('#compact .num').first().waitFor();
          measured[path] = { full: await looks(page, 'full'), compact: await looks(page, 'compact') };
        },
        { clock: NOV_23 },
      );
    }
    assert.deepEqual(measured['/hostile'], measured['/plain']);
    // And they are the widget's own colours, not the partner's red.
    assert.equal(measured['/hostile'].full.number.color, 'rgb(29, 29, 31)');
    assert.equal(measured['/hostile'].full.box.background, 'rgb(255, 255, 255)');
    assert.equal(measured['/hostile'].compact.box.background, 'rgb(20, 21, 24)');
    assert.notEqual(measured['/hostile'].full.number.fontSize, '40px');
  });

  test('it adds nothing to the page but its element: no globals, styles or storage', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.addInitScript(() => {
        const added = [];
        const add = EventTarget.prototype.addEventListener;
        // Listeners on anything outside a widget: the window, the document, its elements.
        EventTarget.prototype.addEventListener = function (...args) {
          const outside = this === window || this === document || (this instanceof Node && this.getRootNode() === document);
          if (outside) added.push(args[0]);
          return add.apply(this, args);
        };
        window.__listeners = added;
        window.__before = new Set(Object.getOwnPropertyNames(window));
      });
      await page.goto(partner.origin + '/plain');
      await page.locator('#full .num').first().waitFor();
      await page.locator('#compact .num').first().waitFor();
      const report = await page.evaluate(() => ({
        // (Numbered names are the page's iframe.)
        globals: Object.getOwnPropertyNames(window).filter((n) => !window.__before.has(n) && n !== '__before' && !/^\d+$/.test(n)),
        listeners: window.__listeners,
        sheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
        cookies: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        defined: !!customElements.get('solidarity-countdown'),
      }));
      assert.deepEqual(report, {
        globals: [],
        listeners: [],
        sheets: 0,
        adopted: 0,
        cookies: '',
        local: 0,
        session: 0,
        defined: true,
      });
      const cookies = await context.cookies();
      assert.deepEqual(cookies, []);
    } finally {
      await context.close();
    }
  });

  test('one inserted later works; removing one stops its timer; a second copy of the script is harmless', async () => {
    await onPartnerPage(
      '/plain',
      async (page) => {
        await page.locator('#full .num').first().waitFor();
        await page.evaluate((origin) => {
          const late = document.createElement('solidarity-countdown');
          late.id = 'late';
          late.setAttribute('lang', 'ru');
          late.setAttribute('size', 'compact');
          document.body.append(late);
          const again = document.createElement('script');
          again.src = `${origin}/widget/countdown.js`;
          document.head.append(again);
        }, site.origin);
        await page.locator('#late .num').first().waitFor();
        await showNov23(page);
        assert.deepEqual(flat(await cellsOf(page, 'late')), ['253 дня', '21 час', '00 минут', '00 секунд']);

        // Keep a handle on the removed widget's shadow root: if its timer
        // still ran, its seconds would keep changing.
        await page.evaluate(() => {
          window.__removed = document.getElementById('full');
          window.__removed.remove();
        });
        const removedSeconds = () => page.evaluate(() => window.__removed.shadowRoot.querySelector('.seconds .num').textContent);
        const before = await removedSeconds();
        await page.clock.runFor(5000);
        assert.equal(await removedSeconds(), before, 'a removed widget no longer ticks');
        // …while the others still do: NOV_23 + 5 s.
        assert.deepEqual(flat(await cellsOf(page, 'late')), ['253 дня', '20 часов', '59 минут', '55 секунд']);
        // The second copy of the script defined nothing twice and broke nothing.
        assert.equal(await page.locator('#compact .num').count(), 4);
      },
      { clock: JUST_BEFORE },
    );
  });

  test('attributes can change: language and size re-render, theme only recolours', async () => {
    await onPartnerPage(
      '/plain',
      async (page) => {
        await page.locator('#full .num').first().waitFor();
        await page.evaluate(() => document.getElementById('full').setAttribute('lang', 'be'));
        await page.locator('#full .title', { hasText: 'Міжнародны дзень салідарнасці' }).waitFor();
        await page.evaluate(() => document.getElementById('full').setAttribute('theme', 'dark'));
        assert.equal((await looks(page, 'full')).box.background, 'rgb(20, 21, 24)');
        await page.evaluate(() => document.getElementById('full').setAttribute('size', 'compact'));
        await page.locator('#full .compact').waitFor();
        assert.equal(await page.locator('#full .ordinal').count(), 0);
      },
      { clock: NOV_23 },
    );
  });

  test('on 4 August in Minsk it says today is the Day', async () => {
    await onPartnerPage(
      '/plain',
      async (page) => {
        await page.locator('#full .today').waitFor();
        assert.match(await page.locator('#full .today').innerText(), /^Today is the International Day of Solidarity/);
        assert.equal(await page.locator('#full .cell').count(), 0);
      },
      { clock: new Date('2027-08-03T21:00:01Z') },
    );
  });
});

describe('the iframe embed', () => {
  // Size::iframe_height in crates/core/src/embed.rs.
  const HEIGHT = { full: 330, compact: 112 };
  test("the widget fits the snippet's iframe height in every language, 320 px and wider", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.clock.install({ time: NOV_23 });
      const tooTall = [];
      for (const lang of ['en', 'be', 'ru']) {
        for (const size of ['full', 'compact']) {
          for (const width of [320, 360, 480, 620]) {
            await page.setViewportSize({ width, height: HEIGHT[size] });
            await page.goto(`${site.origin}/embed/countdown?lang=${lang}&size=${size}`);
            await page.locator('solidarity-countdown .num').first().waitFor();
            const bottom = await page.evaluate(() => document.querySelector('solidarity-countdown').getBoundingClientRect().bottom);
            if (bottom > HEIGHT[size]) tooTall.push(`${lang} ${size} at ${width}px: ${bottom}px`);
          }
        }
      }
      assert.deepEqual(tooTall, []);
    } finally {
      await context.close();
    }
  });

  test('options from the address; unknown values fall back; transparent shows the page behind', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}/embed/countdown?lang=xx&theme=purple&size=full&transparent=1`);
      await page.locator('solidarity-countdown .num').first().waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      const box = await page.evaluate(() => {
        const b = document.querySelector('solidarity-countdown').shadowRoot.querySelector('.box');
        return {
          className: b.className,
          background: getComputedStyle(b).backgroundColor,
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      assert.equal(box.className, 'box full auto transparent');
      assert.equal(box.background, 'rgba(0, 0, 0, 0)');
      assert.equal(box.page, 'rgba(0, 0, 0, 0)');
    } finally {
      await context.close();
    }
  });
});

describe('the /embed page', () => {
  test('options drive the live preview and the snippet; copy puts it on the clipboard; the pasted code works', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('request', (req) => !req.url().startsWith(site.origin) && errors.push(`request to ${req.url()}`));
    try {
      await page.clock.install({ time: NOV_23 });
      await page.goto(`${site.origin}/en/embed`);
      await page.locator('main h1', { hasText: 'Put the countdown on your site' }).waitFor();
      const preview = page.locator('.preview-stage solidarity-countdown');
      await preview.locator('.num').first().waitFor();
      assert.equal(await preview.locator('.title').innerText(), 'International Day of Solidarity with civil society of Belarus');

      await page.getByLabel('Беларуская').check();
      await page.getByLabel('Dark').check();
      await page.getByLabel('Compact, one line').check();
      await preview.locator('.title', { hasText: 'Дзень салідарнасці' }).waitFor();
      assert.equal(
        await preview.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.box')).backgroundColor),
        'rgb(20, 21, 24)',
      );
      const code = page.locator('textarea.code');
      const snippet = await code.inputValue();
      assert.match(snippet, new RegExp(`^<script src="${site.origin}/widget/countdown.js" async referrerpolicy="no-referrer"></script>`));
      assert.match(
        snippet,
        /<solidarity-countdown lang="be" theme="dark" size="compact"><a href="[^"]+\/be\/">4 жніўня — Міжнародны дзень салідарнасці з грамадзянскай супольнасцю Беларусі<\/a><\/solidarity-countdown>$/,
      );

      await page.getByRole('button', { name: 'Copy the code' }).click();
      await page.locator('[role="status"]', { hasText: 'Copied.' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

      // What was copied works on a partner's page.
      pasted.html = snippet;
      await onPartnerPage(
        '/snippet',
        async (partnerPage) => {
          await partnerPage.locator('solidarity-countdown .num').first().waitFor();
          assert.equal(await partnerPage.locator('solidarity-countdown .title').innerText(), 'Дзень салідарнасці');
        },
        { clock: NOV_23 },
      );

      // The iframe: a live preview of the real frame and its snippet.
      await page.getByLabel('An iframe, for sites that strip scripts').check();
      const frame = page.locator('.preview-stage iframe');
      await frame.waitFor();
      assert.equal(await frame.getAttribute('src'), `${site.origin}/embed/countdown?lang=be&theme=dark&size=compact`);
      await page.frameLocator('.preview-stage iframe').locator('.num').first().waitFor();
      assert.equal(await page.locator('.copy-status').innerText(), '', 'a new snippet clears "Copied."');
      const iframeSnippet = await code.inputValue();
      assert.match(
        iframeSnippet,
        /^<iframe src="[^"]+\/embed\/countdown\?lang=be&amp;theme=dark&amp;size=compact" title="Адлік да 4 жніўня" width="100%" height="112"/,
      );
      await page.getByLabel('Transparent background').check();
      assert.match(await code.inputValue(), /size=compact&amp;transparent=1"/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  for (const [why, clipboard] of [
    ['refuses', 'refusing'],
    ['is missing (plain http)', 'missing'],
  ])
    test(`when the clipboard ${why}, the code is selected and the page says how to copy it`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.addInitScript((clipboard) => {
          Object.defineProperty(Navigator.prototype, 'clipboard', {
            get: () => (clipboard === 'missing' ? undefined : { writeText: () => Promise.reject(new Error('denied')) }),
          });
        }, clipboard);
        await page.goto(`${site.origin}/ru/embed`);
        await page.getByRole('button', { name: 'Скопировать код' }).click();
        await page.locator('[role="status"]', { hasText: 'Скопировать не получилось' }).waitFor();
        const selected = await page.evaluate(() => {
          const area = document.querySelector('textarea.code');
          return document.activeElement === area && area.selectionStart === 0 && area.selectionEnd === area.value.length;
        });
        assert.ok(selected, 'the code is focused and selected');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
});

describe('accessibility', () => {
  test('digits hidden from screen readers; a sentence that changes once a minute', async () => {
    await onPartnerPage(
      '/plain',
      async (page) => {
        await page.locator('#full .num').first().waitFor();
        await page.clock.pauseAt(new Date('2026-11-23T00:00:30Z'));
        await page.clock.runFor(1000);
        assert.equal(await page.locator('#full .cells').getAttribute('aria-hidden'), 'true');
        const group = page.locator('#full [role="group"]');
        assert.equal(await group.getAttribute('aria-label'), 'Time left until the Day');
        const sentence = () => page.locator('#full .sr').textContent();
        const first = await sentence();
        assert.equal(first, '253 days, 20 hours, 59 minutes until 4 August 2027');
        await page.clock.runFor(20_000); // 00:00:51: same minute
        assert.equal(await sentence(), first);
        await page.clock.runFor(10_000); // 00:01:01: the next minute
        assert.equal(await sentence(), '253 days, 20 hours, 58 minutes until 4 August 2027');
      },
      { clock: NOV_23 },
    );
  });

  test('with reduced motion the seconds are not shown', async () => {
    await onPartnerPage(
      '/plain',
      async (page) => {
        await page.locator('#full .num').first().waitFor();
        assert.equal(await page.locator('#full .seconds').isVisible(), false);
        assert.equal(await page.locator('#full .cell').first().isVisible(), true);
      },
      { clock: NOV_23, reducedMotion: 'reduce' },
    );
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core: no WCAG 2.2 AA violations in any theme (${colorScheme} device)`, async () => {
      await onPartnerPage(
        '/plain',
        async (page) => {
          await page.evaluate(() => {
            for (const theme of ['light', 'dark', 'auto']) {
              for (const size of ['full', 'compact']) {
                const w = document.createElement('solidarity-countdown');
                w.setAttribute('theme', theme);
                w.setAttribute('size', size);
                w.className = 'extra';
                document.body.append(w);
              }
            }
          });
          await page.waitForFunction(() =>
            [...document.querySelectorAll('solidarity-countdown')].every((w) => w.shadowRoot?.querySelector('.num')),
          );
          await page.addScriptTag({ path: axePath });
          const result = await page.evaluate(() =>
            window.axe.run('solidarity-countdown', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }),
          );
          const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          assert.deepEqual(violations, []);
          assert.ok(
            result.passes.some((p) => p.id === 'color-contrast'),
            'contrast was checked',
          );
        },
        { clock: NOV_23, colorScheme },
      );
    });
  }
});

describe('without JavaScript, or without the site', () => {
  test('without JavaScript the element shows its own fallback link', async () => {
    await onPartnerPage(
      '/hostile',
      async (page) => {
        const link = page.locator('#full a');
        assert.equal(await link.innerText(), FALLBACK);
        assert.equal(await link.getAttribute('href'), `${site.origin}/en/`);
        assert.ok(await link.isVisible());
      },
      { javaScriptEnabled: false },
    );
  });

  test('when the bundle cannot be read, the fallback link shows and the page is unharmed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (msg) => warnings.push(`${msg.type()}: ${msg.text()}`));
    await page.route(`${site.origin}/data/bundle.json`, (route) => route.fulfill({ status: 503, body: 'down' }));
    try {
      await page.goto(partner.origin + '/plain');
      await page.locator('#full slot').waitFor({ state: 'attached' });
      assert.ok(await page.locator('#full a', { hasText: FALLBACK }).isVisible());
      assert.ok(
        warnings.some((w) => /^warning: <solidarity-countdown> shows its fallback content/.test(w)),
        warnings.join('\n'),
      );
      // A bundle address that is not one: the fallback too, and a warning, not an error.
      await page.evaluate(() => {
        const odd = document.createElement('solidarity-countdown');
        odd.id = 'odd';
        odd.setAttribute('bundle', 'http://');
        odd.innerHTML = '<a href="/">fallback</a>';
        document.body.append(odd);
      });
      await page.locator('#odd slot').waitFor({ state: 'attached' });
      assert.ok(await page.locator('#odd a').isVisible());
      assert.ok(
        warnings.some((w) => /bundle="http:\/\/" is not an address/.test(w)),
        warnings.join('\n'),
      );
      // Chromium's own line for the 503 is the only error.
      const errors = warnings.filter((w) => w.startsWith('error') && !/Failed to load resource.*503/.test(w));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('weight', () => {
  test('a 25 MB bundle costs a partner page only its first kilobytes, and edits show without a rebuild', async () => {
    // The default bundle with its posts repeated to 25 MB, the campaign
    // where editors keep it (near the top), edited since the build.
    const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
    bundle.campaign.title = 'Edited since the build';
    const posts = bundle.posts;
    const copies = Math.ceil(25e6 / JSON.stringify(posts).length);
    bundle.posts = Array.from({ length: copies }, (_, copy) => posts.map((p) => ({ ...p, slug: `${p.slug}-${copy}` }))).flat();
    const text = Buffer.from(JSON.stringify(bundle, null, 2));
    const big = await servePages({ '/bundle.json': () => ['application/json', text] }, { 'access-control-allow-origin': '*' });
    pasted.html = `<script src="${site.origin}/widget/countdown.js" async></script>
      <solidarity-countdown id="big" lang="en" bundle="${big.origin}/bundle.json"><a href="${site.origin}/en/">${FALLBACK}</a></solidarity-countdown>`;
    try {
      await onPartnerPage(
        '/snippet',
        async (page) => {
          // A visitor on a modest line: whatever is not cancelled is received.
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: 40,
            downloadThroughput: 1_000_000,
            uploadThroughput: 500_000,
          });
          const received = new Map();
          let bundleRequest = null;
          cdp.on('Network.requestWillBeSent', (e) => {
            if (e.request.url.startsWith(big.origin)) bundleRequest = e.requestId;
          });
          cdp.on('Network.dataReceived', (e) => received.set(e.requestId, (received.get(e.requestId) ?? 0) + e.encodedDataLength));
          await page.reload();
          await page.locator('#big .num').first().waitFor({ timeout: 30_000 });
          assert.match(await page.locator('#big').evaluate((e) => e.shadowRoot.textContent), /Edited since the build/);
          const bytes = received.get(bundleRequest) ?? 0;
          assert.ok(bytes < 256 * 1024, `${bytes} bytes of ${text.length} received`);
        },
        {},
        [big.origin],
      );
    } finally {
      await big.close();
    }
  });

  test('the script embed transfers at most 30 KB brotli-compressed', async () => {
    // The files themselves; their .br/.gz twins are other encodings of them.
    const files = (await readdir(`${DIST}/widget`)).filter((f) => /\.(js|wasm)$/.test(f)).map((f) => `${DIST}/widget/${f}`);
    const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    let total = 0;
    for (const file of files) total += brotli(await readFile(file));
    // Of the bundle, the widget reads only up to the end of `campaign` and
    // then stops the download (the test above: a 25 MB bundle costs a
    // partner page its first kilobytes); the translated posts after it are
    // not the partner's to pay for.
    const bundleText = await readFile(`${DIST}/data/bundle.json`, 'utf8');
    const read = bundleText.slice(0, bundleText.indexOf('"manifesto"'));
    assert.ok(read.includes('"campaign"') && read.length < 4096, `the widget reads ${read.length} bytes of the bundle`);
    total += brotli(Buffer.from(read));
    assert.ok(total <= 30 * 1024, `widget + data = ${total} bytes brotli`);
  });
});
