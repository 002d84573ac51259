/**
 * The choice of the instrument that represents a country in views showing
 * one instrument per country, such as the Model Law comparison table.
 */
import { domesticInstruments, hasComparison } from './queries.js';
import type { Country, Instrument } from './schema.js';

/**
 * Picks a country's main domestic instrument: the first adopted one with
 * comparison data, else the first one with comparison data, else the first
 * one. Returns undefined when the country has no domestic instrument (only
 * foreign-policy guidelines, or nothing).
 */
export function mainInstrument(country: Country): Instrument | undefined {
  const domestic = domesticInstruments(country);
  const compared = domestic.filter(hasComparison);
  return (
    compared.find((item) => item.statusGroup === 'adopted') ??
    compared[0] ??
    domestic[0]
  );
}
