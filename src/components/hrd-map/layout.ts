/**
 * The map's layout at one size and region: the shapes and markers to draw
 * and the keyboard order, computed without the DOM between the projected
 * world and the template.
 */
import type { Country } from '../../data/schema.js';
import {
  geographicRows,
  type Direction,
  type OrderItem,
} from '../../geo/order.js';
import type { ProjectedWorld } from '../../geo/path-cache.js';
import type { MapRegion } from '../../geo/regions.js';
import { layoutMarkers, type MarkerAnchor } from '../../geo/marker-layout.js';
import {
  MARKER_HIT_RADIUS,
  MIN_POLYGON_AREA,
  smallStatePoint,
} from '../../geo/small-states.js';
import { getWorldGeometry } from '../../geo/world.js';
import { MAP_GROUPS, type MapGroup } from './map-groups.js';

/** A country the map can offer: drawn with an ISO code, or in the dataset. */
export interface MapEntry {
  key: string;
  country?: Country;
  group: MapGroup;
  /** Name in the element's locale. */
  name: string;
  region: MapRegion | null;
}

export interface LayoutShape {
  key: string;
  d: string;
  group: MapGroup;
  /** Drawn faded because a legend filter hides its category. */
  dimmed: boolean;
  /** Drawn faded and inert because it lies outside the zoom region. */
  outside: boolean;
  /** Reacts to hover and clicks. */
  interactive: boolean;
  /** The shape is the country's listbox option (not replaced by a marker). */
  option: boolean;
}

export interface LayoutMarker {
  key: string;
  /** Displayed centre, moved off overlapping neighbours, in pixels. */
  x: number;
  y: number;
  /** True position of the country (label point or capital), in pixels. */
  anchor: [number, number];
  group: MapGroup;
}

interface MarkerCandidate extends MarkerAnchor {
  group: MapGroup;
  shown: boolean;
}

export interface MapLayout {
  /** Decorative shapes first, then options in keyboard order. */
  shapes: LayoutShape[];
  /** Markers in keyboard order. */
  markers: LayoutMarker[];
  rows: OrderItem[][];
  /** Option keys in keyboard order. */
  order: string[];
  /**
   * Keys of the entries in the zoom region (all entries for the world).
   * Only these can be options, so the counts and the list view describe
   * the same countries as the map.
   */
  scope: string[];
  /** Number of entries in scope per category. */
  counts: Map<MapGroup, number>;
  /** Option with the tab stop: `active`, else `selected`, else the first. */
  tabStop(active: string | null, selected: string | null): string | null;
  /** Tooltip anchor of a country for keyboard focus, in viewBox units. */
  anchorOf(key: string): [number, number] | null;
}

export interface LayoutOptions {
  hidden: ReadonlySet<MapGroup>;
  region: MapRegion | null;
  direction: Direction;
}

function countByGroup(entries: MapEntry[]): Map<MapGroup, number> {
  const counts = new Map<MapGroup, number>(MAP_GROUPS.map((g) => [g, 0]));
  for (const entry of entries)
    counts.set(entry.group, counts.get(entry.group)! + 1);
  return counts;
}

/**
 * Decides, for every country, whether it is drawn as a shape, a marker or
 * both, whether it is an option, and the keyboard order of the options. A
 * dataset country whose polygon is missing or smaller than
 * `MIN_POLYGON_AREA` gets a marker; its polygon, if any, stays drawn.
 * Markers are spread by `layoutMarkers` so that their hit targets do not
 * overlap. With a zoom region, countries of other regions in view are
 * drawn as inert decoration and get no marker.
 */
export function layoutMap(
  world: ProjectedWorld,
  entries: ReadonlyMap<string, MapEntry>,
  options: LayoutOptions,
): MapLayout {
  const geometry = getWorldGeometry();
  const decorative: LayoutShape[] = [];
  const optionShapes: LayoutShape[] = [];
  const candidates: MarkerCandidate[] = [];
  const items: OrderItem[] = [];
  const inRegion = (entry: MapEntry) =>
    !options.region || entry.region === options.region;

  for (const country of world.countries) {
    if (!country.d) continue;
    const entry = entries.get(country.key);
    const group = entry?.group ?? 'none';
    const outside = !!entry && !inRegion(entry);
    const filtered = !!entry && !outside && options.hidden.has(group);
    const shown = !!entry && !outside && !filtered;
    const shape = {
      key: country.key,
      d: country.d,
      group,
      dimmed: filtered,
      outside,
    };
    const small =
      !!entry?.country && country.area < MIN_POLYGON_AREA && country.label;
    if (!shown || small) {
      decorative.push({ ...shape, interactive: shown, option: false });
    } else {
      optionShapes.push({ ...shape, interactive: true, option: true });
    }
    if (small) {
      const [x, y] = country.label as [number, number];
      candidates.push({ key: country.key, x, y, group, shown });
    }
    if (!shown) continue;
    items.push({
      key: country.key,
      point: geometry.shapeByKey.get(country.key)!.labelPoint,
    });
  }

  for (const entry of entries.values()) {
    if (geometry.shapeByKey.has(entry.key)) continue;
    const point = smallStatePoint(entry.key);
    const xy = point && world.project(point);
    if (!point || !xy) continue;
    const shown = inRegion(entry) && !options.hidden.has(entry.group);
    const [x, y] = xy;
    candidates.push({ key: entry.key, x, y, group: entry.group, shown });
    if (shown) items.push({ key: entry.key, point });
  }

  // Hidden markers take part in the spreading, so that a legend filter
  // does not move the markers that stay.
  const spread = layoutMarkers(world, candidates, MARKER_HIT_RADIUS);
  const markers: LayoutMarker[] = candidates
    .filter((candidate) => candidate.shown)
    .map(({ key, x, y, group }) => {
      const [shownX, shownY] = spread.get(key)!;
      return { key, x: shownX, y: shownY, anchor: [x, y], group };
    });

  const rows = geographicRows(items, options.direction);
  const order = rows.flat().map((item) => item.key);
  const position = new Map(order.map((key, index) => [key, index]));
  const byOrder = (a: { key: string }, b: { key: string }) =>
    position.get(a.key)! - position.get(b.key)!;
  optionShapes.sort(byOrder);
  markers.sort(byOrder);

  const inScope = [...entries.values()].filter(inRegion);
  const markerByKey = new Map(markers.map((m) => [m.key, m]));
  return {
    shapes: [...decorative, ...optionShapes],
    markers,
    rows,
    order,
    scope: inScope.map((entry) => entry.key),
    counts: countByGroup(inScope),
    tabStop(active, selected) {
      if (active && position.has(active)) return active;
      if (selected && position.has(selected)) return selected;
      return order[0] ?? null;
    },
    anchorOf(key) {
      const marker = markerByKey.get(key);
      if (marker) return [marker.x, marker.y];
      return world.byKey.get(key)?.label ?? null;
    },
  };
}
