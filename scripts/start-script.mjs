// The start-up script of prerendered pages (crates/page/js/start.js) with
// what the build knows written into its BUILD line, minified.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minify } from 'terser';

export const START_SOURCE = resolve(import.meta.dirname, '../crates/page/js/start.js');
const PLACEHOLDER = 'const BUILD = null; // filled in by scripts/start-script.mjs';

/** The script for `build` (any JSON value), from `source` (start.js).
 *  The value is written by a replacer function, never a replacement
 *  string: in one, `$'`, `` $` ``, `$&` and `$$` from a campaign's text
 *  would be read as patterns and corrupt or break the script. */
export async function startScript(build, source = readFileSync(START_SOURCE, 'utf8')) {
  if (!source.includes(PLACEHOLDER)) {
    throw new Error(`${START_SOURCE} has no BUILD line to fill in`);
  }
  const filled = source.replace(PLACEHOLDER, () => `const BUILD = ${JSON.stringify(build)};`);
  const { code } = await minify(filled, { module: true, ecma: 2022, compress: { passes: 2 }, mangle: true });
  return code;
}
