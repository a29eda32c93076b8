// What editors rely on in the browser: the last good bundle when a new one is
// broken, the preview page, and content rendered as text whatever it holds.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, showsSomething, siteUnderTest, withPage } from './harness.mjs';

const bundleText = await readFile(`${DIST}/data/bundle.json`, 'utf8');
const bundle = JSON.parse(bundleText);
const naughty = JSON.parse(await readFile(new URL('../../../shared/testdata/naughty-strings/blns.json', import.meta.url), 'utf8'));

const site = siteUnderTest();

const h1 = (page) => page.locator('main h1');

describe('a broken or missing bundle never breaks the site for returning visitors', () => {
  for (const [fault, reply] of [
    ['invalid', { status: 200, contentType: 'application/json', body: bundleText.replace('"2013-08-04"', '"2013-02-30"') }],
    ['a server error', { status: 500, body: 'oops' }],
    ['truncated', { status: 200, contentType: 'application/json', body: bundleText.slice(0, 5000) }],
  ]) {
    test(`when the bundle is ${fault}, the last good copy shows with a notice`, async () => {
      await withPage(site, {}, async (w) => {
        await w.page.goto(site.origin + '/posts');
        await w.page.locator('.post-card').first().waitFor();
        await w.page.route('**/data/bundle.json', (route) => route.fulfill(reply));
        await w.page.reload();
        await w.page.locator('.post-card').first().waitFor();
        assert.equal(await w.page.locator('.post-card').count(), bundle.posts.length);
        const notice = w.page.locator('.notice[role="status"]');
        assert.match(await notice.innerText(), /copy of this site saved on your last visit/);
        if (fault === 'invalid') {
          await notice.locator('summary').click();
          // Visitors' browsers report the first mistake at its line and column
          // (the preview and `bundle check` give the full report).
          assert.match(await notice.innerText(), /\d+:\d+: error: February 2013 has no day 30/);
        }
        // Once the bundle is fixed, "Try again" brings the live one and the notice goes.
        await w.page.unroute('**/data/bundle.json');
        await notice.getByRole('button', { name: 'Try again' }).click();
        await w.page.locator('.notice[role="status"]').waitFor({ state: 'detached' });
        w.allow(/status of 500|bundle: /);
      });
    });
  }
});

