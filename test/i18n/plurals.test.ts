/**
 * Plural forms in rendered elements. The fixture gives countries 1, 2, 3,
 * 11 and 100 laws, Model Law parts of 11, 2, 3 and 1 elements, and map
 * categories with 0 countries. Together they reach all six Arabic plural
 * categories and the French "one" for 0 and 1.
 */
import { expect } from '@open-wc/testing';
import { mount, shadowText } from './mount.js';
import { message, messageById, normalize, type Locale } from './xliff.js';

const PLURALS = '/test/fixtures/i18n-plurals.json';

/** Countries of the fixture by number of adopted laws. */
const LAW_COUNTS: Array<[code: string, laws: number, category: Intl.LDMLPluralRule]> = [
  ['CA', 1, 'one'],
  ['BR', 2, 'two'],
  ['AR', 3, 'few'],
  ['MX', 11, 'many'],
  ['CO', 100, 'other'],
];

function number(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

function category(locale: Locale, count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(count);
}

/** Builds the expected count line "N laws adopted" from the XLIFF file. */
async function adoptedLawsLine(locale: Locale, laws: number): Promise<string> {
  const lawCount = await messageById(
    locale,
    `count.law.${category(locale, laws)}`,
    number(locale, laws),
  );
  return messageById(locale, 'count-line.adopted', lawCount);
}

/** Builds the expected live-summary sentence "Label: N countries." */
async function summarySentence(
  locale: Locale,
  labelSource: string,
  count: number,
): Promise<string> {
  const countries = await messageById(
    locale,
    `map.countries.${category(locale, count)}`,
    number(locale, count),
  );
  return messageById(
    locale,
    'map.summary.group',
    await message(locale, labelSource),
    countries,
  );
}

function liveSummary(map: Element): string {
  return shadowText(map, '.visually-hidden[role="status"]');
}

describe('Arabic plural forms', () => {
  it('covers every category in the fixture', () => {
    const categories = LAW_COUNTS.map(([, laws]) => category('ar', laws));
    expect(categories).to.deep.equal(LAW_COUNTS.map(([, , expected]) => expected));
    expect(category('ar', 0)).to.equal('zero');
  });

  for (const [code, laws, expected] of LAW_COUNTS) {
    it(`card count line with ${laws} laws (${expected})`, async () => {
      const card = await mount('hrd-country-card', {
        src: PLURALS,
        country: code,
        lang: 'ar',
      });
      expect(shadowText(card, '.count-line')).to.equal(
        await adoptedLawsLine('ar', laws),
      );
    });
  }

  it('map list view count lines', async () => {
    const map = await mount('hrd-map', { src: PLURALS, lang: 'ar', view: 'list' });
    for (const [code, laws] of LAW_COUNTS) {
      const button = map.shadowRoot!.querySelector(`.list-country[data-key="${code}"]`)!;
      const cell = button.closest('tr')!.querySelector('td')!;
      expect(normalize(cell.textContent), code).to.equal(
        await adoptedLawsLine('ar', laws),
      );
    }
  });

  it('map live summary with zero, one and few', async () => {
    const map = await mount('hrd-map', { src: PLURALS, lang: 'ar' });
    const summary = liveSummary(map);
    expect(summary).to.contain(await summarySentence('ar', 'Adopted', 5));
    expect(summary).to.contain(await summarySentence('ar', 'In progress', 1));
    expect(summary).to.contain(await summarySentence('ar', 'Not adopted', 0));
    expect(summary).to.contain(
      await summarySentence('ar', 'Foreign-policy guidelines only', 0),
    );
    expect(category('ar', 5)).to.equal('few');
  });

  it('coverage sentences with many, two, few and one', async () => {
    const card = await mount('hrd-country-card', {
      src: PLURALS,
      country: 'CA',
      lang: 'ar',
    });
    const n = (value: number) => number('ar', value);
    const full = (total: number) =>
      messageById('ar', `card.coverage.full.${category('ar', total)}`, n(1), n(total));
    const withUnrated = async (part: string, total: number) =>
      message('ar', '{0}: {1}; {2} not rated.', part, await full(total), n(total - 1));
    const restrictive = await messageById(
      'ar',
      `card.coverage.restrictive.${category('ar', 1)}`,
      n(1),
      n(1),
    );
    const expected = [
      await withUnrated(await message('ar', 'Rights of defenders'), 11),
      await withUnrated(await message('ar', 'State obligations'), 2),
      await withUnrated(await messageById('ar', 'part.mechanism'), 3),
      await message(
        'ar',
        '{0}: {1}.',
        await message('ar', 'Restrictive provisions'),
        restrictive,
      ),
    ];
    const sentences = [
      ...card.shadowRoot!.querySelectorAll('.coverage-sentences li'),
    ].map((item) => normalize(item.textContent));
    expect(sentences).to.deep.equal(expected);
    expect([11, 2, 3, 1].map((total) => category('ar', total))).to.deep.equal([
      'many',
      'two',
      'few',
      'one',
    ]);
  });
});

describe('French plural forms', () => {
  it('uses "one" for 0 and 1', () => {
    expect(category('fr', 0)).to.equal('one');
    expect(category('fr', 1)).to.equal('one');
  });

  it('card count line with one law', async () => {
    const card = await mount('hrd-country-card', {
      src: PLURALS,
      country: 'CA',
      lang: 'fr',
    });
    expect(shadowText(card, '.count-line')).to.equal(
      await adoptedLawsLine('fr', 1),
    );
  });

  it('map live summary with zero countries', async () => {
    const map = await mount('hrd-map', { src: PLURALS, lang: 'fr' });
    const summary = liveSummary(map);
    const zero = await summarySentence('fr', 'Not adopted', 0);
    expect(zero).to.contain(await messageById('fr', 'map.countries.one', '0'));
    expect(summary).to.contain(zero);
    expect(summary).to.contain(await summarySentence('fr', 'In progress', 1));
  });
});
