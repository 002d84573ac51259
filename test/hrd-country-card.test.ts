import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { countryName } from '../src/i18n/country-names.js';
import {
  emulateMedia,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import * as v from 'valibot';
import '../src/components/hrd-country-card/define.js';
import type { HrdCountryCard } from '../src/components/hrd-country-card/hrd-country-card.js';
import { getBundledDataset } from '../src/data/bundled.js';
import { clearDatasetCache } from '../src/data/loader.js';
import {
  countryStatusGroup,
  domesticInstruments,
  hasComparison,
  modelLawCoverage,
} from '../src/data/queries.js';
import {
  DatasetSchema,
  type Country,
  type Dataset,
  type Instrument,
} from '../src/data/schema.js';
import { countLine } from '../src/i18n/count-line.js';
import { formatDate } from '../src/i18n/format.js';

const FULL = '/test/fixtures/card-full.json';
const UNSAFE = '/test/fixtures/card-unsafe.json';

let fullData: Dataset;

async function loadFixture(url: string): Promise<Dataset> {
  const response = await fetch(url);
  return v.parse(DatasetSchema, await response.json());
}

function countryOf(dataset: Dataset, code: string): Country {
  const country = dataset.countries.find((item) => item.code === code);
  if (!country) throw new Error(`fixture has no ${code}`);
  return country;
}

/**
 * Mounts a card with the given attributes and waits until its dataset has
 * loaded (or failed, with `until: 'hrd-data-error'`) and it has rendered.
 */
async function mount(
  attributes: Record<string, string>,
  until: 'hrd-data-load' | 'hrd-data-error' = 'hrd-data-load',
): Promise<HrdCountryCard> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const card = document.createElement('hrd-country-card');
  for (const [name, value] of Object.entries(attributes)) {
    card.setAttribute(name, value);
  }
  const settled = oneEvent(card, until);
  container.append(card);
  await settled;
  await card.updateComplete;
  return card;
}

