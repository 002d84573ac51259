/** Styles shared by every element: tokens, focus ring, notices. */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --hrd-font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans',
      'Noto Sans Arabic', sans-serif;
    --hrd-font-size: 16px;
    --hrd-color-text: #1f2328;
    --hrd-color-muted: #57606a;
    --hrd-color-background: #ffffff;
    --hrd-color-border: #d0d7de;
    --hrd-color-focus: #0a58ca;
    --hrd-color-link: #0a58ca;
    --hrd-color-adopted: #1b7837;
    --hrd-color-in-progress: #e08214;
    --hrd-color-not-adopted: #762a83;
    --hrd-color-none: #e9ecef;
    --hrd-color-notice: #fff4e5;
    --hrd-radius: 6px;

    display: block;
    box-sizing: border-box;
    font-family: var(--hrd-font-family);
    font-size: var(--hrd-font-size);
    line-height: 1.45;
    color: var(--hrd-color-text);
    text-align: start;

    /*
     * Inherited text properties that a host page may set on an ancestor,
     * reset so that the widgets keep their size and layout on any page.
     */
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    font-stretch: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    -webkit-text-stroke: 0;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  :focus-visible {
    outline: 3px solid var(--hrd-color-focus);
    outline-offset: 2px;
  }

  a {
    color: var(--hrd-color-link);
  }

  .data-notice {
    margin-block: 0 0.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--hrd-color-in-progress);
    border-radius: var(--hrd-radius);
    background: var(--hrd-color-notice);
    font-size: 0.875em;
  }

  .data-notice p {
    margin: 0;
  }

  .data-notice-detail {
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
