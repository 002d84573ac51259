import { expect, fixture, html } from '@open-wc/testing';
import { getBundledDataset } from '../src/data/bundled.js';
import { findInstrument, pickText } from '../src/data/queries.js';
import type { ModelLawPart } from '../src/data/schema.js';
import { coverageLabel } from '../src/i18n/labels.js';
import type { SupportedLocale } from '../src/i18n/locales.js';
import { localizationReady, renderInLocale } from '../src/i18n/setup.js';
import '../src/components/hrd-model-law-checklist/define.js';
import type { HrdModelLawChecklist } from '../src/components/hrd-model-law-checklist/define.js';

const dataset = getBundledDataset();

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function make(
  compare: string,
  locale: SupportedLocale,
): Promise<HrdModelLawChecklist> {
  const el = await fixture<HrdModelLawChecklist>(
    html`<hrd-model-law-checklist
      lang=${locale}
      compare=${compare}
    ></hrd-model-law-checklist>`,
  );
  const root = el.shadowRoot!;
  for (let i = 0; i < 100 && !root.querySelector('table'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
  return el;
}

/** Parts that have checklist elements, so the table has a body for each. */
function partsWithElements(): ModelLawPart[] {
  return dataset.modelLaw.parts
    .map((part) => part.key)
    .filter((key) =>
      dataset.modelLaw.checklist.some((element) => element.part === key),
    );
}

/**
 * Checks each part's header row against the part ratings of the compared
 * instruments, and returns how many cells show a rating.
 */
function checkPartRows(
  el: HrdModelLawChecklist,
  locale: SupportedLocale,
): number {
  const root = el.shadowRoot!;
  const ids = [
    ...root.querySelectorAll<HTMLElement>('thead th[data-instrument]'),
  ].map((th) => th.dataset.instrument!);
  let rated = 0;
  for (const part of partsWithElements()) {
    const row = root.querySelector(`tbody[data-part="${part}"] tr.part-row`);
    expect(row, part).to.exist;
    expect(row!.querySelector('th[scope="rowgroup"]'), part).to.exist;
    const cells = [...row!.querySelectorAll('td')];
    expect(cells.length, part).to.equal(ids.length);
    ids.forEach((id, i) => {
      const where = `${part}, ${id}`;
      const instrument = findInstrument(dataset, id)!;
      const rating =
        part === 'restrictive' ? undefined : instrument.partRatings?.[part];
      const cell = cells[i];
      if (!rating) {
        expect(cell.querySelector('[part="mark"]'), where).to.equal(null);
        expect(text(cell), where).to.equal('');
        return;
      }
      rated++;
      const word = renderInLocale(locale, () => coverageLabel(rating.coverage));
      const mark = cell.querySelector(`.mark--${rating.coverage}`);
      expect(mark, where).to.exist;
      expect(text(mark!.querySelector('.mark-word')), where).to.equal(word);
      if (rating.note) {
        expect(text(cell), where).to.contain(pickText(rating.note, locale).text);
      }
    });
  }
  return rated;
}

describe('checklist comparison part ratings', () => {
  before(async () => {
    await localizationReady;
  });

  for (const locale of ['en', 'fr'] as const) {
    it(`shows part ratings (${locale})`, async () => {
      const el = await make('CI ML BF', locale);
      const rated = checkPartRows(el, locale);
      expect(rated).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('leaves unrated columns empty', async () => {
    const unrated = dataset.countries
      .find((country) => country.code === 'CI')!
      .instruments.find((item) => !item.partRatings);
    expect(unrated, 'an instrument of CI without part ratings').to.exist;
    const el = await make(`CI ${unrated!.id}`, 'en');
    const rated = checkPartRows(el, 'en');
    expect(rated).to.be.greaterThan(0);
    const cells = el.shadowRoot!.querySelectorAll('tbody tr.part-row td');
    expect(cells.length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
