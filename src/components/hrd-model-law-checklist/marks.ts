/**
 * Mark rendering: an icon with a distinct shape for every value, beside its
 * word, so that colour is never the only cue.
 */
import { msg } from '@lit/localize';
import {
  html,
  svg,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import type { Mark } from '../../data/self-assessment.js';
import { coverageLabel } from '../../i18n/labels.js';

// Fragments inside <svg> must be `svg` templates, or they get the HTML
// namespace and do not render.
const ICONS: Record<Mark, SVGTemplateResult> = {
  full: svg`<circle cx="8" cy="8" r="7" fill="currentColor" />
    <path class="cut" d="M4.6 8.3l2.3 2.3 4.6-4.8" fill="none"
      stroke-width="1.8" />`,
  partial: svg`<circle cx="8" cy="8" r="6.25" fill="none"
      stroke="currentColor" stroke-width="1.5" />
    <path d="M8 1.75a6.25 6.25 0 0 0 0 12.5z" fill="currentColor" />`,
  none: svg`<circle cx="8" cy="8" r="6.25" fill="none"
      stroke="currentColor" stroke-width="1.5" />
    <path d="M4.75 8h6.5" stroke="currentColor" stroke-width="1.8" />`,
  restrictive: svg`<path d="M8 1.2l7.2 13H.8z" fill="currentColor" />
    <path class="cut" d="M8 5.6v4.4" stroke-width="1.8" />
    <circle class="cut-fill" cx="8" cy="12.1" r="1" />`,
  unknown: svg`<circle cx="8" cy="8" r="6.25" fill="none"
      stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.2 1.8" />
    <path d="M6.3 6.4a1.8 1.8 0 1 1 2.5 1.7c-.5.2-.8.6-.8 1.1v.5"
      fill="none" stroke="currentColor" stroke-width="1.5" />
    <circle cx="8" cy="11.5" r=".9" fill="currentColor" />`,
};

/** Inline SVG icon of a mark, hidden from assistive technology. */
export function markIcon(mark: Mark): TemplateResult {
  return html`<svg class="mark-icon" viewBox="0 0 16 16" width="16"
    height="16" aria-hidden="true" focusable="false">${ICONS[mark]}</svg>`;
}

/** Word for a mark, or for "not assessed" when there is none. */
export function markWord(mark: Mark | undefined): string {
  if (mark) return coverageLabel(mark);
  return msg('Not assessed', {
    desc: 'Self-assessment: the reviewer has not marked this element yet.',
  });
}

/** Renders a mark as icon and word, the form used in every view. */
export function renderMark(mark: Mark): TemplateResult {
  return html`<span class="mark mark--${mark}" part="mark"
    >${markIcon(mark)}<span class="mark-word">${markWord(mark)}</span></span
  >`;
}
