import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/components/hrd-map/define.js';
import type { HrdMap } from '../src/components/hrd-map/hrd-map.js';
import { getBundledDataset } from '../src/data/bundled.js';
import { isIsoKey } from '../src/geo/country-keys.js';
import { getProjectedWorld } from '../src/geo/path-cache.js';
import { WORLD_ASPECT_RATIO } from '../src/geo/projection.js';
import { regionOfKey } from '../src/geo/regions.js';
import { getWorldGeometry } from '../src/geo/world.js';
import { MAP_WIDTH, mountMap } from './helpers/mount-map.js';

const dataset = getBundledDataset();
const regionByCode = new Map(dataset.countries.map((c) => [c.code, c.region]));

/** Returns a country's region as the map assigns it: record, else table. */
function regionOf(key: string): string | null {
  return regionByCode.get(key) ?? regionOfKey(key);
}

/** Returns every key the map offers in the world view, Antarctica aside. */
function allKeys(): string[] {
  const keys = new Set(
    getWorldGeometry()
      .shapes.map((shape) => shape.key)
      .filter((key) => isIsoKey(key) && key !== 'AQ'),
  );
  for (const code of regionByCode.keys()) keys.add(code);
  return [...keys];
}

function root(map: HrdMap): ShadowRoot {
  return map.shadowRoot!;
}

function optionKeys(map: HrdMap): string[] {
  return [
    ...root(map).querySelectorAll<SVGElement>('svg.map [role="option"]'),
  ].map((option) => option.getAttribute('data-key')!);
}

function focusedKey(map: HrdMap): string | null {
  return root(map).activeElement?.getAttribute('data-key') ?? null;
}

async function press(map: HrdMap, key: string): Promise<string | null> {
  await sendKeys({ press: key });
  await map.updateComplete;
  return focusedKey(map);
}

/** Moves focus onto the map's tab stop with a real Tab press. */
async function tabIntoMap(map: HrdMap): Promise<void> {
  const toggles =
    root(map).querySelectorAll<HTMLButtonElement>('.legend-toggle');
  toggles[toggles.length - 1].focus();
  await sendKeys({ press: 'Tab' });
  await map.updateComplete;
}

function legendTotal(map: HrdMap): number {
  return [...root(map).querySelectorAll('.legend-count')]
    .map((count) => Number(count.textContent!.replace(/\D/g, '')))
    .reduce((sum, count) => sum + count, 0);
}

/** Sum of the numbers in the live summary, "Adopted: 3 countries. …". */
function summaryTotal(map: HrdMap): number {
  const status = root(map).querySelector('.toolbar ~ p[role="status"]')!;
  return (status.textContent!.match(/\d+/g) ?? [])
    .map(Number)
    .reduce((sum, count) => sum + count, 0);
}

/** Returns the projected world the element draws for `region`. */
function projectedRegion(region: string) {
  const extras = allKeys().filter((key) => regionOf(key) === region);
  return getProjectedWorld(
    MAP_WIDTH,
    Math.round(MAP_WIDTH / WORLD_ASPECT_RATIO),
    { region: region as 'africa', regionExtras: extras },
  );
}

before(async () => {
  await setViewport({ width: 1400, height: 1000 });
});

