import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import {
  MAP_REGIONS,
  isMapRegion,
  regionFitObject,
  regionOfKey,
} from '../src/geo/regions.js';
import { fitProjection } from '../src/geo/projection.js';
import { getWorldGeometry } from '../src/geo/world.js';

describe('geo/regions', () => {
  const geometry = getWorldGeometry();
  const world = fitProjection(1000, 487);
  const worldPath = geoPath(world);

  it('places every drawn country but Antarctica and TF in a region', () => {
    const missing = geometry.shapes
      .map((shape) => shape.key)
      .filter((key) => regionOfKey(key) === null);
    expect(missing.sort()).to.deep.equal(['AQ', 'TF']);
  });

  it('recognizes region names', () => {
    expect(MAP_REGIONS.every(isMapRegion)).to.equal(true);
    expect(isMapRegion('europe')).to.equal(false);
    expect(isMapRegion(null)).to.equal(false);
  });

  it('keeps French Guiana out of the Europe extent', () => {
    const object = regionFitObject('europe-central-asia', geometry.shapes);
    const [, [, y1]] = worldPath.bounds(object);
    const [, guianaY] = world([-53, 4])!;
    expect(y1).to.be.lessThan(guianaY);
  });

  it('keeps antimeridian slivers out of every extent', () => {
    for (const region of MAP_REGIONS) {
      const object = regionFitObject(region, geometry.shapes);
      const [[x0], [x1]] = worldPath.bounds(object);
      expect(x1 - x0, region).to.be.lessThan(800);
    }
  });

  it('adds extra keys and marker points', () => {
    const points = new Map<string, [number, number]>([['MU', [57.5, -20.16]]]);
    const without = regionFitObject('africa', geometry.shapes);
    const withPoint = regionFitObject('africa', geometry.shapes, points);
    expect(withPoint.features.length).to.equal(without.features.length + 1);
    const extra = regionFitObject(
      'middle-east-north-africa',
      geometry.shapes,
      new Map(),
      ['SD'],
    );
    const plain = regionFitObject('middle-east-north-africa', geometry.shapes);
    expect(extra.features.length).to.be.greaterThan(plain.features.length);
  });
});
