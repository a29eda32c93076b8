// The campaign in its readers' languages, on a map, and easy to join:
// the default bundle read in Belarusian and Russian with no English left,
// the map of solidarity as the build writes it and as a visitor uses it
// (without JavaScript too), and the "Take part" page's report form, whose
// entry `bundle check` must accept as it is.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST, changedBundle, pageIsCurrent, requestedCode, siteUnderTest, withPage, workingForm } from './harness.mjs';

const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const BUNDLE_TOOL = resolve(import.meta.dirname, '../../target/debug/bundle');
const site = siteUnderTest();

/** Whether `text` reads as Cyrillic: more Cyrillic letters than Latin ones. */
function isCyrillic(text) {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin;
}

/** Every paragraph and heading of the page's main content, with its language. */
const paragraphsOf = (page) =>
  page
    .locator('main')
    .evaluate((main) =>
      [...main.querySelectorAll('h1, h2, h3, p')]
        .filter((el) => el.innerText.trim())
        .map((el) => ({ text: el.innerText.trim(), lang: el.closest('[lang]').getAttribute('lang') })),
    );

describe('the campaign in Belarusian and Russian', () => {
  test('the manifesto and every post read in be and ru with no English paragraph', async () => {
    await withPage(site, {}, async ({ page }) => {
      const paths = ['/manifesto', ...bundle.posts.map((p) => `/posts/${p.slug}`)];
      for (const lang of ['be', 'ru']) {
        for (const path of paths) {
          const where = `/${lang}${path}`;
          await page.goto(site.origin + where);
          await page.locator('main h1').waitFor();
          assert.equal(await page.locator('main .translation-note').count(), 0, `${where} says it is untranslated`);
          for (const { text, lang: marked } of await paragraphsOf(page)) {
            assert.equal(marked, lang, `${where}: "${text.slice(0, 60)}" is marked ${marked}`);
            // Dates and names in Latin letters may stand alone; a sentence may not.
            if (text.split(/\s+/).length > 3) assert.ok(isCyrillic(text), `${where}: English paragraph "${text.slice(0, 80)}"`);
          }
        }
      }
      // Names as Belarusian and Russian media write them.
      await page.goto(`${site.origin}/be/manifesto`);
      assert.match(await page.locator('main').innerText(), /Алес[ья] Бяляцк/);
      await page.goto(`${site.origin}/ru/manifesto`);
      assert.match(await page.locator('main').innerText(), /Алес[ья] Беляцк/);
    });
  });

  test('every action says what happened in the page language', async () => {
    await withPage(site, {}, async ({ page }) => {
      for (const lang of ['be', 'ru']) {
        await page.goto(`${site.origin}/${lang}/actions`);
        const summaries = await page.locator('.action > p:not(.meta):not(.organiser)').allInnerTexts();
        assert.equal(summaries.length, bundle.actions.length);
        for (const text of summaries) assert.ok(isCyrillic(text), `${lang}: "${text}"`);
        assert.equal(await page.locator('.action [lang="en"]').count(), 0, `${lang}: English left in the list`);
      }
    });
  });
});

