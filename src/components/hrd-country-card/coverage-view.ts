/**
 * How far an instrument matches the Model Law: a decorative bar and one
 * sentence per part, which carries the meaning for every reader. Call these
 * while rendering, so that `msg()` returns the element's locale.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  BAR_ORDER,
  coverageSegments,
  partRatingList,
  totalCoverage,
  type PartRating,
} from '../../data/coverage-summary.js';
import {
  hasComparison,
  modelLawCoverage,
  type PartCoverage,
} from '../../data/queries.js';
import type {
  ChecklistElement,
  Coverage,
  Instrument,
  ModelLawPart,
} from '../../data/schema.js';
import { formatNumber, pluralCategory } from '../../i18n/format.js';
import { coverageLabel, modelLawPartLabel } from '../../i18n/labels.js';
import { renderDataText } from './data-text.js';

/** "fully covers 9 of 13 elements", with the plural form of the total. */
function fullClause(locale: string, full: number, total: number): string {
  const f = formatNumber(locale, full);
  const t = formatNumber(locale, total);
  switch (pluralCategory(locale, total)) {
    case 'zero':
      return msg(str`fully covers ${f} of ${t} elements`, {
        id: 'card.coverage.full.zero',
        desc: 'Coverage of one Model Law part. Values: elements, total.',
      });
    case 'one':
      return msg(str`fully covers ${f} of ${t} element`, {
        id: 'card.coverage.full.one',
        desc: 'Coverage of one Model Law part. Values: elements, total.',
      });
    case 'two':
      return msg(str`fully covers ${f} of ${t} elements`, {
        id: 'card.coverage.full.two',
        desc: 'Coverage of one Model Law part. Values: elements, total.',
      });
    case 'few':
      return msg(str`fully covers ${f} of ${t} elements`, {
        id: 'card.coverage.full.few',
        desc: 'Coverage of one Model Law part. Values: elements, total.',
      });
    case 'many':
      return msg(str`fully covers ${f} of ${t} elements`, {
        id: 'card.coverage.full.many',
        desc: 'Coverage of one Model Law part. Values: elements, total.',
      });
    case 'other':
      return msg(str`fully covers ${f} of ${t} elements`, {
        id: 'card.coverage.full.other',
        desc: 'Coverage of one Model Law part. Values: elements, total.',
      });
  }
}

/**
 * "restrictive on 1 of 1 element": the first clause for the restrictive
 * part, whose elements are met by the absence of restrictive clauses.
 */
function restrictiveClause(locale: string, count: number, total: number) {
  const r = formatNumber(locale, count);
  const t = formatNumber(locale, total);
  switch (pluralCategory(locale, total)) {
    case 'zero':
      return msg(str`restrictive on ${r} of ${t} elements`, {
        id: 'card.coverage.restrictive.zero',
        desc: 'Restrictive provisions. Values: elements, total.',
      });
    case 'one':
      return msg(str`restrictive on ${r} of ${t} element`, {
        id: 'card.coverage.restrictive.one',
        desc: 'Restrictive provisions. Values: elements, total.',
      });
    case 'two':
      return msg(str`restrictive on ${r} of ${t} elements`, {
        id: 'card.coverage.restrictive.two',
        desc: 'Restrictive provisions. Values: elements, total.',
      });
    case 'few':
      return msg(str`restrictive on ${r} of ${t} elements`, {
        id: 'card.coverage.restrictive.few',
        desc: 'Restrictive provisions. Values: elements, total.',
      });
    case 'many':
      return msg(str`restrictive on ${r} of ${t} elements`, {
        id: 'card.coverage.restrictive.many',
        desc: 'Restrictive provisions. Values: elements, total.',
      });
    case 'other':
      return msg(str`restrictive on ${r} of ${t} elements`, {
        id: 'card.coverage.restrictive.other',
        desc: 'Restrictive provisions. Values: elements, total.',
      });
  }
}

