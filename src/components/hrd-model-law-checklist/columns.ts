/**
 * Resolution of the checklist's `country`, `instrument` and `compare`
 * attributes against a dataset. DOM-free.
 */
import { mainInstrument } from '../../data/main-instrument.js';
import { findCountry, findInstrument } from '../../data/queries.js';
import type {
  Country,
  Dataset,
  Instrument,
  RegionalInstrument,
} from '../../data/schema.js';

export type AnyInstrument = Instrument | RegionalInstrument;

/** One compared instrument, with the country it belongs to, if any. */
export interface ChecklistColumn {
  instrument: AnyInstrument;
  country: Country | undefined;
}

export interface CompareColumns {
  columns: ChecklistColumn[];
  /** Tokens that match no country and no instrument, as written. */
  unknown: string[];
  /** Countries named in the list that have no instrument to show. */
  withoutInstrument: Country[];
}

/** Finds the country that lists the instrument `id`. */
export function countryOfInstrument(
  dataset: Dataset,
  id: string,
): Country | undefined {
  return dataset.countries.find((country) =>
    country.instruments.some((item) => item.id === id),
  );
}

/**
 * Picks the instrument shown for a country: its main domestic instrument,
 * else its first instrument of any scope (foreign-policy guidelines).
 */
export function defaultInstrument(country: Country): Instrument | undefined {
  return mainInstrument(country) ?? country.instruments[0];
}

/** Splits a `compare` attribute value on whitespace and commas. */
export function compareTokens(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((token) => token !== '');
}

/**
 * Resolves `compare` tokens in order: a country code (alpha-2 or alpha-3,
 * any case) stands for its main instrument, anything else is looked up as
 * an instrument id. An instrument listed twice gets one column.
 */
export function resolveCompare(
  dataset: Dataset,
  tokens: readonly string[],
): CompareColumns {
  const result: CompareColumns = {
    columns: [],
    unknown: [],
    withoutInstrument: [],
  };
  for (const token of tokens) {
    const country = findCountry(dataset, token);
    const instrument = country
      ? defaultInstrument(country)
      : findInstrument(dataset, token);
    if (country && !instrument) {
      result.withoutInstrument.push(country);
      continue;
    }
    if (!instrument) {
      result.unknown.push(token);
      continue;
    }
    if (result.columns.some((column) => column.instrument === instrument)) {
      continue;
    }
    result.columns.push({
      instrument,
      country: country ?? countryOfInstrument(dataset, instrument.id),
    });
  }
  return result;
}
