/**
 * The card's footer: which dataset it shows, and a one-line citation with
 * a Copy button. Call these while rendering.
 */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { citationSource } from '../../data/coverage-summary.js';
import { pickText } from '../../data/queries.js';
import type { Country, Dataset } from '../../data/schema.js';
import { formatDate } from '../../i18n/format.js';
import { isolateNumbers } from '../shared/bidi.js';

/** Result of the latest click on Copy: none yet, copied, or failed. */
export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Builds the citation of a country's record, for example: Laws protecting
 * human rights defenders (hrd-widgets), version 1.0.0, as of 1 December
 * 2026: Côte d'Ivoire. Source: https://…
 */
export function citationText(
  dataset: Dataset,
  country: Country,
  name: string,
  locale: string,
): string {
  const title = pickText(dataset.title, locale).text;
  const publisher = dataset.publisher;
  const version = dataset.version;
  const date = formatDate(locale, dataset.asOf);
  const cited = msg(
    str`${title} (${publisher}), version ${version}, as of ${date}: ${name}.`,
    {
      desc: 'Citation. Values: title, publisher, version, date, country.',
    },
  );
  const source = citationSource(country);
  if (!source) return cited;
  return `${cited} ${msg(str`Source: ${source}`)}`;
}

function copyStatusText(state: CopyState): string {
  switch (state) {
    case 'idle':
      return '';
    case 'copied':
      return msg('Copied.', { desc: 'The citation is now in the clipboard.' });
    case 'failed':
      return msg(
        'Could not copy. The citation is selected: press Ctrl+C or ⌘C.',
      );
  }
}

/** Values the element passes to `renderFooter`. */
export interface FooterContext {
  dataset: Dataset;
  country: Country;
  name: string;
  locale: string;
  copyState: CopyState;
  onCopy: (event: Event) => void;
}

/** Renders the dataset line and the citation field with its Copy button. */
export function renderFooter(context: FooterContext): TemplateResult {
  const { dataset, locale } = context;
  const title = pickText(dataset.title, locale).text;
  const version = dataset.version;
  const date = formatDate(locale, dataset.asOf);
  const licence = dataset.licence;
  const citation = citationText(dataset, context.country, context.name, locale);
  return html`<footer class="footer" part="footer">
    <p class="dataset-line">
      ${isolateNumbers(
        msg(str`Data: ${title}, version ${version}, as of ${date}.`, {
          desc: 'Values: dataset title, version and date.',
        }),
      )}
      ${isolateNumbers(msg(str`Licence: ${licence}.`))}
    </p>
    <div class="citation">
      <label for="citation">${msg('Cite this record')}</label>
      <textarea
        id="citation"
        readonly
        rows="3"
        part="citation"
        dir="auto"
        translate="no"
        .value=${citation}
      ></textarea>
      <p class="citation-print" translate="no">${citation}</p>
      <div class="copy-row">
        <button
          type="button"
          class="copy"
          part="copy-button"
          @click=${context.onCopy}
        >
          ${msg('Copy citation')}
        </button>
        <span class="copy-status" role="status"
          >${copyStatusText(context.copyState)}</span
        >
      </div>
    </div>
  </footer>`;
}
