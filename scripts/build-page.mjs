// Builds what a prerendered page loads: before it paints, the language of an
// address without one (crates/page/js/language.js, minified); after its
// first paint, its loader (crates/page/js/start.js, minified), its small
// wasm (crates/page: the decisions of its start-up; built a second time
// with the countdown's ticking, for the home page) and the helper thread
// that fetches the bundle for it (crates/page/js/check.js, minified), and
// on "Take part" the report form's module (crates/report).
// Writes <dist>/language-HASH.js, <dist>/start-HASH.js, <dist>/check-HASH.js,
// <dist>/page-HASH(.js, _bg.wasm), <dist>/page-with-countdown-HASH(.js,
// _bg.wasm) and <dist>/report-HASH(.js, _bg.wasm), named by their content.
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
export const LANGUAGE_SOURCE = resolve(import.meta.dirname, '../crates/page/js/language.js');
export const CHECK_SOURCE = resolve(import.meta.dirname, '../crates/page/js/check.js');

/** `source` minified into `dist`, named `{name}-HASH.js`; its site path. */
async function minified(dist, source, name, module) {
  const { code } = await minify(readFileSync(source, 'utf8'), { module, ecma: 2022, compress: { passes: 2 }, mangle: true });
  const file = `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dist, file), code);
  return `/${file}`;
}

/** Builds crates/page (twice: without the countdown's ticking, and with
 *  it for the pages that show a countdown) and crates/report into `dist`;
 *  returns the site paths of the language script, the loader, the page's
 *  helper thread (`check`), and the modules' scripts and wasm (`{ glue,
 *  wasm }`): `page`, `pageWithCountdown` and `report`. */
export async function buildPageModule(dist) {
  const page = await buildWebModule('build-page', {
    cargoArgs: ['--lib', '--package', 'solidarity-page'],
    artifact: 'solidarity_page.wasm',
    name: 'page',
    dist,
  });
  const pageWithCountdown = await buildWebModule('build-page', {
    cargoArgs: ['--lib', '--package', 'solidarity-page', '--features', 'countdown'],
    artifact: 'solidarity_page.wasm',
    name: 'page-with-countdown',
    dist,
  });
  // The report form's module ("Take part"), which the loader brings on that page only.
  const report = await buildWebModule('build-report', {
    cargoArgs: ['--lib', '--package', 'solidarity-report'],
    artifact: 'solidarity_report.wasm',
    name: 'report',
    dist,
  });
  return {
    report,
    language: await minified(dist, LANGUAGE_SOURCE, 'language', false),
    loader: await minified(dist, LOADER_SOURCE, 'start', true),
    // The page's helper thread (a classic worker's script).
    check: await minified(dist, CHECK_SOURCE, 'check', false),
    page,
    pageWithCountdown,
  };
}
