/**
 * Facts behind the country card: how its instruments are grouped, the
 * segments of a Model Law coverage bar, whole-part ratings and the source
 * a citation names. Plain functions, no DOM.
 */
import {
  domesticInstruments,
  emptyCoverageCounts,
  type PartCoverage,
} from './queries.js';
import {
  MODEL_LAW_PARTS,
  type Comparison,
  type Country,
  type Coverage,
  type Instrument,
  type ModelLawPart,
  type RegionalInstrument,
} from './schema.js';

/** Order of the segments in a coverage bar, best first, unknown last. */
export const BAR_ORDER: readonly Coverage[] = [
  'full',
  'partial',
  'none',
  'restrictive',
  'unknown',
];

/** One segment of a coverage bar, in element units from the bar's start. */
export interface BarSegment {
  coverage: Coverage;
  start: number;
  count: number;
}

/** A country's instruments split by scope, each in dataset order. */
export interface InstrumentGroups {
  domestic: Instrument[];
  foreignPolicy: Instrument[];
}

/** Splits a country's instruments into domestic and foreign-policy ones. */
export function groupInstruments(country: Country): InstrumentGroups {
  return {
    domestic: domesticInstruments(country),
    foreignPolicy: country.instruments.filter(
      (item) => item.scope === 'foreign-policy',
    ),
  };
}

/** Adds the counts of every part into one tally per coverage value. */
export function totalCoverage(parts: readonly PartCoverage[]): {
  total: number;
  counts: Record<Coverage, number>;
} {
  const counts = emptyCoverageCounts();
  let total = 0;
  for (const part of parts) {
    total += part.total;
    for (const coverage of BAR_ORDER) counts[coverage] += part.counts[coverage];
  }
  return { total, counts };
}

/**
 * Lays out the non-empty segments of a bar in `BAR_ORDER`. Each segment
 * starts where the previous one ends, so the last ends at the total.
 */
export function coverageSegments(
  counts: Readonly<Record<Coverage, number>>,
): BarSegment[] {
  const segments: BarSegment[] = [];
  let start = 0;
  for (const coverage of BAR_ORDER) {
    const count = counts[coverage];
    if (count <= 0) continue;
    segments.push({ coverage, start, count });
    start += count;
  }
  return segments;
}

/** A rating of a whole Model Law part, as recorded on an instrument. */
export interface PartRating {
  part: ModelLawPart;
  rating: Comparison;
}

/** Lists an instrument's whole-part ratings in the Model Law's part order. */
export function partRatingList(
  instrument: Instrument | RegionalInstrument,
): PartRating[] {
  const ratings = instrument.partRatings ?? {};
  const list: PartRating[] = [];
  for (const part of MODEL_LAW_PARTS) {
    const rating = ratings[part as keyof typeof ratings];
    if (rating) list.push({ part, rating });
  }
  return list;
}

/**
 * Picks the source a citation of the country names: the first source of its
 * first domestic instrument, else of its first instrument of any scope.
 * Returns undefined for a country with no instrument.
 */
export function citationSource(country: Country): string | undefined {
  const first = domesticInstruments(country)[0] ?? country.instruments[0];
  return first?.sources[0];
}
