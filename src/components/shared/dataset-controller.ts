/**
 * Gives an element its dataset: the bundled one, or the remote one named by
 * its `src` property, with the four states every element renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getBundledDataset } from '../../data/bundled.js';
import {
  DatasetLoadError,
  datasetWarnings,
  loadDataset,
} from '../../data/loader.js';
import type { Dataset } from '../../data/schema.js';
import { HrdDataErrorEvent, HrdDataLoadEvent } from './events.js';

export type DatasetState = 'initial' | 'pending' | 'complete' | 'error';

type Host = ReactiveControllerHost & HTMLElement & { src?: string | null };

export class DatasetController implements ReactiveController {
  state: DatasetState = 'initial';
  /** The dataset to render: remote, or bundled (also after a failure). */
  dataset: Dataset | undefined;
  /** The failure of the latest remote load, if it failed. */
  error: DatasetLoadError | undefined;

  private requested: string | null | undefined = undefined;
  private abort?: AbortController;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** True when the dataset shown is the bundled fallback after a failure. */
  get isFallback(): boolean {
    return this.state === 'error';
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.requested = undefined;
  }

  private sync(): void {
    const src = this.host.src?.trim() || null;
    if (src === this.requested) return;
    this.requested = src;
    this.abort?.abort();
    this.abort = undefined;
    if (!src) {
      this.useBundled();
      return;
    }
    this.state = 'pending';
    this.error = undefined;
    const abort = new AbortController();
    this.abort = abort;
    loadDataset(src, { signal: abort.signal }).then(
      (dataset) => this.settle(abort, src, dataset),
      (error: unknown) => this.fail(abort, src, error),
    );
  }

  private useBundled(): void {
    this.state = 'complete';
    this.error = undefined;
    this.dataset = getBundledDataset();
    // Dispatched after the current update, so listeners see the rendered state.
    queueMicrotask(() => {
      if (this.requested !== null) return;
      this.host.dispatchEvent(
        new HrdDataLoadEvent({
          url: null,
          version: this.dataset!.version,
          warnings: [],
        }),
      );
    });
  }

  private settle(abort: AbortController, src: string, dataset: Dataset): void {
    // A response for a `src` that has since changed is dropped.
    if (abort.signal.aborted || this.requested !== src) return;
    this.state = 'complete';
    this.dataset = dataset;
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      this.host.dispatchEvent(
        new HrdDataLoadEvent({
          url: src,
          version: dataset.version,
          warnings: datasetWarnings(dataset),
        }),
      );
    });
  }

  private fail(abort: AbortController, src: string, error: unknown): void {
    if (abort.signal.aborted || this.requested !== src) return;
    const failure =
      error instanceof DatasetLoadError
        ? error
        : new DatasetLoadError('network', src, String(error));
    this.state = 'error';
    this.error = failure;
    this.dataset = getBundledDataset();
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      this.host.dispatchEvent(
        new HrdDataErrorEvent({
          url: failure.url,
          message: failure.message,
          kind: failure.kind,
          issues: failure.issues,
        }),
      );
    });
  }
}
