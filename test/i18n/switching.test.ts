/**
 * Each element switched through every locale on the same instance: the
 * interface text must be the translation in locales/<locale>.xlf and the
 * dataset text the dataset's translation.
 */
import { expect } from '@open-wc/testing';
import { countryName } from '../../src/i18n/country-names.js';
import { getBundledDataset } from '../../src/data/bundled.js';
import { countryStatusGroup, findCountry } from '../../src/data/queries.js';
import type { LocalizedText } from '../../src/data/schema.js';
import { mount, panelCard, shadowText, switchLang } from './mount.js';
import {
  LOCALES,
  message,
  messageById,
  normalize,
  type Locale,
} from './xliff.js';

const dataset = getBundledDataset();

/** Dataset text in `locale`, as the bundled dataset carries all five. */
function dataText(text: LocalizedText, locale: Locale): string {
  const translated = (text as Record<string, string | undefined>)[locale];
  expect(translated, `dataset text "${text.en}" in ${locale}`).to.be.a('string');
  return normalize(translated);
}

function regionName(code: string, locale: Locale): string {
  return countryName(code, locale);
}

function firstElementOfFirstPart() {
  const part = dataset.modelLaw.parts[0].key;
  return dataset.modelLaw.checklist.find((element) => element.part === part)!;
}

/** Checks direction: the `dir` attribute and the computed direction inside. */
function expectDirection(element: Element, inner: string, locale: Locale): void {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  expect(element.getAttribute('dir'), `dir in ${locale}`).to.equal(dir);
  const node = element.shadowRoot!.querySelector(inner)!;
  expect(getComputedStyle(node).direction, `direction in ${locale}`).to.equal(dir);
}

/** Locales in the order the tests switch through, ending where they began. */
const ROUND_TRIP: Locale[] = [...LOCALES, 'en'];

describe('switching each element through every locale', () => {
  it('switches the map and its panel card', async () => {
    const ci = findCountry(dataset, 'CI')!;
    const map = await mount('hrd-map', { selected: 'CI', lang: 'en' });
    for (const locale of ROUND_TRIP) {
      await switchLang(map, locale);
      expect(
        shadowText(map, '.legend-toggle[data-group="adopted"] .legend-label'),
      ).to.equal(await message(locale, 'Adopted'));
      expect(shadowText(map, '#legend-title')).to.equal(
        await message(locale, 'Status — select to show or hide'),
      );
      expect(shadowText(map, '.search label')).to.equal(
        await message(locale, 'Find a country'),
      );
      expect(shadowText(map, '.view-toggle')).to.equal(
        await message(locale, 'List view'),
      );
      const option = map.shadowRoot!.querySelector('#country-CI')!;
      expect(normalize(option.getAttribute('aria-label'))).to.equal(
        await messageById(
          locale,
          'map.option.label',
          regionName('CI', locale),
          await message(locale, 'Adopted'),
        ),
      );
      const card = panelCard(map);
      expect(card.getAttribute('lang')).to.equal(locale);
      expect(shadowText(card, '.facts dt')).to.equal(await message(locale, 'Type'));
      expect(shadowText(card, '.summary')).to.contain(
        dataText(ci.instruments[0].summary, locale),
      );
      expectDirection(map, '.base', locale);
      expectDirection(card, '.card', locale);
    }
  });

  it('switches the country card', async () => {
    const mx = findCountry(dataset, 'MX')!;
    const group = countryStatusGroup(mx);
    expect(group).to.equal('adopted');
    const card = await mount('hrd-country-card', { country: 'MX', lang: 'en' });
    for (const locale of ROUND_TRIP) {
      await switchLang(card, locale);
      expect(shadowText(card, '.name')).to.equal(regionName('MX', locale));
      expect(shadowText(card, '.badge')).to.contain(await message(locale, 'Adopted'));
      expect(shadowText(card, '.facts dt')).to.equal(await message(locale, 'Type'));
      expect(shadowText(card, '.sources-title')).to.equal(
        await message(locale, 'Sources'),
      );
      expect(shadowText(card, '.copy')).to.equal(
        await message(locale, 'Copy citation'),
      );
      expect(shadowText(card, '.citation label')).to.equal(
        await message(locale, 'Cite this record'),
      );
      expect(shadowText(card, '.summary')).to.contain(
        dataText(mx.instruments[0].summary, locale),
      );
      expectDirection(card, '.card', locale);
    }
  });

  it('switches the single-instrument checklist', async () => {
    const first = firstElementOfFirstPart();
    const checklist = await mount('hrd-model-law-checklist', {
      country: 'BF',
      lang: 'en',
    });
    for (const locale of ROUND_TRIP) {
      await switchLang(checklist, locale);
      expect(shadowText(checklist, 'h2')).to.equal(
        await message(locale, '{0} and the Model Law', regionName('BF', locale)),
      );
      expect(shadowText(checklist, '.part h3')).to.equal(
        await message(locale, 'Rights of defenders'),
      );
      expect(shadowText(checklist, '.row .label')).to.equal(
        dataText(first.label, locale),
      );
      expectDirection(checklist, '.base', locale);
    }
  });

  it('switches the comparison table', async () => {
    const first = firstElementOfFirstPart();
    const codes = ['CI', 'ML', 'BF'];
    const checklist = await mount('hrd-model-law-checklist', {
      compare: codes.join(' '),
      lang: 'en',
    });
    for (const locale of ROUND_TRIP) {
      await switchLang(checklist, locale);
      expect(shadowText(checklist, 'thead th.sticky')).to.equal(
        await message(locale, 'Element'),
      );
      const names = new Intl.ListFormat(locale, {
        style: 'long',
        type: 'conjunction',
      }).format(codes.map((code) => regionName(code, locale)));
      expect(shadowText(checklist, 'caption')).to.equal(
        await message(locale, 'Model Law elements compared: {0}', names),
      );
      expect(shadowText(checklist, 'tbody tr[data-key] th')).to.equal(
        dataText(first.label, locale),
      );
      expectDirection(checklist, 'table', locale);
    }
  });

  it('switches the self-assessment form', async () => {
    const first = firstElementOfFirstPart();
    const checklist = await mount('hrd-model-law-checklist', {
      persist: 'none',
      lang: 'en',
    });
    for (const locale of ROUND_TRIP) {
      await switchLang(checklist, locale);
      expect(shadowText(checklist, 'h2')).to.equal(
        await message(locale, 'Self-assessment against the Model Law'),
      );
      expect(shadowText(checklist, '.element legend')).to.equal(
        dataText(first.label, locale),
      );
      expect(shadowText(checklist, '.option .mark-word')).to.equal(
        await message(locale, 'Not assessed'),
      );
      expect(shadowText(checklist, '.note-field label')).to.equal(
        await message(locale, 'Note (optional)'),
      );
      expect(shadowText(checklist, '.download')).to.equal(
        await message(locale, 'Download CSV'),
      );
      expect(shadowText(checklist, '.clear')).to.equal(
        await message(locale, 'Clear all marks'),
      );
      expectDirection(checklist, '.actions', locale);
    }
  });
});
