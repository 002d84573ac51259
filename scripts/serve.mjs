// Serves the demo pages on 127.0.0.1 (default port 8000, or $PORT), with
// TypeScript and JSON compiled on the fly.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);

await startDevServer({
  config: {
    rootDir: '.',
    hostname: '127.0.0.1',
    port,
    nodeResolve: true,
    appIndex: 'demo/index.html',
    open: false,
    plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: true,
});
