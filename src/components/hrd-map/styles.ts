/** Styles of `<hrd-map>`; the shared tokens come from `baseStyles`. */
import { css, unsafeCSS } from 'lit';
import { WORLD_ASPECT_RATIO } from '../../geo/projection.js';
import { baseStyles } from '../shared/styles.js';

const aspectRatio = unsafeCSS(WORLD_ASPECT_RATIO.toFixed(4));

const mapTokens = css`
  :host {
    /*
     * Green, orange and purple stay apart under the common forms of colour
     * blindness, where the shared brown for "not adopted" is hard to tell
     * from green. Each category also has its own pattern.
     */
    --hrd-color-not-adopted: #762a83;
    --hrd-map-color-foreign-policy: #3f5f80;
    --hrd-map-color-foreign-policy-background: #e4ebf3;
    --hrd-map-color-ocean: #f4f7fa;
    --hrd-map-color-border: #ffffff;
    --hrd-map-color-coastline: #8c959f;
    --hrd-map-color-selected: var(--hrd-color-text);
    --hrd-map-panel-width: 22em;
  }
`;

const layoutStyles = css`
  .base {
    container-type: inline-size;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin-block-end: 0.75em;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }

  @container (min-width: 880px) {
    .with-panel .layout {
      grid-template-columns: minmax(0, 1fr) var(--hrd-map-panel-width);
      align-items: start;
    }
  }

  .map-box {
    position: relative;
    width: 100%;
    aspect-ratio: ${aspectRatio};
  }

  .loading {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-start: 0.5em;
    margin: 0;
    color: var(--hrd-color-muted);
  }

  .panel-hint {
    margin: 0;
    padding: 1em;
    border: 1px dashed var(--hrd-color-border);
    border-radius: var(--hrd-radius);
    color: var(--hrd-color-muted);
  }

  button {
    font: inherit;
    color: inherit;
    min-height: 24px;
    cursor: pointer;
  }

  .view-toggle {
    padding: 0.25em 0.75em;
    border: 1px solid var(--hrd-color-border);
    border-radius: var(--hrd-radius);
    background: var(--hrd-color-background);
  }

  .view-toggle[aria-pressed='true'] {
    border-color: var(--hrd-color-text);
    background: var(--hrd-color-none);
  }

  .defs {
    position: absolute;
    width: 0;
    height: 0;
  }
`;

const svgStyles = css`
  .map {
    display: block;
    width: 100%;
    height: 100%;
    /* Vertical swipes scroll the page; pinch zoom stays available. */
    touch-action: pan-y pinch-zoom;
    -webkit-tap-highlight-color: transparent;
  }

  .sphere {
    fill: var(--hrd-map-color-ocean);
    stroke: var(--hrd-map-color-coastline);
    stroke-width: 0.5;
  }

  .country {
    stroke: none;
  }

  .country.dimmed {
    opacity: 0.3;
  }

  /* Countries beyond the zoom region are context only. */
  .country.outside {
    opacity: 0.45;
    pointer-events: none;
  }

  .option,
  .country[data-key] {
    cursor: pointer;
  }

  .option:focus {
    outline: none;
  }

  .option:hover,
  .country[data-key]:hover {
    stroke: var(--hrd-color-text);
    stroke-width: 1;
  }

  .borders {
    fill: none;
    stroke: var(--hrd-map-color-border);
    stroke-width: 0.6;
    stroke-linejoin: round;
    pointer-events: none;
  }

  .coastlines {
    fill: none;
    stroke: var(--hrd-map-color-coastline);
    stroke-width: 0.4;
    pointer-events: none;
  }

  .marker-hit {
    fill: transparent;
    pointer-events: all;
  }

  .marker-dot {
    stroke: var(--hrd-color-text);
    stroke-width: 1;
  }

  .marker-leaders {
    pointer-events: none;
  }

  .marker-leader {
    stroke: var(--hrd-color-text);
    stroke-width: 0.75;
  }

  .marker-anchor {
    fill: var(--hrd-color-text);
  }

  .ring {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }

  .ring-selected {
    stroke: var(--hrd-map-color-selected);
    stroke-width: 2.5;
    paint-order: stroke;
  }

  .ring-focus {
    stroke: var(--hrd-color-focus);
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }

  .pattern-background {
    stroke: none;
  }

  .pattern-adopted .pattern-background {
    fill: var(--hrd-color-adopted);
  }

  .pattern-in-progress .pattern-background {
    fill: var(--hrd-color-in-progress);
  }

  .pattern-in-progress .pattern-mark {
    stroke: #5c2e00;
    stroke-width: 1.6;
  }

  .pattern-not-adopted .pattern-background {
    fill: var(--hrd-color-not-adopted);
  }

  .pattern-not-adopted .pattern-mark {
    fill: #ffffff;
  }

  .pattern-foreign-policy .pattern-background {
    fill: var(--hrd-map-color-foreign-policy-background);
  }

  .pattern-foreign-policy .pattern-mark {
    stroke: var(--hrd-map-color-foreign-policy);
    stroke-width: 1;
  }

  .pattern-none .pattern-background {
    fill: var(--hrd-color-none);
  }

  .swatch {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.125em;
  }

  .swatch-fill {
    stroke: var(--hrd-color-muted);
    stroke-width: 1;
  }
`;

const widgetStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-end: 0.75em;
    font-size: 0.875em;
  }

  .legend-title {
    font-weight: 600;
  }

  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    text-align: start;
    padding: 0.2em 0.5em;
    border: 1px solid var(--hrd-color-border);
    border-radius: var(--hrd-radius);
    background: var(--hrd-color-background);
  }

  .legend-toggle[aria-pressed='false'] {
    color: var(--hrd-color-muted);
    text-decoration: line-through;
  }

  .legend-toggle[aria-pressed='false'] .swatch {
    opacity: 0.35;
  }

  .legend-count {
    color: var(--hrd-color-muted);
  }

  .search {
    display: grid;
    gap: 0.25em;
    min-width: min(100%, 16em);
  }

  .search label {
    font-size: 0.875em;
    font-weight: 600;
  }

  .search-field {
    position: relative;
  }

  .search input {
    width: 100%;
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--hrd-color-muted);
    border-radius: var(--hrd-radius);
    font: inherit;
    color: inherit;
    background: var(--hrd-color-background);
  }

  .search-list {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 2px 0 0;
    padding: 0.25em 0;
    max-height: 18em;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--hrd-color-muted);
    border-radius: var(--hrd-radius);
    background: var(--hrd-color-background);
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }

  .search-option {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    padding: 0.35em 0.75em;
    cursor: pointer;
  }

  .search-option.active {
    background: var(--hrd-color-focus);
    color: #ffffff;
  }

  .search-group {
    font-size: 0.875em;
    opacity: 0.85;
  }

  .search-status:empty {
    display: none;
  }

  .search-status {
    margin: 0;
    font-size: 0.875em;
    color: var(--hrd-color-muted);
  }

  .tooltip {
    position: absolute;
    z-index: 1;
    /* Physical on purpose: the position is measured from the pointer in
       screen coordinates, the same in both directions. */
    left: var(--hrd-map-tooltip-x, 0);
    top: var(--hrd-map-tooltip-y, 0);
    max-width: min(18em, 100%);
    padding: 0.35em 0.6em;
    border: 1px solid var(--hrd-color-text);
    border-radius: var(--hrd-radius);
    background: var(--hrd-color-background);
    box-shadow: 0 2px 8px rgb(0 0 0 / 20%);
    font-size: 0.875em;
    pointer-events: none;
  }

  .tooltip-name {
    display: block;
    font-weight: 600;
  }

  .list-view {
    width: 100%;
    border-collapse: collapse;
  }

  .list-view th,
  .list-view td {
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--hrd-color-border);
    text-align: start;
    vertical-align: top;
  }

  .list-group-heading {
    padding-block-start: 1em;
    font-weight: 600;
  }

  .list-country {
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    text-decoration: underline;
    color: var(--hrd-color-link);
  }

  .list-country[aria-pressed='true'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }

  .list-group-count {
    font-weight: 400;
    color: var(--hrd-color-muted);
  }
`;

const forcedColorStyles = css`
  @media (forced-colors: active) {
    /*
     * The map keeps its own paint so that each category keeps its pattern;
     * system colours replace the palette and keep borders and rings visible.
     */
    .map,
    .swatch {
      forced-color-adjust: none;
    }

    .sphere,
    .pattern-background,
    .pattern-none .pattern-background,
    .pattern-in-progress .pattern-background,
    .pattern-not-adopted .pattern-background,
    .pattern-foreign-policy .pattern-background {
      fill: Canvas;
    }

    .pattern-adopted .pattern-background {
      fill: CanvasText;
    }

    .pattern-in-progress .pattern-mark,
    .pattern-foreign-policy .pattern-mark {
      stroke: CanvasText;
    }

    .pattern-not-adopted .pattern-mark {
      fill: CanvasText;
    }

    .borders,
    .coastlines,
    .sphere,
    .marker-dot,
    .marker-leader,
    .swatch-fill {
      stroke: CanvasText;
    }

    .marker-anchor {
      fill: CanvasText;
    }

    .option:hover,
    .country[data-key]:hover {
      stroke: Highlight;
      stroke-width: 2;
    }

    .ring-selected {
      stroke: CanvasText;
      stroke-width: 3;
    }

    .ring-focus {
      stroke: Highlight;
    }

    .search-option.active {
      background: Highlight;
      color: HighlightText;
    }

    .legend-toggle[aria-pressed='true'] {
      border-width: 2px;
    }
  }
`;

const printStyles = css`
  @media print {
    /*
     * Browsers drop background colours and images when printing, unless
     * print-color-adjust is exact. The status fills and patterns carry the
     * map's meaning, and the search box and tooltip are of no use on paper.
     */
    .base,
    .map,
    .legend,
    .swatch,
    .marker,
    .list-view {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }

    .toolbar,
    .tooltip {
      display: none;
    }
  }
`;

export const mapStyles = [
  baseStyles,
  mapTokens,
  layoutStyles,
  svgStyles,
  widgetStyles,
  forcedColorStyles,
  printStyles,
];
