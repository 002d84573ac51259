#!/usr/bin/env node
// Entry point of `npx hrd-widgets`. The validator itself is bundled into
// dist/cli.mjs by `npm run build` (and by `npm run generate`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('hrd-widgets: dist/cli.mjs is missing; run `npm run build` first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = main(process.argv.slice(2));
