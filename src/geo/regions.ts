/**
 * Region membership of every country, used to zoom the map to a region.
 *
 * The grouping follows the regions used by the dataset (Africa; Americas;
 * Asia-Pacific; Europe and Central Asia; Middle East and North Africa). The
 * dataset names the region of its own countries only, so this table covers
 * every country the map can draw. Antarctica and the French Southern
 * Territories belong to no region.
 */
import { geoCentroid } from 'd3-geo';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  Point,
  Polygon,
} from 'geojson';
import { polygonsOf, type CountryShape } from './features.js';

export const MAP_REGIONS = [
  'africa',
  'americas',
  'asia-pacific',
  'europe-central-asia',
  'middle-east-north-africa',
] as const;

export type MapRegion = (typeof MAP_REGIONS)[number];

const MEMBERS: Readonly<Record<MapRegion, string>> = {
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR ' +
    'LS MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG ' +
    'TZ UG YT ZA ZM ZW x-somaliland',
  americas:
    'AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD ' +
    'GF GL GP GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV ' +
    'SX TC TT US UY VC VE VG VI',
  'asia-pacific':
    'AF AS AU BD BN BT CC CK CN CX FJ FM GU HK ID IN JP KH KI KP KR LA LK ' +
    'MH MM MN MO MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TK ' +
    'TL TO TV TW VN VU WF WS',
  'europe-central-asia':
    'AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG ' +
    'GI GR HR HU IE IM IS IT JE KG KZ LI LT LU LV MC MD ME MK MT NL NO PL ' +
    'PT RO RS RU SE SI SJ SK SM TJ TM TR UA UZ VA XK x-northern-cyprus',
  'middle-east-north-africa':
    'AE BH DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SY TN YE',
};

const REGION_BY_KEY = new Map<string, MapRegion>(
  MAP_REGIONS.flatMap((region) =>
    MEMBERS[region].split(' ').map((key) => [key, region] as const),
  ),
);

/**
 * Longitude and latitude box `[west, south, east, north]` in which a
 * member's polygon must have its centroid to count toward the region's
 * extent. It keeps overseas parts out of the zoom (French Guiana for
 * Europe) and leaves out pieces beyond the antimeridian (eastern Chukotka,
 * Fiji's and Samoa's eastern islands), which would otherwise stretch the
 * extent across the whole map.
 */
const FIT_BOXES: Readonly<Record<MapRegion, readonly number[]>> = {
  africa: [-30, -50, 70, 40],
  americas: [-180, -60, -20, 85],
  'asia-pacific': [25, -60, 180, 60],
  'europe-central-asia': [-32, 30, 180, 85],
  'middle-east-north-africa': [-20, 10, 65, 45],
};

/** Tells whether `value` names a region, e.g. the `region` attribute. */
export function isMapRegion(value: unknown): value is MapRegion {
  return (MAP_REGIONS as readonly unknown[]).includes(value);
}

/** Region of a country key from the table, or null. */
export function regionOfKey(key: string): MapRegion | null {
  return REGION_BY_KEY.get(key) ?? null;
}

/**
 * Moves the points of a polygon that lie across the antimeridian from its
 * centroid onto the meridian at 179.99 degrees on the centroid's side.
 * Natural Earth closes some polygons at longitude 180 with points at -180
 * (Fiji), and Russia's main polygon runs on past 180 into Chukotka. Drawn,
 * they are clipped correctly, but their planar bounds span the whole map.
 * Flattened this way, they let a region fit ignore the few degrees beyond.
 */
function awayFromAntimeridian(polygon: Polygon, centroidLon: number): Polygon {
  const east = centroidLon >= 0;
  const coordinates = polygon.coordinates.map((ring) =>
    ring.map(([lon, lat]) => {
      if (east && (lon < -90 || lon > 179.99)) return [179.99, lat];
      if (!east && (lon > 90 || lon < -179.99)) return [-179.99, lat];
      return [lon, lat];
    }),
  );
  return { type: 'Polygon', coordinates };
}

function insideBox([lon, lat]: number[], box: readonly number[]): boolean {
  return lon >= box[0] && lat >= box[1] && lon <= box[2] && lat <= box[3];
}

/**
 * Builds the object to fit when zooming to `region`: the polygons of its
 * member countries that lie inside the region's box, and the points of
 * members drawn as markers. `extraKeys` adds countries placed in the
 * region by other means (such as the dataset).
 */
export function regionFitObject(
  region: MapRegion,
  shapes: readonly CountryShape[],
  points: ReadonlyMap<string, [number, number]> = new Map(),
  extraKeys: Iterable<string> = [],
): FeatureCollection<Geometry> {
  const box = FIT_BOXES[region];
  const members = new Set(extraKeys);
  for (const [key, value] of REGION_BY_KEY)
    if (value === region) members.add(key);

  const features: Feature<Geometry>[] = [];
  for (const shape of shapes) {
    if (!members.has(shape.key)) continue;
    for (const polygon of polygonsOf(shape.feature.geometry)) {
      const centroid = geoCentroid(polygon);
      if (!insideBox(centroid, box)) continue;
      const geometry = awayFromAntimeridian(polygon, centroid[0]);
      features.push({ type: 'Feature', properties: null, geometry });
    }
  }
  for (const [key, point] of points) {
    if (!members.has(key) || !insideBox(point, box)) continue;
    const geometry: Point = { type: 'Point', coordinates: point };
    features.push({ type: 'Feature', properties: null, geometry });
  }
  return { type: 'FeatureCollection', features };
}
