// Belarusian, Russian and English, and a site everyone can use: language in
// the address, the switcher, translated words and numbers, focus handling,
// and axe-core (WCAG 2.2 AA) on every route, language, scheme and size.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DIST, appReady, changedBundle, siteUnderTest, withPage } from './harness.mjs';

const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const site = siteUnderTest();

const h1 = (page) => page.locator('main h1');

describe('the language is in the address', () => {
  for (const [locale, expected] of [
    ['be-BY', 'be'],
    ['ru-RU', 'ru'],
    ['de-DE', 'en'],
    ['en-GB', 'en'],
  ]) {
    test(`a visitor whose browser prefers ${locale} is sent to /${expected}/…`, async () => {
      await withPage(site, { locale }, async (w) => {
        await w.page.goto(`${site.origin}/posts/solidarity-action-in-bishkek?from=partner#top`);
        await w.page.waitForURL(`**/${expected}/posts/solidarity-action-in-bishkek?from=partner#top`);
        await h1(w.page).waitFor();
        assert.equal(await w.page.locator('html').getAttribute('lang'), expected);
      });
    });
  }

  test('the switcher keeps the page, and the choice is remembered', async () => {
    await withPage(site, { locale: 'en-US' }, async (w) => {
      await w.page.goto(`${site.origin}/en/tags/ales-bialiatski`);
      await h1(w.page).waitFor();
      await w.page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
      await w.page.waitForURL('**/ru/tags/ales-bialiatski');
      await w.page.locator('main h1', { hasText: 'Алесь Беляцкий' }).waitFor();
      assert.equal(await h1(w.page).innerText(), 'Новости по теме «Алесь Беляцкий»');
      assert.equal(await w.page.locator('html').getAttribute('lang'), 'ru');
      await w.page.waitForFunction(() => document.title.startsWith('Новости по теме'));
      assert.match(await w.page.title(), /Международный день солидарности с гражданским обществом Беларуси$/);
      const current = w.page.getByRole('navigation', { name: 'Язык' }).locator('[aria-current="true"]');
      assert.equal(await current.innerText(), 'Русский');
      // An address without a language now opens in Russian, whatever the browser says.
      await w.page.goto(`${site.origin}/actions`);
      await w.page.waitForURL('**/ru/actions');
      await w.page.locator('.action-year').first().waitFor();
      assert.deepEqual(await w.page.locator('.action-year .reach').allInnerTexts(), ['3 страны, 3 города', '18 стран, 6 городов']);
    });
  });

  test('Belarusian: interface, countdown plurals and ordinals, dates, translated content', async () => {
    await withPage(site, {}, async (w) => {
      await w.page.clock.install({ time: new Date('2026-11-22T23:59:50Z') });
      await w.page.goto(`${site.origin}/be`);
      await w.page.locator('.cd-cell').first().waitFor();
      await w.page.clock.pauseAt(new Date('2026-11-23T00:00:00Z'));
      await w.page.clock.runFor(100);
      const cells = (await w.page.locator('.cd-cell').allInnerTexts()).map((c) => c.replace(/\s+/g, ' '));
      assert.deepEqual(cells, ['253 дні', '21 гадзіна', '00 хвілін', '00 секунд']);
      const countdown = await w.page.locator('.countdown').innerText();
      assert.match(countdown, /16-ы Міжнародны дзень салідарнасці, у 16-ю гадавіну арышту Алеся Бяляцкага/);
      assert.match(countdown, /4 жніўня 2027/);
      assert.match(await w.page.locator('.countdown .visually-hidden').innerText(), /^253 дні, 21 гадзіна, 0 хвілін да 4 жніўня 2027$/);
      assert.equal(await h1(w.page).innerText(), 'Міжнародны дзень салідарнасці з грамадзянскай супольнасцю Беларусі');
      assert.equal(await w.page.locator('nav.site-nav a[aria-current="page"]').innerText(), 'Галоўная');
      // The default bundle's content is translated: it reads in the page's language.
      const lead = w.page.locator('.lead-text');
      assert.equal(await lead.getAttribute('lang'), null);
      assert.match(await lead.innerText(), /^Мы, актывісты/);
      await w.page.clock.resume(); // the app starts on timers
      // Content not yet translated is shown in English, marked as such.
      await w.page.route('**/data/bundle.json', async (route) => {
        const response = await route.fetch();
        const live = JSON.parse(await response.text());
        delete live.posts.find((p) => p.slug === 'solidarity-action-in-bishkek').translations;
        await route.fulfill({ response, body: JSON.stringify(live) });
      });
      await w.page.goto(`${site.origin}/be/posts/solidarity-action-in-bishkek`);
      await h1(w.page).waitFor();
      assert.equal(await h1(w.page).getAttribute('lang'), 'en');
      assert.match(await w.page.locator('.translation-note').innerText(), /не перакладзены на беларускую/);
      assert.match(await w.page.locator('main time').innerText(), /4 жніўня 2013/);
      assert.deepEqual(await w.page.locator('.post-tags a').allInnerTexts(), [
        'Дзень салідарнасці з беларускай грамадзянскай супольнасцю',
        'Алесь Бяляцкі',
      ]);
    });
  });

  test('a post written only in Belarusian is listed in every language, in Belarusian', async () => {
    const only = structuredClone(bundle);
    only.posts.push({
      slug: 'aktsyya-w-hrodne',
      title: 'Акцыя ў Гродне',
      date: '2027-08-04',
      tags: ['solidarity-day'],
      excerpt: 'Праваабаронцы сабраліся ў цэнтры горада.',
      body: [],
      lang: 'be',
    });
    for (const lang of ['en', 'ru', 'be']) {
      await withPage(site, {}, async (w) => {
        await w.page.route('**/data/bundle.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(only) }),
        );
        await w.page.goto(`${site.origin}/${lang}/posts`);
        const first = w.page.locator('.post-card-title a').first();
        await first.waitFor();
        assert.equal(await first.innerText(), 'Акцыя ў Гродне');
        assert.equal(await first.getAttribute('lang'), lang === 'be' ? null : 'be');
      });
    }
  });
});

