import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/hrd-map/define.js';
import type { HrdMap } from '../src/components/hrd-map/hrd-map.js';

/**
 * Mounts a map without a panel in `lang` and waits for its dataset. The
 * map lives outside `fixture()`, which would remove it after each test, so
 * that one map serves every test of a language.
 */
async function mount(lang: string): Promise<HrdMap> {
  const container = document.createElement('div');
  container.style.width = '960px';
  document.body.append(container);
  const map = document.createElement('hrd-map');
  map.setAttribute('no-panel', '');
  map.setAttribute('lang', lang);
  const loaded = oneEvent(map, 'hrd-data-load');
  container.append(map);
  await loaded;
  await map.updateComplete;
  return map;
}

function inputOf(map: HrdMap): HTMLInputElement {
  return map.shadowRoot!.querySelector<HTMLInputElement>(
    'input[role="combobox"]',
  )!;
}

function statusText(map: HrdMap): string {
  const status = map.shadowRoot!.querySelector('.search-status');
  return (status?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns the country codes of the listed options, in order. */
function optionKeys(map: HrdMap): string[] {
  const options = map.shadowRoot!.querySelectorAll(
    '.search-list [role="option"]',
  );
  return [...options].map((option) =>
    option.id.replace(/^search-option-/, ''),
  );
}

/** Replaces the text in the search box by typing `query`. */
async function search(map: HrdMap, query: string): Promise<string[]> {
  const input = inputOf(map);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
  await map.updateComplete;
  return optionKeys(map);
}

async function pressEnter(map: HrdMap): Promise<void> {
  await sendKeys({ press: 'Enter' });
  await map.updateComplete;
}

/** Queries that must list `key` first, whatever the locale. */
const FIRST_MATCHES: [query: string, key: string][] = [
  ["cote d'ivoire", 'CI'],
  ['côte d’ivoire', 'CI'],
  ['COTE DIVOIRE', 'CI'],
  ['  cote   d`ivoire ', 'CI'],
  ['cote dʼivoire', 'CI'],
  ['guinea bissau', 'GW'],
  ['guineabissau', 'GW'],
  ['CIV', 'CI'],
  ['ci', 'CI'],
  ['civ', 'CI'],
  ['ken', 'KE'],
];

for (const lang of ['en', 'fr']) {
  describe(`hrd-map search (${lang})`, () => {
    let map: HrdMap;

    before(async () => {
      map = await mount(lang);
    });

    after(() => map.parentElement!.remove());

    afterEach(async () => {
      const input = inputOf(map);
      input.blur();
      await map.updateComplete;
    });

    for (const [query, key] of FIRST_MATCHES) {
      it(`lists ${key} first for "${query}"`, async () => {
        const keys = await search(map, query);
        expect(keys[0]).to.equal(key);
      });
    }

    it('finds a country by its English names', async () => {
      // Intl names it Czechia in English, and the ISO table Czech Republic.
      expect(await search(map, 'czech republic')).to.include('CZ');
      expect(await search(map, 'germany')).to.include('DE');
      expect(await search(map, 'ivory')).to.deep.equal([]);
    });

    it('picks the only match on Enter', async () => {
      await search(map, 'CIV');
      const selected = oneEvent(map, 'hrd-country-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.country).to.equal('CI');
      await map.updateComplete;
      expect(inputOf(map).getAttribute('aria-expanded')).to.equal('false');
      map.selected = null;
      await map.updateComplete;
    });

    it('highlights the first of several matches on Enter', async () => {
      const keys = await search(map, 'an');
      expect(keys.length).to.equal(8);
      const input = inputOf(map);
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);

      await pressEnter(map);
      expect(map.selected).to.equal(null);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(input.getAttribute('aria-activedescendant')).to.equal(
        `search-option-${keys[0]}`,
      );
      const message =
        lang === 'fr'
          ? /^(\d+) pays correspondent\. Choisissez-en un avec les touches fléchées\.$/
          : /^(\d+) countries match\. Use the arrow keys to choose one\.$/;
      const status = statusText(map);
      expect(status).to.match(message);
      // The count is every match, more than the popup lists.
      expect(Number(message.exec(status)![1])).to.be.greaterThan(keys.length);
      await expect(map).to.be.accessible();

      await sendKeys({ press: 'ArrowDown' });
      await map.updateComplete;
      expect(statusText(map)).to.equal('');
      expect(input.getAttribute('aria-activedescendant')).to.equal(
        `search-option-${keys[1]}`,
      );

      const selected = oneEvent(map, 'hrd-country-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.country).to.equal(keys[1]);
      map.selected = null;
      await map.updateComplete;
    });

    it('ignores Enter when nothing matches', async () => {
      expect(await search(map, 'qqq')).to.deep.equal([]);
      await pressEnter(map);
      expect(map.selected).to.equal(null);
      expect(statusText(map)).to.not.equal('');
      expect(statusText(map)).to.not.match(/\d/);
    });
  });
}