describe('<hrd-map> region', () => {
  it('offers only countries of the region', async () => {
    const map = await mountMap({ 'no-panel': '', region: 'africa' });
    const keys = optionKeys(map);
    expect(keys).not.to.be.empty;
    const outside = keys.filter((key) => regionOf(key) !== 'africa');
    expect(outside).to.deep.equal([]);
    expect(keys).to.include('CI');
    await expect(map).to.be.accessible();
  });

  it('counts the same countries as the options', async () => {
    const map = await mountMap({ 'no-panel': '', region: 'africa' });
    const keys = optionKeys(map).sort();
    expect(legendTotal(map)).to.equal(keys.length);
    expect(summaryTotal(map)).to.equal(keys.length);
    map.view = 'list';
    await map.updateComplete;
    const listed = [
      ...root(map).querySelectorAll<HTMLButtonElement>('.list-country'),
    ].map((button) => button.getAttribute('data-key')!);
    expect(listed.sort()).to.deep.equal(keys);
    await expect(map).to.be.accessible();
  });

  it('draws outside countries as decoration', async () => {
    const map = await mountMap({ 'no-panel': '', region: 'africa' });
    const world = projectedRegion('africa');
    const brazil = world.byKey.get('BR')!;
    expect(brazil.d, 'Brazil is not drawn in the Africa view').to.be.ok;
    const path = [
      ...root(map).querySelectorAll<SVGPathElement>('path.country'),
    ].find((item) => item.getAttribute('d') === brazil.d);
    expect(path, 'no path draws Brazil').to.exist;
    expect(path!.getAttribute('role')).to.equal(null);
    expect(path!.getAttribute('aria-hidden')).to.equal('true');
    expect(path!.hasAttribute('tabindex')).to.equal(false);
    expect(getComputedStyle(path!).pointerEvents).to.equal('none');
    expect(Number(getComputedStyle(path!).opacity)).to.be.lessThan(1);
  });

  it('ignores hover and clicks on Brazil', async () => {
    const map = await mountMap({ 'no-panel': '', region: 'africa' });
    const svg = root(map).querySelector<SVGSVGElement>('svg.map')!;
    const [x, y] = projectedRegion('africa').byKey.get('BR')!.label!;
    const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
    const position: [number, number] = [
      Math.round(point.x),
      Math.round(point.y),
    ];
    let events = 0;
    map.addEventListener('hrd-country-select', () => events++);
    await sendMouse({ type: 'move', position });
    await map.updateComplete;
    const tooltip = root(map).querySelector('.tooltip-name');
    expect(tooltip?.textContent?.trim(), 'tooltip').to.equal(undefined);
    await sendMouse({ type: 'click', position });
    await map.updateComplete;
    expect(events).to.equal(0);
    expect(map.selected).to.equal(null);
    await sendMouse({ type: 'move', position: [5, 5] });
  });

  it('keeps Home and End in the region', async () => {
    const map = await mountMap({ 'no-panel': '', region: 'africa' });
    await tabIntoMap(map);
    const first = await press(map, 'Home');
    expect(regionOf(first!)).to.equal('africa');
    expect(await press(map, 'ArrowLeft')).to.equal(first);
    const last = await press(map, 'End');
    expect(regionOf(last!)).to.equal('africa');
    expect(last).not.to.equal(first);
    expect(await press(map, 'ArrowRight')).to.equal(last);
  });

  it('walks every option from CI within the region', async () => {
    const map = await mountMap({ region: 'africa', selected: 'CI' });
    await tabIntoMap(map);
    expect(focusedKey(map)).to.equal('CI');
    const total = optionKeys(map).length;
    const visited = new Set<string>(['CI']);
    // ArrowRight stops at the last option, so the walk goes from CI to
    // the end, jumps to the first option with Home and goes on to CI.
    let key: string | null = 'CI';
    let wrapped = false;
    for (let i = 0; i < total + 2; i++) {
      const next = await press(map, 'ArrowRight');
      expect(next, `press ${i + 1} left the map`).to.be.ok;
      if (next === key && !wrapped) {
        wrapped = true;
        key = await press(map, 'Home');
      } else {
        key = next;
      }
      visited.add(key!);
      if (key === 'CI') break;
    }
    expect(key, 'the walk never came back to CI').to.equal('CI');
    const outside = [...visited].filter((k) => regionOf(k) !== 'africa');
    expect(outside).to.deep.equal([]);
    expect(visited.size).to.equal(total);
  });

  it('type-ahead skips countries outside', async () => {
    const map = await mountMap({ 'no-panel': '', region: 'africa' });
    await tabIntoMap(map);
    for (const letter of ['b', 'p', 'i']) {
      await new Promise((resolve) => setTimeout(resolve, 750));
      const key = await press(map, letter);
      expect(regionOf(key!), `after "${letter}": ${key}`).to.equal('africa');
    }
  });

  it('searches only the region', async () => {
    const map = await mountMap({ 'no-panel': '', region: 'africa' });
    const input = root(map).querySelector<HTMLInputElement>(
      'input[role="combobox"]',
    )!;
    input.focus();
    await sendKeys({ type: 'Brazil' });
    await map.updateComplete;
    expect(root(map).querySelectorAll('.search-option').length).to.equal(0);
    expect(root(map).querySelector('.search-status')!.textContent).to.contain(
      'No country matches',
    );
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(map.selected).to.equal(null);
    input.select();
    await sendKeys({ type: 'Kenya' });
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(map.selected).to.equal('KE');
  });

  it('keeps a selection outside the region', async () => {
    const map = await mountMap({ region: 'africa' });
    map.selected = 'BRA';
    await map.updateComplete;
    await map.updateComplete;
    expect(map.getAttribute('selected')).to.equal('BR');
    const card = root(map).querySelector('.panel hrd-country-card');
    expect(card?.getAttribute('country')).to.equal('BR');
    expect(optionKeys(map)).not.to.include('BR');
    const marked = root(map).querySelectorAll('[aria-selected="true"]');
    expect(marked.length).to.equal(0);
    await tabIntoMap(map);
    expect(regionOf(focusedKey(map)!)).to.equal('africa');
    await expect(map).to.be.accessible();
  });

  it('offers every country again without region', async () => {
    const map = await mountMap({ 'no-panel': '', region: 'africa' });
    const regional = optionKeys(map).length;
    map.removeAttribute('region');
    await map.updateComplete;
    const keys = optionKeys(map);
    expect(keys.length).to.be.greaterThan(regional);
    expect(keys).to.include('BR');
    expect(keys).to.include('CI');
    expect(keys.length).to.equal(legendTotal(map));
    expect(keys.sort()).to.deep.equal(allKeys().sort());
  });
});
