/**
 * The map's projection: Equal Earth, fitted to a box in CSS pixels so that
 * one viewBox unit is one pixel at the size the map is drawn.
 */
import {
  geoEqualEarth,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';

const SPHERE: GeoPermissibleObjects = { type: 'Sphere' };

/** Width divided by height of the whole Equal Earth world. */
export const WORLD_ASPECT_RATIO: number = (() => {
  const projection = geoEqualEarth().fitWidth(1000, SPHERE);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(SPHERE);
  return (x1 - x0) / (y1 - y0);
})();

/** Space kept free around a fitted region, in pixels. */
export const FIT_PADDING = 8;

/**
 * Largest scale factor over the world fit. A region made of one small
 * country, or of a single point, is zoomed this far and no further.
 */
export const MAX_ZOOM = 12;

function positive(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 1;
}

function isUsable(projection: GeoProjection): boolean {
  const [x, y] = projection.translate();
  const scale = projection.scale();
  return (
    Number.isFinite(scale) &&
    scale > 0 &&
    Number.isFinite(x) &&
    Number.isFinite(y)
  );
}

/**
 * Returns an Equal Earth projection for a `width` by `height` box showing
 * the whole world, or `object` (a region) when given. `centralMeridian`
 * (degrees of longitude) rotates the globe so that an object lying across
 * the antimeridian, such as Fiji, is drawn in one piece. Degenerate input
 * (no size, an empty or single-point object) never gives an infinite or NaN
 * scale: the world fit is used and the zoom is capped at `MAX_ZOOM`.
 */
export function fitProjection(
  width: number,
  height: number,
  object?: GeoPermissibleObjects | null,
  centralMeridian = 0,
): GeoProjection {
  const w = positive(width);
  const h = positive(height);
  const longitude = Number.isFinite(centralMeridian) ? centralMeridian : 0;
  const base = () => geoEqualEarth().rotate([-longitude, 0]);
  const world = base().fitSize([w, h], SPHERE);
  if (!object) return world;

  const pad = Math.min(FIT_PADDING, w / 4, h / 4);
  const fitted = base().fitExtent(
    [
      [pad, pad],
      [w - pad, h - pad],
    ],
    object,
  );
  const maxScale = world.scale() * MAX_ZOOM;
  if (isUsable(fitted) && fitted.scale() <= maxScale) {
    return fitted.clipExtent([
      [0, 0],
      [w, h],
    ]);
  }

  // The object has no extent, or a tiny one: centre it at the capped zoom.
  const [[x0, y0], [x1, y1]] = geoPath(world).bounds(object);
  if (![x0, y0, x1, y1].every(Number.isFinite)) return world;
  const zoomed = base().scale(maxScale).translate([0, 0]);
  const centre = world.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]);
  const projected = centre && zoomed(centre);
  if (!projected || !projected.every(Number.isFinite)) return world;
  return zoomed
    .translate([w / 2 - projected[0], h / 2 - projected[1]])
    .clipExtent([
      [0, 0],
      [w, h],
    ]);
}
