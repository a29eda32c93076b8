// The partners' widget: what a partner page downloads for it, and
// how soon the countdown is painted after the script arrives. Called by
// scripts/bench against the release build in dist/; prints figures, never fails.
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, benchPage, launch, median, serve, servePages } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const bigBundle = process.argv[3] ? await readFile(process.argv[3]) : null;
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
        if (w?.shadowRoot?.querySelector('.num')) window.__painted = performance.now();
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

/** What the widget receives of a big bundle (CDP, bytes on the wire) on a
 *  line of 1 MB/s: it stops the download once the campaign has arrived. */
async function bundleBytes(text) {
  const big = await servePages({ '/bundle.json': () => ['application/json', text] }, { 'access-control-allow-origin': '*' });
  const partnerOfBig = await servePages({
    '/': () => [
      'text/html; charset=utf-8',
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head>
       <body><script src="${site.origin}/widget/countdown.js" async></script>
       <solidarity-countdown bundle="${big.origin}/bundle.json"></solidarity-countdown></body></html>`,
    ],
  });
  const sizes = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = await benchPage(browser);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 40,
        downloadThroughput: 1_000_000,
        uploadThroughput: 500_000,
      });
      let id = null;
      const received = new Map();
      cdp.on('Network.requestWillBeSent', (e) => {
        if (e.request.url.startsWith(big.origin)) id = e.requestId;
      });
      cdp.on('Network.dataReceived', (e) => received.set(e.requestId, (received.get(e.requestId) ?? 0) + e.encodedDataLength));
      await page.goto(partnerOfBig.origin + '/');
      await page.waitForFunction(() => document.querySelector('solidarity-countdown')?.shadowRoot?.querySelector('.num'), null, {
        timeout: 120_000,
      });
      sizes.push(received.get(id) ?? 0);
      await context.close();
    }
  } finally {
    await big.close();
    await partnerOfBig.close();
  }
  return median(sizes);
}

const row = (name, value, budget) => console.log(`${name.padEnd(58)} ${value.toFixed(1).padStart(7)} ms ${String(budget).padStart(7)} ms`);
try {
  row('widget: script arrived → countdown painted', await firstPaint(1), 300);
  row('  the same, CPU slowed 4×', await firstPaint(4), '-');
  if (bigBundle) {
    const kb = (await bundleBytes(bigBundle)) / 1024;
    console.log(
      `${`widget: of a ${(bigBundle.length / 1048576).toFixed(0)} MB bundle, received (1 MB/s line)`.padEnd(58)} ${kb.toFixed(1).padStart(7)} KB ${'few'.padStart(7)} KB`,
    );
  }
} finally {
  await browser.close();
  await partner.close();
  await site.close();
}
