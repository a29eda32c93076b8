// What search engines, feed readers, calendars and link previews get: the
// files the build publishes (crates/publish) as nginx serves them, read by
// the browser's own parsers, and each page's head (solidarity_core::head) as
// written and as the app keeps it. The files' contents are checked natively
// too, with other parsers (crates/publish/tests/artefacts.rs); the calendar
// also by Mozilla's ical.js, the parser of Thunderbird.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { DIST, changedBundle, prerenderedCopy, showsSomething, siteUnderTest, withPage } from './harness.mjs';

const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
const SITE_URL = bundle.campaign.site_url.replace(/\/$/, '');
const LANGS = ['be', 'ru', 'en'];
const newest = [...bundle.posts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];

const site = siteUnderTest();

/** The same address on the server under test. */
const local = (absolute) => site.origin + new URL(absolute).pathname + new URL(absolute).search;

/** `text` parsed by the browser as `type`; throws on a parse error. */
function parseIn(page, text, type) {
  return page.evaluate(
    ([text, type]) => {
      const doc = new DOMParser().parseFromString(text, type);
      const error = doc.querySelector('parsererror');
      if (error) throw new Error(error.textContent);
      return true;
    },
    [text, type],
  );
}

describe('the published files', () => {
  test('are served with their types, and every XML one parses', async () => {
    await withPage(site, {}, async ({ page }) => {
      await page.goto(`${site.origin}/en`, { app: false });
      const expected = {
        '/sitemap.xml': 'application/xml; charset=utf-8',
        '/robots.txt': 'text/plain; charset=utf-8',
        '/share/be.png': 'image/png',
      };
      for (const lang of LANGS) {
        expected[`/${lang}/feed.xml`] = 'application/atom+xml; charset=utf-8';
        expected[`/${lang}/tags/${bundle.tags[0].slug}/feed.xml`] = 'application/atom+xml; charset=utf-8';
        expected[`/${lang}/solidarity-day.ics`] = 'text/calendar; charset=utf-8';
      }
      for (const [path, type] of Object.entries(expected)) {
        const response = await fetch(site.origin + path);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('content-type'), type, path);
        if (path.endsWith('.xml')) await parseIn(page, await response.text(), 'application/xml');
      }
      // The static hosts' _headers say the same.
      const headers = await readFile(`${DIST}/_headers`, 'utf8');
      assert.match(headers, /\/en\/feed\.xml\n {2}Content-Type: application\/atom\+xml; charset=utf-8/);
      assert.match(headers, /\/be\/solidarity-day\.ics\n {2}Content-Type: text\/calendar; charset=utf-8/);
      const robots = await (await fetch(`${site.origin}/robots.txt`)).text();
      assert.match(robots, new RegExp(`Sitemap: ${SITE_URL}/sitemap.xml`));
    });
  });

  test('the sitemap lists every page, each of which answers and describes itself', async () => {
    await withPage(site, {}, async ({ page }) => {
      await page.goto(`${site.origin}/en`, { app: false });
      const sitemap = await (await fetch(`${site.origin}/sitemap.xml`)).text();
      const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      assert.ok(locs.length >= 60, `${locs.length} pages`);
      const images = new Set();
      for (const loc of locs) {
        const response = await fetch(local(loc));
        assert.equal(response.status, 200, loc);
        const head = await page.evaluate(
          (html) => {
            const doc = new DOMParser().parseFromString(html, 'text/html');
            const all = (selector, attribute) => [...doc.head.querySelectorAll(selector)].map((e) => e.getAttribute(attribute));
            return {
              lang: doc.documentElement.lang,
              canonical: all('link[rel=canonical]', 'href'),
              alternates: [...doc.head.querySelectorAll('link[rel=alternate][hreflang]')].map((e) => [e.hreflang, e.href]),
              description: all('meta[name=description]', 'content'),
              ogUrl: all('meta[property="og:url"]', 'content'),
              ogImage: all('meta[property="og:image"]', 'content'),
              ogType: all('meta[property="og:type"]', 'content'),
              twitter: all('meta[name="twitter:card"]', 'content'),
              feeds: all('link[rel=alternate][type="application/atom+xml"]', 'href'),
              jsonLd: all('script[type="application/ld+json"]', 'type').length,
              structured: [...doc.head.querySelectorAll('script[type="application/ld+json"]')].map((e) => e.textContent),
            };
          },
          await response.text(),
        );
        assert.deepEqual(head.canonical, [loc], loc);
        assert.deepEqual(head.ogUrl, [loc], loc);
        assert.equal(head.description.length, 1, loc);
        assert.ok(head.description[0].length > 20, `${loc}: ${head.description[0]}`);
        assert.deepEqual(
          head.alternates.map(([lang]) => lang),
          ['be', 'ru', 'en', 'x-default'],
          loc,
        );
        assert.ok(
          head.alternates.some(([lang, href]) => lang === head.lang && href === loc),
          `${loc} names itself`,
        );
        assert.deepEqual(head.twitter, ['summary_large_image'], loc);
        assert.deepEqual(head.ogType, [loc.includes('/posts/') ? 'article' : 'website'], loc);
        assert.ok(head.feeds.includes(`${SITE_URL}/${head.lang}/feed.xml`), loc);
        const home = /\/(be|ru|en)$/.test(loc);
        assert.equal(head.jsonLd, home ? 1 : 0, loc);
        if (home) {
          const event = JSON.parse(head.structured[0]);
          assert.equal(event['@type'], 'Event');
          assert.match(event.startDate, /^\d{4}-08-04T00:00:00\+03:00$/);
          assert.equal(event.inLanguage, head.lang);
        }
        images.add(head.ogImage[0]);
      }
      // Each image decodes in the browser at the size the pages announce.
      for (const image of images) {
        const size = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return [img.naturalWidth, img.naturalHeight];
        }, local(image));
        assert.deepEqual(size, [1200, 630], image);
      }
    });
  });

  test('each feed is the news of its language and topic, and is linked from its pages', async () => {
    await withPage(site, {}, async ({ page }) => {
      await page.goto(`${site.origin}/ru/tags/${bundle.tags[0].slug}`, { app: false });
      const feeds = await page
        .locator('link[rel=alternate][type="application/atom+xml"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      assert.deepEqual(feeds, [`${SITE_URL}/ru/feed.xml`, `${SITE_URL}/ru/tags/${bundle.tags[0].slug}/feed.xml`]);
      for (const feed of feeds) {
        const xml = await (await fetch(local(feed))).text();
        const entries = await page.evaluate((xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          return [...doc.querySelectorAll('entry > id')].map((e) => e.textContent);
        }, xml);
        assert.ok(entries.length > 0, feed);
        assert.ok(
          entries.every((id) => id.startsWith(`${SITE_URL}/ru/posts/`)),
          feed,
        );
      }
    });
  });
});