function shadow(card: HrdCountryCard): ShadowRoot {
  return card.shadowRoot!;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function englishName(code: string): string {
  return countryName(code, 'en');
}

before(async () => {
  fullData = await loadFixture(FULL);
});

describe('<hrd-country-card>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  describe('accessibility', () => {
    it('passes axe on the full card', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      await expect(card).to.be.accessible();
    });

    it('passes axe on the compact card, closed and open', async () => {
      const card = await mount({ country: 'MX', src: FULL, variant: 'compact' });
      await expect(card).to.be.accessible();
      shadow(card).querySelector('details')!.open = true;
      await expect(card).to.be.accessible();
    });

    it('passes axe for each code message', async () => {
      for (const country of ['FR', 'ZZZ', '']) {
        const card = await mount({ country, src: FULL });
        await expect(card).to.be.accessible();
      }
      const missing = await mount({ src: FULL });
      await expect(missing).to.be.accessible();
    });

    it('passes axe in Arabic', async () => {
      const card = await mount({ country: 'CI', src: FULL, lang: 'ar' });
      await expect(card).to.be.accessible();
    });

    it('passes axe with a foreign-policy-only country', async () => {
      const card = await mount({ country: 'CA', src: FULL });
      await expect(card).to.be.accessible();
    });

    it('writes no style attribute anywhere', async () => {
      for (const variant of ['full', 'compact']) {
        const card = await mount({ country: 'CI', src: FULL, variant });
        expect(shadow(card).querySelectorAll('[style]').length).to.equal(0);
      }
    });
  });

  describe('country property', () => {
    it('accepts alpha-2 in any case', async () => {
      const card = await mount({ country: 'ci', src: FULL });
      expect(text(shadow(card).querySelector('[part="header"]'))).to.equal(
        englishName('CI'),
      );
    });

    it('accepts lower-case alpha-3', async () => {
      const card = await mount({ country: 'civ', src: FULL });
      expect(text(shadow(card).querySelector('h2'))).to.equal(englishName('CI'));
      expect(shadow(card).querySelectorAll('[part="instrument"]').length).to.equal(
        countryOf(fullData, 'CI').instruments.length,
      );
    });

    it('names a valid code that the dataset lacks', async () => {
      const card = await mount({ country: 'FR', src: FULL });
      const message = text(shadow(card).querySelector('[part="message"]'));
      expect(message).to.include(englishName('FR'));
      expect(message).to.include('"FR"');
      expect(message).to.include('no record');
      expect(shadow(card).querySelector('[part="instrument"]')).to.equal(null);
    });

    it('names the value of an invalid code', async () => {
      const card = await mount({ country: 'ZZZ', src: FULL });
      const message = text(shadow(card).querySelector('[part="message"]'));
      expect(message).to.include('"ZZZ"');
      expect(message).to.include('alpha-2 or alpha-3');
    });

    it('explains an empty code', async () => {
      const card = await mount({ country: '', src: FULL });
      const message = text(shadow(card).querySelector('[part="message"]'));
      expect(message).to.include('""');
      expect(message).to.include('alpha-2 or alpha-3');
    });

    it('explains a missing code', async () => {
      const card = await mount({ src: FULL });
      const message = text(shadow(card).querySelector('[part="message"]'));
      expect(message).to.include('No country is set');
      expect(message).to.include('alpha-2 or alpha-3');
    });

    it('re-renders when the code changes', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      card.country = 'MEX';
      await card.updateComplete;
      expect(text(shadow(card).querySelector('h2'))).to.equal(englishName('MX'));
    });
  });

  describe('full card', () => {
    it('shows status badge and count line', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const ci = countryOf(fullData, 'CI');
      const badge = shadow(card).querySelector('[part="status"]')!;
      expect(badge.classList.contains(`badge-${countryStatusGroup(ci)}`)).to.equal(
        true,
      );
      expect(badge.querySelector('svg.icon')).to.not.equal(null);
      expect(text(badge)).to.include('Adopted');
      expect(text(shadow(card).querySelector('.count-line'))).to.equal(
        countLine(ci, 'en'),
      );
    });

    it('shows each instrument with its facts', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const law = countryOf(fullData, 'CI').instruments[0];
      const entry = shadow(card).querySelector('[part="instrument"]')!;
      expect(text(entry.querySelector('h3'))).to.equal(law.title.en);
      const original = entry.querySelector('.original-title [lang]')!;
      expect(original.getAttribute('lang')).to.equal(law.titleOriginalLang);
      expect(original.getAttribute('translate')).to.equal('no');
      expect(text(original)).to.equal(law.titleOriginal);
      const facts = text(entry.querySelector('.facts'));
      expect(facts).to.include('Law');
      expect(facts).to.include('National');
      expect(facts).to.include(law.status.en);
      expect(facts).to.include(`(as of ${formatDate('en', law.statusAsOf!)})`);
      expect(facts).to.include(formatDate('en', law.date!));
      expect(facts).to.include('Potentially');
      expect(facts).to.include(law.restrictiveNote!.en);
      expect(text(entry.querySelector('.summary'))).to.equal(law.summary.en);
    });

    it('links each source', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const law = countryOf(fullData, 'CI').instruments[0];
      const entry = shadow(card).querySelector('[part="instrument"]')!;
      const links = [...entry.querySelectorAll<HTMLAnchorElement>('.sources a')];
      expect(links.map((link) => link.href)).to.deep.equal(law.sources);
      for (const link of links) {
        expect(link.rel).to.equal('noopener noreferrer');
      }
    });

    it('shows the subnational unit', async () => {
      const card = await mount({ country: 'MX', src: FULL });
      const state = countryOf(fullData, 'MX').instruments[1];
      const entries = shadow(card).querySelectorAll('[part="instrument"]');
      expect(text(entries[1].querySelector('.facts'))).to.include(
        `Subnational: ${state.subnationalUnit!.en}`,
      );
    });

    it('puts foreign-policy guidelines under their own heading', async () => {
      const card = await mount({ country: 'CA', src: FULL });
      const section = shadow(card).querySelector('.foreign-policy')!;
      expect(text(section.querySelector('h3'))).to.equal('Foreign-policy guidelines');
      expect(text(section.querySelector('h4'))).to.equal(
        countryOf(fullData, 'CA').instruments[0].title.en,
      );
      expect(text(shadow(card).querySelector('[part="status"]'))).to.include(
        'No domestic instrument',
      );
    });

    it('follows the heading-level attribute', async () => {
      const card = await mount({ country: 'CI', src: FULL, 'heading-level': '4' });
      expect(shadow(card).querySelector('h4[part="header"]')).to.not.equal(null);
      expect(shadow(card).querySelectorAll('h5.instrument-title').length).to.equal(
        countryOf(fullData, 'CI').instruments.length,
      );
      card.headingLevel = 9;
      await card.updateComplete;
      expect(shadow(card).querySelector('h6[part="header"]')).to.not.equal(null);
    });

    it('marks English text standing in for the reader language', async () => {
      const card = await mount({ country: 'CI', src: FULL, lang: 'fr' });
      const law = countryOf(fullData, 'CI').instruments[0];
      const entry = shadow(card).querySelector('[part="instrument"]')!;
      const title = entry.querySelector('h3')!;
      expect(title.querySelector('[lang="en"]')).to.not.equal(null);
      expect(title.querySelector('.fallback-marker')).to.not.equal(null);
      // The summary has a French translation, so it has no marker.
      const summary = entry.querySelector('.summary')!;
      expect(text(summary)).to.equal(law.summary.fr);
      expect(summary.querySelector('.fallback-marker')).to.equal(null);
      expect(summary.querySelector('[lang="en"]')).to.equal(null);
    });

    it('renders in Arabic from right to left', async () => {
      const card = await mount({ country: 'CI', src: FULL, lang: 'ar' });
      const law = countryOf(fullData, 'CI').instruments[0];
      expect(card.getAttribute('dir')).to.equal('rtl');
      const arabicName = countryName('CI', 'ar');
      expect(text(shadow(card).querySelector('h2'))).to.equal(arabicName);
      const title = shadow(card).querySelector('[part="instrument"] h3')!;
      expect(text(title)).to.equal(law.title.ar);
      expect(title.querySelector('.fallback-marker')).to.equal(null);
    });
  });

  describe('Model Law coverage', () => {
    it('states each part from the data', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const law = countryOf(fullData, 'CI').instruments[0];
      const rows = modelLawCoverage(law, fullData.modelLaw.checklist);
      const sentences = [
        ...shadow(card).querySelectorAll('[part="instrument"]')[0]
          .querySelectorAll('.coverage-sentences li'),
      ].map(text);
      const rights = rows.find((row) => row.part === 'rights')!;
      const sentence = sentences.find((line) =>
        line.startsWith('Rights of defenders:'),
      )!;
      expect(sentence).to.include(
        `fully covers ${rights.counts.full} of ${rights.total} elements`,
      );
      expect(sentence).to.include(`partly ${rights.counts.partial}`);
      expect(sentence).to.include(`not at all ${rights.counts.none}`);
      expect(sentence).to.include(`; ${rights.counts.unknown} not rated.`);
    });

    it('counts unknown elements apart from none', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const law = countryOf(fullData, 'CI').instruments[0];
      const rows = modelLawCoverage(law, fullData.modelLaw.checklist);
      const state = rows.find((row) => row.part === 'state-obligations')!;
      expect(state.counts.unknown).to.be.greaterThan(0);
      expect(state.counts.none).to.equal(0);
      const sentence = [
        ...shadow(card).querySelectorAll('.coverage-sentences li'),
      ]
        .map(text)
        .find((line) => line.startsWith('State obligations:'))!;
      expect(sentence).to.not.include('not at all');
      expect(sentence).to.include(`${state.counts.unknown} not rated`);
    });

    it('shows a whole-part rating as a sentence', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const law = countryOf(fullData, 'CI').instruments[0];
      const rating = law.partRatings!.mechanism!;
      const item = shadow(card).querySelector('.part-rating')!;
      expect(text(item)).to.include('Protection mechanism as a whole:');
      expect(text(item)).to.include(rating.note!.en);
      // The part has no element rating, so no "no element is rated" line.
      const lines = [...shadow(card).querySelectorAll('.coverage-sentences li')]
        .map(text);
      expect(lines.some((line) => line.startsWith('Protection mechanism:'))).to
        .equal(false);
    });

    it('sizes the bar segments from the counts', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const law = countryOf(fullData, 'CI').instruments[0];
      const rows = modelLawCoverage(law, fullData.modelLaw.checklist);
      const total = fullData.modelLaw.checklist.length;
      const bar = shadow(card).querySelector('.coverage-bar')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      for (const coverage of ['full', 'partial', 'none', 'restrictive', 'unknown']) {
        const count = rows.reduce(
          (sum, row) => sum + row.counts[coverage as 'full'],
          0,
        );
        const rect = bar.querySelector(`.segment-${coverage}`);
        if (count === 0) {
          expect(rect, coverage).to.equal(null);
          continue;
        }
        const width = parseFloat(rect!.getAttribute('width')!);
        expect(width, coverage).to.be.closeTo((count / total) * 100, 0.01);
      }
    });

    it('says when an instrument has no comparison', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const entries = shadow(card).querySelectorAll('[part="instrument"]');
      const ci = countryOf(fullData, 'CI');
      ci.instruments.forEach((item: Instrument, index: number) => {
        const missing = entries[index].querySelector('.coverage-missing');
        if (hasComparison(item)) expect(missing).to.equal(null);
        else {
          expect(text(missing)).to.equal(
            'No comparison with the Model Law is recorded for this instrument.',
          );
          expect(entries[index].querySelector('.coverage-bar')).to.equal(null);
        }
      });
    });
  });

  describe('unsafe data', () => {
    it('shows markup in data as text', async () => {
      const card = await mount({ country: 'CI', src: UNSAFE });
      const root = shadow(card);
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('script')).to.equal(null);
      expect(root.querySelector('b')).to.equal(null);
      expect(text(root.querySelector('.summary'))).to.equal(
        '<img src=x onerror=alert(1)>',
      );
      expect(text(root.querySelector('.instrument-title'))).to.equal(
        'Title with <b>markup</b>',
      );
    });

    it('keeps a quote in a URL inside the href', async () => {
      const card = await mount({ country: 'CI', src: UNSAFE });
      const links = [
        ...shadow(card).querySelectorAll<HTMLAnchorElement>('.sources a'),
      ];
      expect(links.length).to.equal(2);
      for (const link of links) {
        expect(new URL(link.href).protocol).to.equal('https:');
        expect(link.attributes.length).to.equal(4);
      }
      expect(links[0].pathname).to.include('%22%3E%3Cimg');
    });
  });

  describe('compact variant', () => {
    it('shows name, badge, count line and a disclosure', async () => {
      const card = await mount({ country: 'MX', src: FULL, variant: 'compact' });
      const mx = countryOf(fullData, 'MX');
      const root = shadow(card);
      expect(text(root.querySelector('h2'))).to.equal(englishName('MX'));
      expect(root.querySelector('[part="status"]')).to.not.equal(null);
      expect(text(root.querySelector('.count-line'))).to.equal(countLine(mx, 'en'));
      const details = root.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal(
        `Instruments (${mx.instruments.length})`,
      );
      expect(details.querySelectorAll('li').length).to.equal(mx.instruments.length);
      expect(root.querySelector('[part="footer"]')).to.equal(null);
      expect(root.querySelector('.coverage')).to.equal(null);
    });

    it('opens the disclosure with a click', async () => {
      const card = await mount({ country: 'MX', src: FULL, variant: 'compact' });
      const summary = shadow(card).querySelector('summary')!;
      const box = summary.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)],
      });
      expect(shadow(card).querySelector('details')!.open).to.equal(true);
    });

    it('fits a 320 px wide screen', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const variant of ['compact', 'full']) {
        const card = await mount({ country: 'CI', src: FULL, variant });
        const base = shadow(card).querySelector<HTMLElement>('[part="base"]')!;
        expect(base.getBoundingClientRect().right, variant).to.be.at.most(320);
        expect(base.scrollWidth, variant).to.be.at.most(base.clientWidth);
      }
    });
  });

  describe('footer', () => {
    it('shows the dataset version and date', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const line = text(shadow(card).querySelector('.dataset-line'));
      expect(line).to.include(`version ${fullData.version}`);
      expect(line).to.include(formatDate('en', fullData.asOf));
      expect(line).to.include(fullData.licence);
    });

    it('builds a one-line citation', async () => {
      const card = await mount({ country: 'CI', src: FULL });
      const ci = countryOf(fullData, 'CI');
      const field = shadow(card).querySelector('textarea')!;
      const citation = field.value;
      expect(field.readOnly).to.equal(true);
      expect(citation).to.not.include('\n');
      expect(citation).to.include(fullData.title.en);
      expect(citation).to.include(fullData.publisher);
      expect(citation).to.include(`version ${fullData.version}`);
      expect(citation).to.include(formatDate('en', fullData.asOf));
      expect(citation).to.include(englishName('CI'));
      expect(citation).to.include(domesticInstruments(ci)[0].sources[0]);
    });

    describe('copy button', () => {
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      afterEach(() => {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      });

      function fakeClipboard(write: (text: string) => Promise<void>): void {
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: write },
        });
      }

      async function clickCopy(card: HrdCountryCard): Promise<void> {
        const button = shadow(card).querySelector<HTMLElement>('.copy')!;
        const box = button.getBoundingClientRect();
        button.scrollIntoView();
        const moved = button.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [
            Math.round(moved.x + box.width / 2),
            Math.round(moved.y + box.height / 2),
          ],
        });
      }

      async function status(card: HrdCountryCard): Promise<Element> {
        const element = shadow(card).querySelector('.copy-status')!;
        for (let i = 0; i < 50 && !text(element); i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return element;
      }

      it('copies the citation and says so', async () => {
        const written: string[] = [];
        fakeClipboard(async (value) => {
          written.push(value);
        });
        const card = await mount({ country: 'CI', src: FULL });
        await clickCopy(card);
        const element = await status(card);
        expect(element.getAttribute('role')).to.equal('status');
        expect(text(element)).to.equal('Copied.');
        expect(written).to.deep.equal([shadow(card).querySelector('textarea')!.value]);
        await expect(card).to.be.accessible();
      });

      it('selects the citation when copying fails', async () => {
        fakeClipboard(() => Promise.reject(new DOMException('denied')));
        const card = await mount({ country: 'CI', src: FULL });
        await clickCopy(card);
        const element = await status(card);
        expect(text(element)).to.include('Could not copy');
        const field = shadow(card).querySelector('textarea')!;
        expect(shadow(card).activeElement).to.equal(field);
        expect(field.selectionStart).to.equal(0);
        expect(field.selectionEnd).to.equal(field.value.length);
      });

      it('selects the citation without a clipboard API', async () => {
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: undefined,
        });
        const card = await mount({ country: 'CI', src: FULL });
        await clickCopy(card);
        expect(text(await status(card))).to.include('Could not copy');
      });
    });
  });

  describe('print', () => {
    it('hides the buttons and opens the disclosure', async () => {
      const full = await mount({ country: 'CI', src: FULL });
      const compact = await mount({ country: 'MX', src: FULL, variant: 'compact' });
      const line = shadow(compact).querySelector('details li')!;
      expect(line.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      const root = shadow(full);
      expect(root.querySelector('.copy')!.checkVisibility()).to.equal(false);
      expect(root.querySelector('textarea')!.checkVisibility()).to.equal(false);
      const printed = root.querySelector('.citation-print')!;
      expect(getComputedStyle(printed).display).to.equal('block');
      expect(text(printed)).to.equal(root.querySelector('textarea')!.value);
      const link = root.querySelector('.source-link')!;
      expect(getComputedStyle(link, '::after').content).to.include('ishr.ch');
      expect(line.checkVisibility()).to.equal(true);
      const badge = root.querySelector('.badge')!;
      expect(getComputedStyle(badge).printColorAdjust).to.equal('exact');
    });
  });

  describe('data states', () => {
    beforeEach(() => clearDatasetCache());

    it('reserves space while the dataset loads', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const card = document.createElement('hrd-country-card');
      card.country = 'CI';
      card.src = '/test-server/hang';
      container.append(card);
      await card.updateComplete;
      const base = shadow(card).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(base.getBoundingClientRect().height).to.be.greaterThan(200);
      expect(text(shadow(card).querySelector('[role="status"]'))).to.include(
        'Loading',
      );
      await expect(card).to.be.accessible();
      card.remove();
    });

    it('falls back to the bundled dataset with a notice', async () => {
      const bundled = getBundledDataset();
      const code = bundled.countries[0].code;
      const card = await mount(
        { country: code, src: '/test-server/status/500' },
        'hrd-data-error',
      );
      const notice = shadow(card).querySelector('[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(text(notice)).to.include('500');
      expect(text(shadow(card).querySelector('h2'))).to.equal(englishName(code));
      expect(text(shadow(card).querySelector('.dataset-line'))).to.include(
        bundled.version,
      );
      await expect(card).to.be.accessible();
    });

    it('uses the bundled dataset without src', async () => {
      const bundled = getBundledDataset();
      const country = bundled.countries.find((item) =>
        item.instruments.some(hasComparison),
      )!;
      const card = await mount({ country: country.code });
      expect(shadow(card).querySelectorAll('[part="instrument"]').length).to.equal(
        country.instruments.length,
      );
      expect(shadow(card).querySelectorAll('.coverage-bar').length).to.equal(
        country.instruments.filter(hasComparison).length,
      );
      await expect(card).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires hrd-data-load with the URL and version', async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const card = document.createElement('hrd-country-card');
      card.setAttribute('country', 'CI');
      card.setAttribute('src', FULL);
      const event = oneEvent(card, 'hrd-data-load');
      container.append(card);
      const { detail } = await event;
      expect(detail.url).to.equal(FULL);
      expect(detail.version).to.equal(fullData.version);
    });
  });
});
