/**
 * SVG paths of the world projected for one map size and region, cached so
 * that a resize back to a known size or a re-render costs nothing.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { fitCountry } from './country-fit.js';
import { fitProjection } from './projection.js';
import { regionFitObject, type MapRegion } from './regions.js';
import { MIN_POLYGON_AREA, smallStatePoint } from './small-states.js';
import { getWorldGeometry, type WorldGeometry } from './world.js';

export interface ProjectedCountry {
  key: string;
  /** SVG path data; empty when the country lies outside the view. */
  d: string;
  /** Projected area in square CSS pixels, after clipping to the view. */
  area: number;
  /** Label point in pixels, or null when it lies outside the view. */
  label: [number, number] | null;
}

export interface ProjectedWorld {
  width: number;
  height: number;
  region: MapRegion | null;
  /** Country the view was asked to zoom to (`ProjectOptions.country`), or null. */
  country: string | null;
  sphere: string;
  borders: string;
  coastlines: string;
  countries: ProjectedCountry[];
  byKey: Map<string, ProjectedCountry>;
  /** Projects `[longitude, latitude]`; null outside the view. */
  project(point: readonly [number, number]): [number, number] | null;
}

export interface ProjectOptions {
  region?: MapRegion | null;
  /** Keys placed in `region` besides those of the region table. */
  regionExtras?: readonly string[];
  /**
   * Country to zoom to, by key. It takes precedence over `region`; a key
   * the geometry cannot place is ignored.
   */
  country?: string | null;
}

function projectPoint(
  projection: GeoProjection,
  point: readonly [number, number],
  width: number,
  height: number,
): [number, number] | null {
  const xy = projection([point[0], point[1]]);
  if (!xy || !xy.every(Number.isFinite)) return null;
  const [x, y] = xy;
  return x >= 0 && y >= 0 && x <= width && y <= height ? [x, y] : null;
}

function fitFor(
  geometry: WorldGeometry,
  width: number,
  height: number,
  options: ProjectOptions,
): GeoProjection {
  const country = options.country
    ? fitCountry(options.country, width, height, geometry)
    : null;
  if (country) return country;
  if (!options.region) return fitProjection(width, height);
  const extras = options.regionExtras ?? [];
  const points = new Map<string, [number, number]>();
  for (const key of extras) {
    const point = geometry.shapeByKey.has(key)
      ? undefined
      : smallStatePoint(key);
    if (point) points.set(key, point);
  }
  const object = regionFitObject(
    options.region,
    geometry.shapes,
    points,
    extras,
  );
  return fitProjection(width, height, object);
}

/**
 * Projects the world for a `width` by `height` map (CSS pixels) and builds
 * every path, without caching: the function to time when measuring the
 * geometry's cost.
 */
export function projectWorld(
  width: number,
  height: number,
  options: ProjectOptions = {},
  geometry: WorldGeometry = getWorldGeometry(),
): ProjectedWorld {
  const projection = fitFor(geometry, width, height, options);
  const path = geoPath(projection).digits(1);
  const countries = geometry.shapes.map((shape) => ({
    key: shape.key,
    d: path(shape.feature) ?? '',
    area: path.area(shape.feature),
    label: projectPoint(projection, shape.labelPoint, width, height),
  }));
  return {
    width,
    height,
    region: options.region ?? null,
    country: options.country ?? null,
    sphere: path({ type: 'Sphere' }) ?? '',
    borders: path(geometry.borders) ?? '',
    coastlines: path(geometry.coastlines) ?? '',
    countries,
    byKey: new Map(countries.map((country) => [country.key, country])),
    project: (point) => projectPoint(projection, point, width, height),
  };
}

/** Number of sizes and regions kept; older entries are dropped first. */
const CACHE_SIZE = 8;
const cache = new Map<string, ProjectedWorld>();

/**
 * Returns the projected world for a size and region from the cache,
 * projecting it on a miss. Sizes are rounded to whole pixels.
 */
export function getProjectedWorld(
  width: number,
  height: number,
  options: ProjectOptions = {},
): ProjectedWorld {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const extras = [...(options.regionExtras ?? [])].sort().join(',');
  const zoom = options.country ? `country:${options.country}` : '';
  const key = `${w}x${h}|${options.region ?? 'world'}|${extras}|${zoom}`;
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key);
  } else {
    entry = projectWorld(w, h, options);
  }
  cache.set(key, entry);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return entry;
}

/**
 * Returns the marker position of a country in `world`: its label point
 * when its polygon is smaller than `MIN_POLYGON_AREA`, its capital when
 * the geometry has no polygon for it, else null (the polygon is drawn).
 */
export function markerPosition(
  world: ProjectedWorld,
  key: string,
): [number, number] | null {
  const country = world.byKey.get(key);
  if (!country) {
    const point = smallStatePoint(key);
    return point ? world.project(point) : null;
  }
  if (country.area >= MIN_POLYGON_AREA) return null;
  return country.label;
}