describe('keyboard and screen readers', () => {
  // In the app (a bundle changed since the build); a page current without
  // it loads the next page, which screen readers announce as a new page.
  test('after a move to another page in the app, focus is on its heading and its title is announced', async () => {
    await withPage(site, {}, async (w) => {
      await changedBundle(w.page);
      await w.page.goto(`${site.origin}/en`);
      await w.page.locator('.countdown').waitFor();
      await w.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Manifesto' }).click();
      await w.page.waitForFunction(() => document.activeElement?.matches('main h1'));
      assert.equal(await w.page.evaluate(() => document.activeElement.textContent), bundle.manifesto.title);
      await w.page.waitForFunction(() => document.querySelector('[aria-live="polite"]').textContent.startsWith('Manifesto'));
    });
  });

  test('the skip link is the first stop and leads to the content', async () => {
    await withPage(site, {}, async (w) => {
      await w.page.goto(`${site.origin}/en/posts`);
      await w.page.locator('.post-card').first().waitFor();
      await w.page.keyboard.press('Tab');
      assert.equal(await w.page.evaluate(() => document.activeElement.className), 'skip-link');
      assert.ok(await w.page.locator('.skip-link').isVisible(), 'visible when focused');
      await w.page.keyboard.press('Enter');
      await w.page.waitForFunction(() => document.activeElement?.id === 'main');
      assert.equal(new URL(w.page.url()).pathname, '/en/posts');
    });
  });

  test('at 320 px (and so at 400% zoom of 1280 px) nothing scrolls sideways', async () => {
    for (const path of [
      '/en',
      '/be/manifesto',
      '/ru/posts',
      '/en/actions',
      '/be/join',
      '/be/tags',
      '/en/posts/actions-of-solidarity-held-worldwide',
      '/ru/embed',
    ]) {
      await withPage(site, { viewport: { width: 320, height: 640 } }, async (w) => {
        await w.page.goto(site.origin + path);
        await h1(w.page).waitFor();
        const [scroll, client] = await w.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        assert.ok(scroll <= client, `${path}: ${scroll} > ${client}`);
      });
    }
  });

  test('on a phone (390 px) headings break between words, never inside one', async () => {
    // Inside a word, body's overflow-wrap breaks only what cannot fit a line
    // (320 px, 400% zoom): at a phone's width every title's words must fit.
    // A word is what lies between spaces and after a hyphen (по-|прежнему
    // may break there).
    const paths = ['', '/manifesto', '/posts', '/tags', '/actions', '/join'];
    paths.push(...bundle.posts.map((post) => `/posts/${post.slug}`), ...bundle.tags.map((tag) => `/tags/${tag.slug}`));
    const broken = [];
    await withPage(site, { viewport: { width: 390, height: 844 } }, async (w) => {
      for (const lang of ['be', 'ru', 'en']) {
        for (const path of paths) {
          await w.page.goto(`${site.origin}/${lang}${path}`);
          await h1(w.page).waitFor();
          const words = await w.page.evaluate(() => {
            const found = [];
            for (const heading of document.querySelectorAll('main :is(h1, h2, h3)')) {
              const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
              for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                for (const word of text.data.matchAll(/[^\s-]+-?/g)) {
                  const range = document.createRange();
                  range.setStart(text, word.index);
                  range.setEnd(text, word.index + word[0].length);
                  const lines = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
                  if (lines.size > 1) found.push(word[0]);
                }
              }
            }
            return found;
          });
          broken.push(...words.map((word) => `/${lang}${path}: ${word}`));
        }
      }
    });
    assert.deepEqual(broken, []);
  });
});

describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  const routes = [
    '',
    '/manifesto',
    '/posts',
    '/posts/vilnius-banner-at-belarusian-embassy',
    '/tags',
    '/tags/solidarity-day',
    '/actions',
    '/join',
    '/preview',
    '/embed',
    '/no/such/page',
  ];
  for (const lang of ['be', 'ru', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${lang}, ${colorScheme}, phone and desktop`, async () => {
        const failures = [];
        for (const viewport of [
          { width: 390, height: 844 },
          { width: 1366, height: 900 },
        ]) {
          // bypassCSP: only to inject axe itself; every other test runs under the site's CSP.
          const context = await site.browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce', bypassCSP: true });
          const page = await context.newPage();
          for (const route of routes) {
            await page.goto(`${site.origin}/${lang}${route}`);
            await appReady(page);
            await h1(page).waitFor();
            await page.addScriptTag({ path: axePath });
            const result = await page.evaluate(() =>
              window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
            );
            for (const v of result.violations) {
              failures.push(
                `${lang}${route} ${colorScheme} ${viewport.width}px: ${v.id} (${v.impact}): ${v.nodes
                  .map((n) => n.target.join(' '))
                  .slice(0, 3)
                  .join(', ')}`,
              );
            }
          }
          await context.close();
        }
        assert.deepEqual(failures, []);
      });
    }
  }
});
