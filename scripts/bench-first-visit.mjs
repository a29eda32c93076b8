// What a first visit really downloads, counted by the server: every byte
// nginx sends (HTTPS and HTTP/2 as deployed, headers included) from the
// address typed to the moment the page is complete, and then what the
// service worker installed by that visit fetches to keep the site for
// offline use (public/sw.js: the shell, the visitors' app, the report form's
// module, the map). Lighthouse's transfer column (bench-lighthouse.mjs)
// counts the page's requests only: it ends before the worker installs.
//
//   node scripts/bench-first-visit.mjs [runs]     (after a release build)
//
// The budget, a prerendered page at most 60 KB on a first visit (as in
// bench-lighthouse.mjs), is the page's own bytes; the offline copy is printed
// beside them, since a visitor pays for it too.

import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DIST, median, offlineCopyOf, offlineFiles, pageIsCurrent, serve } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 3);
const BUDGET_KB = 60;
// [name, address, whether the visitor reads down to "Take part"'s form,
// which then brings its module (Lighthouse never scrolls to it)].
const ROUTES = [
  ['/en', '/en', false],
  ['/en/manifesto', '/en/manifesto', false],
  ['/en/posts', '/en/posts', false],
  ['/en/actions', '/en/actions', false],
  ['/en/join', '/en/join', false],
  ['  to its form', '/en/join', true],
  ['/manifesto', '/manifesto', false],
];

const site = await serve(DIST, { tls: true, log: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  // A service worker is refused on a certificate error, which a context's
  // `ignoreHTTPSErrors` does not lift.
  args: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
});

/** The bytes nginx sent while `visit` ran. */
async function sentDuring(visit) {
  const before = (await site.answered()).length;
  await visit();
  return (await site.answered()).slice(before).reduce((sum, answer) => sum + answer.bytes, 0);
}

const toKeep = (await offlineFiles()).length;

/** One first visit to `route` in a fresh profile, until the page is
 *  complete (with `toForm`, until the report form it was read down to
 *  works), and with `worker`, until the service worker it registers has
 *  kept every file of the build's list too. (Without a worker the visit is
 *  the page's own, whatever the order in which the two finish.) */
async function firstVisit(route, toForm, worker) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    ignoreHTTPSErrors: true,
    serviceWorkers: worker ? 'allow' : 'block',
  });
  try {
    const page = await context.newPage();
    return await sentDuring(async () => {
      await page.goto(site.origin + route);
      await pageIsCurrent(page);
      if (toForm) {
        await page.locator('#prerendered form[data-report-form]').scrollIntoViewIfNeeded();
        await page.locator('#prerendered form[data-working]').waitFor();
      }
      if (!worker) return;
      // Every file of the list kept, at once (public/sw.js's install).
      await offlineCopyOf(page, toKeep, { timeout: 60_000 });
    });
  } finally {
    await context.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nA first visit, every byte the server sent (HTTPS + HTTP/2, headers included), median of ${runs}`);
console.log(
  `${'route'.padEnd(16)} ${'the page'.padStart(10)} ${'offline copy'.padStart(13)} ${'in all'.padStart(10)}  budget (the page ≤ ${BUDGET_KB} KB)`,
);
for (const [name, route, toForm] of ROUTES) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push({ page: await firstVisit(route, toForm, false), all: await firstVisit(route, toForm, true) });
  const pageBytes = median(results.map((r) => r.page));
  const allBytes = median(results.map((r) => r.all));
  const offlineBytes = allBytes - pageBytes;
  const met = pageBytes <= BUDGET_KB * 1024 ? 'met' : 'over';
  console.log(`${name.padEnd(16)} ${kb(pageBytes).padStart(10)} ${kb(offlineBytes).padStart(13)} ${kb(allBytes).padStart(10)}  ${met}`);
}

await browser.close();
await site.close();
