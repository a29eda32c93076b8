// The partners' widget (issue #4): what a partner page downloads for it, and
// how soon the countdown is painted after the script arrives. Called by
// scripts/bench against the release build in dist/; prints figures, never fails.
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, benchPage, launch, median, serve, servePages } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Bytes: everything the script embed transfers, as the server would send it.
const files = [...(await readdir(`${DIST}/widget`)).filter((f) => /\.(js|wasm)$/.test(f)).map((f) => `widget/${f}`), 'data/bundle.json'];
let total = 0;
console.log('\nwidget: what a partner page downloads (brotli, quality 11)');
for (const file of files) {
  const raw = await readFile(`${DIST}/${file}`);
  const compressed = brotli(raw);
  total += compressed;
  console.log(`  ${file.padEnd(56)} ${(compressed / 1024).toFixed(1).padStart(7)} KB  (${(raw.length / 1024).toFixed(1)} KB raw)`);
}
console.log(`${'widget: total for the script embed'.padEnd(58)} ${(total / 1024).toFixed(1).padStart(7)} KB ${'30'.padStart(7)} KB`);

// Time: from the moment countdown.js has arrived to the first frame painted
// with the numbers, on a partner page of another origin, cold cache.
const site = await serve();
const partner = await servePages({
  '/': () => [
    'text/html; charset=utf-8',
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head>
     <body><h1>Partner</h1><script src="${site.origin}/widget/countdown.js" async></script>
     <solidarity-countdown></solidarity-countdown></body></html>`,
  ],
});
const browser = await launch();

async function firstPaint(cpuSlowdown) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await benchPage(browser, cpuSlowdown);
    // Checks each frame, from the start, whether the numbers are there.
    await page.addInitScript(() => {
      const look = () => {
        const w = document.querySelector('solidarity-countdown');
        if (w && w.shadowRoot && w.shadowRoot.querySelector('.num')) window.__painted = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(partner.origin + '/');
    await page.waitForFunction(() => window.__painted, null, { timeout: 60_000 });
    times.push(
      await page.evaluate(() => {
        const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/widget/countdown.js'));
        return window.__painted - script.responseEnd;
      }),
    );
    await context.close();
  }
  return median(times);
}

const row = (name, value, budget) => console.log(`${name.padEnd(58)} ${value.toFixed(1).padStart(7)} ms ${String(budget).padStart(7)} ms`);
try {
  row('widget: script arrived → countdown painted', await firstPaint(1), 300);
  row('  the same, CPU slowed 4×', await firstPaint(4), '-');
} finally {
  await browser.close();
  await partner.close();
  await site.close();
}
