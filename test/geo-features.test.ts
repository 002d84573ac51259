import { expect } from '@open-wc/testing';
import type { Topology } from 'topojson-specification';
import { isKnownCountryCode } from '../src/data/country-codes.js';
import {
  largestPolygon,
  polygonsOf,
  topologyToShapes,
} from '../src/geo/features.js';
import { borderMesh, coastlineMesh } from '../src/geo/mesh.js';
import { getWorldGeometry } from '../src/geo/world.js';
import world from '../src/generated/world-110m.json';
const worldTopology = world as unknown as Topology;

let topology: Topology;

before(async () => {
  const response = await fetch('/test/fixtures/map-topology.json');
  topology = (await response.json()) as Topology;
});

describe('geo/features', () => {
  describe('topologyToShapes on a fixture', () => {
    let shapes: ReturnType<typeof topologyToShapes>;
    let keys: string[];

    before(() => {
      shapes = topologyToShapes(topology);
      keys = shapes.map((shape) => shape.key);
    });

    it('skips features that are not polygons', () => {
      expect(keys).to.have.length(11);
      expect(shapes.some((shape) => shape.sourceName === 'Pointland')).to.equal(
        false,
      );
    });

    it('gives every feature a stable key', () => {
      expect(keys).to.deep.equal([
        'AU',
        'FR',
        'NO',
        'XK',
        'x-northern-cyprus',
        'x-somaliland',
        'x-nowhere-land',
        'x-feature-7',
        'AU-2',
        'AF',
        'PK',
      ]);
    });

    it('places the label on the largest polygon', () => {
      const france = shapes.find((shape) => shape.key === 'FR')!;
      const [lon, lat] = france.labelPoint;
      expect(lon).to.be.closeTo(3, 0.5);
      expect(lat).to.be.closeTo(47, 0.5);
    });

    it('rejects a topology without the named object', () => {
      expect(() => topologyToShapes(topology, 'land')).to.throw(
        TypeError,
        /land/,
      );
    });
  });

  describe('polygonsOf and largestPolygon', () => {
    it('splits a MultiPolygon and finds its largest part', () => {
      const france = topologyToShapes(topology).find((s) => s.key === 'FR')!;
      const parts = polygonsOf(france.feature.geometry);
      expect(parts).to.have.length(2);
      const largest = largestPolygon(france.feature.geometry);
      expect(largest.coordinates[0][0][0]).to.be.within(-1, 7);
    });
  });

  describe('the bundled world', () => {
    const geometry = getWorldGeometry();
    const count =
      worldTopology.objects.countries.type === 'GeometryCollection'
        ? worldTopology.objects.countries.geometries.length
        : 0;

    it('has one shape per geometry', () => {
      expect(geometry.shapes).to.have.length(count);
    });

    it('has unique keys', () => {
      expect(new Set(geometry.shapes.map((s) => s.key)).size).to.equal(count);
    });

    it('keys every shape by ISO code except two', () => {
      const nonIso = geometry.shapes
        .map((shape) => shape.key)
        .filter((key) => !isKnownCountryCode(key));
      expect(nonIso.sort()).to.deep.equal([
        'x-northern-cyprus',
        'x-somaliland',
      ]);
    });

    it('joins Kosovo and Norway', () => {
      expect(geometry.shapeByKey.get('XK')?.sourceName).to.equal('Kosovo');
      expect(geometry.shapeByKey.get('NO')?.sourceName).to.equal('Norway');
    });

    it('labels France in metropolitan France', () => {
      const [lon, lat] = geometry.shapeByKey.get('FR')!.labelPoint;
      expect(lon).to.be.within(-5, 8);
      expect(lat).to.be.within(42, 51);
    });
  });
});

describe('geo/mesh', () => {
  it('draws a shared border once in the border mesh', () => {
    const borders = borderMesh(topology);
    expect(borders.type).to.equal('MultiLineString');
    expect(borders.coordinates).to.have.length(1);
    const xs = borders.coordinates[0].map(([x]) => x);
    expect(xs.every((x) => x === 68)).to.equal(true);
  });

  it('puts every other arc in the coastline mesh', () => {
    const coastlines = coastlineMesh(topology);
    const onBorder = coastlines.coordinates.filter((line) =>
      line.every(([x]) => x === 68),
    );
    expect(coastlines.coordinates.length).to.be.greaterThan(10);
    expect(onBorder).to.have.length(0);
  });

  it('rejects an unknown object name', () => {
    expect(() => borderMesh(topology, 'land')).to.throw(TypeError, /land/);
  });
});
