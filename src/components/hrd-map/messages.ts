/**
 * The map's own localized words. Call these while rendering, so that
 * `msg()` returns text in the rendering element's locale.
 */
import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from '../../i18n/format.js';
import { statusGroupLabel } from '../../i18n/labels.js';
import type { MapGroup } from './map-groups.js';

/** Legend and list label of a map category. */
export function mapGroupLabel(group: MapGroup): string {
  switch (group) {
    case 'foreign-policy':
      return msg('Foreign-policy guidelines only', {
        desc: 'Map category: the only instruments recorded support defenders abroad, not at home.',
      });
    case 'none':
      return statusGroupLabel(null);
    default:
      return statusGroupLabel(group);
  }
}

/** "12 countries", with the plural form of the locale. */
export function countriesCount(locale: string, count: number): string {
  const n = formatNumber(locale, count);
  switch (pluralCategory(locale, count)) {
    case 'zero':
      return msg(str`${n} countries`, { id: 'map.countries.zero' });
    case 'one':
      return msg(str`${n} country`, { id: 'map.countries.one' });
    case 'two':
      return msg(str`${n} countries`, { id: 'map.countries.two' });
    case 'few':
      return msg(str`${n} countries`, { id: 'map.countries.few' });
    case 'many':
      return msg(str`${n} countries`, { id: 'map.countries.many' });
    case 'other':
      return msg(str`${n} countries`, { id: 'map.countries.other' });
  }
}

/** Returns one sentence of the live summary: "Adopted: 12 countries." */
export function groupSummary(
  locale: string,
  group: MapGroup,
  count: number,
): string {
  const label = mapGroupLabel(group);
  const countries = countriesCount(locale, count);
  return msg(str`${label}: ${countries}.`, {
    id: 'map.summary.group',
    desc: 'Live summary of the map filter. Values: a status group, "12 countries".',
  });
}

/** Accessible name of a country on the map, such as "Kenya: Not adopted". */
export function countryOptionLabel(name: string, group: MapGroup): string {
  const label = mapGroupLabel(group);
  return msg(str`${name}: ${label}`, {
    id: 'map.option.label',
    desc: 'Accessible name of a country on the map. Values: country, status.',
  });
}
