#!/usr/bin/env node
// Builds the partners' countdown widget into <dist>/widget/:
//   countdown.js          the one script partners load (fixed name: it is in their pages)
//   countdown-HASH.wasm   named by its content, so it can be cached forever
//
// scripts/post-build.mjs calls it after each Trunk build; by hand:
// `node scripts/build-widget.mjs [DIST]`.
// Needs cargo, wasm-bindgen (the pinned CLI) and wasm-opt on PATH, as
// scripts/setup installs them.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'terser';
import { root, runTool } from './run-tool.mjs';

const target = join(root, 'target');
const work = join(target, 'widget-bindgen');

const run = (command, args) => runTool('build-widget', command, args);

/** Builds the widget into `<dist>/widget/`. */
export async function buildWidget(dist) {
  const out = join(dist, 'widget');
  // Always the release profile: a debug widget is ten times the size and
  // would make every size measured in development meaningless.
  run('cargo', ['build', '--offline', '--release', '--lib', '--package', 'solidarity-widget', '--target', 'wasm32-unknown-unknown']);
  rmSync(work, { recursive: true, force: true });
  run('wasm-bindgen', [
    '--target',
    'no-modules',
    '--no-typescript',
    '--out-dir',
    work,
    join(target, 'wasm32-unknown-unknown', 'release', 'solidarity_widget.wasm'),
  ]);
  const optimised = join(work, 'optimised.wasm');
  run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', join(work, 'solidarity_widget_bg.wasm'), '-o', optimised]);

  const wasm = readFileSync(optimised);
  // The element's default bundle is the site's (crates/widget/src/lib.rs
  // puts the address in the wasm, from the one the whole site uses).
  const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(wasm), 'solidarity-bundle-url');
  if (!section) {
    console.error('build-widget: the wasm has no solidarity-bundle-url section');
    process.exit(1);
  }
  const bundleUrl = new TextDecoder().decode(section);
  const wasmFile = `countdown-${createHash('sha256').update(wasm).digest('hex').slice(0, 16)}.wasm`;

  // Comments and indentation cost bytes on every partner page; the CSS has no
  // strings or URLs, so squeezing its whitespace is safe.
  const css = readFileSync(join(root, 'crates/widget/widget.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>+])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
  const glue = readFileSync(join(work, 'solidarity_widget.js'), 'utf8');
  const element = readFileSync(join(root, 'crates/widget/js/element.js'), 'utf8');
  const source = [
    '(function () {',
    "'use strict';",
    `const WASM_FILE = ${JSON.stringify(wasmFile)};`,
    `const BUNDLE_URL = ${JSON.stringify(bundleUrl)};`,
    `const WIDGET_CSS = ${JSON.stringify(css)};`,
    glue,
    element,
    '})();',
  ].join('\n');
  // Minified: the glue's long names and comments are a third of the bytes
  // partners' visitors would download.
  const minified = await minify(source, { ecma: 2022, compress: { passes: 2 }, mangle: true });
  if (!minified.code) {
    console.error('build-widget: terser produced nothing');
    process.exit(1);
  }
  const script =
    '/* <solidarity-countdown>: the countdown to 4 August, International Day of Solidarity with civil society of Belarus. */\n' +
    minified.code +
    '\n';

  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out)) if (/^countdown-[0-9a-f]+\.wasm$/.test(old)) rmSync(join(out, old));
  writeFileSync(join(out, wasmFile), wasm);
  writeFileSync(join(out, 'countdown.js'), script);
  console.error(`build-widget: ${out}/countdown.js + ${wasmFile} (${wasm.length} bytes of wasm)`);
}

if (process.argv[1] === import.meta.filename) await buildWidget(resolve(process.argv[2] ?? join(root, 'dist')));
