import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { getBundledDataset } from '../src/data/bundled.js';
import { mainInstrument } from '../src/data/main-instrument.js';
import {
  domesticInstruments,
  elementCoverage,
  findCountry,
  hasComparison,
} from '../src/data/queries.js';
import type { Country, Instrument } from '../src/data/schema.js';
import '../src/components/hrd-model-law-checklist/define.js';
import type {
  HrdModelLawChecklist,
} from '../src/components/hrd-model-law-checklist/define.js';

const SMALL = '/test/fixtures/checklist-small.json';
const dataset = getBundledDataset();
const checklist = dataset.modelLaw.checklist;

function $(el: HrdModelLawChecklist, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: HrdModelLawChecklist, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves once the element has its dataset and has rendered it. */
async function loaded(el: HrdModelLawChecklist): Promise<void> {
  for (let i = 0; i < 100 && $(el, '.loading'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
}

async function make(
  template: ReturnType<typeof html>,
): Promise<HrdModelLawChecklist> {
  const el = await fixture<HrdModelLawChecklist>(template);
  await loaded(el);
  return el;
}

/** A country whose main instrument has comparison data and article numbers. */
function comparedCountry(): { country: Country; instrument: Instrument } {
  for (const country of dataset.countries) {
    const instrument = mainInstrument(country);
    const ratings = Object.values(instrument?.modelLaw ?? {});
    if (instrument && ratings.some((rating) => rating.articles?.length)) {
      return { country, instrument };
    }
  }
  throw new Error('the bundled dataset has no instrument with articles');
}

describe('<hrd-model-law-checklist>', () => {
  describe('single instrument', () => {
    it('marks elements as rated', async () => {
      const { country, instrument } = comparedCountry();
      const el = await make(
        html`<hrd-model-law-checklist
          country=${country.code.toLowerCase()}
        ></hrd-model-law-checklist>`,
      );
      const rows = $$(el, 'li.row');
      expect(rows.map((row) => row.dataset.key)).to.have.members(
        checklist.map((element) => element.key),
      );
      for (const element of checklist) {
        const row = $(el, `li.row[data-key="${element.key}"]`)!;
        const coverage = elementCoverage(instrument, element.key);
        const mark = row.querySelector('[part="mark"]')!;
        expect(mark.classList.contains(`mark--${coverage}`), element.key).to.be
          .true;
        const word = text(mark.querySelector('.mark-word'));
        expect(word, element.key).not.to.equal('');
        expect(mark.querySelector('svg')?.getAttribute('aria-hidden')).to.equal(
          'true',
        );
        const rating = instrument.modelLaw?.[element.key];
        if (rating?.note) expect(text(row)).to.contain(rating.note.en);
        for (const article of rating?.articles ?? []) {
          expect(text(row.querySelector('.articles'))).to.contain(article);
        }
      }
      await expect(el).to.be.accessible();
    });

    it('groups elements by part in dataset order', async () => {
      const { country } = comparedCountry();
      const el = await make(
        html`<hrd-model-law-checklist
          country=${country.code}
        ></hrd-model-law-checklist>`,
      );
      const expected = dataset.modelLaw.parts
        .map((part) => part.key)
        .filter((part) => checklist.some((element) => element.part === part));
      const sections = $$(el, 'section.part');
      expect(sections.map((section) => section.dataset.part)).to.deep.equal(
        expected,
      );
      for (const section of sections) {
        const keys = [...section.querySelectorAll<HTMLElement>('li.row')].map(
          (row) => row.dataset.key,
        );
        const inPart = checklist
          .filter((element) => element.part === section.dataset.part)
          .map((element) => element.key);
        expect(keys).to.deep.equal(inPart);
      }
    });

    it('accepts alpha-3 codes in any case', async () => {
      const el = await make(
        html`<hrd-model-law-checklist country="civ"></hrd-model-law-checklist>`,
      );
      const main = mainInstrument(findCountry(dataset, 'CI')!)!;
      expect(text($(el, 'header'))).to.contain(main.title.en);
    });

    it('shows the instrument named by `instrument`', async () => {
      const country = dataset.countries.find(
        (item) => domesticInstruments(item).length > 1,
      )!;
      const main = mainInstrument(country)!;
      const other = country.instruments.find((item) => item !== main)!;
      const el = await make(
        html`<hrd-model-law-checklist
          country=${country.code}
          instrument=${other.id}
        ></hrd-model-law-checklist>`,
      );
      expect(text($(el, 'header p'))).to.contain(other.title.en);
      const select = $(el, 'select') as HTMLSelectElement;
      expect(select.value).to.equal(other.id);
      expect(select.options.length).to.equal(country.instruments.length);
    });

    it('switches instrument with the keyboard', async () => {
      const country = dataset.countries.find(
        (item) => item.instruments.length > 1,
      )!;
      const el = await make(
        html`<hrd-model-law-checklist
          country=${country.code}
        ></hrd-model-law-checklist>`,
      );
      const select = $(el, 'select') as HTMLSelectElement;
      const before = select.selectedIndex;
      const expectedIndex = before === 0 ? 1 : before - 1;
      select.focus();
      await sendKeys({ press: before === 0 ? 'ArrowDown' : 'ArrowUp' });
      await el.updateComplete;
      const expected = country.instruments[expectedIndex];
      expect(el.getAttribute('instrument')).to.equal(expected.id);
      expect(text($(el, 'header p'))).to.contain(expected.title.en);
      await expect(el).to.be.accessible();
    });

    it('flags missing comparison data', async () => {
      const bare = dataset.countries
        .flatMap((country) => country.instruments)
        .find((item) => !hasComparison(item))!;
      const el = await make(
        html`<hrd-model-law-checklist
          instrument=${bare.id}
        ></hrd-model-law-checklist>`,
      );
      expect($(el, '.no-comparison')).to.exist;
      const marks = $$(el, 'li.row [part="mark"]');
      expect(marks.length).to.equal(checklist.length);
      for (const mark of marks) {
        expect(mark.classList.contains('mark--unknown')).to.be.true;
      }
      await expect(el).to.be.accessible();
    });

    it('marks untranslated labels in Arabic', async () => {
      const el = await make(
        html`<hrd-model-law-checklist
          lang="ar"
          src=${SMALL}
          country="CI"
        ></hrd-model-law-checklist>`,
      );
      expect(el.getAttribute('dir')).to.equal('rtl');
      const translated = $(el, 'li.row[data-key="definition"] .label')!;
      expect(translated.querySelector('[lang="ar"]')).to.exist;
      expect(translated.querySelector('.fallback')).not.to.exist;
      const english = $(el, 'li.row[data-key="association"] .label')!;
      expect(english.querySelector('[lang="en"]')).to.exist;
      expect(english.querySelector('.fallback')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('unknown values', () => {
    it('names an unknown country code', async () => {
      const el = await make(
        html`<hrd-model-law-checklist country="QQ"></hrd-model-law-checklist>`,
      );
      expect(text($(el, '.not-found'))).to.contain('"QQ"');
      expect($(el, 'li.row')).not.to.exist;
      await expect(el).to.be.accessible();
    });

    it('names an unknown instrument id', async () => {
      const el = await make(
        html`<hrd-model-law-checklist
          instrument="no-such-law"
        ></hrd-model-law-checklist>`,
      );
      expect(text($(el, '.not-found'))).to.contain('"no-such-law"');
    });

    it('rejects an instrument of another country', async () => {
      const el = await make(
        html`<hrd-model-law-checklist
          src=${SMALL}
          country="CI"
          instrument="ml-test-law"
        ></hrd-model-law-checklist>`,
      );
      expect(text($(el, '.not-found'))).to.contain('"ml-test-law"');
    });

    it('reports a country without instruments', async () => {
      const el = await make(
        html`<hrd-model-law-checklist
          src=${SMALL}
          country="SN"
        ></hrd-model-law-checklist>`,
      );
      expect(text($(el, '.not-found'))).to.contain('Senegal');
    });
  });

  describe('compare', () => {
    const codes = ['CI', 'ML', 'BF'];

    it('shows one column per country', async () => {
      const countries = codes.map((code) => findCountry(dataset, code)!);
      const instruments = countries.map((country) => mainInstrument(country)!);
      const el = await make(
        html`<hrd-model-law-checklist
          compare=${codes.join(' ')}
        ></hrd-model-law-checklist>`,
      );
      const headers = $$(el, 'thead th[scope="col"][data-instrument]');
      expect(headers.map((th) => th.dataset.instrument)).to.deep.equal(
        instruments.map((instrument) => instrument.id),
      );
      headers.forEach((th, i) => {
        expect(text(th)).to.contain(instruments[i].title.en);
      });
      for (const element of checklist) {
        const cells = $$(el, `tr[data-key="${element.key}"] td`);
        expect(cells.length).to.equal(3);
        cells.forEach((cell, i) => {
          const coverage = elementCoverage(instruments[i], element.key);
          expect(cell.querySelector(`.mark--${coverage}`), element.key).to
            .exist;
        });
      }
      await expect(el).to.be.accessible();
    });

    it('is a table screen readers can read', async () => {
      const el = await make(
        html`<hrd-model-law-checklist
          compare=${codes.join(' ')}
        ></hrd-model-law-checklist>`,
      );
      const table = $(el, 'table')!;
      expect(text(table.querySelector('caption'))).not.to.equal('');
      expect($$(el, 'thead th[scope="col"]').length).to.equal(4);
      const rowHeaders = $$(el, 'tbody th[scope="row"]');
      expect(rowHeaders.length).to.equal(checklist.length);
      const partCount = new Set(checklist.map((element) => element.part)).size;
      expect($$(el, 'th[scope="rowgroup"]').length).to.equal(partCount);
      for (const th of rowHeaders) {
        expect(th.classList.contains('sticky')).to.be.true;
        expect(getComputedStyle(th).position).to.equal('sticky');
      }
      const scroller = $(el, '.scroller')!;
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(getComputedStyle(scroller).overflowX).to.equal('auto');
    });

    it('scrolls sideways on a narrow screen', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await make(
          html`<hrd-model-law-checklist
            compare="CI ML BF"
          ></hrd-model-law-checklist>`,
        );
        const scroller = $(el, '.scroller')!;
        expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        const rowHeader = $(el, 'tbody th[scope="row"]')!;
        const left = rowHeader.getBoundingClientRect().left;
        scroller.scrollLeft = 200;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(rowHeader.getBoundingClientRect().left).to.be.closeTo(left, 1);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('lists unknown codes, shows known', async () => {
      const el = await make(
        html`<hrd-model-law-checklist
          src=${SMALL}
          compare="CI XX no-such-law ca SN"
        ></hrd-model-law-checklist>`,
      );
      expect(text($(el, '.unknown-codes'))).to.contain('XX');
      expect(text($(el, '.unknown-codes'))).to.contain('no-such-law');
      expect(text($(el, '.without-instrument'))).to.contain('Senegal');
      const headers = $$(el, 'thead th[data-instrument]');
      expect(headers.map((th) => th.dataset.instrument)).to.deep.equal([
        'ci-test-law',
        'ca-test-guidelines',
      ]);
      expect(text(headers[1])).to.contain('No comparison data');
      await expect(el).to.be.accessible();
    });
  });
});
