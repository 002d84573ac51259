import { expect } from '@open-wc/testing';
import {
  layoutMarkers,
  spreadMarkers,
  type MarkerAnchor,
} from '../src/geo/marker-layout.js';
import { getProjectedWorld } from '../src/geo/path-cache.js';
import { WORLD_ASPECT_RATIO } from '../src/geo/projection.js';
import {
  MARKER_HIT_RADIUS,
  SMALL_STATE_POINTS,
} from '../src/geo/small-states.js';

const RADIUS = 12.5;
const SIDE = 2 * RADIUS;
const BOUNDS = { width: 320, height: 160 };

type Point = readonly [number, number];

/** Pairs whose bounding squares overlap by more than `tolerance` pixels. */
function overlaps(points: readonly Point[], side: number, tolerance = 1e-6) {
  const pairs: string[] = [];
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const x = side - Math.abs(points[i][0] - points[j][0]);
      const y = side - Math.abs(points[i][1] - points[j][1]);
      if (x > tolerance && y > tolerance) pairs.push(`${i}/${j}`);
    }
  }
  return pairs;
}

/** Twelve anchors within a few pixels of each other, two of them equal. */
const CLUSTER: Point[] = [
  [100, 80],
  [100, 80],
  [101, 81],
  [102, 79],
  [103, 82],
  [98, 78],
  [99, 83],
  [104, 80],
  [97, 81],
  [100, 84],
  [102, 77],
  [96, 79],
];

describe('spreadMarkers', () => {
  it('separates a dense cluster', () => {
    const points = spreadMarkers(CLUSTER, RADIUS, BOUNDS);
    expect(points).to.have.length(CLUSTER.length);
    expect(overlaps(points, SIDE)).to.deep.equal([]);
  });

  it('keeps a cluster in a corner inside the bounds', () => {
    const corner = CLUSTER.map(([x, y]): Point => [x - 100, y - 80]);
    const points = spreadMarkers(corner, RADIUS, BOUNDS);
    expect(overlaps(points, SIDE)).to.deep.equal([]);
    for (const [x, y] of points) {
      expect(x).to.be.within(RADIUS, BOUNDS.width - RADIUS);
      expect(y).to.be.within(RADIUS, BOUNDS.height - RADIUS);
    }
  });

  it('returns the same positions for the same input', () => {
    const first = spreadMarkers(CLUSTER, RADIUS, BOUNDS);
    const second = spreadMarkers(CLUSTER, RADIUS, BOUNDS);
    expect(second).to.deep.equal(first);
  });

  it('leaves separated points where they are', () => {
    const apart: Point[] = [
      [20, 20],
      [60, 20],
      [20, 60],
      [200, 100],
    ];
    const points = spreadMarkers(apart, RADIUS, BOUNDS);
    expect(points).to.deep.equal(apart);
  });

  it('moves an overlapping pair only as far as needed', () => {
    const anchors: Point[] = [
      [100, 80],
      [110, 82],
    ];
    const [a, b] = spreadMarkers(anchors, RADIUS, BOUNDS);
    // The pair parts along the line between the anchors until the squares
    // just touch, each point moving the same distance.
    expect(b[0] - a[0]).to.be.closeTo(SIDE, 1e-9);
    const slopeBefore = (82 - 80) / (110 - 100);
    expect((b[1] - a[1]) / (b[0] - a[0])).to.be.closeTo(slopeBefore, 1e-9);
    const movedA = Math.hypot(a[0] - 100, a[1] - 80);
    const movedB = Math.hypot(b[0] - 110, b[1] - 82);
    expect(movedA).to.be.closeTo(movedB, 1e-9);
    expect(a[0]).to.be.below(100);
    expect(b[0]).to.be.above(110);
  });

  it('clamps anchors outside the bounds', () => {
    const points = spreadMarkers([[-5, 500]], RADIUS, BOUNDS);
    expect(points).to.deep.equal([[RADIUS, BOUNDS.height - RADIUS]]);
  });
});

describe('layoutMarkers', () => {
  function projected(width: number, keys: readonly string[]) {
    const height = Math.round(width / WORLD_ASPECT_RATIO);
    const world = getProjectedWorld(width, height);
    const anchors: MarkerAnchor[] = [];
    for (const key of keys) {
      const xy = world.project(SMALL_STATE_POINTS[key]);
      if (xy) anchors.push({ key, x: xy[0], y: xy[1] });
    }
    return { world, anchors };
  }

  const CARIBBEAN = ['AG', 'BB', 'DM', 'GD', 'KN', 'LC', 'VC'];

  it('separates the Caribbean states on a wide map', () => {
    const { world, anchors } = projected(1184, CARIBBEAN);
    expect(anchors).to.have.length(CARIBBEAN.length);
    const spread = layoutMarkers(world, anchors, MARKER_HIT_RADIUS);
    const points = CARIBBEAN.map((key) => spread.get(key)!);
    expect(overlaps(points, 2 * MARKER_HIT_RADIUS)).to.deep.equal([]);
  });

  it('separates every small state on a 320-pixel map', () => {
    const keys = Object.keys(SMALL_STATE_POINTS);
    const { world, anchors } = projected(320, keys);
    const spread = layoutMarkers(world, anchors, MARKER_HIT_RADIUS);
    const points = anchors.map((anchor) => spread.get(anchor.key)!);
    expect(overlaps(points, 2 * MARKER_HIT_RADIUS)).to.deep.equal([]);
    for (const [x, y] of points) {
      expect(x).to.be.within(0, world.width);
      expect(y).to.be.within(0, world.height);
    }
  });

  it('ignores the order of its input and caches per world', () => {
    const { world, anchors } = projected(700, CARIBBEAN);
    const forward = layoutMarkers(world, anchors, MARKER_HIT_RADIUS);
    const reversed = layoutMarkers(
      world,
      [...anchors].reverse(),
      MARKER_HIT_RADIUS,
    );
    expect(reversed).to.equal(forward);
    const other = projected(701, CARIBBEAN);
    const resized = layoutMarkers(
      other.world,
      other.anchors,
      MARKER_HIT_RADIUS,
    );
    expect(resized).to.not.equal(forward);
  });
});