describe('on the pages', () => {
  test('"Add 4 August to my calendar" beside the countdown, in each language', async () => {
    const words = { be: 'Дадаць 4 жніўня ў мой каляндар', ru: 'Добавить 4 августа в мой календарь', en: 'Add 4 August to my calendar' };
    for (const lang of LANGS) {
      await withPage(site, {}, async ({ page }) => {
        await page.goto(`${site.origin}/${lang}`);
        const link = page.locator('.countdown .cd-calendar a');
        assert.equal(await link.innerText(), words[lang]);
        assert.equal(await link.getAttribute('href'), `/${lang}/solidarity-day.ics`);
        const ics = await (await fetch(`${site.origin}/${lang}/solidarity-day.ics`)).text();
        assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
        assert.match(ics, new RegExp(`SUMMARY;LANGUAGE=${lang}:`));
        assert.match(ics, /DTSTART;VALUE=DATE:20120804\r\nDTEND;VALUE=DATE:20120805\r\nRRULE:FREQ=YEARLY\r\n/);
      });
    }
  });

  test('"Read more" says which post it opens', async () => {
    await withPage(site, {}, async ({ page }) => {
      await page.goto(`${site.origin}/en/posts`);
      // Its name, as screen readers and search engines read it (the words
      // after "Read more" are there for them, not drawn).
      // (The hidden words are laid out apart, so the name may have a space
      // before the colon.)
      const escaped = newest.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const name = new RegExp(`^Read more ?: ${escaped}$`);
      assert.equal(await page.getByRole('link', { name }).count(), 1);
      const text = await page
        .locator('.read-more')
        .first()
        .evaluate((a) => a.textContent);
      assert.equal(text, `Read more: ${newest.title}`);
    });
  });

  for (const [how, changed] of [
    ['a prerendered page without the app', false],
    ['the app', true],
  ]) {
    test(`Share copies the link where the device has no share sheet, and says so (${how})`, async () => {
      await withPage(site, {}, async ({ page, context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
        await page.addInitScript(() => {
          delete Navigator.prototype.share;
        });
        if (changed) await changedBundle(page);
        await page.goto(`${site.origin}/be/posts/${newest.slug}`);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.app), changed ? 'live' : 'current');
        await page.getByRole('button', { name: 'Падзяліцца' }).click();
        await page.locator('.share-status', { hasText: 'Спасылка скапіявана' }).waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, `${SITE_URL}/be/posts/${newest.slug}`);
      });
    });
  }

  for (const changed of [false, true]) {
    test(`Share hands the page to the device's share sheet where there is one, once (${changed ? 'the app took the page over' : 'the page as written'})`, async () => {
      await withPage(site, {}, async ({ page }) => {
        await page.addInitScript(() => {
          window.shared = [];
          Navigator.prototype.share = (data) => {
            window.shared.push(data);
            return Promise.resolve();
          };
        });
        if (changed) await changedBundle(page);
        await page.goto(`${site.origin}/ru`);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.app), changed ? 'live' : 'current');
        await page.getByRole('button', { name: 'Поделиться' }).click();
        await page.waitForFunction(() => window.shared.length > 0);
        // The page's own code worked the button before the app kept it:
        // one of them shares, not both.
        const shared = await page.evaluate(() => window.shared);
        assert.deepEqual(shared, [{ title: bundle.campaign.translations.ru.title, url: `${SITE_URL}/ru` }]);
        assert.equal(await page.locator('.share-status').innerText(), '');
      });
    });
  }

  test('without JavaScript the page has no Share button it could not work', async () => {
    await withPage(site, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${site.origin}/en`);
      assert.equal(await page.locator('.share-button').isVisible(), false);
      assert.equal(await page.locator('.cd-calendar a').isVisible(), true);
    });
  });

  test('the app keeps one title, description and canonical address, right for what it shows', async () => {
    await withPage(site, {}, async ({ page }) => {
      await changedBundle(page);
      await page.goto(`${site.origin}/en`);
      const head = () =>
        page.evaluate(() => ({
          title: document.title,
          description: [...document.querySelectorAll('meta[name=description]')].map((m) => m.content),
          canonical: [...document.querySelectorAll('link[rel=canonical]')].map((l) => l.href),
          events: document.querySelectorAll('script[type="application/ld+json"]').length,
          cards: document.querySelectorAll('meta[property^="og:"]').length,
        }));
      const before = await head();
      assert.deepEqual(before.canonical, [`${SITE_URL}/en`]);
      assert.equal(before.description.length, 1);
      // The build's card and Event are for whatever reads the page as
      // written; the app keeps none that would go stale on the next page.
      assert.equal(before.events, 0);
      assert.equal(before.cards, 0);
      await page.locator('main .post-card-title a', { hasText: newest.title }).click();
      await page.locator('main h1', { hasText: newest.title }).waitFor();
      await page.waitForFunction(
        () =>
          document.querySelectorAll('link[rel=canonical]').length === 1 &&
          document.querySelector('link[rel=canonical]').href.includes('/posts/'),
      );
      const after = await head();
      assert.equal(after.title, `${newest.title} — International Day of Solidarity with civil society of Belarus`);
      assert.deepEqual(after.canonical, [`${SITE_URL}/en/posts/${newest.slug}`]);
      assert.equal(after.description.length, 1);
      assert.ok(after.description[0].startsWith(newest.excerpt.slice(0, 60)), after.description[0]);
      assert.equal(after.events, 0);
      assert.equal(after.cards, 0);
    });
  });
});

describe('the calendar files as calendar programs read them', () => {
  test("Mozilla's ical.js (Thunderbird's parser): one yearly all-day event, in each language", async () => {
    for (const lang of LANGS) {
      const text = await readFile(`${DIST}/${lang}/solidarity-day.ics`, 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent');
      assert.equal(events.length, 1, lang);
      const event = new ICAL.Event(events[0]);
      assert.ok(event.startDate.isDate, `${lang}: an all-day event`);
      assert.equal(event.startDate.toString(), '2012-08-04');
      assert.equal(event.endDate.toString(), '2012-08-05');
      assert.ok(event.isRecurring());
      const title = lang === 'en' ? bundle.campaign.title : bundle.campaign.translations[lang].title;
      assert.equal(event.summary, title);
      assert.match(event.description, new RegExp(`${SITE_URL}/${lang}$`));
      // The occurrences: every 4 August, this year's Day included.
      const next = event.iterator();
      const days = [];
      for (let i = 0; i < 20; i++) days.push(next.next().toString());
      assert.deepEqual(days.slice(14, 16), ['2026-08-04', '2027-08-04']);
    }
  });
});

describe('hostile text from the bundle', () => {
  test('comes out escaped in every head, feed and image, and the browser still reads it back', async () => {
    const naughty = JSON.parse(await readFile(new URL('../../../shared/testdata/naughty-strings/blns.json', import.meta.url), 'utf8'));
    const hostile = [
      '</title><script>alert(1)</script>"\' ]]> & <!-- -->',
      ...naughty.filter((s) => showsSomething(s) && /<|>|&|"|'|\]\]>|\p{Cc}/u.test(s)).slice(0, 30),
    ];
    const changed = structuredClone(bundle);
    changed.posts.slice(0, hostile.length).forEach((post, i) => {
      post.title = hostile[i];
      post.excerpt = hostile[i];
      // Every language shows it: no translation stands in for it.
      delete post.translations;
    });
    // Written by the build's own prerender, into a copy of the site.
    const server = await prerenderedCopy(changed);
    try {
      // The copy's own pages, from the copy's own origin.
      await withPage({ browser: site.browser, origin: server.origin }, {}, async ({ page }) => {
        await page.goto(`${server.origin}/en`, { app: false });
        // What HTML and XML can carry of a text: no control characters
        // (XML drops them; the HTML parser keeps some, replaces NUL).
        const carried = (s) =>
          s
            .replace(/[\p{Cc}\ufffd\ufffe\uffff]/gu, '')
            .replace(/\s+/g, ' ')
            .trim();
        for (const post of changed.posts.slice(0, hostile.length)) {
          for (const lang of LANGS) {
            const html = await (await fetch(`${server.origin}/${lang}/posts/${post.slug}`)).text();
            const read = await page.evaluate((html) => {
              const doc = new DOMParser().parseFromString(html, 'text/html');
              const meta = (selector) => doc.head.querySelector(selector)?.getAttribute('content');
              return {
                title: doc.title,
                ogTitle: meta('meta[property="og:title"]'),
                description: meta('meta[name=description]'),
                scripts: [...doc.querySelectorAll('script')].map(
                  (s) => s.type || (s.getAttribute('src')?.startsWith('/language-') ? 'language' : 'classic'),
                ),
                h1: doc.querySelector('main h1')?.textContent,
              };
            }, html);
            assert.equal(carried(read.ogTitle), carried(post.title), `${lang} ${post.slug}`);
            assert.equal(carried(read.h1), carried(post.title), `${lang} ${post.slug}`);
            assert.ok(carried(read.title).startsWith(carried(post.title)), `${lang} ${post.slug}: ${read.title}`);
            if (post.title === hostile[0]) assert.equal(read.description, post.title);
            // Nothing the editor typed became an element: the page's own
            // scripts only (its language's, its #build block, its loader).
            assert.deepEqual(read.scripts, ['language', 'application/json', 'module'], `${lang} ${post.slug}`);
          }
        }
        for (const lang of LANGS) {
          const xml = await (await fetch(`${server.origin}/${lang}/feed.xml`)).text();
          const titles = await page.evaluate((xml) => {
            const doc = new DOMParser().parseFromString(xml, 'application/xml');
            if (doc.querySelector('parsererror')) throw new Error(doc.querySelector('parsererror').textContent);
            return [...doc.querySelectorAll('entry > title')].map((t) => t.textContent);
          }, xml);
          for (const post of changed.posts.slice(0, hostile.length)) {
            assert.ok(
              titles.some((t) => carried(t) === carried(post.title)),
              `${lang} feed: ${post.title}`,
            );
          }
        }
        const image = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return [img.naturalWidth, img.naturalHeight];
        }, `${server.origin}/share/ru/posts/${changed.posts[0].slug}.png`);
        assert.deepEqual(image, [1200, 630]);
      });
    } finally {
      await server.close();
    }
  });
});
