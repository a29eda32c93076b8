// Builds the visitors' app (crates/visitor): what prerendered pages whose
// live bundle changed since the build load, and what `shell.html` (every
// address that was not prerendered) loads; the tools' pages have Trunk's
// build. Writes <dist>/visitor-HASH.js and <dist>/visitor-HASH_bg.wasm.
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
    cargoArgs: ['--lib', '--package', 'solidarity-visitor'],
    artifact: 'solidarity_visitor.wasm',
    name: 'visitor',
    dist,
  });
}
