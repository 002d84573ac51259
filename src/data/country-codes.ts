/**
 * ISO 3166-1 code conversions: alpha-3 and numeric codes to alpha-2, as
 * used to join geometry and addresses to dataset records.
 */
import { ISO_COUNTRIES } from '../generated/iso-countries.js';

const BY_ALPHA2 = new Map(ISO_COUNTRIES.map((row) => [row[0], row]));
const ALPHA3_TO_ALPHA2 = new Map(ISO_COUNTRIES.map((row) => [row[1], row[0]]));
const NUMERIC_TO_ALPHA2 = new Map(
  ISO_COUNTRIES.filter((row) => row[2]).map((row) => [Number(row[2]), row[0]]),
);

/** Returns whether `code` is an assigned ISO 3166-1 alpha-2 code or XK (Kosovo). */
export function isKnownCountryCode(code: string): boolean {
  return BY_ALPHA2.has(code);
}

/**
 * Normalizes an alpha-2 or alpha-3 code in any case to alpha-2, or returns
 * null when the value is not a known code.
 */
export function toAlpha2(code: string | null | undefined): string | null {
  if (typeof code !== 'string') return null;
  const upper = code.trim().toUpperCase();
  if (upper.length === 2) return BY_ALPHA2.has(upper) ? upper : null;
  if (upper.length === 3) return ALPHA3_TO_ALPHA2.get(upper) ?? null;
  return null;
}

/**
 * Converts an ISO 3166-1 numeric code to alpha-2. `"036"`, `"36"` and `36`
 * all give `AU`; anything else, including Natural Earth's `-99`, gives null.
 */
export function numericToAlpha2(id: unknown): string | null {
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  const text = String(id).trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  return NUMERIC_TO_ALPHA2.get(Number(text)) ?? null;
}

/** English short name from the ISO table, used when `Intl` gives none. */
export function isoEnglishName(alpha2: string): string | undefined {
  return BY_ALPHA2.get(alpha2)?.[3];
}

/** Returns every assigned alpha-2 code. */
export function allCountryCodes(): string[] {
  return [...BY_ALPHA2.keys()];
}
