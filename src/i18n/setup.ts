/**
 * The library's single call to `configureLocalization`, made so that two
 * elements on one page can render in two languages.
 *
 * @lit/localize keeps one active locale per page. Every locale's templates
 * are bundled, so instead of swapping them on `setLocale`, the library
 * installs one proxy table whose lookups read the locale of the element that
 * is rendering at that moment (`renderInLocale`). Rendering is synchronous,
 * so the locale cannot change under a lookup.
 */
import { configureLocalization } from '@lit/localize';
import { LOCALE_TEMPLATES } from '../generated/locale-templates.js';
import type { SupportedLocale } from './locales.js';

type Templates = (typeof LOCALE_TEMPLATES)[keyof typeof LOCALE_TEMPLATES];

const TEMPLATES: Partial<Record<SupportedLocale, Templates>> = LOCALE_TEMPLATES;

/** Locale name under which the proxy table is installed (any target locale). */
const PROXY_LOCALE = Object.keys(LOCALE_TEMPLATES)[0];

let renderingLocale: SupportedLocale = 'en';

const proxy = new Proxy({} as Templates, {
  get(_target, id) {
    if (typeof id !== 'string') return undefined;
    return TEMPLATES[renderingLocale]?.[id as keyof Templates];
  },
});

const KEY = Symbol.for('hrd-widgets.localization');
type Registry = { ready: Promise<void> };
const registry = globalThis as typeof globalThis & { [KEY]?: Registry };

function configure(): Registry {
  const existing = registry[KEY];
  if (existing) return existing;
  let ready: Promise<void>;
  try {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: [PROXY_LOCALE],
      loadLocale: async () => ({ templates: proxy }),
    });
    ready = setLocale(PROXY_LOCALE);
  } catch {
    // NOTE: another copy of @lit/localize on the page was configured first;
    // messages then come from its templates and may stay in English.
    ready = Promise.resolve();
  }
  registry[KEY] = { ready };
  return registry[KEY];
}

/** Resolves once translated templates can be looked up. */
export const localizationReady: Promise<void> = configure().ready;

/** Runs `render` with `msg()` returning text in `locale`. */
export function renderInLocale<T>(locale: SupportedLocale, render: () => T): T {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}
