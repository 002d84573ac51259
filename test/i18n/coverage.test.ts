import { expect } from '@open-wc/testing';
import raw from '../../data/hrd-instruments.json';
import { LOCALES } from '../../src/generated/locale-templates.js';

/** Every target locale of lit-localize.json must translate the whole UI. */
const TARGET_LOCALES = LOCALES.filter((locale) => locale !== 'en');

/** Languages the bundled dataset is published in besides English. */
const DATASET_LOCALES = ['fr', 'es', 'ar', 'pt'];

function placeholders(element: Element | null): string[] {
  if (!element) return [];
  return [...element.querySelectorAll('x')]
    .map((x) => `${x.getAttribute('id')}|${x.getAttribute('equiv-text')}`)
    .sort();
}

/** Returns every localized text object in the dataset, with its path. */
function textFields(value: unknown, path = ''): Array<[string, Record<string, string>]> {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => textFields(item, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const isText =
      typeof record.en === 'string' &&
      Object.values(record).every((item) => typeof item === 'string');
    if (isText) return [[path, record as Record<string, string>]];
    return Object.entries(record).flatMap(([key, item]) =>
      textFields(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

describe('translations', () => {
  for (const locale of TARGET_LOCALES) {
    it(`${locale}.xlf translates every UI string`, async () => {
      const text = await (await fetch(`/locales/${locale}.xlf`)).text();
      const xliff = new DOMParser().parseFromString(text, 'application/xml');
      const units = [...xliff.querySelectorAll('trans-unit')];
      expect(units.length).to.be.greaterThan(100);
      const missing = units
        .filter((unit) => !unit.querySelector('target')?.textContent?.trim())
        .map((unit) => unit.getAttribute('id'));
      expect(missing).to.deep.equal([]);
      for (const unit of units) {
        const source = placeholders(unit.querySelector('source'));
        const target = placeholders(unit.querySelector('target'));
        expect(target, unit.getAttribute('id')!).to.deep.equal(source);
      }
    });
  }

  for (const locale of DATASET_LOCALES) {
    it(`dataset text is complete in ${locale}`, () => {
      const missing = textFields(raw)
        .filter(([, text]) => !text[locale]?.trim())
        .map(([path]) => path);
      expect(missing).to.deep.equal([]);
    });
  }
});
