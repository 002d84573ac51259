/**
 * Facts every element derives from the dataset, computed once here so the
 * map, the card, the list view, the checklist and the CLI agree.
 */
import {
  MODEL_LAW_PARTS,
  STATUS_GROUPS,
  type ChecklistElement,
  type Country,
  type Coverage,
  type Dataset,
  type Instrument,
  type InstrumentType,
  type LocalizedText,
  type ModelLawPart,
  type RegionalInstrument,
  type StatusGroup,
} from './schema.js';
import { toAlpha2 } from './country-codes.js';

/** Status groups from strongest to weakest. */
export const STATUS_ORDER: readonly StatusGroup[] = STATUS_GROUPS;

/** Finds a country by alpha-2 or alpha-3 code in any case. */
export function findCountry(
  dataset: Dataset,
  code: string | null | undefined,
): Country | undefined {
  const alpha2 = toAlpha2(code);
  if (!alpha2) return undefined;
  return dataset.countries.find((country) => country.code === alpha2);
}

/** Finds an instrument by id in a country or among regional instruments. */
export function findInstrument(
  dataset: Dataset,
  id: string,
): Instrument | RegionalInstrument | undefined {
  for (const country of dataset.countries) {
    const found = country.instruments.find((item) => item.id === id);
    if (found) return found;
  }
  return dataset.regionalInstruments.find((item) => item.id === id);
}

/**
 * Instruments that protect defenders at home. Foreign-policy guidelines on
 * supporting defenders abroad are left out.
 */
export function domesticInstruments(country: Country): Instrument[] {
  return country.instruments.filter((item) => item.scope !== 'foreign-policy');
}

/**
 * Returns the strongest status group among a country's domestic
 * instruments, or null when it has none.
 */
export function countryStatusGroup(country: Country): StatusGroup | null {
  const groups = new Set(domesticInstruments(country).map((i) => i.statusGroup));
  return STATUS_ORDER.find((group) => groups.has(group)) ?? null;
}

/** Status group of every country in the dataset, keyed by alpha-2 code. */
export function statusGroupsByCountry(
  dataset: Dataset,
): Map<string, StatusGroup | null> {
  return new Map(
    dataset.countries.map((country) => [country.code, countryStatusGroup(country)]),
  );
}

/** Number of instruments of each type, in order of first appearance. */
export type TypeCounts = Array<{ type: InstrumentType; count: number }>;

/**
 * Counts the domestic instruments of a country in its strongest status
 * group, by type: the facts behind "1 law and 1 decree adopted".
 */
export function countLineFacts(
  country: Country,
): { group: StatusGroup | null; counts: TypeCounts } {
  const group = countryStatusGroup(country);
  const counts: TypeCounts = [];
  for (const item of domesticInstruments(country)) {
    if (item.statusGroup !== group) continue;
    const entry = counts.find((row) => row.type === item.type);
    if (entry) entry.count += 1;
    else counts.push({ type: item.type, count: 1 });
  }
  return { group, counts };
}

/** How many checklist elements of one part an instrument meets, and how. */
export interface PartCoverage {
  part: ModelLawPart;
  total: number;
  counts: Record<Coverage, number>;
}

/** Returns a tally with zero for every coverage value. */
export function emptyCoverageCounts(): Record<Coverage, number> {
  return { full: 0, partial: 0, none: 0, restrictive: 0, unknown: 0 };
}

/**
 * Tallies an instrument's comparison with the Model Law by part. Elements
 * without data are counted as unknown, never as none.
 */
export function modelLawCoverage(
  instrument: Instrument | RegionalInstrument,
  checklist: readonly ChecklistElement[],
): PartCoverage[] {
  return MODEL_LAW_PARTS.map((part) => {
    const elements = checklist.filter((element) => element.part === part);
    const counts = emptyCoverageCounts();
    for (const element of elements) {
      counts[elementCoverage(instrument, element.key)] += 1;
    }
    return { part, total: elements.length, counts };
  }).filter((row) => row.total > 0);
}

/** Coverage of one checklist element, `unknown` where the data is silent. */
export function elementCoverage(
  instrument: Instrument | RegionalInstrument,
  key: string,
): Coverage {
  return instrument.modelLaw?.[key]?.coverage ?? 'unknown';
}

/** Returns whether an instrument has any comparison with the Model Law. */
export function hasComparison(
  instrument: Instrument | RegionalInstrument,
): boolean {
  return (
    Object.keys(instrument.modelLaw ?? {}).length > 0 ||
    Object.keys(instrument.partRatings ?? {}).length > 0
  );
}

/** Text picked for a reader, with the language it is actually in. */
export interface PickedText {
  text: string;
  lang: string;
  /** True when the reader's language was missing and English is shown. */
  isFallback: boolean;
}

/**
 * Picks the translation for `locale` (then its base language), falling
 * back to English.
 */
export function pickText(text: LocalizedText, locale: string): PickedText {
  const base = locale.split('-')[0];
  for (const tag of [locale, base]) {
    const value = text[tag];
    if (value) return { text: value, lang: tag, isFallback: false };
  }
  return { text: text.en, lang: 'en', isFallback: base !== 'en' };
}
