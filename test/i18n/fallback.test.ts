/**
 * How each element picks its language (own lang, ancestor, document,
 * English), two languages on one page, switching the document language at
 * run time, and where country names come from.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { HrdElement } from '../../src/components/shared/hrd-element.js';
import { resetCountryNameCache } from '../../src/i18n/country-names.js';
import { mount, panelCard, settle, shadowText, type WidgetTag } from './mount.js';
import { LOCALES, message, type Locale } from './xliff.js';

interface Kind {
  name: string;
  tag: WidgetTag;
  attributes: Record<string, string>;
  /** A node whose text is one interface message, and that message's source. */
  probe: string;
  source: string;
}

const KINDS: Kind[] = [
  {
    name: 'map',
    tag: 'hrd-map',
    attributes: { 'no-panel': '' },
    probe: '.search label',
    source: 'Find a country',
  },
  {
    name: 'card',
    tag: 'hrd-country-card',
    attributes: { country: 'CI' },
    probe: '.facts dt',
    source: 'Type',
  },
  {
    name: 'single checklist',
    tag: 'hrd-model-law-checklist',
    attributes: { country: 'BF' },
    probe: '.part h3',
    source: 'Rights of defenders',
  },
  {
    name: 'comparison table',
    tag: 'hrd-model-law-checklist',
    attributes: { compare: 'CI ML' },
    probe: 'thead th.sticky',
    source: 'Element',
  },
  {
    name: 'self-assessment',
    tag: 'hrd-model-law-checklist',
    attributes: { persist: 'none' },
    probe: 'h2',
    source: 'Self-assessment against the Model Law',
  },
];

const documentLang = document.documentElement.getAttribute('lang');