/** Returns the clause for one other coverage value, such as "partly 3". */
function otherClause(coverage: Coverage, n: string): string {
  switch (coverage) {
    case 'partial':
      return msg(str`partly ${n}`, {
        desc: 'Follows "fully covers 9 of 13 elements". The value is a count.',
      });
    case 'none':
      return msg(str`not at all ${n}`, {
        desc: 'Follows "fully covers 9 of 13 elements". The value is a count.',
      });
    case 'restrictive':
      return msg(str`restricts defenders on ${n}`, {
        desc: 'Follows "fully covers 9 of 13 elements". The value is a count.',
      });
    case 'full':
      return msg(str`free of restrictions on ${n}`, {
        desc: 'Follows "restrictive on 1 of 2 elements". The value is a count.',
      });
    case 'unknown':
      return n;
  }
}

/**
 * Returns the sentence for one part, for example "Rights of defenders:
 * fully covers 9 of 13 elements, partly 3; 1 not rated." Elements without
 * a rating are counted apart, never as not covered. The restrictive part
 * leads with the elements rated restrictive instead.
 */
export function partSentence(locale: string, row: PartCoverage): string {
  const part = modelLawPartLabel(row.part);
  const { counts, total } = row;
  if (counts.unknown === total) {
    return msg(str`${part}: no element is rated.`, {
      desc: 'Model Law coverage of one part; the value is the part name.',
    });
  }
  const inverse = row.part === 'restrictive';
  const lead: Coverage = inverse ? 'restrictive' : 'full';
  const clauses = [
    inverse
      ? restrictiveClause(locale, counts.restrictive, total)
      : fullClause(locale, counts.full, total),
  ];
  for (const coverage of ['full', 'partial', 'none', 'restrictive'] as const) {
    if (coverage !== lead && counts[coverage] > 0) {
      const count = formatNumber(locale, counts[coverage]);
      clauses.push(otherClause(coverage, count));
    }
  }
  const rated = new Intl.ListFormat(locale, { style: 'short', type: 'unit' })
    .format(clauses);
  if (counts.unknown === 0) return msg(str`${part}: ${rated}.`);
  const unknown = formatNumber(locale, counts.unknown);
  return msg(str`${part}: ${rated}; ${unknown} not rated.`, {
    desc: 'The last value counts Model Law elements without a rating.',
  });
}

/** Coverage word used in a whole-part rating, such as "partly covered". */
function ratingWord(coverage: Coverage): string {
  switch (coverage) {
    case 'full':
      return msg('fully covered');
    case 'partial':
      return msg('partly covered');
    case 'none':
      return msg('not covered');
    case 'restrictive':
      return msg('restrictive', {
        desc: 'A whole Model Law part is met by restricting defenders.',
      });
    case 'unknown':
      return msg('not rated');
  }
}

function renderPartRating(
  locale: string,
  { part, rating }: PartRating,
): TemplateResult {
  const label = modelLawPartLabel(part);
  const word = ratingWord(rating.coverage);
  const sentence = msg(str`${label} as a whole: ${word}.`, {
    desc: 'Rating of a whole Model Law part, read from the source comments.',
  });
  const note = rating.note ? renderDataText(rating.note, locale) : nothing;
  return html`<li class="part-rating">${sentence} ${note}</li>`;
}

/** Percentage of `total` for an SVG length attribute. */
function percent(value: number, total: number): string {
  return `${((value / total) * 100).toFixed(3)}%`;
}

/**
 * Renders the decorative bar. Segments are sized with SVG percentage
 * attributes, which a strict Content Security Policy allows, unlike `style`.
 */
function renderBar(counts: Record<Coverage, number>, total: number) {
  const segments = coverageSegments(counts);
  return html`<svg class="coverage-bar" aria-hidden="true" focusable="false">
    ${segments.map(
      (segment) => svg`<rect
        class="segment segment-${segment.coverage}"
        x=${percent(segment.start, total)}
        y="0"
        width=${percent(segment.count, total)}
        height="100%"
      ></rect>`,
    )}
  </svg>`;
}

