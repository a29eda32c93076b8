// The site as a visitor meets it, in headless Chromium against the release
// build in dist/. Run by the README's test command after `trunk build`.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, changedBundle, layoutShifts, servedAsShell, siteUnderTest, withPage } from './harness.mjs';

const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
const newestFirst = [...bundle.posts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

const site = siteUnderTest();

/** Opens `path` in a fresh page, runs `body`, then fails on console errors or
 *  requests to other origins. */
async function visit(path, body, options = {}) {
  const { changed, ...pageOptions } = options;
  await withPage(site, pageOptions, async (w) => {
    if (changed) await changedBundle(w.page);
    await w.page.goto(site.origin + path);
    await body(w.page, w);
  });
}

const h1 = (page) => page.locator('main h1');
const text = (page) => page.locator('main').innerText();

describe('every route shows the seed content', () => {
  test('home: title, countdown, manifesto lead, recent trends, ways onward', async () => {
    await visit('/', async (page) => {
      await page.locator('.countdown .cd-num').first().waitFor();
      assert.equal(await h1(page).innerText(), 'International Day of Solidarity with civil society of Belarus');
      const main = await text(page);
      assert.match(main, /We invite everyone to join the International Day of Solidarity/);
      assert.match(main, /We, the activists of civil and human rights organizations/);
      assert.match(main, /Recent trends/);
      for (const post of newestFirst.slice(0, 3)) assert.ok(main.includes(post.title), post.title);
      for (const href of ['/manifesto', '/posts', '/tags', '/actions']) {
        assert.ok(await page.locator(`main a[href="/en${href}"]`).count(), `home links to ${href}`);
      }
      assert.equal(await page.title(), 'International Day of Solidarity with civil society of Belarus');
    });
  });

  test('manifesto: title, date, every paragraph', async () => {
    await visit('/manifesto', async (page) => {
      await h1(page).waitFor();
      assert.equal(await h1(page).innerText(), bundle.manifesto.title);
      const paragraphs = await page.locator('.prose p').allInnerTexts();
      assert.deepEqual(paragraphs, bundle.manifesto.body);
      assert.equal(await page.locator('main time').getAttribute('datetime'), '2016-04-22');
      assert.match(await text(page), /22 April 2016/);
      assert.match(await text(page), /Ales Bialiatski was arrested/);
    });
  });

  test('posts: every post newest first with date, excerpt and read more', async () => {
    await visit('/posts', async (page) => {
      await page.locator('.post-card').first().waitFor();
      const titles = await page.locator('.post-card-title').allInnerTexts();
      assert.deepEqual(
        titles,
        newestFirst.map((p) => p.title),
      );
      assert.match(await text(page), /10 news items/);
      const first = page.locator('.post-card').first();
      assert.match(await first.innerText(), /4 August 2013/);
      assert.ok((await first.innerText()).includes(newestFirst[0].excerpt));
      assert.equal(await page.locator('.read-more').count(), bundle.posts.length);
    });
  });

  test('each post: title, text, tags linking to their pages, a way back', async () => {
    for (const post of bundle.posts) {
      await visit(`/posts/${post.slug}`, async (page) => {
        await h1(page).waitFor();
        assert.equal(await h1(page).innerText(), post.title);
        const main = await text(page);
        for (const paragraph of [post.excerpt, ...post.body]) assert.ok(main.includes(paragraph), paragraph);
        const tagHrefs = await page.locator('.post-tags a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(
          tagHrefs,
          post.tags.map((t) => `/en/tags/${t}`),
        );
        assert.equal(await page.locator('a[href="/en/posts"]', { hasText: 'Back' }).count(), 1);
        assert.ok((await page.title()).startsWith(post.title));
      });
    }
  });

  test('tags: every tag with its post count', async () => {
    await visit('/tags', async (page) => {
      await page.locator('.tag-list li').first().waitFor();
      const rows = await page.locator('.tag-list li').allInnerTexts();
      assert.equal(rows.length, bundle.tags.length);
      for (const [i, tag] of bundle.tags.entries()) {
        const n = bundle.posts.filter((p) => p.tags.includes(tag.slug)).length;
        assert.match(rows[i], new RegExp(`${tag.name}\\s+${n} news items?`));
      }
    });
  });

  test('a tag: its posts with the count, as the seeds title them', async () => {
    await visit('/tags/solidarity-day', async (page) => {
      await h1(page).waitFor();
      assert.equal(await h1(page).innerText(), 'Day of Solidarity with Belarusian civil society tagged posts');
      assert.match(await text(page), /10 news items/);
      assert.equal(await page.locator('.post-card').count(), 10);
    });
    await visit('/tags/calls-and-statements', async (page) => {
      await h1(page).waitFor();
      const titles = await page.locator('.post-card-title').allInnerTexts();
      assert.deepEqual(
        titles,
        newestFirst.filter((p) => p.tags.includes('calls-and-statements')).map((p) => p.title),
      );
    });
  });

  test('actions: grouped by year with countries and cities', async () => {
    await visit('/actions', async (page) => {
      await page.locator('.action-year').first().waitFor();
      const years = await page.locator('.action-year h2').allInnerTexts();
      assert.deepEqual(years, ['2013', '2012']);
      const reach = await page.locator('.action-year .reach').allInnerTexts();
      assert.deepEqual(reach, ['3 countries, 3 cities', '18 countries, 6 cities']);
      const main = await text(page);
      for (const city of ['Vilnius', 'Bishkek', 'Moscow', 'Baranavichy', 'Prague', 'Kyiv', 'New York', 'Berlin']) {
        assert.ok(main.includes(city), city);
      }
      assert.match(main, /People in Need/);
      assert.match(main, /Banned by the authorities/);
      assert.equal(await page.locator('.action').count(), bundle.actions.length);
      const reports = page.locator('.action a[href^="/en/posts/"]');
      assert.equal(await reports.count(), bundle.actions.filter((a) => a.post).length);
    });
  });

  test('unknown addresses, posts and tags get a helpful not-found page', async () => {
    for (const path of ['/no/such/page', '/posts/no-such-post', '/tags/no-such-tag']) {
      await visit(path, async (page) => {
        await h1(page).waitFor();
        assert.equal(await h1(page).innerText(), 'Page not found');
        assert.ok(await page.locator('main a[href="/en"]').count());
        assert.match(await page.title(), /^Page not found/);
      });
    }
  });
});

describe('addresses work as links', () => {
  test('a deep link to a post, and a reload of it', async () => {
    const post = bundle.posts[5];
    await visit(`/posts/${post.slug}`, async (page) => {
      await h1(page).waitFor();
      assert.equal(await h1(page).innerText(), post.title);
      await page.reload();
      await h1(page).waitFor();
      assert.equal(await h1(page).innerText(), post.title);
    });
  });

  // In the app: a prerendered page whose live bundle changed is taken over
  // (a page current without it loads the next page; prerender.test.mjs).
  test('a visitor clicks through the navigation in the app', async () => {
    await visit(
      '/',
      async (page) => {
        await page.locator('.countdown').waitFor();
        let loads = 0;
        page.on('load', () => loads++);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }).click();
        await page.waitForURL('**/posts');
        await page.locator('.post-card').first().waitFor();
        assert.equal(await page.locator('nav a[aria-current="page"]').innerText(), 'News');

        await page.locator('.post-card-title a').first().click();
        await page.waitForURL(`**/posts/${newestFirst[0].slug}`);
        assert.equal(await h1(page).innerText(), newestFirst[0].title);

        await page.locator('.post-tags a').first().click();
        await page.waitForURL('**/tags/solidarity-day');
        await page.locator('.post-card').first().waitFor();

        // From one post straight to another: the same route, a new slug.
        await page.locator('.post-card-title a').nth(1).click();
        await page.waitForURL(`**/posts/${newestFirst[1].slug}`);
        assert.equal(await h1(page).innerText(), newestFirst[1].title);

        await page.goBack();
        await page.waitForURL('**/tags/solidarity-day');
        await page.getByRole('link', { name: 'Actions', exact: true }).click();
        await page.locator('.action-year').first().waitFor();
        assert.equal(loads, 0, 'navigation stays in the app: no full page load');
      },
      { changed: true },
    );
  });
});

