import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { geoArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import '../src/components/hrd-map/define.js';
import type { HrdMap } from '../src/components/hrd-map/hrd-map.js';
import { clearDatasetCache } from '../src/data/loader.js';
import { countryFitObject, fitCountry } from '../src/geo/country-fit.js';
import { MAX_POLYGON_AREA, topologyToShapes } from '../src/geo/features.js';
import { projectWorld } from '../src/geo/path-cache.js';
import {
  MAX_ZOOM,
  WORLD_ASPECT_RATIO,
  fitProjection,
} from '../src/geo/projection.js';
import { buildWorldGeometry, getWorldGeometry } from '../src/geo/world.js';
import { mountMap } from './helpers/mount-map.js';

const WIDTH = 960;
const HEIGHT = Math.round(WIDTH / WORLD_ASPECT_RATIO);

let winding: Topology;

/** A straight piece of an SVG path between two points, in path units. */
interface Segment {
  from: [number, number];
  to: [number, number];
}

/**
 * Splits SVG path data made of M, L and Z commands (what d3-geo writes for
 * polygons and lines) into straight segments, closing each ring.
 */
function segmentsOf(d: string): Segment[] {
  const segments: Segment[] = [];
  let start: [number, number] | null = null;
  let last: [number, number] | null = null;
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'Z' || command === 'z') {
      if (start && last) segments.push({ from: last, to: start });
      last = start;
      continue;
    }
    const numbers = args.split(/[ ,]+/).filter(Boolean).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const point: [number, number] = [numbers[i], numbers[i + 1]];
      if (command === 'M' && i === 0) {
        start = point;
      } else if (last) {
        segments.push({ from: last, to: point });
      }
      last = point;
    }
  }
  return segments;
}

/**
 * Segments spanning more than half of `width` horizontally: the band drawn
 * when a polygon across the antimeridian is not cut there. Segments along
 * the top or bottom edge of a `height`-tall clip box are left out, because
 * a zoomed view clips shapes to that box.
 */
function bands(d: string, width: number, height?: number): Segment[] {
  const onEdge = (y: number) =>
    height !== undefined && (Math.abs(y) < 0.5 || Math.abs(y - height) < 0.5);
  return segmentsOf(d).filter(
    ({ from, to }) =>
      Math.abs(to[0] - from[0]) > width / 2 &&
      !(onEdge(from[1]) && onEdge(to[1])),
  );
}

function bounds(projection: GeoProjection, object: Parameters<typeof geoArea>[0]) {
  return geoPath(projection).bounds(object);
}

function svgPaths(map: HrdMap): SVGPathElement[] {
  return [...map.shadowRoot!.querySelectorAll<SVGPathElement>('svg.map path')];
}

function countryPath(map: HrdMap, key: string): SVGPathElement {
  const path = map.shadowRoot!.querySelector<SVGPathElement>(
    `svg.map path.country[data-key="${key}"], svg.map path#country-${key}`,
  );
  if (!path) throw new Error(`the map draws no path for ${key}`);
  return path;
}

before(async () => {
  await setViewport({ width: 1400, height: 1000 });
  const response = await fetch('/test/fixtures/geo-winding.json');
  winding = (await response.json()) as Topology;
});

afterEach(() => {
  clearDatasetCache();
});

