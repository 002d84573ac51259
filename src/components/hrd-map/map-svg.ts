/**
 * The map drawing: one SVG whose countries are the options of a listbox,
 * with decorative shapes (sphere, borders, coastlines, overlays) hidden
 * from assistive technology.
 */
import {
  nothing,
  svg,
  type SVGTemplateResult,
  type TemplateResult,
  html,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ProjectedWorld } from '../../geo/path-cache.js';
import {
  MARKER_DOT_RADIUS,
  MARKER_HIT_RADIUS,
} from '../../geo/small-states.js';
import type { MapGroup } from './map-groups.js';
import { patternFill } from './patterns.js';

export interface DrawnShape {
  key: string;
  d: string;
  group: MapGroup;
  /** Accessible name when the shape is a listbox option, else undefined. */
  label?: string;
  /** Drawn faded because a legend filter hides its category. */
  dimmed: boolean;
  /** Drawn faded, without pointer events, outside the zoom region. */
  outside: boolean;
  /** Reacts to hover and clicks (an ISO country not filtered out). */
  interactive: boolean;
}

export interface DrawnMarker {
  key: string;
  /** Displayed centre, in viewBox units. */
  x: number;
  y: number;
  /** True position of the country, joined to a moved marker by a line. */
  anchor: readonly [number, number];
  group: MapGroup;
  label: string;
}

export interface MapSvgContext {
  world: ProjectedWorld;
  shapes: readonly DrawnShape[];
  markers: readonly DrawnMarker[];
  /** The option that has `tabindex="0"` (the roving tab stop). */
  tabStop: string | null;
  selected: string | null;
  /** The option with keyboard focus, outlined on top of its neighbours. */
  focused: string | null;
  label: string;
}

function optionAttributes(key: string, ctx: MapSvgContext) {
  return {
    id: `country-${key}`,
    tabindex: key === ctx.tabStop ? '0' : '-1',
    selected: key === ctx.selected ? 'true' : 'false',
  };
}

function renderShape(shape: DrawnShape, ctx: MapSvgContext): SVGTemplateResult {
  const dimmed = shape.dimmed ? ' dimmed' : '';
  const outside = shape.outside ? ' outside' : '';
  const classes = `country group-${shape.group}${dimmed}${outside}`;
  const key = shape.interactive ? shape.key : nothing;
  if (!shape.label) {
    return svg`<path class=${classes} d=${shape.d}
      fill=${patternFill(shape.group)}
      data-key=${key} aria-hidden="true"></path>`;
  }
  const a = optionAttributes(shape.key, ctx);
  return svg`<path id=${a.id} class="${classes} option" d=${shape.d}
    fill=${patternFill(shape.group)} data-key=${key} role="option"
    tabindex=${a.tabindex} aria-selected=${a.selected}
    aria-label=${shape.label}></path>`;
}

function renderMarker(
  marker: DrawnMarker,
  ctx: MapSvgContext,
): SVGTemplateResult {
  const a = optionAttributes(marker.key, ctx);
  return svg`<g id=${a.id} class="marker option group-${marker.group}"
    transform=${`translate(${marker.x.toFixed(1)} ${marker.y.toFixed(1)})`}
    data-key=${marker.key} role="option" tabindex=${a.tabindex}
    aria-selected=${a.selected} aria-label=${marker.label}>
    <circle class="marker-hit" r=${MARKER_HIT_RADIUS}></circle>
    <circle class="marker-dot" r=${MARKER_DOT_RADIUS}
      fill=${patternFill(marker.group)}></circle>
  </g>`;
}

/** Distance from its anchor beyond which a marker gets a leader line. */
const LEADER_MIN_LENGTH = 0.5;

/**
 * Renders the decorative lines from each moved marker to its country's
 * true position, with a small dot there, or nothing when no marker moved.
 */
function renderLeaders(
  markers: readonly DrawnMarker[],
): SVGTemplateResult | typeof nothing {
  const moved = markers.filter(
    (m) =>
      Math.hypot(m.x - m.anchor[0], m.y - m.anchor[1]) > LEADER_MIN_LENGTH,
  );
  if (moved.length === 0) return nothing;
  return svg`<g class="marker-leaders" aria-hidden="true">
    ${moved.map(
      (m) => svg`<line class="marker-leader"
        x1=${m.anchor[0].toFixed(1)} y1=${m.anchor[1].toFixed(1)}
        x2=${m.x.toFixed(1)} y2=${m.y.toFixed(1)}></line>
      <circle class="marker-anchor" r="1.5"
        cx=${m.anchor[0].toFixed(1)} cy=${m.anchor[1].toFixed(1)}></circle>`,
    )}
  </g>`;
}

/** Renders an outline over `key`'s shape or marker, or nothing. */
function renderRing(
  key: string | null,
  kind: 'selected' | 'focus',
  ctx: MapSvgContext,
): SVGTemplateResult | typeof nothing {
  if (!key) return nothing;
  const marker = ctx.markers.find((item) => item.key === key);
  if (marker) {
    return svg`<circle class="ring ring-${kind}" aria-hidden="true"
      cx=${marker.x} cy=${marker.y} r=${MARKER_DOT_RADIUS + 3}></circle>`;
  }
  const d = ctx.world.byKey.get(key)?.d;
  if (!d) return nothing;
  return svg`<path class="ring ring-${kind}" aria-hidden="true" d=${d}></path>`;
}

/** Renders the map SVG; its size in viewBox units is its size in CSS pixels. */
export function renderMapSvg(ctx: MapSvgContext): TemplateResult {
  const { world } = ctx;
  const hasOptions = ctx.tabStop !== null;
  return html`<svg
    class="map"
    part="svg"
    viewBox="0 0 ${world.width} ${world.height}"
    role=${hasOptions ? 'listbox' : nothing}
    aria-label=${hasOptions ? ctx.label : nothing}
    aria-hidden=${hasOptions ? nothing : 'true'}
  >
    ${svg`<path class="sphere" d=${world.sphere} aria-hidden="true"></path>`}
    ${repeat(
      ctx.shapes,
      (shape) => shape.key,
      (shape) => renderShape(shape, ctx),
    )}
    ${svg`<path class="coastlines" d=${world.coastlines}
        aria-hidden="true"></path>
      <path class="borders" d=${world.borders} aria-hidden="true"></path>`}
    ${renderLeaders(ctx.markers)}
    ${repeat(
      ctx.markers,
      (marker) => marker.key,
      (marker) => renderMarker(marker, ctx),
    )}
    ${renderRing(ctx.selected, 'selected', ctx)}
    ${renderRing(ctx.focused, 'focus', ctx)}
  </svg>`;
}
