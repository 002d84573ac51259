/** Styles of `<hrd-model-law-checklist>`. */
import { css } from 'lit';

export const checklistStyles = css`
  :host {
    --hrd-checklist-color-full: var(--hrd-color-adopted);
    --hrd-checklist-color-partial: #b35806;
    --hrd-checklist-color-none: #57606a;
    --hrd-checklist-color-restrictive: #b2182b;
    --hrd-checklist-color-unknown: #6e7781;
    --hrd-checklist-color-stripe: #f6f8fa;
    --hrd-checklist-column-width: 14em;

    min-width: 0;
    background: var(--hrd-color-background);
  }

  /* minmax(0, 1fr) lets long titles in the switcher wrap or shrink
     instead of widening the element past its container. */
  .base,
  .header,
  .part {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .base {
    gap: 1em;
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.25em;
  }

  h3 {
    font-size: 1.05em;
  }

  p {
    margin: 0;
  }

  .header {
    gap: 0.35em;
  }

  .muted,
  .fallback {
    color: var(--hrd-color-muted);
    font-size: 0.875em;
  }

  .message {
    padding: 0.5em 0.75em;
    border: 1px solid var(--hrd-color-border);
    border-radius: var(--hrd-radius);
    background: var(--hrd-color-notice);
  }

  .loading {
    min-height: 12em;
    color: var(--hrd-color-muted);
  }

  /* Marks: an icon with its own shape, then a word. */
  .mark {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
    white-space: nowrap;
    vertical-align: middle;
  }

  .mark-icon {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .mark-icon .cut {
    stroke: var(--hrd-color-background);
  }

  .mark-icon .cut-fill {
    fill: var(--hrd-color-background);
  }

  .mark--full .mark-icon {
    color: var(--hrd-checklist-color-full);
  }

  .mark--partial .mark-icon {
    color: var(--hrd-checklist-color-partial);
  }

  .mark--none .mark-icon {
    color: var(--hrd-checklist-color-none);
  }

  .mark--restrictive .mark-icon {
    color: var(--hrd-checklist-color-restrictive);
  }

  .mark--unknown .mark-icon {
    color: var(--hrd-checklist-color-unknown);
  }

  /* Single view */
  .switcher {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.75em;
  }

  select,
  button,
  textarea {
    font: inherit;
    max-width: 100%;
  }

  .part {
    gap: 0.5em;
  }

  .rows {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--hrd-color-border);
  }

  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.25em 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--hrd-color-border);
  }

  .row .details {
    grid-column: 1 / -1;
    display: grid;
    gap: 0.15em;
  }

  /* Comparison table */
  .scroller {
    container-type: inline-size;
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--hrd-color-border);
    border-radius: var(--hrd-radius);
  }

  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
  }

  caption {
    font-weight: 600;
    text-align: start;
  }

  /* The caption text stays in view while the table scrolls sideways. */
  .caption-text {
    display: block;
    position: sticky;
    inset-inline-start: 0;
    max-width: 100cqi;
    padding: 0.5em 0.75em;
  }

  th,
  td {
    padding: 0.4em 0.75em;
    border-top: 1px solid var(--hrd-color-border);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    min-width: 9em;
    max-width: var(--hrd-checklist-column-width);
    font-weight: 600;
  }

  .column-detail {
    display: block;
    font-weight: 400;
  }

  .sticky {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-width: 10em;
    max-width: 45vw;
    background: var(--hrd-color-background);
    border-inline-end: 1px solid var(--hrd-color-border);
    font-weight: 400;
  }

  .part-row th,
  .part-row td {
    background: var(--hrd-checklist-color-stripe);
  }

  .part-row th {
    font-weight: 600;
  }

  .part-rating-label,
  .part-note {
    display: block;
    color: var(--hrd-color-muted);
    font-size: 0.875em;
  }

  .part-note {
    margin-top: 0.2em;
  }

  .articles {
    display: block;
    color: var(--hrd-color-muted);
    font-size: 0.875em;
    font-weight: 400;
  }

  /* Self-assessment */
  .element {
    margin: 0;
    padding: 0.75em 0;
    border: 0;
    border-bottom: 1px solid var(--hrd-color-border);
    min-width: 0;
  }

  .element legend {
    padding: 0;
    font-weight: 600;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block: 0.4em;
  }

  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    cursor: pointer;
  }

  .option .mark {
    font-weight: 400;
  }

  .note-field {
    display: grid;
    gap: 0.2em;
  }

  .note-field label {
    color: var(--hrd-color-muted);
    font-size: 0.875em;
  }

  textarea {
    width: 100%;
    min-height: 2.5em;
    resize: vertical;
  }

  .print-note {
    display: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  button {
    padding: 0.35em 0.9em;
    border: 1px solid var(--hrd-color-border);
    border-radius: var(--hrd-radius);
    background: var(--hrd-color-background);
    color: var(--hrd-color-text);
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .mark-icon .cut {
      stroke: Canvas;
    }

    .mark-icon .cut-fill {
      fill: Canvas;
    }
  }

  @media print {
    .actions,
    .switcher,
    .storage-hint,
    textarea,
    .note-field label,
    .option:not(:has(input:checked)) {
      display: none;
    }

    .print-note {
      display: block;
      white-space: pre-wrap;
    }

    .scroller {
      overflow: visible;
      border: 0;
    }

    .sticky {
      position: static;
    }

    .element,
    .row,
    tr {
      break-inside: avoid;
    }

    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
