// Takes screenshots of the demo page in each language with headless
// Chromium: `node scripts/screenshot.mjs [locale...]` writes
// screenshots/demo-<locale>.png (default: en and ar).
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';

const locales = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'ar'];
const port = 8765;

const server = await startDevServer({
  config: {
    rootDir: '.',
    hostname: '127.0.0.1',
    port,
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  mkdirSync('screenshots', { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  for (const locale of locales) {
    await page.goto(`http://127.0.0.1:${port}/demo/index.html?lang=${locale}`);
    await page.waitForTimeout(1500);
    const file = `screenshots/demo-${locale}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
