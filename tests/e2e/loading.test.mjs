// What every prerendered page loads after its first paint, as the built
// site has it, read by parsers independent of the Rust that wrote it: one
// `#build` block (JSON) naming files that exist, the fingerprint of the
// bundle the pages were written from and that bundle's own campaign; the
// loader last in <body>; nothing in <head> that loads a script but the
// language of an address without one. (Every
// campaign text reaching the block as written: src/prerender.rs's tests.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from './harness.mjs';

const bundleBytes = await readFile(join(DIST, 'data', 'bundle.json'));
const bundle = JSON.parse(bundleBytes);
// (Not the iframe embed, a static page, nor the tools' pages, the app's.)
const pages = (await readdir(DIST, { recursive: true })).filter(
  (f) => f.endsWith('index.html') && !f.startsWith('embed') && !/^(be|ru|en)\/(preview|embed)\//.test(f),
);

test('every prerendered page names what it loads, and all of it exists', async () => {
  assert.ok(pages.length >= 3 * 5, `${pages.length} pages`);
  for (const file of pages) {
    const html = await readFile(join(DIST, file), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/json" id="build">([^<]*)<\/script>/g)];
    assert.equal(blocks.length, 1, `${file}: one #build block`);
    const build = JSON.parse(blocks[0][1]);
    assert.equal(build.bundle_sha256, createHash('sha256').update(bundleBytes).digest('hex'), file);
    assert.deepEqual(build.campaign, bundle.campaign, file);
    assert.equal(build.bundle_url, '/data/bundle.json', file);
    const language = html.match(
      /<script src="(\/language-[0-9a-f]{16}\.js)" data-key="solidarity-day:lang" data-langs="be ru en" data-fallback="en"(?: data-page-param="page" data-pages="([^"]*)")?><\/script>/,
    );
    assert.ok(language, `${file}: the language script`);
    // A list's first page names its pages, its own first, for earlier
    // links' `?page=N` (an address without a language: the English list's).
    const list = file.match(/^(?:(be|ru|en)\/)?(posts|tags\/[^/]+)\/index\.html$/);
    assert.equal(language[2]?.split(' ')[0], list ? `/${list[1] ?? 'en'}/${list[2]}` : undefined, file);
    const files = [
      build.script,
      build.check,
      build.page.glue,
      build.page.wasm,
      build.app.glue,
      build.app.wasm,
      build.report.glue,
      build.report.wasm,
    ];
    for (const path of [language[1], ...files]) {
      assert.match(path, /^\/[a-z]+(-[a-z]+)*-[0-9a-f]{16}(_bg)?\.(js|wasm)$/, `${file}: ${path}`);
      assert.ok((await stat(join(DIST, path))).isFile(), `${file}: ${path} exists`);
    }
    // Only a page with a countdown loads the module that makes it tick.
    const countdown = html.includes('<section class="countdown"');
    assert.match(build.page.wasm, countdown ? /^\/page-with-countdown-/ : /^\/page-[0-9a-f]/, `${file}: its page module`);
    const loader = `<script type="module" src="${build.script}" fetchpriority="low"></script>`;
    assert.ok(html.slice(0, html.lastIndexOf('</body>')).trimEnd().endsWith(loader), `${file}: the loader is last`);
    const head = html.slice(0, html.indexOf('</head>'));
    // The language script first, before the stylesheet (an address without
    // a language is sent on before anything is drawn); nothing else.
    assert.ok(head.indexOf(language[0]) < head.indexOf('rel="stylesheet"'), `${file}: the language script first`);
    assert.doesNotMatch(
      head.replace(language[0], '').replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, ''),
      /<script|preload/,
      `${file}: nothing else loads before the first paint (structured data is not code)`,
    );
  }
});
