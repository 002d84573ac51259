import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import {
  MAX_ZOOM,
  WORLD_ASPECT_RATIO,
  fitProjection,
} from '../src/geo/projection.js';

function isFiniteProjection(projection: ReturnType<typeof fitProjection>) {
  return (
    Number.isFinite(projection.scale()) &&
    projection.scale() > 0 &&
    projection.translate().every(Number.isFinite)
  );
}

describe('geo/projection', () => {
  it('has the Equal Earth aspect ratio of about 2.05', () => {
    expect(WORLD_ASPECT_RATIO).to.be.closeTo(2.05, 0.01);
  });

  it('fits the sphere to the box', () => {
    const projection = fitProjection(960, 467);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
    expect(x0).to.be.closeTo(0, 1);
    expect(x1).to.be.closeTo(960, 1);
    expect(y0).to.be.at.least(-0.5);
    expect(y1).to.be.at.most(467.5);
  });

  it('fits a region inside the box', () => {
    const box = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 40],
          [0, 50],
          [10, 50],
          [10, 40],
          [0, 40],
        ],
      ],
    };
    const projection = fitProjection(400, 200, box);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(box);
    expect(x0).to.be.at.least(7.9);
    expect(y0).to.be.at.least(7.9);
    expect(x1).to.be.at.most(392.1);
    expect(y1).to.be.at.most(192.1);
  });

  describe('degenerate fits', () => {
    const world = fitProjection(400, 200);

    it('keeps a finite scale for a single point, capped at MAX_ZOOM', () => {
      const projection = fitProjection(400, 200, {
        type: 'Point',
        coordinates: [10, 50],
      });
      expect(isFiniteProjection(projection)).to.equal(true);
      expect(projection.scale()).to.be.closeTo(world.scale() * MAX_ZOOM, 1e-6);
      const [x, y] = projection([10, 50])!;
      expect(x).to.be.closeTo(200, 0.01);
      expect(y).to.be.closeTo(100, 0.01);
    });

    it('falls back to the world for an empty collection', () => {
      const projection = fitProjection(400, 200, {
        type: 'FeatureCollection',
        features: [],
      });
      expect(isFiniteProjection(projection)).to.equal(true);
      expect(projection.scale()).to.equal(world.scale());
    });

    it('keeps a finite scale for a zero or NaN size', () => {
      for (const [w, h] of [
        [0, 0],
        [NaN, 100],
        [-5, Infinity],
      ]) {
        expect(isFiniteProjection(fitProjection(w, h))).to.equal(true);
      }
    });
  });
});
