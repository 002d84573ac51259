/** The legend, whose entries double as toggle buttons filtering the map. */
import { msg } from '@lit/localize';
import { html, svg, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import type { MapGroup } from './map-groups.js';
import { mapGroupLabel } from './messages.js';
import { patternFill } from './patterns.js';

export interface LegendRow {
  group: MapGroup;
  count: number;
  shown: boolean;
}

/** Renders a square in `group`'s pattern, hidden from screen readers. */
export function renderSwatch(group: MapGroup): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
    ${svg`<rect class="swatch-fill" x="0.5" y="0.5" width="15" height="15"
      fill=${patternFill(group)}></rect>`}
  </svg>`;
}

/**
 * Renders the legend. Each entry is a toggle button (`aria-pressed` true
 * while its countries are shown) that calls `toggle` with its group.
 */
export function renderLegend(
  rows: readonly LegendRow[],
  locale: string,
  toggle: (group: MapGroup) => void,
): TemplateResult {
  return html`<div
    class="legend"
    part="legend"
    role="group"
    aria-labelledby="legend-title"
  >
    <span id="legend-title" class="legend-title">
      ${msg('Status — select to show or hide', {
        desc: 'Title of the map legend, whose entries are toggle buttons.',
      })}
    </span>
    <ul class="legend-items">
      ${rows.map(
        (row) =>
          html`<li>
            <button
              type="button"
              class="legend-toggle"
              data-group=${row.group}
              aria-pressed=${row.shown ? 'true' : 'false'}
              @click=${() => toggle(row.group)}
            >
              ${renderSwatch(row.group)}
              <span class="legend-label">${mapGroupLabel(row.group)}</span>
              <span class="legend-count"
                >(${formatNumber(locale, row.count)})</span
              >
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
