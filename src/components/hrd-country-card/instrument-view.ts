/**
 * One instrument on the country card: the full entry, and the one-line
 * form used by the compact card. Call these while rendering.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { pickText } from '../../data/queries.js';
import type { ChecklistElement, Instrument } from '../../data/schema.js';
import { formatDate } from '../../i18n/format.js';
import {
  instrumentTypeLabel,
  levelLabel,
  restrictiveLabel,
} from '../../i18n/labels.js';
import { renderCoverage } from './coverage-view.js';
import { renderDataText } from './data-text.js';
import { renderHeading } from './heading.js';
import { renderSource } from './source-link.js';

/** Context an instrument entry takes from the card around it. */
export interface InstrumentContext {
  locale: string;
  checklist: readonly ChecklistElement[];
  /** Level of the instrument's title heading. */
  headingLevel: number;
}

/** Formats a year without digit grouping ("2014", not "2,014"). */
function formatYear(locale: string, year: number): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(year);
}

/** Formats the instrument's date, else its year, else returns "Not known". */
function dateText(instrument: Instrument, locale: string): string {
  if (instrument.date) return formatDate(locale, instrument.date);
  if (instrument.year !== null) return formatYear(locale, instrument.year);
  return msg('Not known', {
    id: 'card.date.unknown',
    desc: 'Date of an instrument.',
  });
}

function renderOriginalTitle(
  instrument: Instrument,
  locale: string,
): TemplateResult | typeof nothing {
  const original = instrument.titleOriginal;
  if (!original) return nothing;
  const displayed = pickText(instrument.title, locale).text;
  if (original === displayed) return nothing;
  return html`<p class="original-title">
    <span class="label">${msg('Original title:')}</span>
    <span
      lang=${ifDefined(instrument.titleOriginalLang)}
      dir="auto"
      translate="no"
      >${original}</span
    >
  </p>`;
}

function renderStatus(instrument: Instrument, locale: string): TemplateResult {
  const asOf = instrument.statusAsOf;
  const date = asOf ? formatDate(locale, asOf) : '';
  return html`${renderDataText(instrument.status, locale)}
  ${asOf
    ? html`<span class="as-of">${msg(str`(as of ${date})`, {
        desc: 'Date on which the status was last checked.',
      })}</span>`
    : nothing}`;
}

function renderLevel(instrument: Instrument, locale: string): TemplateResult {
  const label = levelLabel(instrument.level);
  if (instrument.level !== 'subnational' || !instrument.subnationalUnit) {
    return html`${label}`;
  }
  return html`${label}: ${renderDataText(instrument.subnationalUnit, locale)}`;
}

function renderRestrictive(instrument: Instrument, locale: string) {
  return html`${restrictiveLabel(instrument.restrictive)}
  ${instrument.restrictiveNote
    ? html`<span class="note"
        >— ${renderDataText(instrument.restrictiveNote, locale)}</span
      >`
    : nothing}`;
}

function renderFacts(instrument: Instrument, locale: string): TemplateResult {
  return html`<dl class="facts">
    <div>
      <dt>${msg('Type')}</dt>
      <dd>${instrumentTypeLabel(instrument.type)}</dd>
    </div>
    <div>
      <dt>${msg('Level', { desc: 'National or subnational.' })}</dt>
      <dd>${renderLevel(instrument, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Status')}</dt>
      <dd>${renderStatus(instrument, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Date', { desc: 'Date or year of an instrument.' })}</dt>
      <dd>${dateText(instrument, locale)}</dd>
    </div>
    <div>
      <dt>${msg('Provisions that can restrict defenders')}</dt>
      <dd>${renderRestrictive(instrument, locale)}</dd>
    </div>
  </dl>`;
}

function renderSources(instrument: Instrument): TemplateResult {
  return html`<div class="sources">
    <p class="sources-title">${msg('Sources')}</p>
    <ul>
      ${instrument.sources.map(
        (source) => html`<li>${renderSource(source)}</li>`,
      )}
    </ul>
  </div>`;
}

/** Renders the full entry of one instrument. */
export function renderInstrument(
  instrument: Instrument,
  context: InstrumentContext,
): TemplateResult {
  const { locale } = context;
  const title = renderDataText(instrument.title, locale);
  return html`<article class="instrument" part="instrument">
    ${renderHeading(context.headingLevel, 'instrument-title', title)}
    ${renderOriginalTitle(instrument, locale)}
    ${renderFacts(instrument, locale)}
    <p class="summary">${renderDataText(instrument.summary, locale)}</p>
    ${instrument.notes
      ? html`<p class="notes">${renderDataText(instrument.notes, locale)}</p>`
      : nothing}
    ${renderCoverage(instrument, context.checklist, locale)}
    ${renderSources(instrument)}
  </article>`;
}

/** Renders an instrument as one line of the compact card. */
export function renderInstrumentLine(
  instrument: Instrument,
  locale: string,
): TemplateResult {
  return html`<li class="instrument-line" part="instrument">
    ${renderDataText(instrument.title, locale)}
    <span class="instrument-meta"
      >(${instrumentTypeLabel(instrument.type)};
      ${renderDataText(instrument.status, locale)})</span
    >
  </li>`;
}
