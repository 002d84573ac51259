/**
 * The categories the map colours countries by: the three status groups,
 * plus two that carry no domestic status.
 */
import { countryStatusGroup } from '../../data/queries.js';
import type { Country } from '../../data/schema.js';

/**
 * `foreign-policy`: the only instruments recorded are foreign-policy
 * guidelines on supporting defenders abroad, which do not protect defenders
 * at home. `none`: nothing recorded (or the country is not in the dataset).
 */
export const MAP_GROUPS = [
  'adopted',
  'in-progress',
  'not-adopted',
  'foreign-policy',
  'none',
] as const;

export type MapGroup = (typeof MAP_GROUPS)[number];

/** Returns the map category of a dataset country (`none` without one). */
export function mapGroupOf(country: Country | undefined): MapGroup {
  if (!country) return 'none';
  const group = countryStatusGroup(country);
  if (group) return group;
  return country.instruments.length > 0 ? 'foreign-policy' : 'none';
}
