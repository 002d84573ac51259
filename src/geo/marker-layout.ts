/**
 * Placement of small-state markers so that their hit targets do not
 * overlap: a DOM-free relaxation run once per projected world and marker
 * set, then cached.
 */
import type { ProjectedWorld } from './path-cache.js';

export interface MarkerBounds {
  width: number;
  height: number;
}

/** A marker to place: its key and its true position in CSS pixels. */
export interface MarkerAnchor {
  key: string;
  x: number;
  y: number;
}

/** Upper bound on relaxation passes over all pairs of markers. */
export const MAX_RELAXATION_PASSES = 200;

/** Share of the way back to its anchor a marker moves in an early pass. */
const PULL = 0.1;

/** Overlap below which two hit squares count as apart, in CSS pixels. */
const EPSILON = 1e-6;

type Point = [number, number];

/** Angle between the tie-break directions of successive markers (golden angle). */
const TIE_ANGLE = Math.PI * (3 - Math.sqrt(5));

function clamp(value: number, min: number, max: number): number {
  // A box narrower than one marker centres it.
  if (max < min) return (min + max) / 2;
  return Math.min(Math.max(value, min), max);
}

/**
 * Unit vector from anchor `i` to anchor `j`. Markers push apart along it,
 * so a marker east of another stays east of it. Equal anchors get a
 * direction from the pair's indices.
 */
function pairDirection(
  anchors: readonly (readonly [number, number])[],
  i: number,
  j: number,
): Point {
  const dx = anchors[j][0] - anchors[i][0];
  const dy = anchors[j][1] - anchors[i][1];
  const length = Math.hypot(dx, dy);
  if (length > EPSILON) return [dx / length, dy / length];
  const angle = (i + j) * TIE_ANGLE;
  return [Math.cos(angle), Math.sin(angle)];
}

/**
 * Smallest `t > 0` for which `delta + t * direction` reaches `side` on at
 * least one axis: how far apart a pair must move along `direction`.
 */
function separationDistance(
  delta: Point,
  direction: Point,
  side: number,
): number {
  let best = Infinity;
  for (const axis of [0, 1] as const) {
    const u = direction[axis];
    if (Math.abs(u) < EPSILON) continue;
    for (const target of [side, -side]) {
      const t = (target - delta[axis]) / u;
      if (t > 0 && t < best) best = t;
    }
  }
  return best;
}

/**
 * Spreads markers with hit targets of `radius` so that no two of their
 * bounding squares (side `2 * radius`) overlap, each centre kept inside
 * `bounds` at least `radius` from every edge.
 *
 * Each pass visits every pair in input order and moves an overlapping
 * pair apart along the line between their anchors, just far enough to
 * clear, half each. The share that one marker cannot take at the edge of
 * the bounds goes to the other. In the first half of the passes every
 * marker is then pulled a tenth of the way back to its anchor. A marker
 * that overlaps nothing stays at its anchor (clamped into the bounds), and
 * the output depends only on the input, including its order.
 *
 * NOTE: when more markers crowd a corner than fit there, the passes stop
 * after `maxPasses` and some overlap may remain.
 */
export function spreadMarkers(
  anchors: readonly (readonly [number, number])[],
  radius: number,
  bounds: MarkerBounds,
  maxPasses = MAX_RELAXATION_PASSES,
): Point[] {
  const side = 2 * radius;
  const [minX, maxX] = [radius, bounds.width - radius];
  const [minY, maxY] = [radius, bounds.height - radius];
  const place = (point: Point, x: number, y: number) => {
    point[0] = clamp(x, minX, maxX);
    point[1] = clamp(y, minY, maxY);
  };
  const positions = anchors.map(([x, y]): Point => {
    const point: Point = [0, 0];
    place(point, x, y);
    return point;
  });

  for (let pass = 0; pass < maxPasses; pass += 1) {
    let moved = false;
    for (let i = 0; i < positions.length; i += 1) {
      for (let j = i + 1; j < positions.length; j += 1) {
        const a = positions[i];
        const b = positions[j];
        const delta: Point = [b[0] - a[0], b[1] - a[1]];
        if (Math.max(Math.abs(delta[0]), Math.abs(delta[1])) >= side - EPSILON) {
          continue;
        }
        moved = true;
        const [ux, uy] = pairDirection(anchors, i, j);
        const distance = separationDistance(delta, [ux, uy], side);
        const halfX = (ux * distance) / 2;
        const halfY = (uy * distance) / 2;

        const aTarget: Point = [a[0] - halfX, a[1] - halfY];
        place(a, ...aTarget);
        // `b` also takes the part of its half that `a` lost to the bounds.
        const bTarget: Point = [
          b[0] + halfX + (a[0] - aTarget[0]),
          b[1] + halfY + (a[1] - aTarget[1]),
        ];
        place(b, ...bTarget);
        // And `a` takes back what `b` lost, where the bounds allow.
        place(a, a[0] - (bTarget[0] - b[0]), a[1] - (bTarget[1] - b[1]));
      }
    }
    if (!moved) break;
    if (pass < maxPasses / 2) {
      // Early passes pull every marker back towards its anchor, so that
      // a crowd packs around its countries instead of drifting outwards.
      for (let i = 0; i < positions.length; i += 1) {
        const point = positions[i];
        const [x, y] = anchors[i];
        place(
          point,
          point[0] + (x - point[0]) * PULL,
          point[1] + (y - point[1]) * PULL,
        );
      }
    }
  }
  return positions;
}

/** Marker sets kept per projected world; older ones are dropped first. */
const SETS_PER_WORLD = 4;
const cache = new WeakMap<ProjectedWorld, Map<string, Map<string, Point>>>();

/** Orders markers by key in code-unit order, the same in every locale. */
function byKey(a: MarkerAnchor, b: MarkerAnchor): number {
  if (a.key === b.key) return 0;
  return a.key < b.key ? -1 : 1;
}

/**
 * Returns the displayed position of every marker in `world`, keyed by
 * marker key: `spreadMarkers` run on the markers sorted by key, so the
 * result does not depend on their order. It is cached with the projected
 * world (one world per size, region and zoom) for each set of markers.
 */
export function layoutMarkers(
  world: ProjectedWorld,
  markers: readonly MarkerAnchor[],
  radius: number,
): Map<string, Point> {
  const sorted = [...markers].sort(byKey);
  const signature = `${radius}|${sorted
    .map((m) => `${m.key}:${m.x.toFixed(2)},${m.y.toFixed(2)}`)
    .join(';')}`;
  let sets = cache.get(world);
  if (!sets) {
    sets = new Map();
    cache.set(world, sets);
  }
  let result = sets.get(signature);
  if (result) {
    sets.delete(signature);
  } else {
    const points = spreadMarkers(
      sorted.map((m) => [m.x, m.y] as const),
      radius,
      world,
    );
    result = new Map(sorted.map((m, index) => [m.key, points[index]]));
  }
  sets.set(signature, result);
  while (sets.size > SETS_PER_WORLD) sets.delete(sets.keys().next().value!);
  return result;
}
