// The editors' tool against the bundles that used to make it freeze: the
// 25 MB generated bundle pretty and minified (one line), with one warning,
// with 10,000 errors, with a 30,000-character slug, with a thousand
// mistyped tags against a thousand topics, and with 499 unknown fields
// (the repair path). Prints the median wall time of each next to its
// budget. Usage: node scripts/bench-check.mjs RUNS BIG.json
// BUNDLE_TOOL=path measures another build of the tool (an older commit's,
// for a before-and-after), BENCH_TIMEOUT_S bounds each run (default 600).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { median } from '../tests/e2e/harness.mjs';

const [runs = '5', bigPath = 'target/bench/big.json'] = process.argv.slice(2);
const tool = process.env.BUNDLE_TOOL ?? 'target/release/bundle';
const timeout = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;
const dir = 'target/bench';
const big = readFileSync(bigPath, 'utf8');
const fresh = () => JSON.parse(big);

/** Each case: a name, the bundle, and whether it must be valid. */
const cases = [];
function add(name, bundle, { budget = 2000, valid } = {}) {
  for (const [layout, text] of [
    ['pretty', JSON.stringify(bundle, null, 2)],
    ['minified', JSON.stringify(bundle)],
  ]) {
    const file = `${dir}/check-${name.replace(/\W+/g, '-')}-${layout}.json`;
    writeFileSync(file, text);
    cases.push({ name: `${name}, ${layout}`, file, budget, valid });
  }
}

add('no problem', fresh(), { valid: true });

let b = fresh();
b.tags.push({ slug: 'unused-topic', name: 'Unused' });
add('one warning (an unused topic)', b, { valid: true });

b = fresh();
for (const post of b.posts) post.tags[0] = `${post.tags[0]}x`;
add('10,000 errors (mistyped tags)', b, { valid: false });

b = fresh();
b.posts[0].slug = 'x'.repeat(30000);
b.actions[0].post = 'y'.repeat(30000);
add('a 30,000-character slug', b, { valid: false });

b = fresh();
b.tags = Array.from({ length: 1000 }, (_, i) => ({ slug: `topic-number-${i}`, name: `Topic ${i}` }));
b.posts.forEach((post, i) => {
  post.tags = [`topic-nubmer-${i % 1000}`];
});
add('1,000 mistyped tags, 1,000 topics', b, { valid: false });

b = fresh();
for (let i = 0; i < 499; i++) b[`unknown_${i}`] = i;
add('499 unknown top-level fields', b, { valid: false });

b = fresh();
for (let i = 0; i < 499; i++) b.posts[i * 20].unknown = i;
add('499 unknown fields in posts', b, { valid: false });

const rows = [];
for (const c of cases) {
  const times = [];
  let status;
  for (let i = 0; i < Number(runs); i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(tool, ['check', c.file], { stdio: 'ignore', timeout });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    status = run.error?.code === 'ETIMEDOUT' ? `timed out after ${timeout / 1000} s` : run.status;
  }
  const ok = c.valid ? status === 0 : status === 1;
  rows.push([c.name, median(times), c.budget, ok ? '' : ` (${typeof status === 'number' ? `exit ${status}: unexpected` : status})`]);
}

const size = (Buffer.byteLength(big) / 1048576).toFixed(1);
console.log(`\nbundle check on the generated bundle (${size} MB), median of ${runs}  value  budget`);
for (const [name, ms, budget, note] of rows) {
  console.log(`${`  ${name}`.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms ${String(budget).padStart(5)} ms${note}`);
}
