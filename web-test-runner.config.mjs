// Test runner configuration: every test runs in headless Chromium.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, writeSync } from 'node:fs';
import { extname, join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { compressedSizes, minifiedJson } from './scripts/compressed-size.mjs';
import { loopbackOnly } from './scripts/serve.mjs';

const require = createRequire(import.meta.url);

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Prints `N passed, N failed` as the very last line of the run. The runner
 * prints its own summary after reporters stop, so the line is written on
 * process exit. A session that failed without a failed test (a file that
 * did not load, a browser that did not start) counts as one failure.
 */
function summaryLineReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const visit = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  return {
    stop({ sessions }) {
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) visit(session.testResults);
        if (!session.passed && totals.failed === failedBefore) totals.failed += 1;
      }
      process.once('exit', () => {
        const { passed, failed, skipped } = totals;
        writeSync(1, `\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
      });
    },
  };
}

/**
 * Server-side test commands: `run-cli` runs the dataset validator CLI with
 * the given arguments and returns its exit code and output. `fuzz-store`
 * keeps dataset texts for the fuzz test to fetch from the server.
 */
function cliCommandPlugin() {
  return {
    name: 'hrd-cli-command',
    executeCommand({ command, payload }) {
      if (command === 'bundle-size') return bundleSize(payload);
      if (command === 'demo-server-address') return demoServerAddress();
      if (command === 'fuzz-store') return storeFuzzCases(payload);
      if (command !== 'run-cli') return undefined;
      return new Promise((resolve) => {
        execFile(
          process.execPath,
          ['bin/hrd-widgets.mjs', ...payload.args],
          { timeout: 20_000 },
          (error, stdout, stderr) => {
            const code = error ? (error.code ?? 1) : 0;
            resolve({ code, stdout, stderr });
          },
        );
      });
    },
  };
}

/** Folders served as they are on disk, without the dev server's transforms. */
const RAW_PREFIXES = [
  '/test/fixtures/',
  '/test/pages/',
  '/dist/',
  '/custom-elements.json',
  '/demo/data/',
];

const CONTENT_TYPES = {
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
};

/**
 * Serves a file as it is on disk. The esbuild plugin would otherwise turn
 * every .json response into a JavaScript module, and plain pages must load
 * the built bundles exactly as a host page would. Pages under test/pages/
 * may name a Content-Security-Policy in a `csp` query parameter.
 */
function serveRaw(context, pathname) {
  const file = join(process.cwd(), decodeURIComponent(pathname));
  const allowed = RAW_PREFIXES.some((prefix) =>
    file.startsWith(join(process.cwd(), prefix)),
  );
  if (!allowed) return undefined;
  try {
    context.body = readFileSync(file);
    context.type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    context.status = 200;
    const csp = new URL(context.url, 'http://127.0.0.1').searchParams.get('csp');
    if (csp && file.endsWith('.html')) {
      context.set('Content-Security-Policy', csp);
    }
  } catch {
    context.status = 404;
  }
  return undefined;
}

/**
 * Test-only routes under /test-server/ that misbehave on purpose, so the
 * loader's failure paths run against a real server rather than a stub.
 */
const hits = new Map();

/**
 * Datasets written by the fuzz test (`fuzz-store` command, a list of
 * `{ id, text }`) and served at /test-server/fuzz/<id>. Only the latest
 * ones are kept.
 */
const fuzzCases = new Map();
const FUZZ_CASES_KEPT = 100;

function storeFuzzCases({ cases }) {
  for (const { id, text } of cases) {
    if (!/^\w+$/.test(String(id)) || typeof text !== 'string') {
      throw new Error(`fuzz-store: invalid id ${id} or text`);
    }
    fuzzCases.set(String(id), text);
  }
  for (const key of fuzzCases.keys()) {
    if (fuzzCases.size <= FUZZ_CASES_KEPT) break;
    fuzzCases.delete(key);
  }
  return cases.length;
}

/** Sends the status code named in the path, such as status/404. */
function failWithStatus(context, [, code]) {
  context.status = Number(code);
  context.body = 'failure on purpose';
}

/** Fails with 503 and counts the request; hits/<name> reads the count. */
function failAndCount(context, [, name]) {
  hits.set(name, (hits.get(name) ?? 0) + 1);
  context.status = 503;
  context.body = 'unavailable on purpose';
}

/** Sends the count of requests to counted/<name>. */
function sendHitCount(context, [, name]) {
  context.type = 'application/json';
  context.body = JSON.stringify(hits.get(name) ?? 0);
}

/** Sends a dataset stored by the `fuzz-store` command. */
function sendFuzzCase(context, [, id]) {
  const text = fuzzCases.get(id);
  context.status = text === undefined ? 404 : 200;
  context.type = 'application/json';
  context.body = text ?? 'no such fuzz case';
}

/** Sends headers and the start of a body, and then never finishes it. */
function hang(context) {
  context.status = 200;
  context.type = 'application/json';
  const { PassThrough } = require('node:stream');
  const stream = new PassThrough();
  stream.write('{"version":');
  setTimeout(() => stream.end(), 60_000).unref();
  context.body = stream;
}

/** Streams about 50 MB of valid JSON without a Content-Length header. */
function sendLarge(context) {
  context.status = 200;
  context.type = 'application/json';
  const { Readable } = require('node:stream');
  const chunk = `"${'x'.repeat(1024 * 1024 - 3)}",`;
  let sent = 0;
  context.body = Readable.from(
    (function* () {
      yield '[';
      while (sent++ < 50) yield chunk;
      yield '0]';
    })(),
  );
}

/** Routes under /test-server/, each a path pattern and its handler. */
const TEST_ROUTES = [
  [/^status\/(\d{3})$/, failWithStatus],
  [/^counted\/(\w+)$/, failAndCount],
  [/^hits\/(\w+)$/, sendHitCount],
  [/^fuzz\/(\w+)$/, sendFuzzCase],
  [/^hang$/, hang],
  [/^large$/, sendLarge],
];

function faultyRoutes(context, next) {
  const url = new URL(context.url, 'http://127.0.0.1');
  if (RAW_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) {
    return serveRaw(context, url.pathname);
  }
  if (!url.pathname.startsWith('/test-server/')) return next();

  const route = url.pathname.slice('/test-server/'.length);
  for (const [pattern, handle] of TEST_ROUTES) {
    const match = pattern.exec(route);
    if (match) {
      handle(context, match);
      return undefined;
    }
  }
  return next();
}

/** Starts the demo server on a free port and returns where it listened. */
async function demoServerAddress() {
  const { startDemoServer } = await import('./scripts/serve.mjs');
  const server = await startDemoServer({ port: 0, log: false });
  const { address } = server.server.address();
  await server.stop();
  return { address };
}

/** Raw, gzip and brotli sizes in bytes of a file under dist/ or data/. */
function bundleSize({ folder, file }) {
  if (!['dist', 'data'].includes(folder) || !/^[\w.-]+$/.test(file)) {
    throw new Error(`invalid file ${folder}/${file}`);
  }
  const path = join(process.cwd(), folder, file);
  const bytes = folder === 'data' ? minifiedJson(path) : readFileSync(path);
  return compressedSizes(bytes);
}

export default {
  middleware: [faultyRoutes],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
  plugins: [
    // Keeps the test server on 127.0.0.1; it would otherwise listen on
    // every interface. The runner's port is known only once it starts.
    {
      name: 'hrd-test-loopback',
      serverStart: (args) => loopbackOnly(args.config.port).serverStart(args),
    },
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' }),
    cliCommandPlugin(),
  ],
  reporters: [defaultReporter(), summaryLineReporter()],
};
