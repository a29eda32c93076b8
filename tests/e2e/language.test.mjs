// Addresses without a language (`/manifesto`, `/posts/…`, `/`): the ones
// partners and visitors type and share. Each is a prerendered file, the
// English page (static hosts) or, through nginx, the page in the language the
// browser asks for; the script first in its head (crates/page/js/language.js)
// takes the visitor to their own language before anything is drawn: the one
// they chose with the switcher, else their browser's, else English. Without
// JavaScript the address reads as it was answered, with the switcher. No
// app is downloaded for any of it.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import vm from 'node:vm';
import { DIST, pageIsCurrent, requestedCode, siteUnderTest, withPage, workingForm } from './harness.mjs';

const site = siteUnderTest();
const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
const LANGS = ['be', 'ru', 'en'];
const post = bundle.posts[0].slug;
const tag = bundle.tags[0].slug;
/** The manifesto's heading in each language, as its page was written. */
const H1 = Object.fromEntries(
  await Promise.all(
    LANGS.map(async (lang) => [lang, (await readFile(`${DIST}/${lang}/manifesto/index.html`, 'utf8')).match(/<h1[^>]*>([^<]*)/)[1]]),
  ),
);

/** The app's code (either build) among what `page` asks for from now on. */
function appRequests(page) {
  const code = requestedCode(page);
  return () => code().filter((path) => /^\/(visitor|solidarity-day)-/.test(path));
}

/** Records, in sessionStorage, any frame the browser was about to draw
 *  while the address had no language: there must be none. */
const recordFramesWithoutLanguage = (page) =>
  page.addInitScript(() => {
    const record = () => {
      if (!/^\/(be|ru|en)(\/|$)/.test(location.pathname)) sessionStorage.setItem('drawn-without-language', location.href);
    };
    requestAnimationFrame(record);
  });

const drawnWithoutLanguage = (page) => page.evaluate(() => sessionStorage.getItem('drawn-without-language'));

const current = pageIsCurrent;

