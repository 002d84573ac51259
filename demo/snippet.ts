/**
 * Embed snippets: the script tag and the element for a set of options, as
 * HTML text. Kept free of DOM access so that tests can call it directly.
 */

export type WidgetTag =
  | 'hrd-map'
  | 'hrd-country-card'
  | 'hrd-model-law-checklist';

export interface EmbedOptions {
  widget: WidgetTag;
  /** Alpha-2 code, or '' for none. */
  country: string;
  /** Locale tag, or '' to follow the page's language. */
  lang: string;
  variant: 'full' | 'compact';
  /** Map region, or '' for the whole world. */
  region: string;
  view: 'map' | 'list';
  noPanel: boolean;
  /** Space-separated codes and ids; when set it replaces `country`. */
  compare: string;
  /** Remote dataset URL, or ''. */
  src: string;
  script: 'module' | 'classic';
}

/** Base of the example script address; the version is appended. */
export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/hrd-widgets@';

/** Escapes text for use inside a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Returns the element's attributes in snippet order, as name and value
 * pairs. A boolean attribute has the value ''. Defaults are left out.
 */
export function embedAttributes(options: EmbedOptions): [string, string][] {
  const attributes: [string, string][] = [];
  const compare = options.compare.trim().replace(/\s+/g, ' ');
  const usesCompare =
    options.widget === 'hrd-model-law-checklist' && compare !== '';
  const countryName = options.widget === 'hrd-map' ? 'selected' : 'country';
  if (usesCompare) attributes.push(['compare', compare]);
  else if (options.country) attributes.push([countryName, options.country]);
  if (options.lang) attributes.push(['lang', options.lang]);
  if (options.widget === 'hrd-country-card' && options.variant === 'compact') {
    attributes.push(['variant', 'compact']);
  }
  if (options.widget === 'hrd-map') {
    if (options.region) attributes.push(['region', options.region]);
    if (options.view === 'list') attributes.push(['view', 'list']);
    if (options.noPanel) attributes.push(['no-panel', '']);
  }
  const src = options.src.trim();
  if (isHttpUrl(src)) attributes.push(['src', src]);
  return attributes;
}

/** Returns whether `value` is an absolute http or https URL, the only kind `src` loads. */
export function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Returns the script tag loading the bundle of `version`. */
export function scriptTag(version: string, script: EmbedOptions['script']) {
  const base = `${CDN_BASE}${escapeAttribute(version)}/dist/`;
  return script === 'classic'
    ? `<script src="${base}hrd-widgets.iife.js" defer></script>`
    : `<script type="module" src="${base}hrd-widgets.js"></script>`;
}

/** Returns the element as HTML text, every value quoted and escaped. */
export function elementTag(options: EmbedOptions): string {
  const attributes = embedAttributes(options)
    .map(([name, value]) =>
      value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
    )
    .join('');
  return `<${options.widget}${attributes}></${options.widget}>`;
}

/** Returns the whole snippet: the script tag, a line break, the element. */
export function embedSnippet(options: EmbedOptions, version: string): string {
  return `${scriptTag(version, options.script)}\n${elementTag(options)}`;
}
