#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml): finishes dist/ before Trunk swaps it in.
//
// 1. Builds the partners' widget into widget/ (scripts/build-widget.mjs).
// 2. Moves Trunk's inline start-up script into a file of its own, named by
//    its content, so the Content-Security-Policy needs no 'unsafe-inline'
//    and no hash that changes with every build.
// 3. Release builds only (a dev server injects its own inline reload script):
//    puts the policy in a <meta> for hosts that cannot send headers, writes
//    _headers and _redirects (Netlify, Cloudflare Pages) and 404.html (GitHub
//    Pages), and precompresses text files (.br, .gz) for servers that serve
//    them as they are. See docs/deploy.md.
//
// The policy and headers are also in deploy/nginx/site.conf; tests/e2e/deploy.test.mjs
// checks that both agree.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildWidget } from './build-widget.mjs';

const dist = resolve(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

/** The site's policy, but for frame-ancestors (not allowed in a <meta>). */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'";

await buildWidget(dist);

// 2. The inline start-up script, to a file.
const indexPath = join(dist, 'index.html');
let index = readFileSync(indexPath, 'utf8');
index = index.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, body) => {
  const code = body.trim() + '\n';
  const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dist, name), code);
  return `<script type="module" src="/${name}"></script>`;
});
// (A dev server's build also carries Trunk's inline auto-reload script; it
// is served without the policy, so only a release build must be free of them.)
if (release && /<script(?![^>]*\bsrc=)[^>]*>/.test(index)) {
  console.error('post-build: index.html still has an inline script; the CSP would block it');
  process.exit(1);
}

if (release) {
  // 3a. The policy in the page itself, first in <head>.
  index = index.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
}
writeFileSync(indexPath, index);

if (release) {
  // 3b. Headers for static hosts that read a _headers file.
  const common = [
    "  X-Content-Type-Options: nosniff",
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  ];
  const headers = [
    '/*',
    `  Content-Security-Policy: ${CSP}; frame-ancestors 'none'`,
    '  X-Frame-Options: DENY',
    ...common,
    '',
    '/embed/countdown*',
    `  ! Content-Security-Policy`,
    `  ! X-Frame-Options`,
    `  Content-Security-Policy: ${CSP}; frame-ancestors *`,
    '',
    '/widget/*',
    '  Access-Control-Allow-Origin: *',
    '  Cross-Origin-Resource-Policy: cross-origin',
    '',
    '/data/*',
    '  Access-Control-Allow-Origin: *',
    '  Cross-Origin-Resource-Policy: cross-origin',
    '  Cache-Control: public, max-age=60, must-revalidate',
    '',
  ];
  for (const file of readdirSync(dist, { recursive: true })) {
    if (/-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(file)) {
      headers.push(`/${file}`, '  Cache-Control: public, max-age=31536000, immutable', '');
    }
  }
  writeFileSync(join(dist, '_headers'), headers.join('\n'));
  // The SPA fallback on hosts without a server config: Netlify and
  // Cloudflare Pages read _redirects (a rewrite, used only when no file
  // matches); GitHub Pages answers unknown paths with 404.html.
  writeFileSync(join(dist, '_redirects'), '/* /index.html 200\n');
  writeFileSync(join(dist, '404.html'), index);

  // 3c. Precompressed copies of everything built, never of the data: editors
  // may replace data/bundle.json on the server, and a stale .br beside it
  // would be served instead.
  let count = 0;
  for (const file of readdirSync(dist, { recursive: true })) {
    const path = join(dist, file);
    if (!/\.(html|js|wasm|css|svg)$/.test(file) || relative(dist, path).startsWith('data') || !statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    count++;
  }
  console.error(`post-build: boot script externalised, CSP meta, _headers, ${count} files precompressed`);
}