describe('an address without a language', () => {
  test('the script follows the rule of the core, case by case (crates/core/tests/preferred-lang.json)', async () => {
    const cases = JSON.parse(await readFile(new URL('../../crates/core/tests/preferred-lang.json', import.meta.url), 'utf8'));
    const html = await readFile(`${DIST}/manifesto/index.html`, 'utf8');
    const tag = html.match(/<script src="(\/language-[0-9a-f]{16}\.js)" ([^>]*)><\/script>/);
    assert.ok(tag, 'the language script in the head');
    const dataset = Object.fromEntries([...tag[2].matchAll(/data-(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const code = await readFile(`${DIST}${tag[1]}`, 'utf8');
    for (const { chosen, browser, lang, why } of cases) {
      for (const pageLang of LANGS) {
        const went = [];
        const context = {
          document: { currentScript: { dataset }, documentElement: { lang: pageLang, style: {}, dataset: {} } },
          location: { pathname: '/posts/x/', search: '?from=partner', hash: '#links', replace: (to) => went.push(['replace', to]) },
          history: { state: null, replaceState: (_s, _t, to) => went.push(['replaceState', to]) },
          localStorage: { getItem: (key) => (key === dataset.key ? chosen : null) },
          navigator: { languages: browser, language: browser[0] },
          addEventListener: () => {},
        };
        vm.runInNewContext(code, context);
        const target = `/${lang}/posts/x?from=partner#links`;
        assert.deepEqual(went, [[lang === pageLang ? 'replaceState' : 'replace', target]], `${why} (page in ${pageLang})`);
        if (lang !== pageLang) assert.equal(context.document.documentElement.style.visibility, 'hidden', why);
        // The page is marked as one where scripts run, before it paints.
        assert.equal(context.document.documentElement.dataset.js, '', why);
      }
    }
    // An address with a language is left alone, whatever the visitor prefers.
    const went = [];
    const marked = {};
    const listeners = [];
    class HTMLScriptElement {}
    vm.runInNewContext(code, {
      document: { currentScript: { dataset }, documentElement: { lang: 'be', style: {}, dataset: marked } },
      location: { pathname: '/be/manifesto', search: '', hash: '', replace: (to) => went.push(to) },
      history: { replaceState: (_s, _t, to) => went.push(to) },
      localStorage: { getItem: () => 'ru' },
      navigator: { languages: ['ru'] },
      addEventListener: (type, listener, capture) => listeners.push([type, listener, capture]),
      HTMLScriptElement,
    });
    assert.deepEqual(went, []);
    assert.deepEqual(marked, { js: '' }, 'marked all the same');
    // Unmarked if a script (the loader) cannot be fetched, not for an image.
    assert.deepEqual(
      listeners.map(([type, , capture]) => [type, capture]),
      [['error', true]],
    );
    listeners[0][1]({ target: {} });
    assert.deepEqual(marked, { js: '' });
    listeners[0][1]({ target: new HTMLScriptElement() });
    assert.deepEqual(marked, {});
  });

  test("an earlier link's page of a list goes to the page's own file before it paints, case by case", async () => {
    // The news' first page as written: its script names the list's pages.
    const html = await readFile(`${DIST}/en/posts/index.html`, 'utf8');
    const tag = html.match(/<script src="(\/language-[0-9a-f]{16}\.js)" ([^>]*)><\/script>/);
    const written = Object.fromEntries([...tag[2].matchAll(/data-([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    assert.equal(written.pages.split(' ')[0], '/en/posts', 'the list’s pages, its first one first');
    assert.equal(written['page-param'], 'page');
    const code = await readFile(`${DIST}${tag[1]}`, 'utf8');
    // As if the list had three pages.
    const dataset = { key: written.key, langs: written.langs, fallback: written.fallback, pageParam: 'page' };
    dataset.pages = '/en/posts /en/posts/page/2 /en/posts/page/3';
    const run = (pathname, search, { hash = '', visitor = 'en' } = {}) => {
      const went = [];
      const root = { lang: 'en', style: {}, dataset: {} };
      const location = { pathname, search, hash, replace: (to) => went.push(['replace', to]) };
      vm.runInNewContext(code, {
        document: { currentScript: { dataset }, documentElement: root },
        location,
        history: {
          state: null,
          // As a browser does: the address changes at once.
          replaceState: (_s, _t, to) => {
            went.push(['replaceState', to]);
            const url = new URL(to, 'https://site.test');
            Object.assign(location, { pathname: url.pathname, search: url.search, hash: url.hash });
          },
        },
        localStorage: { getItem: () => null },
        navigator: { languages: [visitor] },
        addEventListener: () => {},
      });
      return { went, hidden: root.style.visibility === 'hidden' };
    };
    // The table the Rust's reading of such a query is checked against too
    // (solidarity_core::paging's test): where the script goes is the page
    // the Rust shows; what the list has not, or the Rust reads otherwise, is
    // left to the app.
    const cases = JSON.parse(await readFile(new URL('../../crates/core/tests/page-query.json', import.meta.url), 'utf8'));
    for (const { query, to, why } of cases) {
      // Page 1 is this page: the address loses the number, nothing reloads.
      const went = to === null ? [] : [[to.split('?')[0] === '/en/posts' ? 'replaceState' : 'replace', to]];
      assert.deepEqual(run('/en/posts', query), { went, hidden: went[0]?.[0] === 'replace' }, why);
    }
    assert.deepEqual(run('/en/posts', '?page=2', { hash: '#top' }), { went: [['replace', '/en/posts/page/2#top']], hidden: true });
    assert.deepEqual(run('/en/posts/', '?page=1&from=partner'), { went: [['replaceState', '/en/posts?from=partner']], hidden: false });
    // Without a language: first the visitor's, then the page.
    assert.deepEqual(run('/posts', '?page=2'), {
      went: [
        ['replaceState', '/en/posts?page=2'],
        ['replace', '/en/posts/page/2'],
      ],
      hidden: true,
    });
    // Another language's first page does the rest, with its own pages.
    assert.deepEqual(run('/posts', '?page=2', { visitor: 'ru' }), { went: [['replace', '/ru/posts?page=2']], hidden: true });
  });

  test('every English page is also written without its language', async () => {
    const files = (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('index.html'));
    const english = files.filter((f) => f.startsWith('en/') && !/^en\/(preview|embed)\//.test(f));
    assert.ok(english.length > 20, english.join(' '));
    for (const file of english) {
      const without = file.slice('en/'.length);
      assert.ok(files.includes(without), `${without} beside ${file}`);
      assert.equal(await readFile(`${DIST}/${without}`, 'utf8'), await readFile(`${DIST}/${file}`, 'utf8'), without);
    }
    assert.equal(await readFile(`${DIST}/index.html`, 'utf8'), await readFile(`${DIST}/en/index.html`, 'utf8'));
  });

  test("nginx answers it in the browser's language, and says the answer varies with it", async () => {
    for (const [accept, lang] of [
      ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
      ['de-DE,de;q=0.9,be;q=0.8,ru;q=0.7', 'be'],
      ['BE', 'be'],
      ['fr', 'en'],
      ['bel,ruby', 'en'],
      ['', 'en'],
    ]) {
      for (const path of ['/', '/manifesto', `/posts/${post}`, `/tags/${tag}`]) {
        const response = await fetch(site.origin + path, { headers: { 'Accept-Language': accept } });
        assert.equal(response.status, 200, path);
        assert.match(response.headers.get('vary') ?? '', /Accept-Language/, path);
        assert.match(await response.text(), new RegExp(`<html lang="${lang}"`), `${path} for ${accept}`);
      }
    }
    const explicit = await fetch(site.origin + '/ru/manifesto', { headers: { 'Accept-Language': 'be' } });
    assert.match(await explicit.text(), /<html lang="ru"/);
    assert.doesNotMatch(explicit.headers.get('vary') ?? '', /Accept-Language/);
    // An address no file answers is the app's, as before.
    const later = await fetch(site.origin + '/posts/written-after-the-build', { headers: { 'Accept-Language': 'ru' } });
    assert.match(await later.text(), /<noscript>/);
  });

  for (const lang of LANGS) {
    test(`a choice of ${lang} made with the switcher: the page in ${lang} before anything is drawn, no app`, async () => {
      // A browser in another language, answered in English by the server.
      const other = lang === 'en' ? 'ru-RU' : 'en-US';
      await withPage(site, { locale: other, extraHTTPHeaders: { 'Accept-Language': 'en' } }, async ({ page }) => {
        await page.goto(`${site.origin}/en`, { app: false });
        await current(page);
        await page.evaluate((lang) => localStorage.setItem('solidarity-day:lang', lang), lang);
        await recordFramesWithoutLanguage(page);
        const app = appRequests(page);
        await page.goto(`${site.origin}/manifesto?from=partner#main`, { app: false });
        await page.waitForURL(`${site.origin}/${lang}/manifesto?from=partner#main`);
        await current(page);
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        assert.equal(await page.locator('main h1').innerText(), H1[lang]);
        assert.equal(await drawnWithoutLanguage(page), null);
        assert.deepEqual(app(), []);
      });
    });

    test(`a browser in ${lang}: the page in ${lang}, whether the server chose it or not, no app`, async () => {
      const locale = { be: 'be-BY', ru: 'ru-RU', en: 'en-GB' }[lang];
      // Through nginx (it answers in the browser's language), and as a
      // host that cannot choose answers it (in English).
      for (const headers of [{}, { 'Accept-Language': 'en' }]) {
        await withPage(site, { locale, extraHTTPHeaders: headers }, async ({ page }) => {
          await recordFramesWithoutLanguage(page);
          const app = appRequests(page);
          await page.goto(`${site.origin}/posts/${post}#links`, { app: false });
          await page.waitForURL(`${site.origin}/${lang}/posts/${post}#links`);
          await current(page);
          assert.equal(await page.locator('html').getAttribute('lang'), lang);
          assert.equal(await drawnWithoutLanguage(page), null);
          assert.deepEqual(app(), []);
        });
      }
    });
  }

  test('`/` and every kind of page: the visitor lands on its address in their language, no app', async () => {
    await withPage(site, { locale: 'be-BY' }, async ({ page }) => {
      const app = appRequests(page);
      for (const path of ['/', '/manifesto', '/posts', `/posts/${post}`, '/tags', `/tags/${tag}`, '/actions', '/join']) {
        await page.goto(site.origin + path, { app: false });
        await page.waitForURL(`${site.origin}/be${path === '/' ? '' : path}`);
        await current(page);
        assert.equal(await page.locator('html').getAttribute('lang'), 'be', path);
      }
      // "Take part"'s form works with its own small module, not the app.
      await workingForm(page);
      assert.deepEqual(app(), []);
    });
  });

  test('without JavaScript it reads in English, with the switcher to the other languages', async () => {
    await withPage(site, { javaScriptEnabled: false, locale: 'en-US' }, async ({ page }) => {
      await page.goto(`${site.origin}/manifesto`);
      assert.equal(new URL(page.url()).pathname, '/manifesto');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await page.locator('main h1').innerText(), H1.en);
      const switcher = page.getByRole('navigation', { name: 'Language' });
      assert.equal(await switcher.getByRole('link', { name: 'Беларуская' }).getAttribute('href'), '/be/manifesto');
      assert.equal(await switcher.getByRole('link', { name: 'Русский' }).getAttribute('href'), '/ru/manifesto');
    });
    // With nginx's help a Russian browser reads Russian even so.
    await withPage(site, { javaScriptEnabled: false, locale: 'ru-RU' }, async ({ page }) => {
      await page.goto(`${site.origin}/manifesto`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
      assert.equal(await page.locator('main h1').innerText(), H1.ru);
    });
  });
});

describe('what loads which build of the app', () => {
  test('an address not written at build time gets the visitors’ build; the tools only on their pages', async () => {
    await withPage(site, {}, async ({ page }) => {
      const shell = appRequests(page);
      await page.goto(`${site.origin}/en/posts/written-after-the-build`);
      await page.locator('main h1', { hasText: 'not found' }).waitFor();
      assert.ok(shell().length > 0 && shell().every((p) => p.startsWith('/visitor-')), shell().join(' '));
      const tool = appRequests(page);
      await page.goto(`${site.origin}/ru/preview`);
      await page.locator('main h1').waitFor();
      assert.ok(tool().length > 0 && tool().every((p) => p.startsWith('/solidarity-day-')), tool().join(' '));
      // From the visitors' app, a way to a tool that is not a link: the
      // page is loaded anew, and it is the tools'.
      await page.goto(`${site.origin}/en/posts/written-after-the-build`);
      await page.locator('main h1', { hasText: 'not found' }).waitFor();
      const reloaded = appRequests(page);
      await page.evaluate(() => {
        history.pushState(null, '', '/en/embed');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      await page.waitForFunction(
        () => document.querySelector('script[src^="/boot-"]') && performance.getEntriesByType('navigation')[0].type === 'reload',
      );
      await page.locator('main h1').waitFor();
      assert.ok(
        reloaded().some((p) => p.startsWith('/solidarity-day-')),
        reloaded().join(' '),
      );
    });
  });
});
