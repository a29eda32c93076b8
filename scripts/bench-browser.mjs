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

/** Median of `runs` loads of `/`: how long parsing, validating and indexing
 *  the bundle took (the app's `bundle-validate` performance measure). */
async function validateTime({ cpuSlowdown, body }) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await benchPage(browser, cpuSlowdown);
    await page.route('**/data/bundle.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(server.origin + '/');
    await page.waitForFunction(() => performance.getEntriesByName('bundle-validate').length > 0, null, { timeout: 120_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('bundle-validate')[0].duration));
    await context.close();
  }
  return median(times);
}

/** Median main-thread time (Chromium's TaskDuration) of opening a topic
 *  page of the big bundle from the topics page, within the app. */
async function tagPageTime(body) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await benchPage(browser);
    await page.route('**/data/bundle.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(server.origin + '/en/tags');
    // The prerendered page's links would load a page: wait for the app.
    await page.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    const before = await task();
    await page.locator('.tag-link').first().click();
    await page.locator('.post-card').first().waitFor();
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
    times.push((await task()) - before);
    await context.close();
  }
  return median(times) * 1000;
}

/** The big bundle with one warning (an unused topic, which sends the
 *  validator looking for its line and column), pretty and on one line. */
function withOneWarning(text) {
  const bundle = JSON.parse(text);
  bundle.tags.push({ slug: 'unused-topic', name: 'Unused' });
  return { pretty: JSON.stringify(bundle, null, 2), minified: JSON.stringify(bundle) };
}

const row = (name, value, budget) => console.log(`${name.padEnd(58)} ${value.toFixed(1).padStart(7)} ms ${String(budget).padStart(7)} ms`);
try {
  row('in Chromium: parse + validate + index, default bundle', await validateTime({ cpuSlowdown: 1, body: defaultBundle }), 50);
  row('  the same, CPU slowed 4× (a cheap phone)', await validateTime({ cpuSlowdown: 4, body: defaultBundle }), 50);
  if (bigBundle) {
    row('in Chromium: parse + validate + index, 10,000 posts', await validateTime({ cpuSlowdown: 1, body: bigBundle }), 200);
    row('in Chromium: open a topic page, 10,000 posts (main thread)', await tagPageTime(bigBundle), 100);
    const { pretty, minified } = withOneWarning(bigBundle.toString());
    const prettyTime = await validateTime({ cpuSlowdown: 1, body: pretty });
    const minifiedTime = await validateTime({ cpuSlowdown: 1, body: minified });
    row('  the same with one warning, pretty', prettyTime, '-');
    row('  the same with one warning, minified (one line)', minifiedTime, '-');
    console.log(`${'  minified / pretty'.padEnd(58)} ${(minifiedTime / prettyTime).toFixed(2).padStart(7)} ×  ${'1.5'.padStart(6)} ×`);
  }
} finally {
  await browser.close();
  await server.close();
}
