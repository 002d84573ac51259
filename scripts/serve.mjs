// Serves the demo pages on 127.0.0.1 (default port 8000, or $PORT), with
// TypeScript and JSON modules compiled on the fly. Datasets under
// /demo/data/ are sent as plain JSON with the headers a host of a remote
// dataset should send. scripts/screenshot.mjs imports startDemoServer.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const DATA_PREFIX = '/demo/data/';
const DATA_FOLDER = resolve('demo/data');

/**
 * Sends /demo/data/*.json as it is on disk. The esbuild plugin would
 * otherwise turn the file into a JavaScript module, as it does for imports.
 */
async function serveDatasets(context, next) {
  const { pathname } = new URL(context.url, 'http://127.0.0.1');
  if (!pathname.startsWith(DATA_PREFIX)) return next();
  const file = join(DATA_FOLDER, decodeURIComponent(pathname.slice(DATA_PREFIX.length)));
  if (!file.startsWith(DATA_FOLDER + '/') || !file.endsWith('.json')) {
    context.status = 404;
    return undefined;
  }
  try {
    context.body = await readFile(file);
  } catch {
    context.status = 404;
    context.body = `no dataset at ${pathname}`;
    return undefined;
  }
  context.status = 200;
  context.set('Content-Type', 'application/json; charset=utf-8');
  context.set('Access-Control-Allow-Origin', '*');
  context.set('Cache-Control', 'public, max-age=300');
  return undefined;
}

/** Starts the demo server; returns the @web/dev-server instance. */
export function startDemoServer({ port, log = true }) {
  return startDevServer({
    config: {
      rootDir: '.',
      hostname: '127.0.0.1',
      port,
      nodeResolve: true,
      appIndex: 'demo/index.html',
      open: false,
      middleware: [serveDatasets],
      plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: log,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await startDemoServer({ port: Number(process.env.PORT ?? 8000) });
}
