// Precompressed twins (.br, .gz) of every built text file and wasm in a
// dist/, for servers that send them as they are (nginx brotli_static,
// gzip_static): no compression work per request. Never of the data: editors
// may replace data/bundle.json on the server, and a stale .br beside it would
// be served instead.
//
// Brotli's best (quality 11) for what every visitor downloads (wasm, scripts,
// styles); quality 10 for pages, feeds and the like: a build of 10,000 posts
// writes some 47,000 of them, and 11 takes three times as long for 3% fewer
// bytes (25 KB pages: 38 ms against 14 ms each). The work runs on Node's
// thread pool (four threads), on the machine's cores.
//
// scripts/post-build.mjs runs it on every release build; scripts/bench-publish
// on the 10,000-post build, to time it. Alone: node scripts/precompress.mjs DIST

import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Writes the twins of every built file of `dist` (anew: a page may have
 *  been written again), or of the files whose names match `kinds`; resolves
 *  to how many files were compressed. */
export async function precompress(dist, kinds = /\.(html|js|wasm|css|svg|xml|ics|txt)$/) {
  const files = readdirSync(dist, { recursive: true })
    .map((file) => join(dist, file))
    .filter((path) => kinds.test(path) && !relative(dist, path).startsWith('data') && statSync(path).isFile());
  let next = 0;
  async function work() {
    while (next < files.length) {
      const path = files[next++];
      const bytes = await readFile(path);
      const quality = /\.(js|wasm|css)$/.test(path) ? 11 : 10;
      const params = { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
      const [br, gz] = await Promise.all([brotli(bytes, { params }), gzipped(bytes, { level: 9 })]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
    }
  }
  // Enough in flight to keep the thread pool's every thread busy.
  await Promise.all(Array.from({ length: 2 * availableParallelism() }, work));
  return files.length;
}

if (process.argv[1] === import.meta.filename) {
  const dist = resolve(process.argv[2] ?? 'dist');
  console.error(`precompress: ${await precompress(dist)} files in ${dist}`);
}
