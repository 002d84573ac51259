import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/components/hrd-map/define.js';
import type { HrdMap } from '../src/components/hrd-map/hrd-map.js';
import {
  MAP_GROUPS,
  mapGroupOf,
  type MapGroup,
} from '../src/components/hrd-map/map-groups.js';
import { getBundledDataset } from '../src/data/bundled.js';
import { clearDatasetCache } from '../src/data/loader.js';
import type { Country } from '../src/data/schema.js';
import { getProjectedWorld } from '../src/geo/path-cache.js';
import { WORLD_ASPECT_RATIO } from '../src/geo/projection.js';
import { getWorldGeometry } from '../src/geo/world.js';
import { countLine } from '../src/i18n/count-line.js';
import type { HrdCountrySelectEvent } from '../src/components/shared/events.js';
import { mountMap, viewBoxWidth, waitForDrawn } from './helpers/mount-map.js';

const SMALL_STATES = '/test/fixtures/map-small-states.json';

const dataset = getBundledDataset();
const geometry = getWorldGeometry();

function root(map: HrdMap): ShadowRoot {
  return map.shadowRoot!;
}

function svgOf(map: HrdMap): SVGSVGElement {
  return root(map).querySelector<SVGSVGElement>('svg.map')!;
}

function mapBox(map: HrdMap): HTMLElement {
  return root(map).querySelector<HTMLElement>('.map-box')!;
}

function option(map: HrdMap, key: string): SVGElement | null {
  return root(map).querySelector<SVGElement>(`#country-${key}`);
}

function options(map: HrdMap): SVGElement[] {
  return [...root(map).querySelectorAll<SVGElement>('svg.map [role="option"]')];
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function englishName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code)!;
}

/** Viewport coordinates of a country's label point on the drawn map. */
function labelPoint(map: HrdMap, key: string): [number, number] {
  const svg = svgOf(map);
  const { width, height } = svg.viewBox.baseVal;
  const label = getProjectedWorld(width, height).byKey.get(key)!.label!;
  const point = new DOMPoint(label[0], label[1]).matrixTransform(
    svg.getScreenCTM()!,
  );
  return [Math.round(point.x), Math.round(point.y)];
}

/** Picks a dataset country per category, with a polygon large enough to click. */
function sampleCountries(): Map<MapGroup, Country> {
  const world = getProjectedWorld(960, Math.round(960 / WORLD_ASPECT_RATIO));
  const samples = new Map<MapGroup, Country>();
  for (const country of dataset.countries) {
    const group = mapGroupOf(country);
    const drawn = world.byKey.get(country.code);
    if (samples.has(group) || !drawn || drawn.area < 400) continue;
    samples.set(group, country);
  }
  return samples;
}

/** Returns the first dataset country in `group` with a large polygon. */
function sample(group: MapGroup): Country {
  const country = sampleCountries().get(group);
  if (!country) throw new Error(`the dataset has no large country in ${group}`);
  return country;
}

async function tabIntoMap(map: HrdMap): Promise<void> {
  const tabStop = options(map).find(
    (item) => item.getAttribute('tabindex') === '0',
  )!;
  // Focus the control just before the map, then press Tab like a user.
  const toggles =
    root(map).querySelectorAll<HTMLButtonElement>('.legend-toggle');
  toggles[toggles.length - 1].focus();
  await sendKeys({ press: 'Tab' });
  await map.updateComplete;
  expect(root(map).activeElement).to.equal(tabStop);
}

function focusedKey(map: HrdMap): string | null {
  return root(map).activeElement?.getAttribute('data-key') ?? null;
}

before(async () => {
  await setViewport({ width: 1400, height: 1000 });
});

afterEach(() => {
  clearDatasetCache();
});

