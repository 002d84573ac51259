import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/hrd-country-card/define.js';
import '../src/components/hrd-map/define.js';
import type { HrdCountryCard } from '../src/components/hrd-country-card/hrd-country-card.js';
import type { HrdMap } from '../src/components/hrd-map/hrd-map.js';
import { getBundledDataset } from '../src/data/bundled.js';
import { clearDatasetCache } from '../src/data/loader.js';
import { countryName, resetCountryNameCache } from '../src/i18n/country-names.js';
import { mountMap } from './helpers/mount-map.js';

const dataset = getBundledDataset();

/** Name of `key` as the elements show it, with the dataset's override. */
function nameOf(key: string, locale: string): string {
  const record = dataset.countries.find((country) => country.code === key);
  return countryName(key, locale, record?.name);
}

async function mountCard(country: string): Promise<HrdCountryCard> {
  const card = document.createElement('hrd-country-card');
  card.setAttribute('country', country);
  const loaded = oneEvent(card, 'hrd-data-load');
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(card);
  await loaded;
  await card.updateComplete;
  return card;
}

function root(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function options(map: HrdMap): SVGElement[] {
  return [
    ...root(map).querySelectorAll<SVGElement>('svg.map [role="option"]'),
  ];
}

/** Types `query` into the map's search box the way an input event does. */
async function search(map: HrdMap, query: string): Promise<string[]> {
  const input = root(map).querySelector<HTMLInputElement>(
    'input[role="combobox"]',
  )!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await map.updateComplete;
  return [...root(map).querySelectorAll('.search-option')].map((item) =>
    item.id.replace('search-option-', ''),
  );
}

/** Stand-ins for `Intl.DisplayNames` on runtimes that lack it or break it. */
const BROKEN_DISPLAY_NAMES: Record<string, unknown> = {
  missing: undefined,
  'returning the code': class {
    of(code: string) {
      return code;
    }
  },
  'throwing when built': class {
    constructor() {
      throw new RangeError('no display names here');
    }
  },
  'throwing on lookup': class {
    of(): string {
      throw new RangeError('no display names here');
    }
  },
};

before(async () => {
  await setViewport({ width: 1400, height: 1000 });
});

afterEach(() => {
  clearDatasetCache();
});

describe('fault: country names', () => {
  const original = Intl.DisplayNames;
  const errors: unknown[] = [];
  const record = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push('error' in event ? event.error : event.reason);

  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
  });

  afterEach(() => {
    (Intl as { DisplayNames: unknown }).DisplayNames = original;
    resetCountryNameCache();
    window.removeEventListener('error', record);
    window.removeEventListener('unhandledrejection', record);
  });

  for (const [label, replacement] of Object.entries(BROKEN_DISPLAY_NAMES)) {
    it(`reads Canada with Intl.DisplayNames ${label}`, async () => {
      (Intl as { DisplayNames: unknown }).DisplayNames = replacement;
      resetCountryNameCache();
      expect(countryName('CA', 'en')).to.equal('Canada');
      expect(countryName('CA', 'fr')).to.equal('Canada');

      const map = await mountMap({ 'no-panel': '' });
      const canada = root(map).querySelector<SVGElement>('#country-CA')!;
      expect(canada.getAttribute('aria-label')).to.match(/^Canada: /);
      canada.focus();
      await map.updateComplete;
      expect(text(root(map).querySelector('.tooltip-name'))).to.equal('Canada');
      expect(await search(map, 'canad')).to.include('CA');
      expect(text(root(map).querySelector('#search-option-CA .search-name')))
        .to.equal('Canada');

      map.view = 'list';
      await map.updateComplete;
      const row = root(map).querySelector('.list-country[data-key="CA"]');
      expect(text(row)).to.equal('Canada');

      const card = await mountCard('CA');
      expect(text(root(card).querySelector('.name'))).to.equal('Canada');
      expect(errors).to.deep.equal([]);
    });
  }
});

describe('fault: screen readers', () => {
  it('names every focusable country', async () => {
    const map = await mountMap({ 'no-panel': '' });
    const items = options(map);
    expect(items.length).to.be.above(150);
    for (const item of items) {
      const key = item.getAttribute('data-key')!;
      const label = item.getAttribute('aria-label') ?? '';
      const name = label.split(':')[0].trim();
      expect(name, key).not.to.equal('');
      expect(name, key).not.to.equal(key);
      expect(name, key).to.equal(nameOf(key, 'en'));
    }
  });

  it('selects with real Enter and Space keys', async () => {
    const map = await mountMap({ 'no-panel': '' });
    const toggles = root(map).querySelectorAll<HTMLButtonElement>(
      '.legend-toggle',
    );
    toggles[toggles.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await map.updateComplete;
    const first = root(map).activeElement!.getAttribute('data-key')!;
    expect(first).to.match(/^[A-Z]{2}$/);
    let selected = oneEvent(map, 'hrd-country-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.country).to.equal(first);
    expect(map.selected).to.equal(first);

    await sendKeys({ press: 'ArrowDown' });
    await map.updateComplete;
    const second = root(map).activeElement!.getAttribute('data-key')!;
    expect(second).not.to.equal(first);
    selected = oneEvent(map, 'hrd-country-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.country).to.equal(second);
    expect(map.selected).to.equal(second);
    expect(
      root(map).querySelector(`#country-${second}`)!.getAttribute('aria-selected'),
    ).to.equal('true');
  });

  it('hides decorative paths', async () => {
    const map = await mountMap({ 'no-panel': '', selected: 'CA' });
    root(map).querySelector<SVGElement>('#country-CA')!.focus();
    await map.updateComplete;
    const svg = root(map).querySelector('svg.map')!;
    const decorative = svg.querySelectorAll(
      '.sphere, .borders, .coastlines, .ring',
    );
    expect(svg.querySelectorAll('.ring')).to.have.length(2);
    for (const item of decorative) {
      expect(item.getAttribute('aria-hidden'), item.getAttribute('class')!).to
        .equal('true');
    }
    for (const path of svg.querySelectorAll('path.country:not([role])')) {
      expect(path.getAttribute('aria-hidden')).to.equal('true');
    }
    for (const item of svg.querySelectorAll('[role="option"] *')) {
      expect(item.getAttribute('role')).to.equal(null);
    }
  });

  it('lists every country of the map in the list view', async () => {
    const map = await mountMap({ 'no-panel': '' });
    const onMap = options(map).map((item) => item.getAttribute('data-key')!);
    map.view = 'list';
    await map.updateComplete;
    const listed = [...root(map).querySelectorAll('.list-country')].map(
      (button) => button.getAttribute('data-key')!,
    );
    expect(new Set(listed).size).to.equal(listed.length);
    const missing = onMap.filter((key) => !listed.includes(key));
    expect(missing).to.deep.equal([]);
    const none = root(map).querySelector('tbody[data-group="none"]');
    expect(none).to.exist;
    expect(text(none!.querySelector('.list-country[data-key="FR"]'))).to.equal(
      'France',
    );
    await expect(map).to.be.accessible();
  });

  for (const locale of ['en', 'fr']) {
    it(`finds every country by its name in ${locale}`, async () => {
      const map = await mountMap({ 'no-panel': '', lang: locale });
      const keys = options(map).map((item) => item.getAttribute('data-key')!);
      const notFound: string[] = [];
      for (const key of keys) {
        const found = await search(map, nameOf(key, locale));
        if (!found.includes(key)) notFound.push(key);
      }
      expect(notFound).to.deep.equal([]);
    });
  }
});
