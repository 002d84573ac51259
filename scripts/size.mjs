// Prints raw, gzip and brotli sizes in bytes of each built bundle and of
// its main parts. Run `npm run build` first. `--json` prints JSON instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compressedSizes as sizes, minifiedJson } from './compressed-size.mjs';

const root = new URL('..', import.meta.url).pathname;

async function localeModules() {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const result = await build({
    stdin: {
      contents: config.targetLocales
        .map(
          (locale, i) =>
            `export * as locale${i} from './src/generated/locales/${locale}.ts';`,
        )
        .join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    external: ['@lit/localize'],
    write: false,
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const rows = [];
for (const file of ['dist/hrd-widgets.js', 'dist/hrd-widgets.iife.js']) {
  rows.push({ name: file, ...sizes(readFileSync(join(root, file))) });
}
const total = rows[0];
const parts = {
  geometry: sizes(minifiedJson(join(root, 'src/generated/world-110m.json'))),
  data: sizes(minifiedJson(join(root, 'data/hrd-instruments.json'))),
  locales: sizes(await localeModules()),
};
for (const [name, size] of Object.entries(parts)) {
  rows.push({ name: `  part: ${name} (measured alone)`, ...size });
}
const code = {};
for (const key of ['raw', 'gzip', 'brotli']) {
  code[key] = total[key] - Object.values(parts).reduce((n, p) => n + p[key], 0);
}
rows.push({ name: '  part: code (ES bundle minus the parts, estimate)', ...code });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const pad = (text, width) => String(text).padStart(width);
  console.log(`${'file'.padEnd(52)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(52)}${pad(row.raw, 10)}${pad(row.gzip, 10)}${pad(row.brotli, 10)}`,
    );
  }
}