function restoreDocumentLang(): void {
  if (documentLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', documentLang);
}

async function expectLocale(kind: Kind, element: HrdElement, locale: Locale) {
  expect(shadowText(element, kind.probe), `${kind.name} in ${locale}`).to.equal(
    await message(locale, kind.source),
  );
}

describe('language fallback chain', () => {
  beforeEach(() => document.documentElement.removeAttribute('lang'));
  afterEach(restoreDocumentLang);

  for (const kind of KINDS) {
    it(`${kind.name}: element, ancestor, document, English`, async () => {
      const section = await fixture(html`<section lang="es"></section>`);
      const element = await mount(
        kind.tag,
        { ...kind.attributes, lang: 'fr' },
        section,
      );
      await expectLocale(kind, element, 'fr');

      element.removeAttribute('lang');
      await settle(element);
      await expectLocale(kind, element, 'es');

      section.removeAttribute('lang');
      document.documentElement.setAttribute('lang', 'ar');
      await settle(element);
      await expectLocale(kind, element, 'ar');
      expect(element.getAttribute('dir')).to.equal('rtl');

      document.documentElement.removeAttribute('lang');
      await settle(element);
      await expectLocale(kind, element, 'en');
      expect(element.getAttribute('dir')).to.equal('ltr');
    });

    it(`${kind.name}: base language, then English`, async () => {
      const section = await fixture(html`<section lang="pt-BR"></section>`);
      const element = await mount(kind.tag, kind.attributes, section);
      await expectLocale(kind, element, 'pt');

      section.setAttribute('lang', 'de-CH');
      await settle(element);
      await expectLocale(kind, element, 'en');

      element.setAttribute('lang', 'ES-mx');
      await settle(element);
      await expectLocale(kind, element, 'es');
    });

    it(`${kind.name}: two languages on one page`, async () => {
      const page = await fixture(html`<div></div>`);
      const french = await mount(kind.tag, { ...kind.attributes, lang: 'fr' }, page);
      const arabic = await mount(kind.tag, { ...kind.attributes, lang: 'ar' }, page);
      await expectLocale(kind, french, 'fr');
      await expectLocale(kind, arabic, 'ar');
      expect(getComputedStyle(french).direction).to.equal('ltr');
      expect(getComputedStyle(arabic).direction).to.equal('rtl');
    });
  }

  it('follows the document language at run time everywhere', async () => {
    const page = await fixture(html`<div></div>`);
    const map = await mount('hrd-map', { selected: 'CI' }, page);
    const card = await mount('hrd-country-card', { country: 'MX' }, page);
    const checklist = await mount('hrd-model-law-checklist', { country: 'BF' }, page);
    // A card inside another component's shadow root, without lang.
    const host = document.createElement('div');
    page.append(host);
    const hidden = await mount(
      'hrd-country-card',
      { country: 'ML' },
      host.attachShadow({ mode: 'open' }) as unknown as Element,
    );
    for (const locale of [...LOCALES, 'en'] as Locale[]) {
      document.documentElement.setAttribute('lang', locale);
      await Promise.all([map, card, checklist, hidden].map(settle));
      const type = await message(locale, 'Type');
      expect(shadowText(map, '.search label')).to.equal(
        await message(locale, 'Find a country'),
      );
      expect(shadowText(panelCard(map), '.facts dt'), 'panel card').to.equal(type);
      expect(shadowText(card, '.facts dt')).to.equal(type);
      expect(shadowText(hidden, '.facts dt'), 'card in a shadow root').to.equal(type);
      expect(shadowText(checklist, '.part h3')).to.equal(
        await message(locale, 'Rights of defenders'),
      );
    }
  });
});

describe('country names in elements', () => {
  const OriginalDisplayNames = Intl.DisplayNames;

  afterEach(() => {
    (Intl as { DisplayNames: unknown }).DisplayNames = OriginalDisplayNames;
    resetCountryNameCache();
  });

  it('card falls back when Intl.DisplayNames is missing', async () => {
    const english = new Intl.DisplayNames(['en'], { type: 'region' }).of('CA');
    const arabic = new Intl.DisplayNames(['ar'], { type: 'region' }).of('CA');
    expect(arabic).to.not.equal(english);
    (Intl as { DisplayNames: unknown }).DisplayNames = undefined;
    resetCountryNameCache();
    const card = await mount('hrd-country-card', { country: 'CA', lang: 'ar' });
    expect(shadowText(card, '.name')).to.equal(english);
    expect(card.getAttribute('dir')).to.equal('rtl');
  });

  it('card falls back when Intl.DisplayNames returns the code', async () => {
    (Intl as { DisplayNames: unknown }).DisplayNames = class {
      of(code: string): string {
        return code;
      }
    };
    resetCountryNameCache();
    const card = await mount('hrd-country-card', { country: 'CA', lang: 'fr' });
    const english = new OriginalDisplayNames(['en'], { type: 'region' }).of('CA');
    expect(shadowText(card, '.name')).to.equal(english);
  });

  it('shows the dataset name override in every element', async () => {
    const NAMES = '/test/fixtures/i18n-names.json';
    const raw = await (await fetch(NAMES)).json();
    const override: Record<string, string> = raw.countries.find(
      (country: { code: string }) => country.code === 'CI',
    ).name;
    for (const locale of ['fr', 'ar'] as Locale[]) {
      const name = override[locale];
      const card = await mount('hrd-country-card', {
        src: NAMES,
        country: 'CI',
        lang: locale,
      });
      expect(shadowText(card, '.name'), `card in ${locale}`).to.equal(name);

      const map = await mount('hrd-map', { src: NAMES, lang: locale, view: 'list' });
      expect(shadowText(map, '.list-country[data-key="CI"]')).to.equal(name);
      map.setAttribute('view', 'map');
      await settle(map);
      const option = map.shadowRoot!.querySelector('#country-CI')!;
      expect(option.getAttribute('aria-label')).to.contain(name);

      const single = await mount('hrd-model-law-checklist', {
        src: NAMES,
        country: 'CI',
        lang: locale,
      });
      expect(shadowText(single, 'h2')).to.equal(
        await message(locale, '{0} and the Model Law', name),
      );

      const compare = await mount('hrd-model-law-checklist', {
        src: NAMES,
        compare: 'CI ML',
        lang: locale,
      });
      expect(shadowText(compare, 'thead th[data-instrument]')).to.contain(name);
    }
  });
});