/**
 * Patterns that set segments apart without colour: stripes for partial,
 * cross-hatching for restrictive, dots for not rated. Rendered once per
 * card and referenced by id from its bars and legend.
 */
export function renderCoveragePatterns(): TemplateResult {
  return html`<svg class="pattern-defs" aria-hidden="true" focusable="false">
    <defs>
      <pattern id="pattern-partial" patternUnits="userSpaceOnUse" width="6"
        height="6" patternTransform="rotate(45)">
        <rect class="pattern-base-partial" width="6" height="6"></rect>
        <rect class="pattern-ink-partial" width="2.5" height="6"></rect>
      </pattern>
      <pattern id="pattern-restrictive" patternUnits="userSpaceOnUse"
        width="6" height="6" patternTransform="rotate(45)">
        <rect class="pattern-base-restrictive" width="6" height="6"></rect>
        <rect class="pattern-ink-restrictive" width="2" height="6"></rect>
        <rect class="pattern-ink-restrictive" width="6" height="2"></rect>
      </pattern>
      <pattern id="pattern-unknown" patternUnits="userSpaceOnUse" width="5"
        height="5">
        <rect class="pattern-base-unknown" width="5" height="5"></rect>
        <circle class="pattern-ink-unknown" cx="2.5" cy="2.5" r="1"></circle>
      </pattern>
    </defs>
  </svg>`;
}

/**
 * Renders the legend of every bar on a card: a swatch and a word per
 * coverage value. It is hidden from assistive technology, like the bars
 * it explains.
 */
export function renderCoverageLegend(): TemplateResult {
  return html`<ul class="coverage-legend" aria-hidden="true">
    ${BAR_ORDER.map(
      (coverage) => html`<li>
        <svg class="swatch" focusable="false">
          <rect
            class="segment segment-${coverage}"
            width="100%"
            height="100%"
          ></rect>
        </svg>
        ${coverage === 'unknown' ? msg('Not rated') : coverageLabel(coverage)}
      </li>`,
    )}
  </ul>`;
}

/**
 * Lists one sentence per part, each followed by the part's whole-part
 * rating if any. A part rated only as a whole gets no "no element is
 * rated" sentence. Ratings of parts without checklist elements come last.
 */
function coverageItems(
  rows: readonly PartCoverage[],
  ratings: readonly PartRating[],
  locale: string,
): TemplateResult[] {
  const items: TemplateResult[] = [];
  const listed = new Set<ModelLawPart>();
  for (const row of rows) {
    const rating = ratings.find((entry) => entry.part === row.part);
    if (!rating || row.counts.unknown < row.total) {
      items.push(html`<li>${partSentence(locale, row)}</li>`);
    }
    if (rating) {
      items.push(renderPartRating(locale, rating));
      listed.add(rating.part);
    }
  }
  for (const rating of ratings) {
    if (!listed.has(rating.part)) items.push(renderPartRating(locale, rating));
  }
  return items;
}

/**
 * Renders the Model Law comparison of one instrument, or a sentence saying
 * that none is recorded.
 */
export function renderCoverage(
  instrument: Instrument,
  checklist: readonly ChecklistElement[],
  locale: string,
): TemplateResult {
  if (!hasComparison(instrument)) {
    return html`<p class="coverage coverage-missing" part="coverage">
      ${msg(
        'No comparison with the Model Law is recorded for this instrument.',
      )}
    </p>`;
  }
  const rows = modelLawCoverage(instrument, checklist);
  const { counts, total } = totalCoverage(rows);
  return html`<div class="coverage" part="coverage">
    <p class="coverage-title">${msg('Compared with the Model Law')}</p>
    ${total > 0 ? renderBar(counts, total) : nothing}
    <ul class="coverage-sentences">
      ${coverageItems(rows, partRatingList(instrument), locale)}
    </ul>
  </div>`;
}

/** Reports whether any instrument in the list has Model Law data. */
export function anyComparison(instruments: readonly Instrument[]): boolean {
  return instruments.some(hasComparison);
}
