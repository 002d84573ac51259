/**
 * The comparison table: Model Law elements as rows, one column per
 * instrument, in a sideways-scrolling region with the element column fixed.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { elementCoverage, hasComparison } from '../../data/queries.js';
import type {
  ChecklistElement,
  Dataset,
  ModelLawPart,
} from '../../data/schema.js';
import { formatList } from '../../i18n/format.js';
import { modelLawPartLabel } from '../../i18n/labels.js';
import type { ChecklistColumn, CompareColumns } from './columns.js';
import { renderMark } from './marks.js';
import { dataText, isolateEach, nameOf, plainText } from './text.js';

/** Id of the table caption, which names the scrolling region. */
export const COMPARE_CAPTION_ID = 'compare-caption';

export interface CompareViewOptions {
  dataset: Dataset;
  locale: string;
  resolved: CompareColumns;
}

function columnName(column: ChecklistColumn, locale: string): string {
  return column.country
    ? nameOf(column.country, locale)
    : plainText(column.instrument.title, locale);
}

function renderColumnHeader(
  column: ChecklistColumn,
  locale: string,
): TemplateResult {
  const { country, instrument } = column;
  const missing = hasComparison(instrument)
    ? nothing
    : html`<span class="column-detail muted">${msg(
        'No comparison data',
      )}</span>`;
  return html`<th scope="col" data-instrument=${instrument.id}>
    ${country ? nameOf(country, locale) : dataText(instrument.title, locale)}
    ${country
      ? html`<span class="column-detail muted"
          >${dataText(instrument.title, locale)}</span
        >`
      : nothing}
    ${missing}
  </th>`;
}

function renderCell(
  column: ChecklistColumn,
  element: ChecklistElement,
  locale: string,
): TemplateResult {
  const articles = column.instrument.modelLaw?.[element.key]?.articles ?? [];
  const list = isolateEach(articles, locale);
  return html`<td>
    ${renderMark(elementCoverage(column.instrument, element.key))}
    ${articles.length > 0
      ? html`<span class="articles">${msg(str`Articles: ${list}`, {
          desc: 'Article numbers of the instrument that meet the element.',
        })}</span>`
      : nothing}
  </td>`;
}

/**
 * Renders a part header cell: the rating the column's instrument gives the
 * whole part, with its note, or an empty cell when it has none.
 */
function renderPartCell(
  column: ChecklistColumn,
  part: ModelLawPart,
  locale: string,
): TemplateResult {
  const rating =
    part === 'restrictive' ? undefined : column.instrument.partRatings?.[part];
  if (!rating) return html`<td></td>`;
  return html`<td class="part-rating">
    <span class="part-rating-label">${msg('Rated as a whole:', {
      desc: 'Precedes the rating of a whole Model Law part.',
    })}</span>
    ${renderMark(rating.coverage)}
    ${rating.note
      ? html`<span class="part-note">${dataText(rating.note, locale)}</span>`
      : nothing}
  </td>`;
}

function renderBody(
  options: CompareViewOptions,
  part: (typeof options.dataset.modelLaw.parts)[number],
): TemplateResult | typeof nothing {
  const { columns } = options.resolved;
  const elements = options.dataset.modelLaw.checklist.filter(
    (element) => element.part === part.key,
  );
  if (elements.length === 0) return nothing;
  return html`<tbody data-part=${part.key}>
    <tr class="part-row">
      <th scope="rowgroup" class="sticky">
        <span class="part-title">${modelLawPartLabel(part.key)}</span>
      </th>
      ${columns.map((column) =>
        renderPartCell(column, part.key, options.locale),
      )}
    </tr>
    ${elements.map(
      (element) => html`<tr part="row" data-key=${element.key}>
        <th scope="row" class="sticky">
          ${dataText(element.label, options.locale)}
        </th>
        ${columns.map((column) => renderCell(column, element, options.locale))}
      </tr>`,
    )}
  </tbody>`;
}

function renderProblems(options: CompareViewOptions): TemplateResult[] {
  const { locale, resolved } = options;
  const problems: TemplateResult[] = [];
  if (resolved.unknown.length > 0) {
    const list = formatList(locale, resolved.unknown);
    problems.push(
      html`<p class="message unknown-codes" role="alert">
        ${msg(str`Not found in the dataset: ${list}.`, {
          desc: 'The value lists country codes or instrument ids.',
        })}
      </p>`,
    );
  }
  if (resolved.withoutInstrument.length > 0) {
    const names = resolved.withoutInstrument.map((c) => nameOf(c, locale));
    const list = formatList(locale, names);
    problems.push(
      html`<p class="message without-instrument" role="alert">
        ${msg(str`No instrument is recorded for: ${list}.`, {
          desc: 'The value lists country names.',
        })}
      </p>`,
    );
  }
  return problems;
}

/** Renders the comparison view, with a message for codes not found. */
export function renderCompareView(options: CompareViewOptions): TemplateResult {
  const { columns } = options.resolved;
  const { locale } = options;
  const problems = renderProblems(options);
  if (columns.length === 0) return html`${problems}`;
  const names = formatList(
    locale,
    columns.map((column) => columnName(column, locale)),
  );
  return html`${problems}
    <div
      class="scroller"
      part="scroller"
      tabindex="0"
      role="region"
      aria-labelledby=${COMPARE_CAPTION_ID}
    >
      <table part="table">
        <caption id=${COMPARE_CAPTION_ID}>
          <span class="caption-text">${msg(
            str`Model Law elements compared: ${names}`,
            {
              desc: 'Table caption; the value lists countries or instruments.',
            },
          )}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" class="sticky">${msg('Element', {
              desc: 'Column header: a Model Law element.',
            })}</th>
            ${columns.map((column) => renderColumnHeader(column, locale))}
          </tr>
        </thead>
        ${options.dataset.modelLaw.parts.map((part) =>
          renderBody(options, part),
        )}
      </table>
    </div>`;
}
