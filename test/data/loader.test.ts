import { expect } from '@open-wc/testing';
import {
  clearDatasetCache,
  configureDataLoading,
  DatasetLoadError,
  loadDataset,
} from '../../src/data/loader.js';

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetLoadError);
    return error as DatasetLoadError;
  }
  throw new Error('expected the load to fail');
}

/** Counts requests the page makes to URLs containing `part`. */
function requestCount(part: string): number {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes(part)).length;
}

describe('loadDataset', () => {
  beforeEach(() => {
    clearDatasetCache();
    configureDataLoading();
  });

  after(() => configureDataLoading());

  it('loads and validates a remote dataset', async () => {
    const dataset = await loadDataset('/test/fixtures/mini-dataset.json');
    expect(dataset.version).to.equal('test-1');
    expect(dataset.countries.map((c) => c.code)).to.deep.equal(['CI', 'ML']);
  });

  it('shares one request per URL', async () => {
    const url = '/test/fixtures/mini-dataset.json?shared';
    const before = requestCount('mini-dataset.json?shared');
    const [a, b] = await Promise.all([loadDataset(url), loadDataset(url)]);
    const c = await loadDataset(url);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    expect(requestCount('mini-dataset.json?shared') - before).to.equal(1);
  });

  it('treats relative and absolute forms of a URL as one', async () => {
    const relative = '/test/fixtures/mini-dataset.json?forms';
    const absolute = new URL(relative, location.href).href;
    const [a, b] = await Promise.all([
      loadDataset(relative),
      loadDataset(absolute),
    ]);
    expect(a).to.equal(b);
  });

  it('reports an HTTP status', async () => {
    const error = await failure(loadDataset('/test-server/status/404'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('HTTP status 404');
  });

  it('reports a server error', async () => {
    const error = await failure(loadDataset('/test-server/status/500'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
  });

  it('reports invalid JSON', async () => {
    const error = await failure(loadDataset('/test/fixtures/not-json.json'));
    expect(error.kind).to.equal('json');
    expect(error.message).to.contain('is not valid JSON');
  });

  it('reports schema errors with path and value', async () => {
    const error = await failure(
      loadDataset('/test/fixtures/bad-status-group.json'),
    );
    expect(error.kind).to.equal('schema');
    expect(error.issues).to.have.length(1);
    expect(error.issues[0].path).to.equal(
      'countries[0].instruments[0].statusGroup',
    );
    expect(error.message).to.contain(
      'countries[0].instruments[0].statusGroup: "adoptd" is not one of',
    );
  });

  it('loads a dataset with a byte order mark', async () => {
    const dataset = await loadDataset('/test/fixtures/bom-dataset.json');
    expect(dataset.version).to.equal('bom-1');
  });

  it('loads a dataset whose issues are warnings', async () => {
    const dataset = await loadDataset('/test/fixtures/warning-sources.json');
    expect(dataset.version).to.equal('warning-sources-1');
    expect(dataset.countries[1].instruments[0].sources).to.deep.equal([
      'javascript:alert(1)',
    ]);
  });

  it('names the first error, not a warning', async () => {
    const error = await failure(
      loadDataset('/test/fixtures/several-problems.json'),
    );
    expect(error.kind).to.equal('schema');
    expect(error.message).to.contain(
      'is not a valid dataset: countries[0].instruments[0].statusGroup',
    );
    expect(error.message).to.contain('(and 1 more)');
    const severities = error.issues.map((issue) => issue.severity);
    expect(severities).to.deep.equal(['error', 'error', 'warning']);
  });

  it('reports JSON of the wrong shape', async () => {
    const error = await failure(loadDataset('/test/fixtures/wrong-shape.json'));
    expect(error.kind).to.equal('schema');
    expect(error.issues.map((i) => i.path)).to.include('version');
  });

  it('times out a response that never finishes', async () => {
    configureDataLoading({ timeoutMs: 400 });
    const started = performance.now();
    const error = await failure(loadDataset('/test-server/hang'));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('stops reading a response over the size limit', async () => {
    configureDataLoading({ maxBytes: 1024 * 1024 });
    const error = await failure(loadDataset('/test-server/large'));
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.contain('1.0 MiB');
  });

  it('reports a host that sends no CORS header', async () => {
    // Same server under another host name: a cross-origin request.
    const port = location.port;
    const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const url = `http://${host}:${port}/test/fixtures/mini-dataset.json`;
    const error = await failure(loadDataset(url));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Access-Control-Allow-Origin');
  });

  it('rejects URLs that are not http or https', async () => {
    const error = await failure(loadDataset('javascript:alert(1)'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('not an http or https URL');
  });

  it('does not cache a failure', async () => {
    const url = '/test-server/counted/nocache';
    await failure(loadDataset(url));
    await failure(loadDataset(url));
    const hits = await (await fetch('/test-server/hits/nocache')).json();
    expect(hits).to.equal(2);
  });

  it('stops waiting when its signal aborts', async () => {
    configureDataLoading({ timeoutMs: 5000 });
    const controller = new AbortController();
    const pending = loadDataset('/test-server/hang', {
      signal: controller.signal,
    });
    controller.abort();
    const error = await failure(pending);
    expect(error.kind).to.equal('aborted');
  });

  it('rejects invalid settings', () => {
    expect(() => configureDataLoading({ timeoutMs: -1 })).to.throw(RangeError);
    expect(() => configureDataLoading({ maxBytes: NaN })).to.throw(RangeError);
  });
});
