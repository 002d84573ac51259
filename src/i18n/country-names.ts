/**
 * Localized country names: the dataset's override, else `Intl.DisplayNames`,
 * else the bundled English table, else the code itself.
 */
import { isoEnglishName } from '../data/country-codes.js';
import { pickText } from '../data/queries.js';
import type { LocalizedText } from '../data/schema.js';

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(locale: string): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      // Missing or partial Intl support; the bundled table takes over.
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale)!;
}

/** Forgets cached `Intl.DisplayNames` instances (for tests that replace Intl). */
export function resetCountryNameCache(): void {
  displayNames.clear();
}

/**
 * Returns the name of the country `code` (alpha-2) in `locale`. Never
 * throws; a runtime that answers with the bare code is treated as having no
 * name for it.
 */
export function countryName(
  code: string,
  locale: string,
  override?: LocalizedText,
): string {
  if (override) return pickText(override, locale).text;
  let name: string | undefined;
  try {
    name = namesFor(locale)?.of(code);
  } catch {
    name = undefined;
  }
  if (name && name.toUpperCase() !== code.toUpperCase()) return name;
  return isoEnglishName(code) ?? code;
}
