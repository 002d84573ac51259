/**
 * Converts a countries topology to one GeoJSON feature per country, each
 * with a stable key and the point its label and tooltip belong to.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryKeyOf } from './country-keys.js';

export type CountryGeometry = Polygon | MultiPolygon;

export interface CountryShape {
  /** Alpha-2 code, or an `x-` key for areas without an ISO code. */
  key: string;
  /** The `name` property of the source feature (English, abbreviated). */
  sourceName: string;
  feature: Feature<CountryGeometry>;
  /** Number of polygons reversed because they covered over a hemisphere. */
  rewound: number;
  /**
   * Centroid `[longitude, latitude]` of the largest polygon, so that
   * France's label sits in Europe rather than between Europe and Guiana.
   */
  labelPoint: [number, number];
}

/** Polygons of a geometry as separate Polygon geometries. */
export function polygonsOf(geometry: CountryGeometry): Polygon[] {
  if (geometry.type === 'Polygon') return [geometry];
  return geometry.coordinates.map((rings: Position[][]) => ({
    type: 'Polygon',
    coordinates: rings,
  }));
}

/** Returns the polygon with the largest spherical area. */
export function largestPolygon(geometry: CountryGeometry): Polygon {
  let best: Polygon | undefined;
  let bestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const area = geoArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best!;
}

/**
 * Spherical area above which a polygon is taken to be wound the wrong way:
 * a hemisphere, 2π steradians. d3-geo reads a ring's winding to decide
 * which side is inside, so a ring wound the other way round covers the
 * rest of the globe. No country covers half of it.
 */
export const MAX_POLYGON_AREA = 2 * Math.PI;

function reversedPolygon(polygon: Polygon): Polygon {
  return {
    type: 'Polygon',
    coordinates: polygon.coordinates.map((ring) => [...ring].reverse()),
  };
}

/**
 * Returns `geometry` with every polygon larger than a hemisphere reversed
 * (all its rings), and the number of polygons reversed. Remote or
 * hand-made topologies sometimes follow the GeoJSON right-hand rule, the
 * opposite of the winding that d3-geo expects, and would fill the globe.
 */
export function rewindGeometry(geometry: CountryGeometry): {
  geometry: CountryGeometry;
  reversed: number;
} {
  let reversed = 0;
  const fixed = polygonsOf(geometry).map((polygon) => {
    if (geoArea(polygon) <= MAX_POLYGON_AREA) return polygon;
    reversed += 1;
    return reversedPolygon(polygon);
  });
  if (reversed === 0) return { geometry, reversed };
  if (geometry.type === 'Polygon') return { geometry: fixed[0], reversed };
  const multi: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: fixed.map((polygon) => polygon.coordinates),
  };
  return { geometry: multi, reversed };
}

function isCountryGeometry(
  value: Feature['geometry'] | null,
): value is CountryGeometry {
  return value?.type === 'Polygon' || value?.type === 'MultiPolygon';
}

/**
 * Converts the GeometryCollection `objectName` of `topology` to country
 * shapes. Features without polygons are skipped. A feature with neither a
 * usable id nor a name gets the key `x-feature-<index>`; a key seen twice
 * gets a `-2`, `-3`... suffix so that keys stay unique. A polygon wound the
 * wrong way (covering over a hemisphere) is reversed, so that no shape fills
 * the globe.
 */
export function topologyToShapes(
  topology: Topology,
  objectName = 'countries',
): CountryShape[] {
  const object = topology.objects[objectName] as GeometryCollection | undefined;
  if (!object || object.type !== 'GeometryCollection') {
    throw new TypeError(
      `topology has no GeometryCollection named "${objectName}"`,
    );
  }
  const seen = new Map<string, number>();
  const shapes: CountryShape[] = [];
  object.geometries.forEach((geometry, index) => {
    const converted = feature(topology, geometry) as Feature;
    if (!isCountryGeometry(converted.geometry)) return;
    const name = String(converted.properties?.name ?? '');
    let key = countryKeyOf(geometry.id, name) ?? `x-feature-${index}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) key = `${key}-${count}`;
    const { geometry: rewound, reversed } = rewindGeometry(converted.geometry);
    const shape: Feature<CountryGeometry> = { ...converted, geometry: rewound };
    const labelPoint = geoCentroid(largestPolygon(rewound));
    shapes.push({
      key,
      sourceName: name,
      feature: shape,
      rewound: reversed,
      labelPoint,
    });
  });
  return shapes;
}
