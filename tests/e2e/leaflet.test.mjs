// The manifesto printed: a clean A4 leaflet in each language (style/main.css,
// `@media print`), ending with the Day and the site's address.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, siteUnderTest, withPage } from './harness.mjs';

const bundle = JSON.parse(await readFile(`${DIST}/data/bundle.json`, 'utf8'));
const SITE_URL = bundle.campaign.site_url.replace(/\/$/, '');
const DAY = { be: '4 жніўня', ru: '4 августа', en: '4 August' };

const site = siteUnderTest();

describe('the manifesto as a leaflet', () => {
  for (const lang of ['be', 'ru', 'en']) {
    test(`prints on A4 without the site's frame, ending with the Day and the address (${lang})`, async () => {
      await withPage(site, {}, async ({ page }) => {
        await page.goto(`${site.origin}/${lang}/manifesto`);
        const end = page.locator('.leaflet-end');
        assert.equal(await end.isVisible(), false, 'on screen, the end is not shown');
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['.site-header', '.site-footer', '.skip-link', 'button', '.share']) {
          const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
          assert.equal(shown, 0, `${selector} is not printed`);
        }
        assert.ok(await page.locator('main h1').isVisible());
        assert.ok(await end.isVisible());
        const text = await end.innerText();
        assert.ok(text.includes(`${SITE_URL}/${lang}/manifesto`), text);
        assert.ok(text.startsWith(DAY[lang]), text);
        // Headings stay with their text.
        assert.equal(await page.locator('main h1').evaluate((h) => getComputedStyle(h).breakAfter), 'avoid');
        // Chromium's own print: A4 pages (595 × 842 pt, give or take a pixel's
        // rounding), more than one for the whole text.
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        assert.ok(pages >= 2 && pages <= 4, `${pages} pages`);
        assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
      });
    });
  }
});
