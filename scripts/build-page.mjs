// Builds what a prerendered page runs when the live bundle is the one it was
// written from (crates/page: the countdown's ticking, the language of `/`),
// instead of the app. Writes <dist>/page-HASH.js and <dist>/page-HASH_bg.wasm.
//
// scripts/post-build.mjs calls it for release builds. Needs cargo,
// wasm-bindgen (the pinned CLI) and wasm-opt on PATH, as scripts/setup
// installs them.

import { buildWebModule } from './run-tool.mjs';

/** Builds crates/page into `dist`; returns the site paths of its script and
 *  wasm. */
export function buildPageModule(dist) {
  return buildWebModule('build-page', {
    cargoArgs: ['--lib', '--package', 'solidarity-page'],
    artifact: 'solidarity_page.wasm',
    name: 'page',
    dist,
  });
}