describe('the preview page', () => {
  async function openPreview(page, name, text) {
    await page.goto(site.origin + '/preview');
    await h1(page).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('.preview-report').waitFor();
  }

  test('a valid file: the whole site renders from it, nothing is uploaded', async () => {
    await withPage(site, {}, async (w) => {
      const requests = [];
      w.page.on('request', (r) => requests.push(r.url()));
      const edited = structuredClone(bundle);
      edited.posts[0].title = 'A brand new headline from the editor';
      await openPreview(w.page, 'draft.json', JSON.stringify(edited));
      assert.match(await w.page.locator('.preview-report').innerText(), /No problems found/);
      await w.page.locator('.preview-report a[href="/en/posts"]').click();
      await w.page.locator('.post-card').first().waitFor();
      assert.equal(await w.page.locator('.post-card-title').first().innerText(), 'A brand new headline from the editor');
      assert.match(await w.page.locator('.preview-banner').innerText(), /Preview of “draft.json”: not published/);
      // Every request went to the site's own files; no POST, no upload.
      assert.ok(
        requests.every((url) => url.startsWith(site.origin)),
        requests.join('\n'),
      );
      await w.page.getByRole('button', { name: 'Exit preview' }).click();
      await w.page.locator('.preview-banner').waitFor({ state: 'detached' });
      assert.equal(await w.page.locator('.post-card-title').first().innerText(), bundle.posts[0].title);
    });
  });

  test('a file with mistakes: every problem at the top, and the rest still previewed', async () => {
    await withPage(site, {}, async (w) => {
      const text = bundleText
        .replace('"solidarity-day",\n        "ales-bialiatski",\n        "political-prisoners"', '"solidarity-dya"')
        .replace('"title": "Solidarity action', '"titel": "Solidarity action');
      await openPreview(w.page, 'broken.json', text);
      const problems = await w.page.locator('.problem-list li').allInnerTexts();
      // Where each mistake is in the file, counted here as an editor would.
      const at = (needle) => {
        const before = text.slice(0, text.indexOf(needle)).split('\n');
        return `${before.length}:${before.at(-1).length + 1}`;
      };
      assert.deepEqual(problems, [
        `${at('"solidarity-dya"')}: error: posts[0].tags[0]: unknown tag "solidarity-dya"; did you mean "solidarity-day"?`,
        `${at('"titel"')}: error: posts[1].titel: unknown field "titel"; did you mean "title"?`,
      ]);
      assert.match(
        await w.page.locator('.preview-banner').innerText(),
        /It has 2 errors: visitors would keep seeing the published version/,
      );
      await w.page.locator('.preview-report a[href="/en/manifesto"]').click();
      await w.page.locator('.prose p').first().waitFor();
      assert.equal(await h1(w.page).innerText(), bundle.manifesto.title);
    });
  });

  test('a file that is not JSON says so, with the position', async () => {
    await withPage(site, {}, async (w) => {
      await openPreview(w.page, 'notes.txt', 'Dear editors,\nhere is the bundle');
      assert.match(await w.page.locator('.problem-list').innerText(), /^1:1: error: expected value/);
      assert.match(await w.page.locator('.preview-report').innerText(), /Nothing of this file could be read/);
    });
  });

  test('a file that is not UTF-8 is refused where bundle check refuses it, not read with stand-ins', async () => {
    await withPage(site, {}, async (w) => {
      const latin1 = Buffer.concat([Buffer.from('{\n  "a": "é'), Buffer.from([0xff]), Buffer.from('"}')]);
      await openPreview(w.page, 'bundle.json', latin1);
      assert.match(await w.page.locator('.problem-list').innerText(), /^2:10: error: the file is not UTF-8 text; save it as UTF-8/);
      assert.match(await w.page.locator('.preview-report').innerText(), /Nothing of this file could be read/);
    });
  });
});

/** Serves `hostile` as the bundle and records, in `window.__ran`, any
 *  alert, confirm or prompt that content might manage to call. */
async function serveHostile(page, hostile) {
  await page.addInitScript(() => {
    window.__ran = [];
    for (const name of ['alert', 'confirm', 'prompt']) window[name] = (...args) => window.__ran.push([name, ...args]);
  });
  await page.route('**/data/bundle.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile) }),
  );
}