describe('the map of solidarity', () => {
  const held = bundle.actions.filter((a) => a.status !== 'banned');
  const years = [...new Set(held.map((a) => a.date.slice(0, 4)))].sort().reverse();
  const placesOf = (year) => new Set(held.filter((a) => a.date.startsWith(year)).map((a) => `${a.city ?? ''}|${a.country}`.toLowerCase()));

  test('is in the prerendered HTML, one labelled mark per place leading to its entry', async () => {
    const worlds = new Set();
    for (const lang of ['be', 'ru', 'en']) {
      const html = await readFile(`${DIST}/${lang}/actions/index.html`, 'utf8');
      assert.ok(html.length < 150_000, `${lang}: ${html.length} bytes`);
      for (const year of years) {
        const figure = html.match(new RegExp(`<figure id="map-${year}" class="map-year">(.*?)</figure>`, 's'))?.[1];
        assert.ok(figure, `${lang}: no map of ${year}`);
        const world = figure.match(/<use href="(\/map\/world-[0-9a-f]{16}\.svg)#land"/)?.[1];
        assert.ok(world, `${lang} ${year}: the land is the site's drawing of the world`);
        worlds.add(world);
        const marks = [...figure.matchAll(/<a href="#(action-\d+)" aria-label="([^"]+)">/g)];
        assert.equal(marks.length, placesOf(year).size, `${lang} ${year}: one mark per place`);
        for (const [, id, label] of marks) {
          assert.match(html, new RegExp(`<li id="${id}" class="action[^"]*">`), `${lang}: ${id} has its entry`);
          assert.ok(label.trim(), `${lang}: ${id} has a name`);
        }
      }
      const vilnius = { be: 'Вільня', ru: 'Вильнюс', en: 'Vilnius' }[lang];
      assert.match(html, new RegExp(`aria-label="${vilnius}, `), `${lang}: names in the page language`);
    }
    // One drawing for every map, the site's own file, named by its content
    // and so cached for a year: land and borders, no script.
    assert.equal(worlds.size, 1);
    const response = await fetch(site.origin + [...worlds][0]);
    assert.match(response.headers.get('content-type'), /^image\/svg\+xml\b/);
    assert.match(response.headers.get('cache-control'), /immutable/);
    const world = await response.text();
    assert.match(world, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(world, /id="land"/);
    assert.doesNotMatch(world, /<script|href=/);
  });

  test('switches years without JavaScript, and shows every year without CSS', async () => {
    await withPage(site, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${site.origin}/en/actions`);
      const [newest, older] = years;
      assert.ok(await page.locator(`#map-${newest}`).isVisible());
      assert.ok(await page.locator(`#map-${older}`).isHidden());
      await page.locator(`label[for="map-year-${older}"]`).click();
      assert.ok(await page.locator(`#map-${older}`).isVisible());
      assert.ok(await page.locator(`#map-${newest}`).isHidden());
      // Every mark of the year shown is drawn: a circle of its own.
      const marks = page.locator(`#map-${older} .map-mark`);
      assert.equal(await marks.count(), placesOf(older).size);
      assert.ok((await marks.first().locator('circle').boundingBox()).width > 0);
    });
    await withPage(site, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${site.origin}/en/actions`);
      // Without the style sheet (a reader mode, a text browser) nothing is hidden.
      await page.evaluate(() => {
        for (const sheet of document.querySelectorAll('link[rel="stylesheet"]')) sheet.remove();
      });
      for (const year of years) assert.ok(await page.locator(`#map-${year}`).isVisible(), year);
    });
  });

  test('in the app, back from a mark to the map leaves the page as it is', async () => {
    await withPage(site, {}, async ({ page }) => {
      await changedBundle(page);
      await page.goto(`${site.origin}/en/actions`);
      await page.locator('main').evaluate((main) => {
        main.firstElementChild.dataset.mine = 'here';
      });
      const mark = page.locator('.map-year:visible .map-mark a').first();
      const href = await mark.getAttribute('href');
      await mark.click();
      await page.waitForURL(`**/en/actions${href}`);
      await page.goBack();
      await page.waitForURL(`**/en/actions`);
      // A link within the page, and back: the same page, not rendered anew
      // (which would send the focus to its heading, away from the map).
      assert.equal(await page.locator('main').evaluate((main) => main.firstElementChild.dataset.mine), 'here');
      assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    });
  });

  test('marks are reached by keyboard and lead to their entry; nothing is fetched elsewhere', async () => {
    await withPage(site, {}, async ({ page }) => {
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${site.origin}/be/actions`);
      await page.locator('.map-pick:checked').focus();
      // From the year chooser, Tab reaches the shown map's first mark.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        label: document.activeElement.getAttribute('aria-label'),
        href: document.activeElement.getAttribute('href'),
        inMap: !!document.activeElement.closest('.map-year'),
      }));
      assert.ok(focused.inMap, 'the first mark takes focus');
      await page.keyboard.press('Enter');
      await page.waitForFunction((hash) => location.hash === hash, focused.href);
      const target = page.locator(`${focused.href}`);
      assert.ok(await target.isVisible());
      assert.ok((await target.innerText()).startsWith(focused.label.split(',')[0]), `${focused.label} leads to its entry`);
      assert.ok(
        requests.some((u) => /\/map\/world-[0-9a-f]{16}\.svg$/.test(u)),
        'the world drawing is the site’s own',
      );
      assert.deepEqual(
        requests.filter((u) => !u.startsWith(site.origin)),
        [],
      );
    });
  });
});

/** Fills the report form on `page` with `fields` (by field name). */
async function fill(page, fields) {
  for (const [name, value] of Object.entries(fields)) await page.locator(`#report-${name}`).fill(value);
}

describe('Take part', () => {
  test('is in the navigation and says what anyone can do, in each language', async () => {
    await withPage(site, {}, async ({ page }) => {
      for (const [lang, name] of [
        ['be', 'Далучыцца'],
        ['ru', 'Присоединиться'],
        ['en', 'Take part'],
      ]) {
        await page.goto(`${site.origin}/${lang}`);
        await page.locator(`header nav a[href="/${lang}/join"]`, { hasText: name }).click();
        await page.waitForURL(`**/${lang}/join`);
        await page.locator('main h1').waitFor();
        assert.equal(await page.locator('main h1').innerText(), name);
        assert.equal(await page.locator('.way').count(), 5);
        assert.ok(await page.locator(`.way a[href="/${lang}/manifesto"]`).count());
        assert.ok(await page.locator(`.way a[href="/${lang}/embed"]`).count());
      }
    });
  });

  test("refuses what bundle check refuses, says why in the visitor's words, and loses nothing", async () => {
    await withPage(site, {}, async ({ page }) => {
      const code = requestedCode(page);
      await page.goto(`${site.origin}/en/join`);
      await workingForm(page);
      // The page as written, its form worked by its own module: no app.
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'current');
      assert.deepEqual(code().sort(), [
        '/check-HASH.js',
        '/language-HASH.js',
        '/page-HASH.js',
        '/page-HASH_bg.wasm',
        '/report-HASH.js',
        '/report-HASH_bg.wasm',
        '/start-HASH.js',
      ]);
      await fill(page, { date: '2013-08-04', city: 'Vilnius', country: 'Lithuana', link: 'javascript:alert(1)' });
      await page.getByRole('button', { name: 'Prepare the entry' }).click();
      await page
        .locator('.report-status')
        .filter({ hasText: /2 fields need fixing/ })
        .waitFor();
      // The focus goes to the first field to fix (once it is drawn); each
      // says why in the visitor's words, not the bundle's.
      await page.waitForFunction(() => document.activeElement?.id === 'report-summary');
      assert.equal(await page.locator('#report-summary').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#report-summary-said').innerText(), 'Say in a sentence or two what happened.');
      assert.match(await page.locator('#report-link-said').innerText(), /^This is not a web address/);
      assert.match(await page.locator('#report-country-said').innerText(), /^Did you mean “Lithuania”\?/);
      assert.equal(await page.locator('.said [lang]').count(), 0, 'no message in another language than the page');
      assert.ok(await page.locator('#report-entry').isHidden(), 'no entry while a field is wrong');
      // What was typed survives a reload of this tab, and only of this tab.
      await page.reload();
      await workingForm(page);
      assert.equal(await page.locator('#report-country').inputValue(), 'Lithuana');
      assert.equal(await page.locator('#report-link').inputValue(), 'javascript:alert(1)');
      const other = await page.context().newPage();
      await other.goto(`${site.origin}/en/join`);
      await workingForm(other);
      assert.equal(await other.locator('#report-country').inputValue(), '');
      await other.close();
    });
  });

  test("in Belarusian, an empty form says what each field wants in Belarusian, the date's too", async () => {
    await withPage(site, {}, async ({ page }) => {
      await page.goto(`${site.origin}/be/join`);
      await workingForm(page);
      await page.locator('.report-form button[type="submit"]').click();
      await page.waitForFunction(() => document.activeElement?.id === 'report-date');
      assert.equal(await page.locator('#report-date-said').innerText(), 'Пазначце дзень акцыі.');
      assert.equal(await page.locator('#report-country-said').innerText(), 'Пазначце краіну, дзе яна адбылася.');
      assert.equal(await page.locator('#report-summary-said').innerText(), 'Раскажыце ў адным-двух сказах, што адбылося.');
      assert.match(await page.locator('.report-status').innerText(), /^3 палі трэба выправіць/);
      // Read with the fields: each says it in its description.
      assert.equal(await page.locator('#report-date').getAttribute('aria-describedby'), 'report-date-said');
    });
  });

  test('prepares an entry that bundle check accepts as it is, to copy, download or mail', async () => {
    assert.ok(existsSync(BUNDLE_TOOL), 'target/debug/bundle: run `cargo build --bin bundle` (scripts/test builds it)');
    const contact = 'editors@solidarity.example';
    await withPage(site, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page }) => {
      // A bundle that names the editors' address (the default one does not).
      await page.route('**/data/bundle.json', async (route) => {
        const response = await route.fetch();
        const live = JSON.parse(await response.text());
        live.campaign.contact = contact;
        await route.fulfill({ response, body: JSON.stringify(live) });
      });
      await page.goto(`${site.origin}/ru/join`);
      await workingForm(page);
      const summary = 'Около 20 человек с портретами «политзаключённых» — у посольства.\n<script>alert(1)</script> "кавычки" \\';
      const typed = {
        date: '2026-08-04',
        city: 'Прага',
        country: 'Czech Republic',
        organiser: 'Lidé a «друзья»',
        summary,
        link: 'https://example.org/report?a=1&b=2',
      };
      await fill(page, typed);
      await page.getByRole('button', { name: 'Подготовить запись' }).click();
      const entry = page.locator('#report-entry');
      await entry.waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'report-entry');
      const json = await entry.inputValue();
      const action = JSON.parse(json);
      // The entry is what was typed, field for field, nothing added.
      assert.deepEqual(action, typed);
      // Pasted into the bundle's actions, bundle check accepts it.
      const dir = await mkdtemp(join(tmpdir(), 'report-'));
      try {
        const file = join(dir, 'bundle.json');
        const pasted = { ...bundle, actions: [...bundle.actions, action] };
        await writeFile(file, JSON.stringify(pasted, null, 2));
        const check = spawnSync(BUNDLE_TOOL, ['check', file], { encoding: 'utf8' });
        assert.equal(check.status, 0, check.stdout + check.stderr);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      // Copy puts it on the clipboard.
      await page.getByRole('button', { name: 'Скопировать' }).click();
      await page.locator('.report-copied').filter({ hasText: 'Запись скопирована' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), json);
      // Download is the entry itself, named after its date and place.
      const download = page.getByRole('link', { name: 'Скачать' });
      assert.equal(await download.getAttribute('download'), 'action-2026-08-04-praga.json');
      const href = await download.getAttribute('href');
      assert.equal(decodeURIComponent(href.replace(/^data:application\/json;charset=utf-8,/, '')), json);
      // Mail goes to the bundle's contact, with the entry as its body.
      const mail = new URL(await page.getByRole('link', { name: 'Отправить по почте' }).getAttribute('href'));
      assert.equal(mail.protocol, 'mailto:');
      assert.equal(mail.pathname, contact);
      assert.equal(mail.searchParams.get('body'), json);
      assert.match(mail.searchParams.get('subject'), /^Акция Дня солидарности: Прага, 4 августа 2026/);
      // A change after preparing takes the old entry away: nothing stale is sent.
      await page.locator('#report-city').fill('Брно');
      await entry.waitFor({ state: 'hidden' });
      assert.equal(await entry.inputValue(), '');
      assert.equal(await page.locator('.report-status').innerText(), '');
    });
  });

  test('without JavaScript, says what to do instead of showing a form that cannot work', async () => {
    await withPage(site, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${site.origin}/be/join`);
      assert.ok(await page.locator('.report-needs-script').isVisible());
      assert.ok(await page.locator('.report-form').isHidden());
      assert.equal(await page.locator('.way').count(), 5);
    });
  });

  /** On a phone (390×844), with the form two screens down: its code
   *  (`code`: requestedCode's) is not fetched, and the form stays as
   *  written, until it nears the screen; then it comes and works it. */
  async function formCodeComesWhenNear(page, code) {
    // The form's watcher reports with a frame: two frames on, it has looked.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const formCode = () => code().filter((path) => path.startsWith('/report-'));
    assert.deepEqual(formCode(), [], 'two screens down, the form waits');
    assert.ok(await page.locator('.report-form fieldset[disabled]').count(), 'and stays as written meanwhile');
    await workingForm(page);
    assert.deepEqual(formCode().sort(), ['/report-HASH.js', '/report-HASH_bg.wasm']);
  }

  test("on a phone the form's code comes once the form nears the screen, not with the page", async () => {
    await withPage(site, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
      const code = requestedCode(page);
      await page.goto(`${site.origin}/en/join`);
      await pageIsCurrent(page);
      await formCodeComesWhenNear(page, code);
    });
  });

  test('the form is laid out with the page, in its first frame, not after it painted', async () => {
    await withPage(site, {}, async ({ page }) => {
      // Each frame until the form is there: whether it is drawn.
      await page.addInitScript(() => {
        const look = () => {
          const form = document.querySelector('.report-form');
          if (!form) return requestAnimationFrame(look);
          window.__formFirstDrawn = getComputedStyle(form).display;
        };
        requestAnimationFrame(look);
      });
      await page.goto(`${site.origin}/en/join`);
      await pageIsCurrent(page);
      const first = await page.evaluate(() => window.__formFirstDrawn);
      assert.equal(typeof first, 'string', 'a frame saw the form');
      assert.notEqual(first, 'none');
    });
  });

  test("when the form's code cannot be loaded, says so in the page's language instead of a dead form", async () => {
    await withPage(site, {}, async (w) => {
      const { page } = w;
      await page.route(/\/report-[0-9a-f]+_bg\.wasm$/, (route) => route.abort('connectionreset'));
      await page.goto(`${site.origin}/ru/join`);
      // Its code is fetched once the form is near the screen.
      await page.locator('.report-form').scrollIntoViewIfNeeded();
      const note = page.getByRole('alert').filter({ hasText: 'Форму не удалось загрузить' });
      await note.waitFor();
      assert.match(await note.innerText(), /Перезагрузите страницу/);
      assert.ok(await page.locator('.report-form fieldset[disabled]').isVisible(), 'the form as written, disabled');
      w.allow(/Failed to load resource|net::ERR_|report form's code cannot be loaded/);
      // Once the code arrives (a reload), the form works and the note is gone.
      await page.unroute(/\/report-[0-9a-f]+_bg\.wasm$/);
      await page.reload();
      await workingForm(page);
      assert.ok(await page.locator('.report-unavailable').isHidden());
    });
  });

  test('a changed bundle without a contact offers copy and download only', async () => {
    await withPage(site, {}, async ({ page }) => {
      await changedBundle(page);
      await page.goto(`${site.origin}/en/join`);
      await workingForm(page);
      await fill(page, { date: '2013-08-04', country: 'Ireland', summary: 'A picket in Dublin.' });
      await page.getByRole('button', { name: 'Prepare the entry' }).click();
      await page.locator('#report-entry').waitFor();
      assert.equal(await page.locator('.report-actions a[href^="mailto:"]').count(), 0);
      assert.ok(await page.getByRole('link', { name: 'Download' }).isVisible());
    });
  });

  test("in the app, a form reached by a link is worked by the page's loader, once near the screen", async () => {
    await withPage(site, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await changedBundle(page);
      const code = requestedCode(page);
      await page.goto(`${site.origin}/en`);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.app), 'live');
      // A move in the app, not a page loaded anew.
      await page.evaluate(() => (window.sameDocument = true));
      await page.locator('.site-nav a[href="/en/join"]').click();
      await page.locator('.report-form').waitFor();
      assert.ok(await page.evaluate(() => window.sameDocument), 'the app moved to the page');
      await formCodeComesWhenNear(page, code);
      // Back home and to the form again: the new form is worked too, by the module already loaded.
      await page.goBack();
      await page.locator('section.countdown').waitFor();
      await page.goForward();
      await workingForm(page);
      assert.equal(code().filter((path) => path.startsWith('/report-')).length, 2, 'loaded once');
    });
  });

  test('axe-core finds nothing in the form as it answers: refusals and the entry, each scheme', async () => {
    const failures = [];
    for (const colorScheme of ['light', 'dark']) {
      // bypassCSP: only to inject axe itself.
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      for (const lang of ['be', 'ru', 'en']) {
        await page.goto(`${site.origin}/${lang}/join`);
        await workingForm(page);
        await fill(page, { date: '', city: '', country: 'Lithuana', organiser: '', summary: '', link: 'ftp://x' });
        await page.locator('.report-form button[type="submit"]').click();
        await page.locator('#report-summary-said').waitFor();
        const states = [['refused']];
        await page.addScriptTag({ path: axePath });
        const audit = () =>
          page.evaluate(() =>
            window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
          );
        states[0].push(await audit());
        await fill(page, { date: '2013-08-04', country: 'Lithuania', summary: 'A picket.', link: '' });
        await page.locator('.report-form button[type="submit"]').click();
        await page.locator('#report-entry').waitFor();
        states.push(['prepared', await audit()]);
        for (const [state, result] of states) {
          for (const v of result.violations)
            failures.push(`${lang} ${colorScheme} ${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
      }
      await context.close();
    }
    assert.deepEqual(failures, []);
  });
});
