// Runs one of the build's tools (cargo, wasm-bindgen, wasm-opt) in the
// repository's root, or stops the build saying which and why: shared by
// build-widget.mjs, build-visitor.mjs and build-page.mjs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'terser';

export const root = resolve(import.meta.dirname, '..');

/** Runs `command args`; on failure prints `who: …` and exits 1. */
export function runTool(who, command, args) {
  try {
    execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (error) {
    const why = error.code === 'ENOENT' ? `${command} is not on PATH (run scripts/setup)` : `${command} failed`;
    console.error(`${who}: ${why}`);
    process.exit(1);
  }
}

const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * Builds a wasm module for the site's pages: `cargo build` with `cargoArgs`
 * (release, wasm32), wasm-bindgen (`--target web`, an ES module), wasm-opt
 * `-Oz`, terser; writes <dist>/NAME-HASH.js and <dist>/NAME-HASH_bg.wasm,
 * named by their content, and returns their site paths; `snippets`: the
 * site paths of the JavaScript the crate's Rust declares (wasm-bindgen's
 * `inline_js`), which the script imports from `/snippets/` as they are.
 */
export async function buildWebModule(who, { cargoArgs, artifact, name, dist }) {
  const run = (command, args) => runTool(who, command, args);
  const target = join(root, 'target');
  const work = join(target, `${name}-bindgen`);
  run('cargo', ['build', '--offline', '--release', '--target', 'wasm32-unknown-unknown', ...cargoArgs]);
  rmSync(work, { recursive: true, force: true });
  run('wasm-bindgen', [
    '--target',
    'web',
    '--no-typescript',
    '--out-dir',
    work,
    '--out-name',
    name,
    join(target, 'wasm32-unknown-unknown', 'release', artifact),
  ]);
  const optimised = join(work, 'optimised.wasm');
  // `--gufa` between two `-Oz` passes: what whole-program type flow proves
  // unused goes too (0.7 KB brotli of the visitors' app).
  run('wasm-opt', ['-Oz', '--gufa', '-Oz', '--strip-debug', '--strip-producers', join(work, `${name}_bg.wasm`), '-o', optimised]);
  const wasm = readFileSync(optimised);
  const wasmFile = `${name}-${hashOf(wasm)}_bg.wasm`;
  writeFileSync(join(dist, wasmFile), wasm);

  const minified = await minify(readFileSync(join(work, `${name}.js`), 'utf8'), {
    module: true,
    ecma: 2022,
    compress: { passes: 2 },
    mangle: true,
  });
  if (!minified.code) {
    console.error(`${who}: terser produced nothing`);
    process.exit(1);
  }
  const jsFile = `${name}-${hashOf(minified.code)}.js`;
  writeFileSync(join(dist, jsFile), minified.code);
  const snippets = join(work, 'snippets');
  if (!existsSync(snippets)) return { glue: `/${jsFile}`, wasm: `/${wasmFile}` };
  cpSync(snippets, join(dist, 'snippets'), { recursive: true });
  const files = readdirSync(snippets, { recursive: true }).filter((file) => file.endsWith('.js'));
  return { glue: `/${jsFile}`, wasm: `/${wasmFile}`, snippets: files.map((file) => `/snippets/${file}`) };
}
