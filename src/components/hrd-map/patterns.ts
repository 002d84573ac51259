/**
 * Fill patterns of the map categories, so that status never depends on
 * colour alone. Adopted is solid, in progress hatched, not adopted dotted,
 * foreign-policy guidelines only lightly hatched the other way, and no
 * instrument recorded plain. The patterns live in the element's own shadow
 * tree, so `url(#…)` references resolve without any external document.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { MapGroup } from './map-groups.js';

/** Side of one pattern tile, in CSS pixels. */
const TILE = 6;

/** Id of the pattern of `group` inside the element's shadow root. */
export function patternId(group: MapGroup): string {
  return `hrd-map-pattern-${group}`;
}

/** `fill` attribute value that paints a shape with `group`'s pattern. */
export function patternFill(group: MapGroup): string {
  return `url(#${patternId(group)})`;
}

function tile(
  group: MapGroup,
  marks: SVGTemplateResult | null,
  rotate = 0,
): SVGTemplateResult {
  return svg`<pattern
    id=${patternId(group)}
    class="pattern pattern-${group}"
    patternUnits="userSpaceOnUse"
    width=${TILE}
    height=${TILE}
    patternTransform=${`rotate(${rotate})`}
  >
    <rect class="pattern-background" width=${TILE} height=${TILE}></rect>
    ${marks}
  </pattern>`;
}

/** Renders the `<defs>` with every category's pattern. */
export function renderPatternDefs(): SVGTemplateResult {
  const hatch = svg`<line class="pattern-mark" x1="0" y1="0" x2="0"
    y2=${TILE}></line>`;
  const dot = svg`<circle class="pattern-mark" cx=${TILE / 2} cy=${TILE / 2}
    r="1.3"></circle>`;
  return svg`<defs>
    ${tile('adopted', null)}
    ${tile('in-progress', hatch, 45)}
    ${tile('not-adopted', dot)}
    ${tile('foreign-policy', hatch, -45)}
    ${tile('none', null)}
  </defs>`;
}
