/**
 * Stable keys for the countries of a Natural Earth topology.
 *
 * A feature's ISO 3166-1 numeric id gives its alpha-2 code. Some Natural
 * Earth builds give no usable id (`-99` or none) to a few countries, so a
 * join table by feature name fills the gap. Territories without an ISO code
 * get a lower-case key starting with `x-`, which never collides with an
 * alpha-2 code.
 */
import { numericToAlpha2 } from '../data/country-codes.js';

/**
 * Alpha-2 codes for features whose id is missing or `-99`, keyed by the
 * `name` property. Some Natural Earth builds give Norway and France the id
 * `-99`. world-atlas 2.0.2 gives them "578" and "250", and gives Kosovo
 * (user-assigned code XK) no id at all.
 */
const ALPHA2_BY_NAME: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  Norway: 'NO',
  France: 'FR',
};

/** Keys of drawn areas that have no ISO 3166-1 code, by feature name. */
const NON_ISO_KEY_BY_NAME: Readonly<Record<string, string>> = {
  'N. Cyprus': 'x-northern-cyprus',
  'Northern Cyprus': 'x-northern-cyprus',
  Somaliland: 'x-somaliland',
};

/** Tells whether `key` is an alpha-2 code (or XK) rather than an `x-` key. */
export function isIsoKey(key: string): boolean {
  return /^[A-Z]{2}$/.test(key);
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Returns the stable key of a feature from its id and `name` property: the
 * alpha-2 code when one is known, else an `x-` key derived from the name,
 * else null (the caller then numbers the feature).
 */
export function countryKeyOf(id: unknown, name?: unknown): string | null {
  const fromId = numericToAlpha2(id);
  if (fromId) return fromId;
  if (typeof name !== 'string' || !name.trim()) return null;
  const trimmed = name.trim();
  return (
    ALPHA2_BY_NAME[trimmed] ??
    NON_ISO_KEY_BY_NAME[trimmed] ??
    (slug(trimmed) ? `x-${slug(trimmed)}` : null)
  );
}
