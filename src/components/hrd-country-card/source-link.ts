/** A source of an instrument: a link for http(s) URLs, plain text otherwise. */
import { html, type TemplateResult } from 'lit';

/** Maximum length of link text; longer text loses its middle to an ellipsis. */
const MAX_LINK_TEXT = 60;

/**
 * Parses `value` as an absolute http or https URL. Returns null for any
 * other scheme (`javascript:`, `data:`, `mailto:`...), for relative URLs and
 * for text that is not a URL, so that only web pages become links.
 */
export function safeHttpUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    // The URL parser also strips leading control characters and spaces,
    // and lower-cases the scheme, so " JaVaScRiPt:" is caught below.
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
}

/** Shortens a URL for display: no scheme, no final slash, 60 characters. */
export function linkText(url: URL): string {
  const text = (url.host + url.pathname + url.search).replace(/\/$/, '');
  if (text.length <= MAX_LINK_TEXT) return text;
  const keep = Math.floor((MAX_LINK_TEXT - 1) / 2);
  return `${text.slice(0, keep)}…${text.slice(text.length - keep)}`;
}

/**
 * Renders one source. A safe URL becomes a link whose text is the shortened
 * URL; anything else is shown as text, unchanged, in a `<span>`.
 */
export function renderSource(value: string): TemplateResult {
  const url = safeHttpUrl(value);
  if (!url) {
    return html`<span class="source-text" translate="no">${value}</span>`;
  }
  return html`<a
    class="source-link"
    href=${url.href}
    rel="noopener noreferrer"
    translate="no"
    >${linkText(url)}</a
  >`;
}
