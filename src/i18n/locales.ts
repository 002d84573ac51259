/** The UI locales and how an element picks one. */

/** Locales with complete UI translations. English is the source. */
export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'ar', 'pt'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const RTL_LOCALES = new Set<string>(['ar']);

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
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
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
