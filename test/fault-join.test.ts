import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Topology } from 'topojson-specification';
import '../src/components/hrd-map/define.js';
import type { HrdMap } from '../src/components/hrd-map/hrd-map.js';
import { mapGroupOf } from '../src/components/hrd-map/map-groups.js';
import type { HrdCountrySelectEvent } from '../src/components/shared/events.js';
import { numericToAlpha2 } from '../src/data/country-codes.js';
import { clearDatasetCache } from '../src/data/loader.js';
import type { Country } from '../src/data/schema.js';
import { countryKeyOf, isIsoKey } from '../src/geo/country-keys.js';
import { buildWorldGeometry, getWorldGeometry } from '../src/geo/world.js';
import { mountMap } from './helpers/mount-map.js';

const JOIN = '/test/fixtures/geo-join.json';

function root(map: HrdMap): ShadowRoot {
  return map.shadowRoot!;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns the drawn shape or marker of `key`, option or decorative. */
function drawn(map: HrdMap, key: string): Element {
  const element =
    root(map).querySelector(`#country-${key}`) ??
    root(map).querySelector(`svg.map [data-key="${key}"]`);
  if (!element) throw new Error(`the map draws nothing for ${key}`);
  return element;
}

before(async () => {
  await setViewport({ width: 1400, height: 1000 });
});

afterEach(() => {
  clearDatasetCache();
});

describe('fault: joining data to shapes', () => {
  describe('keys', () => {
    it('reads "36", 36 and "036" as Australia', () => {
      for (const id of ['36', 36, '036', ' 036 ']) {
        expect(numericToAlpha2(id), String(id)).to.equal('AU');
        expect(countryKeyOf(id, 'Anything'), String(id)).to.equal('AU');
      }
    });

    it('rejects ids that are not ISO numeric codes', () => {
      for (const id of ['-99', -99, '0036', 'AUS', 36.5, '', null]) {
        expect(numericToAlpha2(id), String(id)).to.equal(null);
      }
    });

    it('keys a custom topology with numeric and unpadded ids', async () => {
      const response = await fetch('/test/fixtures/geo-winding.json');
      const topology = (await response.json()) as Topology;
      const geometry = buildWorldGeometry(topology);
      expect([...geometry.shapeByKey.keys()]).to.deep.equal([
        'AU',
        'BR',
        'AF',
        'NO',
        'FJ',
      ]);
    });

    it('gives every bundled shape a stable, unique key', () => {
      const keys = getWorldGeometry().shapes.map((shape) => shape.key);
      for (const key of keys) {
        expect(key).to.match(/^([A-Z]{2}|x-[a-z0-9-]+)$/);
      }
      expect(new Set(keys).size).to.equal(keys.length);
      expect(keys).to.include('NO');
      expect(keys).to.include('XK');
      expect(keys.filter((key) => !isIsoKey(key)).sort()).to.deep.equal([
        'x-northern-cyprus',
        'x-somaliland',
      ]);
    });
  });

  describe('Norway and Kosovo in the map', () => {
    it('offers them with their data', async () => {
      const map = await mountMap({ 'no-panel': '', src: JOIN });
      const norway = root(map).querySelector('#country-NO')!;
      const kosovo = root(map).querySelector('#country-XK')!;
      expect(norway.getAttribute('role')).to.equal('option');
      expect(kosovo.getAttribute('role')).to.equal('option');
      expect(norway.getAttribute('aria-label')).to.equal('Norway: Adopted');
      expect(kosovo.getAttribute('aria-label')).to.equal('Kosovo: In progress');
      expect(norway.classList.contains('group-adopted')).to.equal(true);
      expect(kosovo.classList.contains('group-in-progress')).to.equal(true);
    });

    it('selects Kosovo by click and shows its count line', async () => {
      const map = await mountMap({ 'no-panel': '', src: JOIN });
      const kosovo = root(map).querySelector<SVGElement>('#country-XK')!;
      const selected = oneEvent(map, 'hrd-country-select');
      kosovo.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const event = (await selected) as HrdCountrySelectEvent;
      expect(event.detail.country).to.equal('XK');
      expect(map.selected).to.equal('XK');
      kosovo.focus();
      await map.updateComplete;
      const tooltip = root(map).querySelector('.tooltip')!;
      expect(text(tooltip.querySelector('.tooltip-name'))).to.equal('Kosovo');
      expect(text(tooltip.querySelector('.tooltip-line'))).to.equal(
        '2 bills in progress',
      );
    });

    it('shows the Norway card in the panel', async () => {
      const map = await mountMap({ src: JOIN, selected: 'no' });
      expect(map.selected).to.equal('NO');
      const card = root(map).querySelector('hrd-country-card')!;
      await waitUntil(
        () => card.shadowRoot?.querySelector('.name'),
        'the card did not render',
      );
      expect(text(card.shadowRoot!.querySelector('.name'))).to.equal('Norway');
      expect(text(card.shadowRoot!.querySelector('.count-line'))).to.equal(
        '1 law adopted',
      );
    });
  });

  describe('missing values', () => {
    it('never puts a country without domestic data in a status group', () => {
      const empty: Country = {
        code: 'IS',
        region: 'europe-central-asia',
        onIshrMap: 'unverified',
        instruments: [],
      };
      expect(mapGroupOf(undefined)).to.equal('none');
      expect(mapGroupOf(empty)).to.equal('none');
    });

    it('draws missing data as no instrument recorded', async () => {
      const map = await mountMap({ 'no-panel': '', src: JOIN });
      const cases: Array<[string, string, string]> = [
        ['IS', 'none', 'Iceland: No instrument recorded'],
        ['FR', 'none', 'France: No instrument recorded'],
        ['SE', 'foreign-policy', 'Sweden: Foreign-policy guidelines only'],
        ['AU', 'not-adopted', 'Australia: Not adopted'],
      ];
      for (const [key, group, label] of cases) {
        const element = drawn(map, key);
        expect(element.classList.contains(`group-${group}`), key).to.equal(
          true,
        );
        expect(element.classList.contains('group-adopted'), key).to.equal(
          false,
        );
        expect(element.getAttribute('aria-label'), key).to.equal(label);
      }
      const adopted = root(map).querySelectorAll('svg.map .group-adopted');
      expect([...adopted].map((item) => item.getAttribute('data-key'))).to
        .deep.equal(['NO']);
      const count = root(map).querySelector(
        '.legend-toggle[data-group="adopted"] .legend-count',
      );
      expect(text(count)).to.equal('(1)');
    });
  });
});
