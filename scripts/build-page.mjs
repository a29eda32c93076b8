// Builds what a prerendered page loads after its first paint: its loader
// (crates/page/js/start.js, minified) and its small wasm (crates/page: the
// decisions of its start-up, the countdown's ticking, the language of `/`).
// Writes <dist>/start-HASH.js, <dist>/page-HASH.js and
// <dist>/page-HASH_bg.wasm, named by their content.
//
// scripts/post-build.mjs calls it for release builds. Needs cargo,
// wasm-bindgen (the pinned CLI) and wasm-opt on PATH, as scripts/setup
// installs them.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'terser';
import { buildWebModule } from './run-tool.mjs';

export const LOADER_SOURCE = resolve(import.meta.dirname, '../crates/page/js/start.js');

/** Builds crates/page into `dist`; returns the site paths of the loader,
 *  and of the wasm module's script and wasm. */
export async function buildPageModule(dist) {
  const module = await buildWebModule('build-page', {
    cargoArgs: ['--lib', '--package', 'solidarity-page'],
    artifact: 'solidarity_page.wasm',
    name: 'page',
    dist,
  });
  const { code } = await minify(readFileSync(LOADER_SOURCE, 'utf8'), { module: true, ecma: 2022, compress: { passes: 2 }, mangle: true });
  const loader = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dist, loader), code);
  return { loader: `/${loader}`, ...module };
}
