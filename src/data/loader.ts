/**
 * Dataset loading: the bundled dataset by default, or a remote one from a
 * URL in the same format. One request per URL per page, shared by every
 * element; a failed request is not cached, so a later element retries.
 */
import type { Dataset } from './schema.js';
import { validateDataset, type DatasetIssue } from './validate.js';

export type DataErrorKind =
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'json'
  | 'schema'
  | 'aborted';

/** Failure of a remote dataset load: its kind, URL and validation issues. */
export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';

  constructor(
    readonly kind: DataErrorKind,
    readonly url: string,
    message: string,
    readonly issues: DatasetIssue[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LoadOptions {
  /** Stops waiting for this caller; the shared request goes on for others. */
  signal?: AbortSignal;
}

export interface LoaderSettings {
  /** Time allowed for the whole response, in milliseconds. */
  timeoutMs: number;
  /** Largest response body accepted, in bytes. */
  maxBytes: number;
}

const DEFAULT_SETTINGS: LoaderSettings = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
};

let settings: LoaderSettings = { ...DEFAULT_SETTINGS };
const requests = new Map<string, Promise<Dataset>>();

/**
 * Changes the timeout and size limit for requests started afterwards.
 * Call with no argument to restore the defaults (10 s, 5 MiB).
 */
export function configureDataLoading(changes?: Partial<LoaderSettings>): void {
  const next = { ...(changes ? settings : DEFAULT_SETTINGS), ...changes };
  for (const [key, value] of Object.entries(next)) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(
        `configureDataLoading: ${key} must be a positive number, got ${value}`,
      );
    }
  }
  settings = next;
}

/** Forgets every cached request, so the next load of a URL fetches again. */
export function clearDatasetCache(): void {
  requests.clear();
}

/** Resolves `src` against the page, as the browser would for a fetch. */
export function resolveDatasetUrl(src: string): string {
  return new URL(src, document.baseURI).href;
}

/**
 * Loads and validates the dataset at `src`. Concurrent and later calls for
 * the same URL share one request until it fails.
 */
export function loadDataset(
  src: string,
  options: LoadOptions = {},
): Promise<Dataset> {
  let url: string;
  try {
    url = resolveDatasetUrl(src);
  } catch {
    const error = new DatasetLoadError(
      'network',
      src,
      `${JSON.stringify(src)} is not a valid URL`,
    );
    return Promise.reject(error);
  }
  if (!/^https?:$/.test(new URL(url).protocol)) {
    const text = `${JSON.stringify(src)} is not an http or https URL`;
    return Promise.reject(new DatasetLoadError('network', url, text));
  }

  let request = requests.get(url);
  if (!request) {
    request = fetchDataset(url, settings);
    requests.set(url, request);
    request.catch(() => {
      if (requests.get(url) === request) requests.delete(url);
    });
  }
  return raceAbort(request, url, options.signal);
}

function raceAbort(
  request: Promise<Dataset>,
  url: string,
  signal?: AbortSignal,
): Promise<Dataset> {
  if (!signal) return request;
  const aborted = () =>
    new DatasetLoadError('aborted', url, `loading ${url} was aborted`);
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    request.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

async function fetchDataset(
  url: string,
  limits: LoaderSettings,
): Promise<Dataset> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const text = await fetchText(url, limits, controller.signal);
    return parseDataset(url, text);
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (controller.signal.aborted) {
      const seconds = limits.timeoutMs / 1000;
      const text = `${url} did not respond in full within ${seconds} s`;
      throw new DatasetLoadError('timeout', url, text);
    }
    const reason = error instanceof Error ? error.message : String(error);
    const text =
      `${url} could not be fetched (${reason}); check the address and ` +
      'that the server sends an Access-Control-Allow-Origin header';
    throw new DatasetLoadError('network', url, text);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchText(
  url: string,
  limits: LoaderSettings,
  signal: AbortSignal,
): Promise<string> {
  const response = await fetch(url, {
    signal,
    credentials: 'omit',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    const text = `${url} answered with HTTP status ${response.status}`;
    throw new DatasetLoadError('http', url, text, [], response.status);
  }
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > limits.maxBytes) throw tooLarge(url, limits.maxBytes);
  if (!response.body) return response.text();

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel();
      throw tooLarge(url, limits.maxBytes);
    }
    chunks.push(value);
  }
  // TextDecoder (like response.text()) drops a leading byte order mark, so a
  // file saved with one by a Windows editor still parses.
  return new TextDecoder().decode(concat(chunks, size));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(url: string, maxBytes: number): DatasetLoadError {
  const mib = (maxBytes / 1024 / 1024).toFixed(1);
  const text = `${url} is larger than the ${mib} MiB limit`;
  return new DatasetLoadError('too-large', url, text);
}

const warningsByDataset = new WeakMap<Dataset, DatasetIssue[]>();

/**
 * Returns the validation warnings of a loaded remote dataset, such as
 * sources that are not http URLs; empty for the bundled dataset.
 */
export function datasetWarnings(dataset: Dataset): DatasetIssue[] {
  return warningsByDataset.get(dataset) ?? [];
}

function parseDataset(url: string, text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError('json', url, `${url} is not valid JSON: ${reason}`);
  }
  // Warnings alone (such as a source that is not an http URL) do not stop
  // the load; the elements show such a source as text.
  const result = validateDataset(json);
  if (result.ok) {
    warningsByDataset.set(result.dataset, result.issues);
    return result.dataset;
  }
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  const first = errors[0].message;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  const message = `${url} is not a valid dataset: ${first}${more}`;
  throw new DatasetLoadError('schema', url, message, result.issues);
}
