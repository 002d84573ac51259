// Runs the benchmarks of bench/bench-entry.ts in headless Chromium and
// prints a table (or JSON with --json). Times are wall-clock medians on the
// machine that runs it; compare figures only from the same machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const outdir = mkdtempSync(join(tmpdir(), 'hrd-bench-'));

await build({
  entryPoints: [join(root, 'bench/bench-entry.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: join(outdir, 'bench.js'),
  loader: { '.json': 'json' },
  logLevel: 'warning',
});

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ path: join(outdir, 'bench.js'), type: 'module' });
  await page.waitForFunction(() => 'runBenchmarks' in window);
  const results = await page.evaluate(() => window.runBenchmarks());
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    console.log(`${'benchmark'.padEnd(56)}${'median ms'.padStart(11)}${'min ms'.padStart(9)}`);
    for (const r of results) {
      console.log(
        `${r.name.padEnd(56)}${String(r.medianMs).padStart(11)}${String(r.minMs).padStart(9)}`,
      );
    }
  }
} finally {
  await browser.close();
  rmSync(outdir, { recursive: true, force: true });
}
