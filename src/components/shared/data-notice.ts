/** The notice an element shows while a remote dataset loads or after it failed. */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DataErrorKind } from '../../data/loader.js';
import type { DatasetController } from './dataset-controller.js';

function describeFailure(kind: DataErrorKind, status?: number): string {
  switch (kind) {
    case 'http':
      return msg(str`The server answered with HTTP status ${status ?? '?'}.`, {
        desc: 'Reason a remote dataset failed; the value is an HTTP status code.',
      });
    case 'timeout':
      return msg('The server did not answer in time.');
    case 'too-large':
      return msg('The file is too large.');
    case 'json':
      return msg('The file is not valid JSON.');
    case 'schema':
      return msg('The file does not follow the dataset format.');
    case 'aborted':
    case 'network':
      return msg(
        'The file could not be fetched (network failure or missing CORS header).',
      );
  }
}

/**
 * Renders the data notice: nothing when the data is fine, a short alert
 * with the technical detail after a failure.
 */
export function renderDataNotice(data: DatasetController): TemplateResult | typeof nothing {
  const error = data.error;
  if (data.state !== 'error' || !error) return nothing;
  return html`<div class="data-notice" part="notice" role="alert">
    <p>
      <strong>${msg('The remote dataset could not be used.')}</strong>
      ${describeFailure(error.kind, error.status)}
      ${msg('Showing the bundled dataset instead.')}
    </p>
    <details>
      <summary>${msg('Details')}</summary>
      <p class="data-notice-detail" translate="no"><bdi>${error.message}</bdi></p>
    </details>
  </div>`;
}
