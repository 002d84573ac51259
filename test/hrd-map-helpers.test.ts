import { expect } from '@open-wc/testing';
import type { Country } from '../src/data/schema.js';
import { getProjectedWorld } from '../src/geo/path-cache.js';
import { WORLD_ASPECT_RATIO } from '../src/geo/projection.js';
import { layoutMap, type MapEntry } from '../src/components/hrd-map/layout.js';
import {
  mapGroupOf,
  type MapGroup,
} from '../src/components/hrd-map/map-groups.js';
import {
  placeTooltip,
  TOOLTIP_OFFSET,
} from '../src/components/hrd-map/tooltip-position.js';
import {
  foldForSearch,
  searchByName,
  typeAheadMatch,
} from '../src/components/hrd-map/type-ahead.js';

function country(
  code: string,
  instruments: Array<Partial<Country['instruments'][0]>>,
): Country {
  return {
    code,
    region: 'africa',
    onIshrMap: 'confirmed',
    instruments: instruments as Country['instruments'],
  };
}

describe('<hrd-map> helpers', () => {
  describe('mapGroupOf', () => {
    it('uses the strongest domestic status group', () => {
      const c = country('CI', [
        { statusGroup: 'in-progress', scope: 'domestic' },
        { statusGroup: 'adopted', scope: 'domestic' },
      ]);
      expect(mapGroupOf(c)).to.equal('adopted');
    });

    it('does not count foreign-policy guidelines as adopted', () => {
      const c = country('NO', [
        { statusGroup: 'adopted', scope: 'foreign-policy' },
      ]);
      expect(mapGroupOf(c)).to.equal('foreign-policy');
    });

    it('returns none without instruments or record', () => {
      expect(mapGroupOf(country('TD', []))).to.equal('none');
      expect(mapGroupOf(undefined)).to.equal('none');
    });
  });

  describe('placeTooltip', () => {
    const box = { width: 400, height: 200 };
    const tip = { width: 100, height: 40 };

    it('goes above and after the anchor', () => {
      expect(placeTooltip([100, 100], tip, box)).to.deep.equal([
        100 + TOOLTIP_OFFSET,
        100 - TOOLTIP_OFFSET - 40,
      ]);
    });

    it('flips before the anchor at the end of the box', () => {
      const [x] = placeTooltip([390, 100], tip, box);
      expect(x).to.equal(390 - TOOLTIP_OFFSET - 100);
    });

    it('flips below the anchor at the top of the box', () => {
      const [, y] = placeTooltip([100, 10], tip, box);
      expect(y).to.equal(10 + TOOLTIP_OFFSET);
    });

    it('stays inside the box for any anchor', () => {
      for (const anchor of [
        [0, 0],
        [400, 200],
        [-50, 500],
        [5, 195],
      ] as const) {
        const [x, y] = placeTooltip(anchor, tip, box);
        expect(x).to.be.within(0, box.width - tip.width);
        expect(y).to.be.within(0, box.height - tip.height);
      }
    });

    it('sticks to the corner when larger than the box', () => {
      expect(
        placeTooltip([50, 50], { width: 500, height: 300 }, box),
      ).to.deep.equal([0, 0]);
    });
  });

  describe('type-ahead and search', () => {
    const items = [
      { key: 'CI', name: 'Côte d’Ivoire' },
      { key: 'CM', name: 'Cameroon' },
      { key: 'CO', name: 'Colombia' },
      { key: 'KE', name: 'Kenya' },
    ];

    it('folds accents and case', () => {
      expect(foldForSearch('  Côte ', 'fr')).to.equal('cote');
    });

    it('jumps to the next name starting with a letter', () => {
      expect(typeAheadMatch(items, null, 'c', 'en')).to.equal('CI');
      expect(typeAheadMatch(items, 'CI', 'c', 'en')).to.equal('CM');
      expect(typeAheadMatch(items, 'CO', 'c', 'en')).to.equal('CI');
    });

    it('matches a longer prefix, keeping the current item if it matches', () => {
      expect(typeAheadMatch(items, 'CM', 'col', 'en')).to.equal('CO');
      expect(typeAheadMatch(items, 'CO', 'co', 'en')).to.equal('CO');
      expect(typeAheadMatch(items, 'CI', 'cc', 'en')).to.equal('CM');
      expect(typeAheadMatch(items, 'CI', 'x', 'en')).to.equal(null);
    });

    it('finds names containing the query, prefixes first', () => {
      const found = searchByName(items, 'o', 'en').map((item) => item.key);
      expect(found).to.deep.equal(['CM', 'CO', 'CI']);
      expect(searchByName(items, 'cote', 'en').map((i) => i.key)).to.deep.equal(
        ['CI'],
      );
      expect(searchByName(items, '  ', 'en')).to.deep.equal([]);
      expect(searchByName(items, 'o', 'en', 1)).to.have.length(1);
    });
  });

  describe('layoutMap', () => {
    const width = 960;
    const world = getProjectedWorld(
      width,
      Math.round(width / WORLD_ASPECT_RATIO),
    );
    const entry = (
      key: string,
      group: MapGroup,
      withCountry = true,
    ): MapEntry => ({
      key,
      group,
      name: key,
      region: 'africa',
      country: withCountry ? country(key, []) : undefined,
    });
    const entries = new Map<string, MapEntry>([
      ['CI', entry('CI', 'adopted')],
      ['MU', entry('MU', 'adopted')],
      ['LU', entry('LU', 'not-adopted')],
      ['FR', entry('FR', 'none', false)],
      ['KE', entry('KE', 'in-progress')],
    ]);
    const options = {
      hidden: new Set<MapGroup>(),
      region: null,
      direction: 'ltr' as const,
    };

    it('draws a marker for a country without polygon', () => {
      const layout = layoutMap(world, entries, options);
      expect(layout.markers.map((m) => m.key)).to.include('MU');
    });

    it('draws a marker over a tiny dataset polygon and keeps the polygon', () => {
      const layout = layoutMap(world, entries, options);
      expect(layout.markers.map((m) => m.key)).to.include('LU');
      const lu = layout.shapes.find((shape) => shape.key === 'LU')!;
      expect(lu.option).to.equal(false);
      expect(lu.interactive).to.equal(true);
    });

    it('makes every other entry a shape option', () => {
      const layout = layoutMap(world, entries, options);
      const optionKeys = layout.shapes
        .filter((s) => s.option)
        .map((s) => s.key);
      expect(optionKeys.sort()).to.deep.equal(['CI', 'FR', 'KE']);
      expect(layout.order).to.have.length(5);
    });

    it('dims hidden groups and drops them from the order', () => {
      const hidden = new Set<MapGroup>(['adopted']);
      const layout = layoutMap(world, entries, { ...options, hidden });
      const ci = layout.shapes.find((shape) => shape.key === 'CI')!;
      expect(ci.dimmed).to.equal(true);
      expect(ci.option).to.equal(false);
      expect(layout.order).not.to.include('CI');
      expect(layout.markers.map((m) => m.key)).not.to.include('MU');
    });

    it('counts entries per group in the region', () => {
      const layout = layoutMap(world, entries, {
        ...options,
        region: 'africa',
      });
      expect(layout.counts.get('adopted')).to.equal(2);
      expect(layout.counts.get('foreign-policy')).to.equal(0);
    });

    it('keeps the tab stop on an option', () => {
      const layout = layoutMap(world, entries, options);
      expect(layout.tabStop('KE', 'CI')).to.equal('KE');
      expect(layout.tabStop('XX', 'CI')).to.equal('CI');
      expect(layout.tabStop(null, null)).to.equal(layout.order[0]);
    });
  });
});