describe('the countdown', () => {
  const at = (iso) => new Date(iso);
  const cells = (page) => page.locator('.cd-cell').allInnerTexts();

  // Home runs without the app while the live bundle is the built one
  // (crates/page), and in the app when it changed: both are checked.
  for (const [how, changed] of [
    ['without the app', false],
    ['in the app', true],
  ]) {
    test(`on 2026-11-23 00:00 UTC: 253 days, 21 hours; the 16th Day; ticks each second (${how})`, async () => {
      await withPage(site, {}, async (w) => {
        if (changed) await changedBundle(w.page);
        await w.page.clock.install({ time: at('2026-11-22T23:59:50Z') });
        await w.page.goto(site.origin + '/');
        await w.page.locator('.cd-cell').first().waitFor();
        await w.page.clock.pauseAt(at('2026-11-23T00:00:00Z'));
        await w.page.clock.runFor(100);
        assert.deepEqual(
          (await cells(w.page)).map((c) => c.replace(/\s+/g, ' ')),
          ['253 days', '21 hours', '00 minutes', '00 seconds'],
        );
        const section = await w.page.locator('.countdown').innerText();
        assert.match(section, /The 16th International Day of Solidarity, on the 16th anniversary of the arrest of Ales Bialiatski/);
        assert.match(section, /4 August 2027, 00:00 Europe\/Minsk \(UTC\+03:00\)/);
        // Screen readers get a sentence, not the ticking digits.
        assert.equal(await w.page.locator('.cd-cells').getAttribute('aria-hidden'), 'true');
        assert.match(await w.page.locator('.countdown .visually-hidden').innerText(), /253 days, 21 hours, 0 minutes until 4 August 2027/);

        await w.page.clock.runFor(1000);
        assert.deepEqual(
          (await cells(w.page)).map((c) => c.replace(/\s+/g, ' ')),
          ['253 days', '20 hours', '59 minutes', '59 seconds'],
        );
      });
    });

    test(`on 4 August in Minsk it says today is the Day (${how})`, async () => {
      await withPage(site, {}, async (w) => {
        if (changed) await changedBundle(w.page);
        // 21:00 UTC on 3 August is midnight in Minsk.
        await w.page.clock.install({ time: at('2027-08-03T21:00:01Z') });
        await w.page.goto(site.origin + '/');
        await w.page.locator('.cd-today').waitFor();
        assert.match(await w.page.locator('.countdown').innerText(), /Today is the International Day of Solidarity/);
        // No cell is shown (the section keeps them, hidden, for the next year).
        assert.equal(await w.page.locator('.cd-cell:visible').count(), 0);
        assert.equal(await w.page.locator('.cd-cells').getAttribute('hidden'), '');
        assert.match(await w.page.locator('.countdown').innerText(), /The 16th International Day/);
      });
    });
  }

  test('leaving the home page stops its timer (in the app)', async () => {
    await withPage(site, {}, async (w) => {
      await changedBundle(w.page);
      await w.page.addInitScript(() => {
        const live = new Set();
        const set = window.setInterval.bind(window);
        const clear = window.clearInterval.bind(window);
        window.setInterval = (fn, ms, ...rest) => {
          const id = set(fn, ms, ...rest);
          live.add(id);
          return id;
        };
        window.clearInterval = (id) => {
          live.delete(id);
          clear(id);
        };
        window.__liveIntervals = () => live.size;
      });
      await w.page.goto(site.origin + '/');
      await w.page.locator('.cd-cell').first().waitFor();
      assert.equal(await w.page.evaluate(() => window.__liveIntervals()), 1);
      await w.page.getByRole('link', { name: 'Manifesto' }).first().click();
      await h1(w.page).waitFor();
      assert.equal(await w.page.evaluate(() => window.__liveIntervals()), 0);
    });
  });
});

