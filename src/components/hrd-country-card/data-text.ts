/** Dataset text in the reader's language, marked when English is used. */
import { html, type TemplateResult } from 'lit';
import { pickText } from '../../data/queries.js';
import type { LocalizedText } from '../../data/schema.js';
import { inEnglishMarker } from '../../i18n/labels.js';
import { isolateNumbers } from '../shared/bidi.js';

/**
 * Renders a translated text as plain text, isolated with `dir="auto"` so
 * that text in another script keeps its own direction, and with each
 * number or Latin code isolated left to right. When the reader's
 * language is missing, the English text gets `lang="en"` and a visible
 * "(in English)" marker. Call it while rendering, because the marker is a
 * message.
 */
export function renderDataText(
  text: LocalizedText,
  locale: string,
): TemplateResult {
  const picked = pickText(text, locale);
  const content = isolateNumbers(picked.text);
  if (!picked.isFallback) return html`<span dir="auto">${content}</span>`;
  return html`<span lang="en" dir="auto">${content}</span>
    <span class="fallback-marker">${inEnglishMarker()}</span>`;
}
