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

/**
 * Keeps the server on the loopback interface. @web/dev-server-core listens
 * on every interface when the hostname is 127.0.0.1 or localhost, so this
 * plugin closes that socket and listens again on 127.0.0.1 only.
 */
export function loopbackOnly(port) {
  return {
    name: 'hrd-loopback-only',
    async serverStart({ server }) {
      const address = server.address();
      if (address && address.address === '127.0.0.1') return;
      await new Promise((done) => server.close(done));
      await new Promise((done, fail) => {
        server.once('error', fail);
        server.listen(port, '127.0.0.1', done);
      });
    },
  };
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
      plugins: [
        esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' }),
        loopbackOnly(port),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    // The default banner also lists a network address the server does not
    // listen on; a plain line replaces it.
    logStartMessage: false,
  }).then((server) => {
    if (log) console.log(`Demo: http://127.0.0.1:${port}/demo/index.html`);
    return server;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await startDemoServer({ port: Number(process.env.PORT ?? 8000) });
}
