// Builds the visitors' app: the site's wasm without the editors' preview and
// the partners' embed page (cargo feature `visitor`), for prerendered pages,
// which are nearly every visit; `shell.html` (every other address, the tools
// included) keeps Trunk's full build. Writes <dist>/visitor-HASH.js and
// <dist>/visitor-HASH_bg.wasm, named by their content.
//
// scripts/post-build.mjs calls it for release builds. Needs cargo,
// wasm-bindgen (the pinned CLI) and wasm-opt on PATH, as scripts/setup
// installs them.

import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { root, runTool } from './run-tool.mjs';

const target = join(root, 'target');
const work = join(target, 'visitor-bindgen');

const run = (command, args) => runTool('build-visitor', command, args);

const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Builds the visitors' app into `dist`; returns the site paths of its
 *  script and wasm. */
export async function buildVisitorApp(dist) {
  // The same profile and flags as Trunk's build (.cargo/config.toml, Cargo.toml).
  run('cargo', [
    'build', '--offline', '--release',
    '--bin', 'solidarity-day', '--no-default-features', '--features', 'visitor',
    '--target', 'wasm32-unknown-unknown',
  ]);
  rmSync(work, { recursive: true, force: true });
  run('wasm-bindgen', [
    '--target', 'web',
    '--no-typescript',
    '--out-dir', work,
    '--out-name', 'visitor',
    join(target, 'wasm32-unknown-unknown', 'release', 'solidarity-day.wasm'),
  ]);
  const optimised = join(work, 'optimised.wasm');
  run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', join(work, 'visitor_bg.wasm'), '-o', optimised]);
  const wasm = readFileSync(optimised);
  const wasmFile = `visitor-${hashOf(wasm)}_bg.wasm`;
  writeFileSync(join(dist, wasmFile), wasm);

  const minified = await minify(readFileSync(join(work, 'visitor.js'), 'utf8'), { module: true, ecma: 2022, compress: { passes: 2 }, mangle: true });
  if (!minified.code) {
    console.error('build-visitor: terser produced nothing');
    process.exit(1);
  }
  const jsFile = `visitor-${hashOf(minified.code)}.js`;
  writeFileSync(join(dist, jsFile), minified.code);
  return { glue: `/${jsFile}`, wasm: `/${wasmFile}` };
}
