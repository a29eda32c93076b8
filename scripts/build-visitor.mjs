// Builds the visitors' app: the site's wasm without the editors' preview and
// the partners' embed page (the `csr` feature without `tools`), for prerendered pages
// whose live bundle changed since the build; `shell.html` (every other
// address, the tools included) keeps Trunk's full build. Writes
// <dist>/visitor-HASH.js and <dist>/visitor-HASH_bg.wasm.
//
// scripts/post-build.mjs calls it for release builds. Needs cargo,
// wasm-bindgen (the pinned CLI) and wasm-opt on PATH, as scripts/setup
// installs them.

import { buildWebModule } from './run-tool.mjs';

/** Builds the visitors' app into `dist`; returns the site paths of its
 *  script and wasm. */
export function buildVisitorApp(dist) {
  // The same profile and flags as Trunk's build (.cargo/config.toml, Cargo.toml).
  return buildWebModule('build-visitor', {
    cargoArgs: ['--bin', 'solidarity-day', '--no-default-features', '--features', 'csr'],
    artifact: 'solidarity-day.wasm',
    name: 'visitor',
    dist,
  });
}
