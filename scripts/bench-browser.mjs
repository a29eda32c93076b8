// Figures measured in headless Chromium against the release build in dist/;
// called by scripts/bench. Prints medians next to their budgets.
import { readFile } from 'node:fs/promises';
import { DIST, benchPage, launch, median, serve } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const bigBundle = process.argv[3] ? await readFile(process.argv[3]) : null;
// The default bundle with a newline added: the same content, but not the file
// the pages were written from, so they load the app, whose work is measured
// here (with the built file they need none).
const defaultBundle = (await readFile(`${DIST}/data/bundle.json`, 'utf8')) + '\n';

const server = await serve();
const browser = await launch();

/** The `bundle-validate` performance measure's duration: the app's reading
 *  of the bundle, in its helper thread (or on the page, where the thread
 *  cannot), once there is one. */
async function readingTime(page) {
  for (;;) {
    for (const where of [page, ...page.workers()]) {
      const took = await where.evaluate(() => performance.getEntriesByName('bundle-validate')[0]?.duration).catch(() => undefined);
      if (took !== undefined) return took;
    }
    await page.waitForTimeout(50);
  }
}

/** The time the page's main thread was blocked so far: for each of its long
 *  tasks (over 50 ms, the Long Tasks API: that thread only), the part over
 *  50 ms, as Lighthouse's Total Blocking Time counts it. */
const blockedSoFar = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        const observer = new PerformanceObserver((list) => {
          observer.disconnect();
          done(list.getEntries().reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0));
        });
        observer.observe({ type: 'longtask', buffered: true });
        // No long task at all: no callback.
        setTimeout(() => done(0), 500);
      }),
  );

/** Medians of `runs` loads of `/` with the app taking over: how long
 *  parsing, validating and indexing the bundle took (wherever it was read),
 *  how long the page's main thread was blocked from the start until the
 *  app shows the page, and when it showed it (from the navigation). */
async function validateTime({ cpuSlowdown, body }) {
  const times = [];
  const blocked = [];
  const shown = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await benchPage(browser, cpuSlowdown);
    await page.route('**/data/bundle.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    // The moment the app marks the page as its own (<html data-app="live">);
    // watched from before <html> is parsed, and said on the console. (Not
    // with Playwright's waitForFunction: the script it puts in the page
    // first ran in the middle of the load, before the app's page was
    // shown, a task of 125–135 ms at 4× CPU.)
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.documentElement?.dataset.app !== 'live') return;
        window.__shownAt = performance.now();
        observer.disconnect();
        console.debug('bench: live');
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
    });
    const live = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench: live', timeout: 120_000 });
    await page.goto(server.origin + '/');
    await live;
    blocked.push(await blockedSoFar(page));
    times.push(await readingTime(page));
    shown.push(await page.evaluate(() => window.__shownAt));
    await context.close();
  }
  return { reading: median(times), blocked: median(blocked), shown: median(shown) };
}

/** Medians of opening a topic page of the big bundle from the topics page,
 *  within the app: the time until its first card is there, and how long the
 *  page's main thread was blocked meanwhile (long tasks over 50 ms). */
async function tagPageTime(body) {
  const waited = [];
  const blocked = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await benchPage(browser);
    await page.route('**/data/bundle.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(server.origin + '/en/tags');
    // The prerendered page's links would load a page: wait for the app.
    await page.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout: 120_000 });
    const before = await blockedSoFar(page);
    const start = await page.evaluate(() => performance.now());
    await page.locator('.tag-link').first().click();
    await page.waitForFunction(() => document.querySelector('main .post-card'));
    waited.push((await page.evaluate(() => performance.now())) - start);
    blocked.push((await blockedSoFar(page)) - before);
    await context.close();
  }
  return { waited: median(waited), blocked: median(blocked) };
}

/** The big bundle with one warning (an unused topic, which sends the
 *  validator looking for its line and column), pretty and on one line. */
function withOneWarning(text) {
  const bundle = JSON.parse(text);
  bundle.tags.push({ slug: 'unused-topic', name: 'Unused' });
  return { pretty: JSON.stringify(bundle, null, 2), minified: JSON.stringify(bundle) };
}

const row = (name, value, budget) => console.log(`${name.padEnd(58)} ${value.toFixed(1).padStart(7)} ms ${String(budget).padStart(7)} ms`);
/** The rows of `validateTime`'s figures. */
function rows(name, { reading, blocked, shown }, budget) {
  row(`${name}: parse + validate + index`, reading, budget);
  row('  the page blocked (long tasks over 50 ms) until it shows', blocked, '-');
  row("  the app's page shown, from the navigation", shown, '-');
}

try {
  rows('in Chromium, default bundle', await validateTime({ cpuSlowdown: 1, body: defaultBundle }), 50);
  rows('  the same, CPU slowed 4× (a cheap phone)', await validateTime({ cpuSlowdown: 4, body: defaultBundle }), 50);
  if (bigBundle) {
    rows('in Chromium, 10,000 posts', await validateTime({ cpuSlowdown: 1, body: bigBundle }), 200);
    const topic = await tagPageTime(bigBundle);
    row('in Chromium: open a topic page, 10,000 posts', topic.waited, 100);
    row('  the page blocked (long tasks over 50 ms) meanwhile', topic.blocked, '-');
    const { pretty, minified } = withOneWarning(bigBundle.toString());
    const prettyTime = (await validateTime({ cpuSlowdown: 1, body: pretty })).reading;
    const minifiedTime = (await validateTime({ cpuSlowdown: 1, body: minified })).reading;
    row('  the same with one warning, pretty', prettyTime, '-');
    row('  the same with one warning, minified (one line)', minifiedTime, '-');
    console.log(`${'  minified / pretty'.padEnd(58)} ${(minifiedTime / prettyTime).toFixed(2).padStart(7)} ×  ${'1.5'.padStart(6)} ×`);
  }
} finally {
  await browser.close();
  await server.close();
}
