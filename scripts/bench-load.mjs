// A bounded load test: wrk against dist/ served by nginx with the
// deployment's configuration on 127.0.0.1. Prints requests per second and
// errors for the page, the bundle and the wasm. Called by scripts/bench.
// Usage: node scripts/bench-load.mjs [SECONDS per address, default 10]
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { DIST, serve } from '../tests/e2e/harness.mjs';

const seconds = Number(process.argv[2] ?? 10);
const wasm = readdirSync(DIST).find((f) => /_bg\.wasm$/.test(f));
const targets = [
  ['a page (index.html, brotli)', '/en/posts', 'br'],
  ['the bundle (gzip on the fly)', '/data/bundle.json', 'gzip'],
  ['the app wasm (precompressed brotli)', `/${wasm}`, 'br'],
];

const site = await serve(DIST, { workers: 'auto' });
console.log(`\nload: wrk, 2 threads, 64 connections, ${seconds} s each, nginx on 127.0.0.1 (${DIST})`);
try {
  for (const [name, path, encoding] of targets) {
    const out = execFileSync('wrk', ['-t2', '-c64', `-d${seconds}s`, '-H', `Accept-Encoding: ${encoding}`, site.origin + path], {
      encoding: 'utf8',
    });
    const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN);
    const total = Number(out.match(/(\d+) requests in/)?.[1] ?? NaN);
    const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
    const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
    const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
    const latency = out.match(/Latency\s+(\S+)/)?.[1] ?? '?';
    console.log(
      `  ${name.padEnd(40)} ${rps.toFixed(0).padStart(8)} req/s  ${String(total).padStart(8)} requests  mean latency ${latency.padStart(8)}  errors ${non2xx + socketErrors}`,
    );
  }
} finally {
  await site.close();
}
