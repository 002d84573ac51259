/**
 * The checklist for one instrument: every Model Law element, grouped by
 * part, with its mark, note and article numbers.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { elementCoverage, hasComparison } from '../../data/queries.js';
import type {
  ChecklistElement,
  Comparison,
  Country,
  Dataset,
  ModelLawPart,
} from '../../data/schema.js';
import { modelLawPartLabel, statusGroupLabel } from '../../i18n/labels.js';
import type { AnyInstrument } from './columns.js';
import { renderMark } from './marks.js';
import { dataText, isolateEach, nameOf, plainText } from './text.js';

/** Id of the `<h2>` of the single and self-assessment views. */
export const CHECKLIST_TITLE_ID = 'checklist-title';

export interface SingleViewOptions {
  dataset: Dataset;
  locale: string;
  instrument: AnyInstrument;
  country: Country | undefined;
  onSelect: (event: Event) => void;
}

function renderSwitcher(options: SingleViewOptions): TemplateResult {
  const { country, instrument, locale } = options;
  if (!country || country.instruments.length < 2) return html``;
  return html`<div class="switcher">
    <label for="instrument-select">${msg('Instrument', {
      desc: 'Label of the list for choosing which law or decree to show.',
    })}</label>
    <select id="instrument-select" @change=${options.onSelect}>
      ${country.instruments.map(
        (item) =>
          html`<option value=${item.id} ?selected=${item === instrument}>
            ${plainText(item.title, locale)} (${statusGroupLabel(
              item.statusGroup,
            )})
          </option>`,
      )}
    </select>
  </div>`;
}

function renderDetails(
  comparison: Comparison | undefined,
  locale: string,
): TemplateResult | typeof nothing {
  const articles = comparison?.articles ?? [];
  if (!comparison?.note && articles.length === 0) return nothing;
  const list = isolateEach(articles, locale);
  return html`<div class="details">
    ${comparison?.note
      ? html`<p class="note">${dataText(comparison.note, locale)}</p>`
      : nothing}
    ${articles.length > 0
      ? html`<p class="articles">${msg(str`Articles: ${list}`, {
          desc: 'Article numbers of the instrument that meet the element.',
        })}</p>`
      : nothing}
  </div>`;
}

function renderRow(
  element: ChecklistElement,
  options: SingleViewOptions,
): TemplateResult {
  const { instrument, locale } = options;
  const comparison = instrument.modelLaw?.[element.key];
  return html`<li class="row" part="row" data-key=${element.key}>
    <span class="label">${dataText(element.label, locale)}</span>
    ${renderMark(elementCoverage(instrument, element.key))}
    ${renderDetails(comparison, locale)}
  </li>`;
}

function renderPartRating(
  part: ModelLawPart,
  options: SingleViewOptions,
): TemplateResult | typeof nothing {
  if (part === 'restrictive') return nothing;
  const rating = options.instrument.partRatings?.[part];
  if (!rating) return nothing;
  return html`<p class="part-rating">
    ${msg('Rated as a whole:', {
      desc: 'Precedes the rating of a whole Model Law part.',
    })}
    ${renderMark(rating.coverage)}
    ${rating.note ? dataText(rating.note, options.locale) : nothing}
  </p>`;
}

function renderPart(
  part: ModelLawPart,
  options: SingleViewOptions,
): TemplateResult | typeof nothing {
  const elements = options.dataset.modelLaw.checklist.filter(
    (element) => element.part === part,
  );
  if (elements.length === 0) return nothing;
  return html`<section class="part" data-part=${part}>
    <h3>${modelLawPartLabel(part)}</h3>
    ${renderPartRating(part, options)}
    <ul class="rows" part="list">
      ${elements.map((element) => renderRow(element, options))}
    </ul>
  </section>`;
}

function renderHeader(options: SingleViewOptions): TemplateResult {
  const { country, instrument, locale } = options;
  const name = country ? nameOf(country, locale) : undefined;
  const heading = name
    ? msg(str`${name} and the Model Law`, {
        desc: 'Heading; the value is a country name.',
      })
    : msg('Instrument and the Model Law');
  return html`<header class="header" part="header">
    <h2 id=${CHECKLIST_TITLE_ID}>${heading}</h2>
    <p>
      ${dataText(instrument.title, locale)}
      <span class="muted">(${statusGroupLabel(instrument.statusGroup)})</span>
    </p>
    ${renderSwitcher(options)}
  </header>`;
}

/** Renders the single-instrument view. */
export function renderSingleView(options: SingleViewOptions): TemplateResult {
  const missing = hasComparison(options.instrument)
    ? nothing
    : html`<p class="message no-comparison" role="note">
        ${msg(
          'No comparison with the Model Law is recorded for this instrument, so every element is shown as unknown.',
        )}
      </p>`;
  return html`${renderHeader(options)} ${missing}
    ${options.dataset.modelLaw.parts.map((part) =>
      renderPart(part.key, options),
    )}`;
}
