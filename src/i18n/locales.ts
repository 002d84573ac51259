/** The UI locales and how an element picks one. */

import { LOCALES } from '../generated/locale-templates.js';

/** UI locales: English (the source) and the target locales of lit-localize.json. */
export const SUPPORTED_LOCALES = LOCALES;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Languages written right to left, by ISO 639 code. */
const RTL_LANGUAGES = new Set(['ar', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * Maps any language tag to a supported locale: the exact tag, then its base
 * language (`pt-BR` to `pt`), then English.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const normalized = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const supported = SUPPORTED_LOCALES as readonly string[];
  if (supported.includes(normalized)) return normalized as SupportedLocale;
  const base = normalized.split('-')[0];
  if (supported.includes(base)) return base as SupportedLocale;
  return 'en';
}

/** Text direction of a supported locale. */
export function directionOf(locale: SupportedLocale): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

/**
 * Finds the language that applies to an element: its own `lang`, else the
 * nearest ancestor's (crossing shadow roots), else the document's. Returns
 * null when no `lang` is set anywhere.
 */
export function findLangAttribute(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node =
      node instanceof ShadowRoot ? node.host : (node.parentNode ?? null);
  }
  return null;
}
