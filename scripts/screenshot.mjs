// Takes screenshots of the demo pages in each language with headless
// Chromium:
//
//   node scripts/screenshot.mjs [--pages=index,article] [locale...]
//
// writes screenshots/demo-<page>-<locale>.png for every page (default: all
// four demo pages) and locale (default: en and ar). FULL=1 captures the
// whole page instead of the first 1200×900 pixels. The article page loads
// dist/, so run `npm run build` first.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from './serve.mjs';

const PAGES = ['index', 'article', 'remote', 'embed'];
const port = 8765;

const args = process.argv.slice(2);
const pagesArg = args.find((arg) => arg.startsWith('--pages='));
const pages = pagesArg ? pagesArg.slice('--pages='.length).split(',') : PAGES;
const locales = args.filter((arg) => !arg.startsWith('--'));
if (locales.length === 0) locales.push('en', 'ar');

for (const page of pages) {
  if (!PAGES.includes(page)) {
    console.error(`unknown page "${page}"; expected one of ${PAGES.join(', ')}`);
    process.exit(2);
  }
}
if (pages.includes('article') && !existsSync('dist/hrd-widgets.js')) {
  console.error('dist/hrd-widgets.js is missing; run `npm run build` first');
  process.exit(2);
}

/** True once every widget on the page has drawn something. */
function widgetsRendered() {
  const widgets = document.querySelectorAll(
    'hrd-map, hrd-country-card, hrd-model-law-checklist',
  );
  return [...widgets].every((w) => (w.shadowRoot?.textContent ?? '').trim());
}

const server = await startDemoServer({ port, log: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  mkdirSync('screenshots', { recursive: true });
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  for (const page of pages) {
    for (const locale of locales) {
      await tab.goto(`http://127.0.0.1:${port}/demo/${page}.html?lang=${locale}`);
      await tab.waitForFunction(widgetsRendered, null, { timeout: 15_000 });
      // Lets the map measure itself and the remote requests settle.
      await tab.waitForTimeout(800);
      const file = `screenshots/demo-${page}-${locale}.png`;
      await tab.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(`wrote ${file}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