describe('fault: spherical geometry', () => {
  describe('antimeridian', () => {
    it('cuts Russia and Fiji at the antimeridian', () => {
      const world = projectWorld(WIDTH, HEIGHT);
      for (const key of ['RU', 'FJ']) {
        const d = world.byKey.get(key)!.d;
        expect(d, key).not.to.equal('');
        expect(bands(d, WIDTH), key).to.deep.equal([]);
      }
    });

    it('draws no band in any path of the world', () => {
      const world = projectWorld(WIDTH, HEIGHT);
      for (const country of world.countries) {
        expect(bands(country.d, WIDTH), country.key).to.deep.equal([]);
      }
      expect(bands(world.borders, WIDTH), 'borders').to.deep.equal([]);
      expect(bands(world.coastlines, WIDTH), 'coastlines').to.deep.equal([]);
    });

    it('draws no band in the rendered map', async () => {
      const map = await mountMap({ 'no-panel': '' });
      for (const key of ['RU', 'FJ']) {
        expect(bands(countryPath(map, key).getAttribute('d')!, WIDTH), key).to
          .deep.equal([]);
      }
      for (const path of svgPaths(map)) {
        const d = path.getAttribute('d')!;
        expect(bands(d, WIDTH), path.getAttribute('class')!).to.deep.equal([]);
      }
    });
  });

  describe('fitCountry', () => {
    const worldScale = fitProjection(WIDTH, HEIGHT).scale();

    it('frames the islands of Fiji', () => {
      const projection = fitCountry('FJ', WIDTH, HEIGHT)!;
      const fiji = getWorldGeometry().shapeByKey.get('FJ')!.feature;
      const [[x0, y0], [x1, y1]] = bounds(projection, fiji);
      expect(x1 - x0).to.be.below(WIDTH / 4);
      expect(x0).to.be.at.least(0);
      expect(x1).to.be.at.most(WIDTH);
      expect(y0).to.be.at.least(0);
      expect(y1).to.be.at.most(HEIGHT);
      expect(projection.scale()).to.be.at.least(worldScale * 8);
      const d = geoPath(projection)(fiji)!;
      expect(bands(d, WIDTH, HEIGHT)).to.deep.equal([]);
    });

    it('frames Russia without spanning the globe', () => {
      const projection = fitCountry('RU', WIDTH, HEIGHT)!;
      const russia = getWorldGeometry().shapeByKey.get('RU')!.feature;
      const [[x0], [x1]] = bounds(projection, russia);
      expect(x0).to.be.at.least(0);
      expect(x1).to.be.at.most(WIDTH);
      expect(projection.scale()).to.be.above(worldScale * 1.5);
    });

    it('leaves far overseas parts out of the frame', () => {
      const france = getWorldGeometry().shapeByKey.get('FR')!;
      const object = countryFitObject(france);
      const longitudes = object.coordinates.flat(2).map(([lon]) => lon);
      expect(Math.min(...longitudes)).to.be.above(-10);
    });

    it('centres a country drawn as a marker at the capped zoom', () => {
      const projection = fitCountry('MC', WIDTH, HEIGHT)!;
      expect(projection.scale()).to.be.closeTo(worldScale * MAX_ZOOM, 1e-6);
      const [x, y] = projection([7.42, 43.73])!;
      expect(x).to.be.closeTo(WIDTH / 2, 0.5);
      expect(y).to.be.closeTo(HEIGHT / 2, 0.5);
    });

    it('returns null for an unknown key', () => {
      expect(fitCountry('QQ', WIDTH, HEIGHT)).to.equal(null);
    });
  });

  describe('zoom-to-selected', () => {
    it('zooms the map to Fiji', async () => {
      const map = await mountMap({
        'no-panel': '',
        selected: 'FJ',
        'zoom-to-selected': '',
      });
      const box = countryPath(map, 'FJ').getBBox();
      expect(box.width).to.be.above(20);
      expect(box.width).to.be.below(WIDTH / 2);
      expect(box.x).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(WIDTH);
      for (const path of svgPaths(map)) {
        const d = path.getAttribute('d')!;
        expect(d).not.to.contain('NaN');
        expect(bands(d, WIDTH, HEIGHT), path.getAttribute('class')!).to.deep
          .equal([]);
      }
    });

    it('keeps the world view without the attribute', async () => {
      const world = await mountMap({ 'no-panel': '' });
      const before = countryPath(world, 'RU').getAttribute('d');
      const map = await mountMap({ 'no-panel': '', selected: 'FJ' });
      expect(countryPath(map, 'RU').getAttribute('d')).to.equal(before);
    });

    it('follows a new selection', async () => {
      const map = await mountMap({ 'no-panel': '', 'zoom-to-selected': '' });
      const worldWidth = countryPath(map, 'NO').getBBox().width;
      map.selected = 'NO';
      await map.updateComplete;
      expect(countryPath(map, 'NO').getBBox().width).to.be.above(
        worldWidth * 4,
      );
    });
  });

  describe('winding', () => {
    it('reverses polygons that cover more than a hemisphere', () => {
      const shapes = topologyToShapes(winding);
      expect(shapes.map((shape) => shape.key)).to.deep.equal([
        'AU',
        'BR',
        'AF',
        'NO',
        'FJ',
      ]);
      expect(shapes.map((shape) => shape.rewound)).to.deep.equal([
        0, 1, 1, 0, 0,
      ]);
      for (const shape of shapes) {
        expect(geoArea(shape.feature), shape.key).to.be.below(MAX_POLYGON_AREA);
        expect(geoArea(shape.feature), shape.key).to.be.above(0);
      }
    });

    it('never fills the globe when drawn', () => {
      const geometry = buildWorldGeometry(winding);
      const world = projectWorld(WIDTH, HEIGHT, {}, geometry);
      const sphereArea = geoPath(fitProjection(WIDTH, HEIGHT)).area({
        type: 'Sphere',
      });
      for (const country of world.countries) {
        expect(country.area, country.key).to.be.below(sphereArea / 100);
        expect(country.area, country.key).to.be.above(0);
        expect(bands(country.d, WIDTH), country.key).to.deep.equal([]);
      }
    });

    it('finds no reversed polygon in the bundled world', () => {
      const reversed = getWorldGeometry().shapes.filter((s) => s.rewound > 0);
      expect(reversed.map((shape) => shape.key)).to.deep.equal([]);
    });
  });

  describe('degenerate fits', () => {
    const world = fitProjection(WIDTH, HEIGHT);

    function expectUsable(projection: GeoProjection): void {
      expect(Number.isFinite(projection.scale())).to.equal(true);
      expect(projection.scale()).to.be.above(0);
      expect(projection.scale()).to.be.at.most(world.scale() * MAX_ZOOM + 1e-6);
      expect(projection.translate().every(Number.isFinite)).to.equal(true);
      const sphere = geoPath(projection)({ type: 'Sphere' }) ?? '';
      expect(sphere).not.to.contain('NaN');
    }

    it('shows the world for zero features', () => {
      const projection = fitProjection(WIDTH, HEIGHT, {
        type: 'FeatureCollection',
        features: [],
      });
      expectUsable(projection);
      expect(projection.scale()).to.equal(world.scale());
    });

    it('keeps a finite scale for one point', () => {
      const projection = fitProjection(WIDTH, HEIGHT, {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: null,
            geometry: { type: 'Point', coordinates: [57.5, -20.16] },
          },
        ],
      });
      expectUsable(projection);
    });

    it('keeps a finite scale for one tiny polygon', () => {
      const tiny = {
        type: 'Polygon' as const,
        coordinates: [
          [
            [10, 50],
            [10, 50.000001],
            [10.000001, 50.000001],
            [10.000001, 50],
            [10, 50],
          ],
        ],
      };
      const projection = fitProjection(WIDTH, HEIGHT, tiny);
      expectUsable(projection);
      expect(geoPath(projection)(tiny)).not.to.contain('NaN');
    });

    it('shows the world for a region with nothing to fit', () => {
      const empty = buildWorldGeometry({
        type: 'Topology',
        objects: { countries: { type: 'GeometryCollection', geometries: [] } },
        arcs: [],
      });
      const projected = projectWorld(
        WIDTH,
        HEIGHT,
        { region: 'africa' },
        empty,
      );
      expect(projected.sphere).not.to.contain('NaN');
      expect(projected.sphere).to.equal(projectWorld(WIDTH, HEIGHT).sphere);
    });

    it('keeps a finite scale for a region with one marker', () => {
      const empty = buildWorldGeometry({
        type: 'Topology',
        objects: { countries: { type: 'GeometryCollection', geometries: [] } },
        arcs: [],
      });
      const projected = projectWorld(
        WIDTH,
        HEIGHT,
        { region: 'africa', regionExtras: ['MU'] },
        empty,
      );
      expect(projected.sphere).not.to.contain('NaN');
      const [x, y] = projected.project([57.5, -20.16])!;
      expect(x).to.be.closeTo(WIDTH / 2, 0.5);
      expect(y).to.be.closeTo(HEIGHT / 2, 0.5);
    });

    for (const region of [null, 'africa']) {
      it(`draws no NaN with every filter off (${region ?? 'world'})`, async () => {
        const attributes: Record<string, string> = { 'no-panel': '' };
        if (region) attributes.region = region;
        const map = await mountMap(attributes);
        const root = map.shadowRoot!;
        for (const toggle of root.querySelectorAll<HTMLButtonElement>(
          '.legend-toggle',
        )) {
          toggle.click();
        }
        await map.updateComplete;
        expect(root.querySelectorAll('.legend-toggle[aria-pressed="true"]'))
          .to.have.length(0);
        const { x, y, width, height } =
          root.querySelector<SVGSVGElement>('svg.map')!.viewBox.baseVal;
        for (const value of [x, y, width, height]) {
          expect(Number.isFinite(value)).to.equal(true);
        }
        expect(width).to.equal(WIDTH);
        const paths = svgPaths(map);
        expect(paths.length).to.be.above(50);
        for (const path of paths) {
          expect(path.getAttribute('d')).not.to.contain('NaN');
        }
        for (const item of root.querySelectorAll('svg.map [transform]')) {
          expect(item.getAttribute('transform')).not.to.contain('NaN');
        }
      });
    }
  });
});
