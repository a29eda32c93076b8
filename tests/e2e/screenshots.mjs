// Takes full-page screenshots of every route; used by scripts/screenshots.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, serve } from './harness.mjs';

const OUT = resolve(import.meta.dirname, '../../target/screenshots');
const PAGES = {
  home: '/en',
  manifesto: '/en/manifesto',
  posts: '/en/posts',
  post: '/en/posts/vilnius-banner-at-belarusian-embassy',
  tags: '/en/tags',
  tag: '/en/tags/solidarity-day',
  actions: '/en/actions',
  'not-found': '/en/no/such/page',
  preview: '/en/preview',
  'home-be': '/be',
  'actions-be': '/be/actions',
  'actions-ru': '/ru/actions',
  join: '/en/join',
  'join-be': '/be/join',
  'manifesto-be': '/be/manifesto',
  'home-ru': '/ru',
  'post-ru': '/ru/posts/solidarity-action-in-bishkek',
  embed: '/en/embed',
  'widget-frame-be': '/embed/countdown?lang=be',
  'widget-frame-compact': '/embed/countdown?lang=en&size=compact&theme=dark',
};
// Prerendered pages as read without JavaScript (or before the app arrives).
const WITHOUT_JS = { 'home-nojs': '/en', 'posts-nojs-be': '/be/posts', 'actions-nojs': '/en/actions', 'join-nojs-ru': '/ru/join' };
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
const only = process.argv[2];

await mkdir(OUT, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const scheme of ['light', 'dark']) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      for (const [name, path] of Object.entries(PAGES)) {
        if (only && only !== name) continue;
        const page = await context.newPage();
        await page.clock.install({ time: new Date('2026-11-23T00:00:00Z') });
        await page.goto(server.origin + path);
        if (path.startsWith('/embed/')) await page.locator('solidarity-countdown .num').first().waitFor();
        else await page.waitForFunction(() => document.documentElement.dataset.app, null, { polling: 50 });
        if (name === 'embed') await page.locator('solidarity-countdown .num').first().waitFor();
        const file = `${OUT}/${name}-${size}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
      await context.close();
      const still = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, javaScriptEnabled: false });
      for (const [name, path] of Object.entries(WITHOUT_JS)) {
        if (only && only !== name) continue;
        const page = await still.newPage();
        await page.goto(server.origin + path);
        const file = `${OUT}/${name}-${size}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await still.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