describe('loading and failure', () => {
  test('while the bundle loads: the frame and placeholders, then the content', async () => {
    await withPage(site, {}, async (w) => {
      let release;
      const held = new Promise((ok) => (release = ok));
      await w.page.route('**/data/bundle.json', async (route) => {
        await held;
        await route.continue();
      });
      // A page of the news no file answers (the news grew since the build):
      // the shell, where the app renders it once the bundle is in.
      await w.page.goto(site.origin + '/en/posts/page/2');
      await w.page.locator('.placeholder').waitFor();
      assert.ok((await w.page.locator('header nav a').count()) >= 5, 'navigation is there while loading');
      assert.ok(await w.page.locator('footer').isVisible());
      assert.equal(await w.page.locator('.placeholder').getAttribute('aria-busy'), 'true');
      release();
      await w.page.locator('.post-card').first().waitFor();
      assert.equal(await w.page.locator('.placeholder').count(), 0);
    });
  });

  test('content replaces its placeholder without moving anything on screen (CLS 0)', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1366, height: 900 },
    ]) {
      for (const path of [
        '/en',
        '/en/manifesto',
        '/en/posts',
        '/en/posts/solidarity-action-in-bishkek',
        '/en/tags',
        '/en/tags/solidarity-day',
        '/en/actions',
      ]) {
        await withPage(site, { viewport }, async (w) => {
          const shifts = await layoutShifts(w.page);
          // An address not prerendered: the app renders placeholders first.
          await servedAsShell(w.page);
          // The bundle is held until the placeholders are on screen: on a
          // loaded machine a timer could let it arrive before them.
          let release;
          const held = new Promise((ok) => (release = ok));
          await w.page.route('**/data/bundle.json', async (route) => {
            await held;
            await route.continue();
          });
          await w.page.goto(site.origin + path);
          await w.page.locator('.placeholder').waitFor();
          await w.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
          release();
          await h1(w.page).waitFor();
          // Layout shifts are reported after the frame that made them.
          await w.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))));
          const { values, what } = await shifts();
          assert.deepEqual(values, [], `${path} at ${viewport.width}px: ${what}`);
        });
      }
    }
  });

  test('a failed fetch shows a clear message and the retry button works', async () => {
    await withPage(site, {}, async (w) => {
      await w.page.route('**/data/bundle.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
      // An address the app renders alone (a prerendered page keeps what it shows).
      await servedAsShell(w.page);
      await w.page.goto(site.origin + '/en/manifesto');
      const alert = w.page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /could not be loaded/);
      await w.page.unroute('**/data/bundle.json');
      await w.page.getByRole('button', { name: 'Try again' }).click();
      await w.page.locator('.prose p').first().waitFor();
      assert.equal(await h1(w.page).innerText(), bundle.manifesto.title);
      w.allow(/status of 500/);
    });
  });

  test('a broken bundle is explained, with the problems listed for editors', async () => {
    // (No service worker: it would answer the second page before servedAsShell.)
    await withPage(site, { serviceWorkers: 'block' }, async (w) => {
      const broken = JSON.stringify({ ...bundle, posts: [{ ...bundle.posts[0], tags: ['solidarity-dya'] }] });
      await w.page.route('**/data/bundle.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: broken }));
      // A prerendered page stays, with the editors' details in its notice…
      await w.page.goto(site.origin + '/en/manifesto');
      await w.page.locator('.notice .problems summary').click();
      assert.match(await w.page.locator('.notice .problems').innerText(), /unknown tag "solidarity-dya"/);
      // …and an address the app renders alone says what went wrong.
      await servedAsShell(w.page);
      await w.page.goto(site.origin + '/');
      await w.page.getByRole('alert').waitFor();
      await w.page.locator('.problems summary').click();
      assert.match(
        await w.page.locator('.problems').innerText(),
        /posts\[0\]\.tags\[0\]: unknown tag "solidarity-dya"; did you mean "solidarity-day"\?/,
      );
      await w.page.route('**/data/bundle.json', (route) => route.fulfill({ status: 200, body: '{"version": 1,' }));
      await w.page.getByRole('button', { name: 'Try again' }).click();
      await w.page.locator('.problems').waitFor();
      assert.match(await w.page.locator('.problems').innerText(), /EOF while parsing/);
    });
  });
});

