// Runs one of the build's tools (cargo, wasm-bindgen, wasm-opt) in the
// repository's root, or stops the build saying which and why: shared by
// build-widget.mjs and build-visitor.mjs.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

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
