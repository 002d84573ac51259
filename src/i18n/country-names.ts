/**
 * Localized country names: the dataset's override, else the library's own
 * override table, else `Intl.DisplayNames`, else the bundled English table,
 * else the code itself.
 */
import { isoEnglishName } from '../data/country-codes.js';
import { pickText } from '../data/queries.js';
import type { LocalizedText } from '../data/schema.js';

/**
 * Names that `Intl.DisplayNames` gives in a form unsuited to this subject:
 * short disambiguations such as "Congo - Kinshasa", and the Arabic name of
 * Côte d'Ivoire that United Nations documents use. The dataset's own `name`
 * override still wins over this table.
 */
const NAME_OVERRIDES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CD: {
    en: 'Democratic Republic of the Congo',
    fr: 'République démocratique du Congo',
    es: 'República Democrática del Congo',
    ar: 'جمهورية الكونغو الديمقراطية',
    pt: 'República Democrática do Congo',
  },
  CG: {
    en: 'Republic of the Congo',
    fr: 'République du Congo',
    es: 'República del Congo',
    ar: 'جمهورية الكونغو',
    pt: 'República do Congo',
  },
  CI: { ar: 'كوت ديفوار' },
  MM: { en: 'Myanmar' },
};

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
 * Returns the name of the country `code` (alpha-2) in `locale`. It catches
 * every `Intl` failure, and a runtime that returns the bare code is treated
 * as having no name for it.
 */
export function countryName(
  code: string,
  locale: string,
  override?: LocalizedText,
): string {
  if (override) return pickText(override, locale).text;
  const fixed = NAME_OVERRIDES[code]?.[locale.split('-')[0]];
  if (fixed) return fixed;
  let name: string | undefined;
  try {
    name = namesFor(locale)?.of(code);
  } catch {
    name = undefined;
  }
  if (name && name.toUpperCase() !== code.toUpperCase()) return name;
  return isoEnglishName(code) ?? code;
}
