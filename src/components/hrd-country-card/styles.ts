/** Styles of `<hrd-country-card>`; the shared tokens come from `baseStyles`. */
import { css } from 'lit';
import { baseStyles } from '../shared/styles.js';

const cardTokens = css`
  :host {
    --hrd-card-max-width: 48em;
    --hrd-card-compact-max-width: 22em;
    --hrd-card-padding: 1em;
    --hrd-card-background: var(--hrd-color-background);
    --hrd-card-border-color: var(--hrd-color-border);
    --hrd-coverage-full: #1b7837;
    --hrd-coverage-partial: #a6dba0;
    --hrd-coverage-none: #bababa;
    --hrd-coverage-restrictive: #b2182b;
    --hrd-coverage-unknown: #ffffff;

    max-width: var(--hrd-card-max-width);
  }

  :host([variant='compact']) {
    display: inline-block;
    max-width: var(--hrd-card-compact-max-width);
    vertical-align: top;
  }

  .card {
    padding: var(--hrd-card-padding);
    border: 1px solid var(--hrd-card-border-color);
    border-radius: var(--hrd-radius);
    background: var(--hrd-card-background);
    overflow-wrap: break-word;
  }

  .card.compact {
    padding: calc(var(--hrd-card-padding) * 0.75);
    font-size: 0.9375em;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }

  p {
    margin: 0;
  }

  .name {
    font-size: 1.5em;
  }

  .compact .name {
    font-size: 1.2em;
  }

  .message {
    margin-block-start: 0.5em;
  }
`;

const headerStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-end: 0.75em;
  }

  .header .name {
    flex: 1 1 auto;
  }

  .count-line {
    flex: 1 0 100%;
    color: var(--hrd-color-muted);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding-block: 0.1em;
    padding-inline: 0.4em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .badge-adopted {
    color: var(--hrd-color-adopted);
  }

  .badge-in-progress {
    color: #9a5206;
  }

  .badge-not-adopted {
    color: var(--hrd-color-not-adopted);
  }

  .badge-none {
    color: var(--hrd-color-muted);
  }

  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    fill: currentColor;
    stroke: none;
  }

  .icon .mark {
    fill: none;
    stroke: var(--hrd-card-background);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .icon .ring {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }

  .icon .slash {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  .badge-in-progress .icon path {
    fill: var(--hrd-color-in-progress);
  }
`;

const instrumentStyles = css`
  .body {
    display: grid;
    gap: 1em;
  }

  .instrument {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--hrd-card-border-color);
  }

  .instrument-title {
    font-size: 1.1em;
  }

  .group-title {
    font-size: 1.2em;
    margin-block-start: 0.5em;
  }

  .group-note,
  .original-title,
  .fallback-marker,
  .as-of,
  .note {
    color: var(--hrd-color-muted);
  }

  .fallback-marker,
  .as-of {
    font-size: 0.875em;
  }

  .original-title {
    margin-block-start: 0.25em;
    font-style: italic;
  }

  .original-title .label {
    font-style: normal;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.5em 1em;
    margin: 0.75em 0;
  }

  .facts dt {
    color: var(--hrd-color-muted);
    font-size: 0.8125em;
  }

  .facts dd {
    margin: 0;
  }

  .summary,
  .notes {
    margin-block-end: 0.75em;
  }

  .sources-title,
  .coverage-title {
    font-weight: 600;
    font-size: 0.9375em;
  }

  .sources ul,
  .coverage-sentences,
  .instrument-list ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  .source-link,
  .source-text {
    overflow-wrap: anywhere;
  }

  .instrument-list summary {
    cursor: pointer;
    color: var(--hrd-color-link);
    text-decoration: underline;
    margin-block-start: 0.5em;
  }

  .instrument-meta {
    color: var(--hrd-color-muted);
    font-size: 0.875em;
  }
`;

const coverageStyles = css`
  .coverage {
    margin-block-end: 0.75em;
  }

  .coverage-missing {
    color: var(--hrd-color-muted);
    font-style: italic;
  }

  .coverage-bar {
    display: block;
    width: 100%;
    height: 0.9em;
    margin-block: 0.35em;
    border: 1px solid var(--hrd-color-muted);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  /* Mirror the bar in right-to-left text so it starts where reading does. */
  :host([dir='rtl']) .coverage-bar {
    transform: scaleX(-1);
  }

  .segment {
    stroke: var(--hrd-card-background);
    stroke-width: 1px;
  }

  .segment-full {
    fill: var(--hrd-coverage-full);
  }

  .segment-partial {
    fill: url(#pattern-partial);
  }

  .segment-none {
    fill: var(--hrd-coverage-none);
  }

  .segment-restrictive {
    fill: url(#pattern-restrictive);
  }

  .segment-unknown {
    fill: url(#pattern-unknown);
  }

  .pattern-defs {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }

  .pattern-base-partial {
    fill: var(--hrd-coverage-partial);
  }

  .pattern-ink-partial {
    fill: var(--hrd-coverage-full);
  }

  .pattern-base-restrictive {
    fill: var(--hrd-card-background);
  }

  .pattern-ink-restrictive {
    fill: var(--hrd-coverage-restrictive);
  }

  .pattern-base-unknown {
    fill: var(--hrd-coverage-unknown);
  }

  .pattern-ink-unknown {
    fill: var(--hrd-color-muted);
  }

  .coverage-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--hrd-color-muted);
  }

  .coverage-legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }

  .swatch {
    width: 1.5em;
    height: 1em;
    border: 1px solid var(--hrd-color-muted);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
`;

const footerStyles = css`
  .footer {
    margin-block-start: 1em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--hrd-card-border-color);
    font-size: 0.875em;
  }

  .citation {
    display: grid;
    gap: 0.35em;
    margin-block-start: 0.5em;
  }

  .citation label {
    font-weight: 600;
  }

  .citation textarea {
    width: 100%;
    padding: 0.4em;
    border: 1px solid var(--hrd-color-muted);
    border-radius: var(--hrd-radius);
    font: inherit;
    font-family: ui-monospace, monospace;
    resize: vertical;
    color: inherit;
    background: var(--hrd-card-background);
  }

  .citation-print {
    display: none;
  }

  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .copy {
    padding: 0.35em 0.9em;
    border: 1px solid var(--hrd-color-link);
    border-radius: var(--hrd-radius);
    background: var(--hrd-card-background);
    color: var(--hrd-color-link);
    font: inherit;
    cursor: pointer;
  }

  .copy:hover {
    background: var(--hrd-color-none);
  }
`;

const stateStyles = css`
  .skeleton {
    min-height: 18em;
  }

  .skeleton.compact {
    min-height: 6em;
  }

  .skeleton-line,
  .skeleton-block {
    height: 1em;
    margin-block-end: 0.75em;
    border-radius: var(--hrd-radius);
    background: var(--hrd-color-none);
  }

  .skeleton-line.title {
    width: 50%;
    height: 1.5em;
  }

  .skeleton-line.short {
    width: 35%;
  }

  .skeleton-block {
    height: 10em;
  }

  @media (forced-colors: active) {
    .badge,
    .copy {
      border-color: CanvasText;
    }

    .segment-full {
      fill: CanvasText;
    }
  }
`;

const printStyles = css`
  @media print {
    .card {
      border-color: #888;
    }

    .copy-row,
    .citation textarea,
    .citation label {
      display: none;
    }

    .citation-print {
      display: block;
      font-family: ui-monospace, monospace;
    }

    .source-link::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }

    .instrument {
      break-inside: avoid;
    }

    /* Opens the compact card's disclosure on paper (Chromium 131+). */
    details::details-content {
      content-visibility: visible;
      display: block;
    }

    .instrument-list summary {
      color: inherit;
      text-decoration: none;
    }
  }
`;

export const cardStyles = [
  baseStyles,
  cardTokens,
  headerStyles,
  instrumentStyles,
  coverageStyles,
  footerStyles,
  stateStyles,
  printStyles,
];
