// Lighthouse 13, mobile profile (simulated slow 4G, 4× CPU), on every kind
// of route of the release build served by nginx with the deployment's
// configuration, and on a plain static HTML page of the manifesto measured
// in the same run. Prints medians. Called by scripts/bench;
// alone: node scripts/bench-lighthouse.mjs [runs, default 3]
import { copyFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, DIST, median, serve } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 3);
// Optional: a bundle of 10,000 posts, served live behind pages prerendered
// from the default one (editors have added posts since the build). Rows
// marked "changed" serve the default bundle with a newline added: the pages
// then load the app, as after any edit not yet built.
const bigBundle = process.argv[3];
const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
const ROUTES = {
  home: '/en',
  manifesto: '/en/manifesto',
  posts: '/en/posts',
  post: `/en/posts/${bundle.posts[0].slug}`,
  tags: '/en/tags',
  tag: `/en/tags/${bundle.tags[0].slug}`,
  actions: '/en/actions',
};

// The yardstick: the manifesto as plain HTML, no script, system fonts.
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const plain = await mkdtemp(join(tmpdir(), 'solidarity-plain-'));
await writeFile(
  join(plain, 'index.html'),
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(bundle.manifesto.title)}</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.6}</style></head>
<body><main><h1>${escapeHtml(bundle.manifesto.title)}</h1>${bundle.manifesto.body.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</main></body></html>`,
);

// HTTPS and HTTP/2, as deployed (deploy/nginx/example.conf): over HTTP/1.1 every
// request after the page waits for a connection of its own.
const site = await serve(DIST, { workers: 'auto', tls: true });
/** The release build served with another live bundle than the one its
 *  pages were written from (editors changed it since the build). */
async function servedWithBundle(write) {
  const dir = await mkdtemp(join(tmpdir(), 'solidarity-bench-'));
  await cp(DIST, dir, { recursive: true });
  await write(join(dir, 'data/bundle.json'));
  const server = await serve(dir, { workers: 'auto', tls: true });
  return {
    origin: server.origin,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
// The same content plus a newline: the pages load the app, which takes over.
const changedSite = await servedWithBundle(async (path) => writeFile(path, (await readFile(path, 'utf8')) + '\n'));
const bigSite = bigBundle ? await servedWithBundle((path) => copyFile(bigBundle, path)) : null;
const staticSite = await serve(plain, { tls: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
});

/** Audits that failed in any run, with the route. */
const failing = new Set();

async function measure(url) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'seo', 'best-practices'],
    });
    const a = lhr.audits;
    // What kept SEO or Best Practices under 100, by audit id.
    for (const category of ['seo', 'best-practices']) {
      for (const ref of lhr.categories[category].auditRefs) {
        const audit = a[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.add(`${ref.id} (${new URL(url).pathname})`);
      }
    }
    results.push({
      score: lhr.categories.performance.score * 100,
      seo: lhr.categories.seo.score * 100,
      bp: lhr.categories['best-practices'].score * 100,
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      bytes: a['total-byte-weight'].numericValue,
    });
  }
  const m = (k) => median(results.map((r) => r[k]));
  return { score: m('score'), seo: m('seo'), bp: m('bp'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), bytes: m('bytes') };
}

try {
  const baseline = await measure(`${staticSite.origin}/`);
  console.log(
    `\nLighthouse 13 mobile (slow 4G, 4× CPU), HTTPS + HTTP/2 from nginx on loopback, medians of ${runs} runs; budgets: score 100, SEO 100, Best Practices 100 (not the static yardstick), LCP ≤ 1200 ms, CLS 0, TBT ≤ 50 ms, LCP ≤ 1.3× static`,
  );
  console.log(
    `${'route'.padEnd(18)} ${'score'.padStart(5)} ${'SEO'.padStart(4)} ${'BP'.padStart(4)} ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(7)} ${'CLS'.padStart(6)} ${'KB'.padStart(6)} ${'LCP/static'.padStart(10)}`,
  );
  const line = (name, r) =>
    console.log(
      `${name.padEnd(18)} ${r.score.toFixed(0).padStart(5)} ${r.seo.toFixed(0).padStart(4)} ${r.bp.toFixed(0).padStart(4)} ${r.fcp.toFixed(0).padStart(7)} ${r.lcp.toFixed(0).padStart(7)} ${r.tbt.toFixed(0).padStart(7)} ${r.cls.toFixed(3).padStart(6)} ${(r.bytes / 1024).toFixed(0).padStart(6)} ${(r.lcp / baseline.lcp).toFixed(2).padStart(10)}`,
    );
  line('static page', baseline);
  for (const [name, path] of Object.entries(ROUTES)) line(name, await measure(site.origin + path));
  // The app's path: the live bundle changed since the build.
  for (const name of ['home', 'manifesto', 'tag']) line(`${name}, changed`, await measure(changedSite.origin + ROUTES[name]));
  if (bigSite) line('home, 10k', await measure(`${bigSite.origin}/en`));
  const own = [...failing].filter((f) => !f.endsWith('(/)'));
  console.log(
    own.length ? `SEO / Best Practices audits failed: ${own.join(', ')}` : 'SEO / Best Practices: every audit passed on every route',
  );
} finally {
  await changedSite.close();
  await bigSite?.close();
  await chrome.kill();
  await site.close();
  await staticSite.close();
  await rm(plain, { recursive: true, force: true });
}
