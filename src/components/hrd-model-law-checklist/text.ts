/** Dataset text and names as the checklist's views render them. */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../../data/queries.js';
import type { Country, LocalizedText } from '../../data/schema.js';
import { countryName } from '../../i18n/country-names.js';
import { inEnglishMarker } from '../../i18n/labels.js';

/**
 * Dataset text in the reader's language, tagged with the language it is
 * in, and followed by "(in English)" when no translation exists.
 */
export function dataText(text: LocalizedText, locale: string): TemplateResult {
  const picked = pickText(text, locale);
  const marker = picked.isFallback
    ? html` <span class="fallback">${inEnglishMarker()}</span>`
    : nothing;
  return html`<span lang=${picked.lang}>${picked.text}</span>${marker}`;
}

/** Plain dataset text in the reader's language, for attributes and CSV. */
export function plainText(text: LocalizedText, locale: string): string {
  return pickText(text, locale).text;
}

/** Localized name of a dataset country. */
export function nameOf(country: Country, locale: string): string {
  return countryName(country.code, locale, country.name);
}

/**
 * Joins article numbers such as "3(2)" or "12-14" with the locale's list
 * separator (the Arabic comma in Arabic), each between U+2068 FIRST STRONG
 * ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, so that a right-to-left
 * sentence cannot reorder their digits and brackets. The marks are
 * invisible and keep the result a plain string for `msg()`.
 */
export function isolateEach(items: readonly string[], locale = 'en'): string {
  const separator = locale.startsWith('ar') ? '، ' : ', ';
  return items.map((item) => `\u2068${item}\u2069`).join(separator);
}
