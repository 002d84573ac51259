import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../src/components/hrd-map/define.js';
import type { HrdCountryCard } from '../src/components/hrd-country-card/hrd-country-card.js';
import type { HrdMap } from '../src/components/hrd-map/hrd-map.js';
import { clearDatasetCache } from '../src/data/loader.js';

const FIXTURE = '/test/fixtures/mini-dataset.json';
const MISSING = '/test-server/status/404';

interface Counted {
  map: HrdMap;
  loads: Event[];
  errors: Event[];
}

/**
 * Mounts a map with `src` and the panel open on Côte d'Ivoire, counting
 * the data events that reach the page. Resolves once the card inside the
 * panel has finished its own load, so that any event it leaks is counted.
 */
async function mountCounting(src: string): Promise<Counted> {
  const loads: Event[] = [];
  const errors: Event[] = [];
  const count = (event: Event) => {
    if (event.type === 'hrd-data-load') loads.push(event);
    else errors.push(event);
  };
  document.addEventListener('hrd-data-load', count);
  document.addEventListener('hrd-data-error', count);
  try {
    const map = await fixture<HrdMap>(
      html`<hrd-map selected="CI" src=${src}></hrd-map>`,
    );
    await waitUntil(
      () => loads.length + errors.length > 0,
      'the map fired no data event',
    );
    await map.updateComplete;
    const card = await waitForCard(map);
    await waitUntil(
      () => card.shadowRoot?.querySelector('.skeleton') === null,
      'the card inside the panel did not finish loading',
    );
    await card.updateComplete;
    for (let i = 0; i < 5; i++) await nextFrame();
    return { map, loads, errors };
  } finally {
    document.removeEventListener('hrd-data-load', count);
    document.removeEventListener('hrd-data-error', count);
  }
}

async function waitForCard(map: HrdMap): Promise<HrdCountryCard> {
  await waitUntil(
    () => map.shadowRoot!.querySelector('.panel hrd-country-card'),
    'the panel shows no country card',
  );
  return map.shadowRoot!.querySelector<HrdCountryCard>(
    '.panel hrd-country-card',
  )!;
}

describe('hrd-map data events', () => {
  beforeEach(() => clearDatasetCache());

  it('fires one hrd-data-load with the panel open', async () => {
    const { map, loads, errors } = await mountCounting(FIXTURE);
    expect(loads.length).to.equal(1);
    expect(errors.length).to.equal(0);
    expect(loads[0].target).to.equal(map);
  });

  it('fires one hrd-data-error with the panel open', async () => {
    const { map, loads, errors } = await mountCounting(MISSING);
    expect(errors.length).to.equal(1);
    expect(loads.length).to.equal(0);
    expect(errors[0].target).to.equal(map);
  });

  it('lets the panel card draw its loaded data', async () => {
    const { map } = await mountCounting(FIXTURE);
    const card = await waitForCard(map);
    expect(card.getAttribute('src')).to.equal(FIXTURE);
    expect(card.shadowRoot!.textContent).to.contain('Ivoire');
  });
});
