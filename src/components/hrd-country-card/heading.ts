/** Headings whose level the embedding page chooses. */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Clamps any value to a heading level from 1 to 6; 2 when not a number. */
export function clampHeadingLevel(value: unknown): number {
  const level = Math.round(Number(value));
  if (!Number.isFinite(level)) return 2;
  return Math.min(6, Math.max(1, level));
}

/**
 * Renders `<h1>`…`<h6>` for `level` (clamped), with a class and an optional
 * part name and id. Only the fixed tag names above are ever written.
 */
export function renderHeading(
  level: number,
  className: string,
  content: unknown,
  part?: string,
  id?: string,
): TemplateResult {
  const tag = TAGS[clampHeadingLevel(level) - 1];
  return html`<${tag}
    class=${className}
    part=${ifDefined(part)}
    id=${ifDefined(id)}
    >${content}</${tag}
  >`;
}