describe('long lists are paged', () => {
  // 45 posts, all with the topic "solidarity-day": three pages of 20.
  const many = structuredClone(bundle);
  many.posts = Array.from({ length: 45 }, (_, i) => ({
    ...bundle.posts[0],
    slug: `post-${i}`,
    title: `Post number ${i}`,
    // Some share a date: the order among them is the site's, not the test's.
    date: `2013-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    tags: ['solidarity-day'],
  }));
  many.actions = many.actions.filter((a) => !a.post);
  const order = [...many.posts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).map((p) => p.title);

  for (const path of ['/en/posts', '/en/tags/solidarity-day']) {
    test(`${path}: twenty a page, links between pages, a page number out of range lands on the last`, async () => {
      await withPage(site, {}, async (w) => {
        await w.page.route('**/data/bundle.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(many) }),
        );
        await w.page.goto(site.origin + path);
        await w.page.locator('.post-card').first().waitFor();
        assert.equal(await w.page.locator('.post-card').count(), 20);
        assert.match(await w.page.locator('main .count').innerText(), /45 news items/);
        const pager = w.page.getByRole('navigation', { name: 'Pages' });
        assert.equal(await pager.locator('[aria-current="page"]').innerText(), 'Page 1 of 3');
        assert.equal(await pager.getByRole('link', { name: 'Newer' }).count(), 0);

        await pager.getByRole('link', { name: 'Older' }).click();
        await w.page.waitForURL(`${site.origin}${path}/page/2`);
        await pager.locator('[aria-current="page"]', { hasText: 'Page 2 of 3' }).waitFor();
        const titles = await w.page.locator('.post-card-title').allInnerTexts();
        assert.equal(titles.length, 20);
        assert.equal(new Set(titles).size, 20);
        assert.ok(
          titles.every((t) => order.indexOf(t) >= 20 && order.indexOf(t) < 40),
          titles.join(', '),
        );

        // An earlier link's query still works, out of range too.
        await w.page.goto(`${site.origin}${path}?page=99`);
        await w.page.locator('.post-card').first().waitFor();
        assert.equal(await w.page.locator('.post-card').count(), 5);
        assert.equal(await pager.locator('[aria-current="page"]').innerText(), 'Page 3 of 3');
        assert.equal(await pager.getByRole('link', { name: 'Older' }).count(), 0);
        await pager.getByRole('link', { name: 'Newer' }).click();
        await w.page.waitForURL(`${site.origin}${path}/page/2`);
      });
    });
  }
});