describe('<hrd-map>', () => {
  describe('accessibility', () => {
    it('passes axe when first drawn', async () => {
      const map = await mountMap({ 'no-panel': '' });
      await expect(map).to.be.accessible();
    });

    it('is one tab stop', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const stops = options(map).filter(
        (item) => item.getAttribute('tabindex') === '0',
      );
      expect(stops).to.have.length(1);
    });

    it('hides decorative shapes from assistive technology', async () => {
      const map = await mountMap({ 'no-panel': '' });
      for (const selector of ['.sphere', '.borders', '.coastlines']) {
        const shape = root(map).querySelector(selector)!;
        expect(shape.getAttribute('aria-hidden'), selector).to.equal('true');
      }
      expect(svgOf(map).getAttribute('role')).to.equal('listbox');
    });

    it('names each country with its status', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const country = sample('adopted');
      const name = englishName(country.code);
      expect(option(map, country.code)!.getAttribute('aria-label')).to.equal(
        `${name}: Adopted`,
      );
    });
  });

  describe('drawing', () => {
    it('draws every country of the geometry', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const drawn = root(map).querySelectorAll('svg.map path.country');
      expect(drawn.length).to.equal(geometry.shapes.length);
      const keys = new Set(geometry.shapes.map((shape) => shape.key));
      const empty = [...drawn].filter((path) => !path.getAttribute('d'));
      expect(empty).to.have.length(0);
      expect(keys.has('XK')).to.equal(true);
    });

    it('paints each category with its pattern and colour', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const tokens: Partial<Record<MapGroup, string>> = {
        adopted: '--hrd-color-adopted',
        'in-progress': '--hrd-color-in-progress',
        'not-adopted': '--hrd-color-not-adopted',
      };
      for (const [group, country] of sampleCountries()) {
        const shape = option(map, country.code)!;
        expect(shape.getAttribute('fill'), group).to.equal(
          `url(#hrd-map-pattern-${group})`,
        );
        const pattern = root(map).getElementById(`hrd-map-pattern-${group}`)!;
        expect(pattern, group).to.exist;
        const token = tokens[group];
        if (!token) continue;
        const background = pattern.querySelector('.pattern-background')!;
        const probe = document.createElement('div');
        probe.style.color = getComputedStyle(map)
          .getPropertyValue(token)
          .trim();
        document.body.append(probe);
        expect(getComputedStyle(background).fill, group).to.equal(
          getComputedStyle(probe).color,
        );
        probe.remove();
      }
    });

    it('uses a distinct mark per status besides colour', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const marks = (group: MapGroup) => {
        const pattern = root(map).getElementById(`hrd-map-pattern-${group}`)!;
        const mark = pattern.querySelector('.pattern-mark');
        return `${mark?.tagName ?? 'none'} ${pattern.getAttribute('patternTransform')}`;
      };
      const signatures = MAP_GROUPS.filter((g) => g !== 'none').map(marks);
      expect(new Set(signatures).size).to.equal(signatures.length);
    });

    it('draws countries outside the dataset as no instrument recorded', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const recorded = new Set(dataset.countries.map((c) => c.code));
      const absent = geometry.shapes.find(
        (shape) =>
          /^[A-Z]{2}$/.test(shape.key) &&
          shape.key !== 'AQ' &&
          !recorded.has(shape.key),
      )!;
      expect(option(map, absent.key)!.getAttribute('fill')).to.equal(
        'url(#hrd-map-pattern-none)',
      );
    });

    it('draws Somaliland and Northern Cyprus without offering them', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const decorative = root(map).querySelectorAll(
        'path.country[aria-hidden="true"]',
      );
      expect(decorative.length).to.be.at.least(2);
      expect(option(map, 'x-somaliland')).to.equal(null);
    });

    it('shows foreign-policy guidelines only with their own legend entry', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const button = root(map).querySelector(
        '.legend-toggle[data-group="foreign-policy"]',
      );
      expect(text(button)).to.contain('Foreign-policy guidelines only');
      const foreign = dataset.countries.find(
        (c) => mapGroupOf(c) === 'foreign-policy',
      );
      if (foreign && getWorldGeometry().shapeByKey.has(foreign.code)) {
        const shape = root(map).querySelector(`[data-key="${foreign.code}"]`)!;
        expect(shape.getAttribute('fill')).to.equal(
          'url(#hrd-map-pattern-foreign-policy)',
        );
      }
    });

    it('reserves the aspect ratio before the data arrives', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.style.width = '600px';
      const map = document.createElement('hrd-map');
      map.setAttribute('src', '/test-server/hang');
      container.append(map);
      await map.updateComplete;
      const rect = mapBox(map).getBoundingClientRect();
      expect(rect.height).to.be.closeTo(600 / WORLD_ASPECT_RATIO, 1);
      expect(text(root(map).querySelector('.loading'))).to.contain('Loading');
      await expect(map).to.be.accessible();
      map.remove();
    });
  });

  describe('small states', () => {
    it('draws markers at least 24 by 24 pixels, selectable', async () => {
      const map = await mountMap({ src: SMALL_STATES, 'no-panel': '' });
      for (const key of ['MU', 'SG', 'LU']) {
        const marker = option(map, key)!;
        expect(marker, key).to.exist;
        expect(marker.classList.contains('marker'), key).to.equal(true);
        const rect = marker.getBoundingClientRect();
        expect(rect.width, key).to.be.at.least(24);
        expect(rect.height, key).to.be.at.least(24);
      }
      const rect = option(map, 'MU')!.getBoundingClientRect();
      const selected = oneEvent(map, 'hrd-country-select');
      await sendMouse({
        type: 'click',
        position: [
          Math.round(rect.x + rect.width / 2),
          Math.round(rect.y + rect.height / 2),
        ],
      });
      expect((await selected).detail.country).to.equal('MU');
      await expect(map).to.be.accessible();
    });

    it('keeps markers at least 24 pixels on a 320-pixel map', async () => {
      const map = await mountMap({ src: SMALL_STATES, 'no-panel': '' }, 320);
      const markers = root(map).querySelectorAll('.marker');
      expect(markers.length).to.be.at.least(3);
      for (const marker of markers) {
        const rect = marker.getBoundingClientRect();
        expect(rect.width).to.be.at.least(24);
        expect(rect.height).to.be.at.least(24);
      }
    });
  });

  describe('tooltip', () => {
    it('shows name and count line at the pointer', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const country = sample('adopted');
      const [x, y] = labelPoint(map, country.code);
      await sendMouse({ type: 'move', position: [x, y] });
      await map.updateComplete;
      const tooltip = root(map).querySelector<HTMLElement>('.tooltip')!;
      expect(text(tooltip.querySelector('.tooltip-name'))).to.equal(
        englishName(country.code),
      );
      expect(text(tooltip.querySelector('.tooltip-line'))).to.equal(
        countLine(country, 'en'),
      );
      const rect = tooltip.getBoundingClientRect();
      expect(Math.abs(rect.left - x)).to.be.lessThan(150);
      expect(Math.abs(rect.bottom - y)).to.be.lessThan(150);
      await expect(map).to.be.accessible();
      await sendMouse({ type: 'move', position: [5, 5] });
    });

    it('stays inside the map box near its edges', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const box = mapBox(map).getBoundingClientRect();
      for (const key of ['NZ', 'CL', 'RU']) {
        const [x, y] = labelPoint(map, key);
        await sendMouse({ type: 'move', position: [x, y] });
        await map.updateComplete;
        const rect = root(map)
          .querySelector('.tooltip')!
          .getBoundingClientRect();
        expect(rect.left, key).to.be.at.least(box.left - 0.5);
        expect(rect.top, key).to.be.at.least(box.top - 0.5);
        expect(rect.right, key).to.be.at.most(box.right + 0.5);
        expect(rect.bottom, key).to.be.at.most(box.bottom + 0.5);
      }
      await sendMouse({ type: 'move', position: [5, 5] });
    });

    it('points at France in Europe for keyboard focus', async () => {
      const map = await mountMap({ 'no-panel': '' });
      await tabIntoMap(map);
      await sendKeys({ type: 'france' });
      await waitUntil(() => focusedKey(map) === 'FR', 'France was not focused');
      await map.updateComplete;
      const tooltip = root(map).querySelector('.tooltip')!;
      expect(text(tooltip.querySelector('.tooltip-name'))).to.equal('France');
      const rect = tooltip.getBoundingClientRect();
      const [fx, fy] = labelPoint(map, 'FR');
      const box = mapBox(map).getBoundingClientRect();
      // Europe is right of the map's centre; French Guiana is far to the left.
      expect(rect.left).to.be.greaterThan(box.left + box.width * 0.4);
      expect(Math.hypot(rect.left - fx, rect.bottom - fy)).to.be.lessThan(120);
      await expect(map).to.be.accessible();
    });
  });

  describe('selection', () => {
    it('selects by click, reflects and fires a composed event', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const country = sample('in-progress');
      const outer = oneEvent(document, 'hrd-country-select');
      await sendMouse({
        type: 'click',
        position: labelPoint(map, country.code),
      });
      const event = (await outer) as HrdCountrySelectEvent;
      expect(event.detail).to.deep.equal({ country: country.code });
      expect(event.composed).to.equal(true);
      await map.updateComplete;
      expect(map.getAttribute('selected')).to.equal(country.code);
      expect(option(map, country.code)!.getAttribute('aria-selected')).to.equal(
        'true',
      );
      expect(root(map).querySelector('.ring-selected')).to.exist;
      await expect(map).to.be.accessible();
    });

    it('selects with Enter and Space', async () => {
      const map = await mountMap({ 'no-panel': '' });
      await tabIntoMap(map);
      const first = focusedKey(map)!;
      let selected = oneEvent(map, 'hrd-country-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.country).to.equal(first);
      await sendKeys({ press: 'ArrowRight' });
      const second = focusedKey(map)!;
      expect(second).not.to.equal(first);
      selected = oneEvent(map, 'hrd-country-select');
      await sendKeys({ press: 'Space' });
      expect((await selected).detail.country).to.equal(second);
      expect(map.selected).to.equal(second);
    });

    it('previews on a first tap and selects on a second', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const country = sample('adopted');
      const [x, y] = labelPoint(map, country.code);
      const shape = option(map, country.code)!;
      const events: Array<string | null> = [];
      map.addEventListener('hrd-country-select', (e) =>
        events.push(e.detail.country),
      );
      const tap = () =>
        shape.dispatchEvent(
          new PointerEvent('click', {
            pointerType: 'touch',
            clientX: x,
            clientY: y,
            bubbles: true,
            composed: true,
          }),
        );
      tap();
      await map.updateComplete;
      expect(events).to.deep.equal([]);
      expect(text(root(map).querySelector('.tooltip-name'))).to.equal(
        englishName(country.code),
      );
      tap();
      await map.updateComplete;
      expect(events).to.deep.equal([country.code]);
    });

    it('lets vertical swipes scroll the page', async () => {
      const map = await mountMap({ 'no-panel': '' });
      expect(getComputedStyle(svgOf(map)).touchAction).to.contain('pan-y');
    });

    it('accepts alpha-2 and alpha-3 codes in any case from outside', async () => {
      const map = await mountMap({ 'no-panel': '' });
      let fired = 0;
      map.addEventListener('hrd-country-select', () => fired++);
      map.selected = 'civ';
      await map.updateComplete;
      expect(map.getAttribute('selected')).to.equal('CI');
      map.setAttribute('selected', 'ke');
      await map.updateComplete;
      expect(map.selected).to.equal('KE');
      map.setAttribute('selected', 'ZZZ');
      await map.updateComplete;
      expect(map.selected).to.equal(null);
      expect(map.hasAttribute('selected')).to.equal(false);
      expect(fired).to.equal(0);
    });

    it('clears with Escape and fires a null country', async () => {
      const country = sample('adopted');
      const map = await mountMap({ 'no-panel': '', selected: country.code });
      await tabIntoMap(map);
      const cleared = oneEvent(map, 'hrd-country-select');
      await sendKeys({ press: 'Escape' });
      expect((await cleared).detail).to.deep.equal({ country: null });
      await map.updateComplete;
      expect(map.hasAttribute('selected')).to.equal(false);
      expect(root(map).querySelector('.ring-selected')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('moves east with ArrowRight and stops at Home and End', async () => {
      const map = await mountMap({ 'no-panel': '' });
      await tabIntoMap(map);
      await sendKeys({ press: 'Home' });
      const first = focusedKey(map)!;
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedKey(map)).to.equal(first);
      await sendKeys({ press: 'ArrowRight' });
      const next = focusedKey(map)!;
      const lonOf = (key: string) =>
        geometry.shapeByKey.get(key)?.labelPoint[0] ?? 0;
      expect(lonOf(next)).to.be.greaterThan(lonOf(first));
      await sendKeys({ press: 'End' });
      const last = focusedKey(map)!;
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedKey(map)).to.equal(last);
      const latOf = (key: string) =>
        geometry.shapeByKey.get(key)?.labelPoint[1] ?? 0;
      expect(latOf(last)).to.be.lessThan(latOf(first));
    });

    it('moves south with ArrowDown', async () => {
      const map = await mountMap({ 'no-panel': '' });
      await tabIntoMap(map);
      await sendKeys({ press: 'Home' });
      const latOf = (key: string) =>
        geometry.shapeByKey.get(key)!.labelPoint[1];
      const start = focusedKey(map)!;
      await sendKeys({ press: 'ArrowDown' });
      expect(latOf(focusedKey(map)!)).to.be.lessThan(latOf(start));
      await sendKeys({ press: 'ArrowUp' });
      expect(latOf(focusedKey(map)!)).to.be.at.least(latOf(start) - 10);
    });

    it('mirrors arrow keys in Arabic', async () => {
      const map = await mountMap({ 'no-panel': '', lang: 'ar' });
      expect(map.getAttribute('dir')).to.equal('rtl');
      await tabIntoMap(map);
      await sendKeys({ press: 'Home' });
      const visited = [focusedKey(map)!];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'ArrowLeft' });
        visited.push(focusedKey(map)!);
      }
      // Within a 10-degree row, ArrowLeft (next in Arabic) goes west.
      const point = (key: string) => geometry.shapeByKey.get(key)!.labelPoint;
      const row = (key: string) => Math.floor((90 - point(key)[1]) / 10);
      let sameRow = 0;
      for (let i = 1; i < visited.length; i++) {
        const [a, b] = [visited[i - 1], visited[i]];
        expect(row(b)).to.be.at.least(row(a));
        if (row(a) !== row(b)) continue;
        sameRow++;
        expect(point(b)[0], `${a} to ${b}`).to.be.lessThan(point(a)[0]);
      }
      expect(sameRow).to.be.greaterThan(0);
      await expect(map).to.be.accessible();
    });

    it('jumps to a country by typing its localized name', async () => {
      const map = await mountMap({ 'no-panel': '', lang: 'fr' });
      await tabIntoMap(map);
      await sendKeys({ type: 'allem' });
      await waitUntil(
        () => focusedKey(map) === 'DE',
        'Allemagne was not focused',
      );
      expect(option(map, 'DE')!.getAttribute('aria-label')).to.match(
        /^Allemagne/,
      );
    });

    it('outlines the focused country', async () => {
      const map = await mountMap({ 'no-panel': '' });
      await tabIntoMap(map);
      await map.updateComplete;
      expect(root(map).querySelector('.ring-focus')).to.exist;
    });
  });

  describe('filter', () => {
    it('hides a status group and updates the live summary', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const adopted = dataset.countries.filter(
        (c) => mapGroupOf(c) === 'adopted',
      );
      const status = root(map).querySelector(
        '[role="status"].visually-hidden',
      )!;
      const countText =
        adopted.length === 1 ? '1 country' : `${adopted.length} countries`;
      expect(text(status)).to.contain(`Adopted: ${countText}.`);
      const toggle = root(map).querySelector<HTMLButtonElement>(
        '.legend-toggle[data-group="adopted"]',
      )!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      toggle.click();
      await map.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(text(status)).not.to.contain('Adopted:');
      const code = sample('adopted').code;
      expect(option(map, code)).to.equal(null);
      const shape = root(map).querySelector(
        `path.country.dimmed.group-adopted`,
      );
      expect(shape).to.exist;
      await expect(map).to.be.accessible();
    });

    it('says so when every group is hidden', async () => {
      const map = await mountMap({ 'no-panel': '' });
      for (const toggle of root(map).querySelectorAll<HTMLButtonElement>(
        '.legend-toggle',
      )) {
        toggle.click();
      }
      await map.updateComplete;
      expect(options(map)).to.have.length(0);
      const status = root(map).querySelector(
        '[role="status"].visually-hidden',
      )!;
      expect(text(status)).to.equal('Every status is hidden by the filter.');
      await expect(map).to.be.accessible();
    });
  });

  describe('region', () => {
    it('zooms to Africa', async () => {
      const world = await mountMap({ 'no-panel': '' });
      const code = dataset.countries.find((c) => c.region === 'africa')!.code;
      const worldWidth = option(world, code)!.getBoundingClientRect().width;
      const map = await mountMap({ 'no-panel': '', region: 'africa' });
      const zoomedWidth = option(map, code)!.getBoundingClientRect().width;
      expect(zoomedWidth).to.be.greaterThan(worldWidth * 2);
      expect(option(map, 'CA')).to.equal(null);
      await expect(map).to.be.accessible();
    });

    it('shows the world for an unknown region', async () => {
      const map = await mountMap({ 'no-panel': '', region: 'atlantis' });
      expect(option(map, 'CA')).to.exist;
    });
  });

  describe('search', () => {
    it('finds a country by name and selects it', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const input = root(map).querySelector<HTMLInputElement>(
        'input[role="combobox"]',
      )!;
      input.focus();
      await sendKeys({ type: 'kenya' });
      await map.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      const listbox = root(map).getElementById(
        input.getAttribute('aria-controls')!,
      )!;
      expect(text(listbox)).to.contain('Kenya');
      await expect(map).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      await map.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal(
        'search-option-KE',
      );
      const selected = oneEvent(map, 'hrd-country-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.country).to.equal('KE');
      await map.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.value).to.equal('Kenya');
    });

    it('ignores accents and says when nothing matches', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const input = root(map).querySelector<HTMLInputElement>(
        'input[role="combobox"]',
      )!;
      input.focus();
      await sendKeys({ type: 'cote' });
      await map.updateComplete;
      expect(root(map).querySelector('#search-option-CI')).to.exist;
      await sendKeys({ press: 'Escape' });
      await map.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      input.select();
      await sendKeys({ type: 'qqq' });
      await map.updateComplete;
      expect(text(root(map).querySelector('.search-status'))).to.contain(
        'No country',
      );
    });
  });

  describe('list view', () => {
    it('lists the dataset grouped by status, with the same selection', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const toggle =
        root(map).querySelector<HTMLButtonElement>('.view-toggle')!;
      toggle.click();
      await map.updateComplete;
      expect(map.getAttribute('view')).to.equal('list');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const groups = [...root(map).querySelectorAll('tbody.list-group')];
      expect(groups.map((g) => g.getAttribute('data-group'))).to.deep.equal([
        ...MAP_GROUPS,
      ]);
      // Every country the map offers, with or without a record.
      const selectable = new Set([
        ...geometry.shapes
          .map((shape) => shape.key)
          .filter((key) => /^[A-Z]{2}$/.test(key) && key !== 'AQ'),
        ...dataset.countries.map((c) => c.code),
      ]);
      const rows = root(map).querySelectorAll('.list-country');
      expect(rows.length).to.equal(selectable.size);
      await expect(map).to.be.accessible();

      const country = sample('adopted');
      const button = root(map).querySelector<HTMLButtonElement>(
        `.list-country[data-key="${country.code}"]`,
      )!;
      const selected = oneEvent(map, 'hrd-country-select');
      button.click();
      expect((await selected).detail.country).to.equal(country.code);
      await map.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');

      toggle.click();
      await map.updateComplete;
      await waitForDrawn(map);
      expect(option(map, country.code)!.getAttribute('aria-selected')).to.equal(
        'true',
      );
    });

    it('opens in list view from the attribute', async () => {
      const map = await mountMap({ 'no-panel': '', view: 'list' });
      expect(root(map).querySelector('table.list-view')).to.exist;
      expect(root(map).querySelector('svg.map')).to.equal(null);
    });
  });

  describe('panel', () => {
    it('shows the selected country card beside a wide map', async () => {
      const country = sample('adopted');
      const map = await mountMap({ selected: country.code }, 1300);
      const card = root(map).querySelector('hrd-country-card')!;
      expect(card.getAttribute('country')).to.equal(country.code);
      expect(card.getAttribute('lang')).to.equal('en');
      const mapRect = mapBox(map).getBoundingClientRect();
      const panelRect = root(map)
        .querySelector('.panel')!
        .getBoundingClientRect();
      expect(panelRect.left).to.be.at.least(mapRect.right);
      await expect(map).to.be.accessible();
    });

    it('puts the panel below a narrow map', async () => {
      const map = await mountMap({ selected: 'CI' }, 600);
      const mapRect = mapBox(map).getBoundingClientRect();
      const panelRect = root(map)
        .querySelector('.panel')!
        .getBoundingClientRect();
      expect(panelRect.top).to.be.at.least(mapRect.bottom);
    });

    it('is left out with no-panel', async () => {
      const map = await mountMap({ selected: 'CI', 'no-panel': '' });
      expect(root(map).querySelector('.panel')).to.equal(null);
    });
  });

  describe('resize', () => {
    it('draws at 320 pixels', async () => {
      const map = await mountMap({ 'no-panel': '' }, 320);
      expect(viewBoxWidth(map)).to.equal(320);
      expect(svgOf(map).getBoundingClientRect().width).to.be.closeTo(320, 1);
      await expect(map).to.be.accessible();
    });

    it('redraws when its container changes width', async () => {
      const map = await mountMap({ 'no-panel': '' }, 500);
      expect(viewBoxWidth(map)).to.equal(500);
      map.parentElement!.style.width = '1200px';
      await waitUntil(
        () => viewBoxWidth(map) === 1200,
        'the map did not redraw',
      );
      expect(mapBox(map).getBoundingClientRect().height).to.be.closeTo(
        1200 / WORLD_ASPECT_RATIO,
        1,
      );
    });
  });

  describe('forced colors', () => {
    /** Text of the element's rules inside `@media (forced-colors: active)`. */
    function forcedColorRules(map: HrdMap): string {
      const sheets = root(map).adoptedStyleSheets;
      const rules = sheets.flatMap((sheet) => [...sheet.cssRules]);
      return rules
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
        .filter((rule) => rule.conditionText.includes('forced-colors: active'))
        .map((rule) => rule.cssText)
        .join('\n');
    }

    it('keeps its own paint with system colours', async () => {
      const map = await mountMap({ 'no-panel': '' });
      const css = forcedColorRules(map);
      expect(css).to.match(/\.map[^{]*\{[^}]*forced-color-adjust: none/);
      expect(css).to.match(/\.ring-focus \{[^}]*stroke: highlight/i);
      expect(css).to.match(
        /\.pattern-adopted \.pattern-background \{[^}]*fill: canvastext/i,
      );
      expect(css).to.match(/\.borders[^{]*\{[^}]*stroke: canvastext/i);
    });
  });
});
