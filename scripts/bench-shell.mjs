// The app shell a visitor downloads for one page, as served (the
// precompressed brotli twins post-build writes): the page's HTML, and the
// CSS, scripts and wasm it names or its start-up script fetches. Budget (issue #5): 150 KB in all.
// Called by scripts/bench; alone: node scripts/bench-shell.mjs [page, default en/manifesto]
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from '../tests/e2e/harness.mjs';

const pagePath = join(DIST, process.argv[2] ?? 'en/manifesto', 'index.html');
const html = await readFile(pagePath, 'utf8');
const named = [...html.matchAll(/(?:href|src)="\/([^"?#]+\.(?:css|js|wasm))"/g)].map((m) => m[1]);
// A prerendered page's start-up script fetches the app after the first
// paint: its script and wasm are part of the shell all the same.
for (const script of named.filter((f) => f.startsWith('boot-'))) {
  const code = await readFile(join(DIST, script), 'utf8');
  named.push(...[...code.matchAll(/'\/([^'?#]+\.(?:js|wasm))'/g)].map((m) => m[1]));
}
const files = [[`${process.argv[2] ?? 'en/manifesto'}/index.html`, pagePath], ...[...new Set(named)].map((f) => [f, join(DIST, f)])];

const kb = (n) => (n / 1024).toFixed(1);
console.log('\napp shell of one page, as served (brotli twins, quality 11)');
let total = 0;
let beforePaint = 0;
for (const [name, path] of files) {
  const raw = (await stat(path)).size;
  const br = (await stat(`${path}.br`)).size;
  total += br;
  if (/\.(html|css)$/.test(name)) beforePaint += br;
  console.log(`  ${name.padEnd(56)} ${kb(raw).padStart(7)} KB raw ${kb(br).padStart(7)} KB br`);
}
console.log(`${'  total'.padEnd(58)} ${''.padStart(14)} ${kb(total).padStart(7)} KB br   budget 150 KB`);
console.log(`${'  of which before the first paint (page + stylesheet)'.padEnd(58)} ${''.padStart(14)} ${kb(beforePaint).padStart(7)} KB br`);
