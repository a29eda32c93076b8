#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml): finishes dist/ before Trunk swaps it in.
//
// 1. Builds the partners' widget into widget/ (scripts/build-widget.mjs).
// 2. (Trunk's inline start-up script is moved into a file of its own by the
//    prerender, which writes the tools' pages: src/prerender.rs, `tools_page`.)
// 3. Release builds only (a dev server injects its own inline reload script):
//    builds crates/page (scripts/build-page.mjs) and the visitors' app
//    (crates/visitor, build-visitor.mjs), then prerenders every page with them
//    (src/bin/prerender.rs); puts the policy in a <meta> for hosts that cannot send headers, writes
//    _headers and _redirects (Netlify, Cloudflare Pages) and 404.html (GitHub
//    Pages), and precompresses text files (.br, .gz) for servers that serve
//    them as they are. See docs/deploy.md.
//
// The policy is written once, in deploy/nginx/site.conf, and read from there;
// the other headers are also there, and tests/e2e/deploy.test.mjs checks
// that both agree.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildPageModule } from './build-page.mjs';
import { buildVisitorApp } from './build-visitor.mjs';
import { buildWidget } from './build-widget.mjs';
import { precompress } from './precompress.mjs';

const dist = resolve(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

/** The site's policy, but for frame-ancestors (not allowed in a <meta>):
 *  the one nginx sends (its `$csp`), for the pages' <meta> and _headers. */
const SITE_CONF = resolve(import.meta.dirname, '../deploy/nginx/site.conf');
const CSP = readFileSync(SITE_CONF, 'utf8').match(/^set \$csp "([^"]+)";$/m)?.[1];
if (!CSP) throw new Error(`post-build: no \`set $csp "…";\` line in ${SITE_CONF}`);
/** `html` with the policy first in its <head>, for hosts that cannot send
 *  headers; a page without the charset line it follows is refused. */
function withPolicy(html, page) {
  const charset = '<meta charset="utf-8" />';
  if (!html.includes(charset)) throw new Error(`post-build: ${page} has no ${charset} to put the policy after`);
  return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
}

await buildWidget(dist);

/** public/sw.js's list: shell.html and the files it names (the visitors'
 *  app, the loader, the stylesheet), what the loader and the app load
 *  themselves, and the map's drawing
 *  of the world, as a script the worker imports (a changed list is a
 *  changed worker). */
function offlineFiles(shell, loading) {
  const named = [...shell.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="(\/[^"?#]+)"/g)].map((m) => m[1]);
  // Not the bundle: the app keeps its own last good copy (crates/browser's storage).
  const files = ['/shell.html', ...new Set(named.filter((file) => !file.startsWith('/data/')))];
  // What they bring themselves: any script the app's Rust declares, its
  // helper thread (which keeps, reads and renders the bundle: offline, the
  // saved copy), and the report form's module the loader loads on "Take
  // part" (crates/page/js/start.js).
  files.push(...(loading.app.snippets ?? []), loading.check, loading.report.glue, loading.report.wasm);
  // The map's drawing of the world, whatever its name
  // (solidarity_core::map::WORLD_FILE, written by the prerender): the
  // actions page offline has its land too.
  files.push(
    ...readdirSync(join(dist, 'map'))
      .filter((f) => f.endsWith('.svg'))
      .map((f) => `/map/${f}`),
  );
  for (const file of files) {
    if (!statSync(join(dist, file)).isFile()) throw new Error(`post-build: the shell names ${file}, which was not built`);
  }
  return `// Written by scripts/post-build.mjs: what public/sw.js keeps for offline visits.\nself.OFFLINE_FILES = ${JSON.stringify(files)};\n`;
}

if (release) {
  // 3a. The policy in the page itself, first in <head> (of the template of
  // every page the prerender writes, and of the iframe embed's page, whose
  // frame-ancestors * only a server can add).
  for (const page of ['index.html', 'embed/countdown/index.html']) {
    writeFileSync(join(dist, page), withPolicy(readFileSync(join(dist, page), 'utf8'), page));
  }

  // 3a'. Every page written as HTML from the app's components, finished:
  // index.html becomes the template (kept as shell.html, the page for
  // addresses that were not prerendered) and `/` the English home page. A
  // prerendered page paints its content with only its CSS; after that first
  // paint its loader (crates/page/js/start.js) loads crates/page, which
  // decides whether the page is complete as written or the visitors' app
  // (crates/visitor) takes over. The prerender writes
  // what they load into each page (src/prerender.rs); nothing rewrites the
  // pages afterwards.
  const app = await buildVisitorApp(dist);
  const { language, loader, check, page, pageWithCountdown, report } = await buildPageModule(dist);
  const bundle = readFileSync(join(dist, 'data', 'bundle.json'));
  const loading = {
    language,
    script: loader,
    check,
    page,
    page_with_countdown: pageWithCountdown,
    app,
    report,
    bundle_sha256: createHash('sha256').update(bundle).digest('hex'),
  };
  const prerender = spawnSync(
    'cargo',
    ['run', '--quiet', '--offline', '--features', 'ssr', '--bin', 'prerender', '--', dist, '--loading', JSON.stringify(loading)],
    { stdio: 'inherit' },
  );
  if (prerender.status !== 0) {
    console.error('post-build: prerendering failed');
    process.exit(1);
  }
  const shell = readFileSync(join(dist, 'shell.html'), 'utf8');

  // 3b. Headers for static hosts that read a _headers file.
  const common = [
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), browsing-topics=()',
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
    if (/-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg)$/.test(file)) {
      headers.push(`/${file}`, '  Cache-Control: public, max-age=31536000, immutable', '');
    }
    // Feeds and calendars by name: hosts would call them XML and bytes
    // (the prerender writes them: crates/publish).
    const type = file.endsWith('/feed.xml') ? 'application/atom+xml' : file.endsWith('.ics') ? 'text/calendar' : null;
    if (type) headers.push(`/${file}`, `  Content-Type: ${type}; charset=utf-8`, '');
  }
  writeFileSync(join(dist, '_headers'), headers.join('\n'));
  // The SPA fallback on hosts without a server config: Netlify and
  // Cloudflare Pages read _redirects (a rewrite, used only when no file
  // matches); GitHub Pages answers unknown paths with 404.html. Before it,
  // a list's page 1, which no file answers: its address is the list's own,
  // as deploy/nginx/site.conf sends it (Netlify passes the query on;
  // Cloudflare Pages' documentation does not say whether it does).
  const pageOne = ['/:lang/posts', '/posts', '/:lang/tags/:topic', '/tags/:topic'].map((list) => `${list}/page/1 ${list} 301`);
  writeFileSync(join(dist, '_redirects'), [...pageOne, '/* /shell.html 200', ''].join('\n'));

  // 3b'. What the service worker keeps for offline visits (public/sw.js):
  // the shell and exactly the files it names, listed here from the build's
  // own output, so that the worker never reads a list out of a page (whose
  // text is the bundle's).
  writeFileSync(join(dist, 'offline-files.js'), offlineFiles(shell, loading));
  writeFileSync(join(dist, '404.html'), shell);

  // 3c. Precompressed copies of everything built, never of the data.
  const count = await precompress(dist);
  console.error(`post-build: CSP meta, _headers, ${count} files precompressed`);
}
