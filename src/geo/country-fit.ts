/**
 * Zooming the map to one country. The globe is rotated so that the country
 * sits on the central meridian, which keeps countries across the
 * antimeridian (Fiji, Russia's Chukotka) in one piece. Only the polygons
 * near the country's main one are framed, so far overseas parts (French
 * Guiana for France) stay out of the zoom.
 */
import { geoCentroid, geoDistance, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { largestPolygon, polygonsOf, type CountryShape } from './features.js';
import { fitProjection } from './projection.js';
import { smallStatePoint } from './small-states.js';
import { getWorldGeometry, type WorldGeometry } from './world.js';

/**
 * Extra angular distance, in degrees, beyond the main polygon's own reach
 * within which another polygon still counts as part of the zoom. With the
 * bundled geometry, 30 degrees keeps Alaska and Hawaii with the United
 * States and Svalbard with Norway, and leaves French Guiana out of France.
 */
export const NEARBY_DEGREES = 30;

const RADIANS = Math.PI / 180;

/** Greatest angular distance (radians) from `centre` to a vertex of `polygon`. */
function reach(polygon: Polygon, centre: [number, number]): number {
  let max = 0;
  for (const [lon, lat] of polygon.coordinates[0]) {
    max = Math.max(max, geoDistance(centre, [lon, lat]));
  }
  return max;
}

/**
 * Builds the object to fit when zooming to `shape`: its largest polygon
 * and every other polygon whose centroid lies within the main polygon's
 * reach plus `NEARBY_DEGREES`.
 */
export function countryFitObject(shape: CountryShape): MultiPolygon {
  const main = largestPolygon(shape.feature.geometry);
  const centre = geoCentroid(main);
  const limit = reach(main, centre) + NEARBY_DEGREES * RADIANS;
  const polygons = polygonsOf(shape.feature.geometry).filter(
    (polygon) =>
      polygon === main || geoDistance(centre, geoCentroid(polygon)) <= limit,
  );
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((polygon) => polygon.coordinates),
  };
}

/**
 * Returns a projection for a `width` by `height` map (CSS pixels) zoomed
 * to the country `key`: its nearby polygons, or its marker point when the
 * geometry has no polygon for it. Returns null for a key with neither. The
 * zoom is capped at `MAX_ZOOM` times the world scale, so a small country
 * is centred rather than filling the map.
 */
export function fitCountry(
  key: string,
  width: number,
  height: number,
  geometry: WorldGeometry = getWorldGeometry(),
): GeoProjection | null {
  const shape = geometry.shapeByKey.get(key);
  if (shape) {
    const object = countryFitObject(shape);
    const [longitude] = geoCentroid(object);
    return fitProjection(width, height, object, longitude);
  }
  const point = smallStatePoint(key);
  if (!point) return null;
  const object: Point = { type: 'Point', coordinates: point };
  return fitProjection(width, height, object, point[0]);
}
