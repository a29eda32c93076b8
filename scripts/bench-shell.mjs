// The app shell a visitor downloads for one page, as served (the
// precompressed brotli twins post-build writes): the page's HTML, the CSS
// and loader it names, and what the loader fetches after the first paint
// (named in the page's #build block) — crates/page when the live bundle is
// the one the page was written from (nearly every visit), and the visitors'
// app too when it changed since the build. Budget: 150 KB in all.
// Called by scripts/bench; alone: node scripts/bench-shell.mjs [page, default en/manifesto]
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from '../tests/e2e/harness.mjs';

const page = process.argv[2] ?? 'en/manifesto';
const pagePath = join(DIST, page, 'index.html');
const html = await readFile(pagePath, 'utf8');
const named = [...html.matchAll(/(?:href|src)="\/([^"?#]+\.(?:css|js|wasm))"/g)].map((m) => m[1]);
// What the loader fetches, as the prerender wrote it into the page.
const block = html.match(/<script type="application\/json" id="build">([^<]*)<\/script>/);
if (!block) throw new Error(`${pagePath} has no #build block`);
const build = JSON.parse(block[1]);
const later = [build.page.glue, build.page.wasm, build.app.glue, build.app.wasm].map((path) => path.slice(1));
const kb = (n) => (n / 1024).toFixed(1);
const sizes = async (name) => {
  const path = name === page ? pagePath : join(DIST, name);
  return [(await stat(path)).size, (await stat(`${path}.br`)).size];
};

async function table(title, files) {
  console.log(`\n${title}`);
  let total = 0;
  let beforePaint = 0;
  for (const name of files) {
    const [raw, br] = await sizes(name);
    total += br;
    if (name === page || name.endsWith('.css') || name.startsWith('language-')) beforePaint += br;
    console.log(`  ${(name === page ? `${page}/index.html` : name).padEnd(56)} ${kb(raw).padStart(7)} KB raw ${kb(br).padStart(7)} KB br`);
  }
  console.log(`${'  total'.padEnd(58)} ${''.padStart(14)} ${kb(total).padStart(7)} KB br   budget 150 KB`);
  console.log(
    `${'  of which before the first paint (page, stylesheet, language script)'.padEnd(58)} ${''.padStart(14)} ${kb(beforePaint).padStart(7)} KB br`,
  );
}

const first = [page, ...new Set(named)];
await table('app shell of one page, the live bundle as built (brotli twins, quality 11)', [
  ...first,
  ...later.filter((f) => f.startsWith('page-')),
]);
// (crates/page is fetched beside the bundle, before the script knows.)
await table('the same page, the live bundle changed since the build: the app takes over', [...first, ...new Set(later)]);

// The visitors' app alone (issue 16's budget): what the shell, and a page
// whose bundle changed, download to run it.
let app = 0;
for (const name of [build.app.glue, build.app.wasm].map((path) => path.slice(1))) app += (await sizes(name))[1];
console.log(
  `\n${"the visitors' app alone (script + wasm, brotli)".padEnd(58)} ${''.padStart(14)} ${kb(app).padStart(7)} KB br   budget 150 KB`,
);

// The report form's module, loaded on "Take part" only, once the form nears
// the screen: no budget of its own; scripts/bench-first-visit.mjs counts it
// with its page ("to its form").
let form = 0;
for (const name of [build.report.glue, build.report.wasm].map((path) => path.slice(1))) form += (await sizes(name))[1];
console.log(`${"the report form's module (script + wasm, brotli)".padEnd(58)} ${''.padStart(14)} ${kb(form).padStart(7)} KB br`);