describe('hostile content', () => {
  test('every naughty string renders as literal text in titles, excerpts and bodies', async () => {
    const strings = naughty.filter(showsSomething);
    const hostile = structuredClone(bundle);
    hostile.posts = strings.map((s, i) => ({
      slug: `naughty-${i}`,
      title: s,
      date: '2013-08-04',
      tags: ['solidarity-day'],
      excerpt: s,
      body: [s, `after ${s}`],
      links: [{ label: s, url: 'https://example.org/' }],
    }));
    hostile.tags = hostile.tags.slice(0, 1);
    hostile.actions = [];
    await withPage(site, {}, async (w) => {
      await serveHostile(w.page, hostile);
      // Twenty to a page: read every page, following "Older".
      await w.page.goto(site.origin + '/posts');
      const rendered = [];
      for (let n = 1; ; n++) {
        await w.page.locator('.pager [aria-current="page"]', { hasText: `Page ${n} of` }).waitFor();
        rendered.push(
          ...(await w.page
            .locator('.post-card')
            .evaluateAll((cards) =>
              cards.map((c) => [c.querySelector('.post-card-title a').textContent, c.querySelector('.excerpt').textContent]),
            )),
        );
        const older = w.page.locator('.pager a[rel="next"]');
        if (!(await older.count())) break;
        await older.click();
      }
      assert.equal(rendered.length, strings.length);
      for (const [i, s] of strings.entries()) {
        assert.deepEqual(rendered[i], [s, s], `string ${i}`);
      }
      // The only elements in the list are the app's own.
      const tags = await w.page.locator('.post-list *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))].sort());
      assert.deepEqual(tags, ['A', 'ARTICLE', 'H2', 'P', 'SPAN', 'TIME']);

      // A post page with the script and markup strings in every field.
      const index = strings.findIndex((s) => s.includes('<script>alert(123)</script>'));
      await w.page.goto(`${site.origin}/posts/naughty-${index}`);
      await h1(w.page).waitFor();
      assert.equal(await h1(w.page).textContent(), strings[index]);
      const paragraphs = await w.page.locator('.prose p').allTextContents();
      assert.deepEqual(paragraphs, [strings[index], `after ${strings[index]}`]);
      assert.equal(await w.page.locator('.post-links a').textContent(), strings[index]);
      assert.equal(await w.page.locator('.post-links a').getAttribute('rel'), 'noopener noreferrer');
      assert.equal(await w.page.locator('main script, main img, main iframe, main svg').count(), 0);
      assert.deepEqual(await w.page.evaluate(() => window.__ran), []);
    });
  });

  test('every naughty string in every other text field: campaign, manifesto, topics, actions, translations', async () => {
    const strings = naughty.filter(showsSomething);
    const pick = (i) => strings[i % strings.length];
    const hostile = structuredClone(bundle);
    const script = strings.findIndex((s) => s.includes('<script>alert(123)</script>'));
    Object.assign(hostile.campaign, { title: pick(script), short_title: pick(script + 1), honoree: pick(script + 2) });
    hostile.campaign.translations = { be: { title: pick(script + 3), short_title: pick(script + 4), honoree: pick(script + 5) } };
    Object.assign(hostile.manifesto, { title: pick(script), subtitle: pick(script + 6), body: strings });
    hostile.manifesto.translations = {};
    hostile.tags = strings.map((s, i) => ({ slug: `t-${i}`, name: s, translations: { ru: { name: `ru ${s}` } } }));
    hostile.posts = hostile.posts.map((p) => ({ ...p, tags: ['t-0'] }));
    hostile.actions = strings.map((s, i) => ({
      date: '2013-08-04',
      city: s,
      country: pick(i + 1),
      organiser: pick(i + 2),
      summary: pick(i + 3),
      translations: { be: { summary: `be ${s}` } },
    }));
    await withPage(site, {}, async (w) => {
      await serveHostile(w.page, hostile);
      const textOf = (selector) => w.page.locator(selector).allTextContents();

      await w.page.goto(site.origin + '/en/manifesto');
      await h1(w.page).waitFor();
      assert.equal(await h1(w.page).textContent(), pick(script));
      assert.deepEqual(await textOf('.prose p'), strings);

      await w.page.goto(site.origin + '/en');
      await w.page.locator('.cd-num').first().waitFor();
      assert.ok((await w.page.locator('.countdown').textContent()).includes(pick(script + 2)), 'honoree as text');

      await w.page.goto(site.origin + '/ru/tags');
      await w.page.locator('.tag-link').first().waitFor();
      assert.deepEqual(
        await textOf('.tag-link'),
        strings.map((s) => `ru ${s}`),
      );

      await w.page.goto(site.origin + '/be/actions');
      await w.page.locator('.action').first().waitFor();
      const shown = await w.page.locator('main').textContent();
      for (const [i, s] of strings.entries()) {
        assert.ok(shown.includes(s), `city ${i}`);
        assert.ok(shown.includes(`be ${s}`), `summary ${i}`);
      }
      assert.equal(await w.page.locator('main script, main img, main iframe, main svg, main object').count(), 0);
      assert.deepEqual(await w.page.evaluate(() => window.__ran), []);
    });
  });
});
