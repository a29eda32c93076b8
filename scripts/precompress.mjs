// Precompressed twins (.br, .gz) of every built text file and wasm in a
// dist/, for servers that send them as they are (nginx brotli_static,
// gzip_static): no compression work per request. Never of the data: editors
// may replace data/bundle.json on the server, and a stale .br beside it would
// be served instead.
//
// scripts/post-build.mjs runs it on every release build; scripts/bench-publish
// on the 10,000-post build, to time it. Alone: node scripts/precompress.mjs DIST

import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Writes the twins of every built file of `dist` (anew: a page may have
 *  been written again), or of the files whose names match `kinds`; returns
 *  how many files were compressed. */
export function precompress(dist, kinds = /\.(html|js|wasm|css|svg|xml|ics|txt)$/) {
  let count = 0;
  for (const file of readdirSync(dist, { recursive: true })) {
    const path = join(dist, file);
    if (!kinds.test(file) || relative(dist, path).startsWith('data')) continue;
    const stats = statSync(path);
    if (!stats.isFile()) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    count++;
  }
  return count;
}

if (process.argv[1] === import.meta.filename) {
  const dist = resolve(process.argv[2] ?? 'dist');
  console.error(`precompress: ${precompress(dist)} files in ${dist}`);
}
