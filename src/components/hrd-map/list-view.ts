/**
 * The list view: the map's countries as a table grouped by map category,
 * with the same selection as the map. It lists every country the map
 * offers, also those without a record, so that a screen-reader user can
 * reach any of them without stepping through the map's shapes.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Country } from '../../data/schema.js';
import { countLine } from '../../i18n/count-line.js';
import { isolateNumbers } from '../shared/bidi.js';
import { MAP_GROUPS, type MapGroup } from './map-groups.js';
import { countriesCount, mapGroupLabel } from './messages.js';
import { renderSwatch } from './legend.js';

export interface ListEntry {
  key: string;
  name: string;
  group: MapGroup;
  /** The dataset record, or undefined for a country without one. */
  country?: Country;
}

export interface ListViewContext {
  entries: readonly ListEntry[];
  locale: string;
  selected: string | null;
  isShown(group: MapGroup): boolean;
  select(key: string): void;
}

function renderGroup(
  ctx: ListViewContext,
  group: MapGroup,
  rows: ListEntry[],
): TemplateResult {
  const headingId = `list-group-${group}`;
  return html`<tbody class="list-group" data-group=${group}>
    <tr>
      <th
        id=${headingId}
        scope="rowgroup"
        colspan="2"
        class="list-group-heading"
      >
        ${renderSwatch(group)} ${mapGroupLabel(group)}
        <span class="list-group-count"
          >(${countriesCount(ctx.locale, rows.length)})</span
        >
      </th>
    </tr>
    ${rows.map((entry) => {
      const selected = entry.key === ctx.selected;
      return html`<tr class=${selected ? 'selected' : ''}>
        <th scope="row">
          <button
            type="button"
            class="list-country"
            data-key=${entry.key}
            aria-pressed=${selected ? 'true' : 'false'}
            @click=${() => ctx.select(entry.key)}
          >
            ${entry.name}
          </button>
        </th>
        <td>
          ${entry.country
            ? isolateNumbers(countLine(entry.country, ctx.locale))
            : mapGroupLabel('none')}
        </td>
      </tr>`;
    })}
  </tbody>`;
}

/**
 * Renders the table: one row group per shown category with at least one
 * country, countries in alphabetical order of the locale.
 */
export function renderListView(ctx: ListViewContext): TemplateResult {
  const collator = new Intl.Collator(ctx.locale);
  const groups = MAP_GROUPS.filter((group) => ctx.isShown(group))
    .map((group) => ({
      group,
      rows: ctx.entries
        .filter((entry) => entry.group === group)
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter(({ rows }) => rows.length > 0);
  if (groups.length === 0) {
    return html`<p class="list-empty" part="list">
      ${msg('No country matches the current filter.')}
    </p>`;
  }
  return html`<table class="list-view" part="list">
    <caption class="visually-hidden">
      ${msg('Countries by status of their instruments')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Country')}</th>
        <th scope="col">${msg('Instruments')}</th>
      </tr>
    </thead>
    ${groups.map(({ group, rows }) => renderGroup(ctx, group, rows))}
  </table>`;
}
