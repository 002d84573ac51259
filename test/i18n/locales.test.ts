import { expect, fixture, html } from '@open-wc/testing';
import {
  directionOf,
  findLangAttribute,
  matchLocale,
} from '../../src/i18n/locales.js';
import {
  countryName,
  resetCountryNameCache,
} from '../../src/i18n/country-names.js';
import { formatDate, pluralCategory } from '../../src/i18n/format.js';

describe('matchLocale', () => {
  const cases: Array<[string | null, string]> = [
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['ar-EG', 'ar'],
    ['es-419', 'es'],
    ['de', 'en'],
    ['zh-Hant-TW', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['not a tag', 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${expected}`, () => {
      expect(matchLocale(tag)).to.equal(expected);
    });
  }
});

describe('directionOf', () => {
  it('is rtl for Arabic only', () => {
    expect(directionOf('ar')).to.equal('rtl');
    for (const locale of ['en', 'fr', 'es', 'pt'] as const) {
      expect(directionOf(locale)).to.equal('ltr');
    }
  });
});

describe('findLangAttribute', () => {
  it('prefers the element, then ancestors', async () => {
    const root = await fixture(html`<div lang="es">
      <section><span id="inner"></span><span id="own" lang="ar"></span></section>
    </div>`);
    expect(findLangAttribute(root.querySelector('#inner')!)).to.equal('es');
    expect(findLangAttribute(root.querySelector('#own')!)).to.equal('ar');
  });

  it('crosses shadow roots', async () => {
    const host = await fixture(html`<div lang="pt"><p></p></div>`);
    const shadow = host.querySelector('p')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(findLangAttribute(inner)).to.equal('pt');
  });
});

describe('countryName', () => {
  const OriginalDisplayNames = Intl.DisplayNames;

  afterEach(() => {
    (Intl as any).DisplayNames = OriginalDisplayNames;
    resetCountryNameCache();
  });

  it('uses Intl.DisplayNames in the locale', () => {
    expect(countryName('CA', 'en')).to.equal('Canada');
    expect(countryName('DE', 'fr')).to.equal('Allemagne');
    expect(countryName('MX', 'ar')).to.equal('المكسيك');
  });

  it('falls back when Intl.DisplayNames is missing', () => {
    (Intl as any).DisplayNames = undefined;
    resetCountryNameCache();
    expect(countryName('CA', 'fr')).to.equal('Canada');
    expect(countryName('CI', 'en')).to.equal("Cote d'Ivoire");
  });

  it('falls back when Intl returns the bare code', () => {
    (Intl as any).DisplayNames = class {
      of(code: string) {
        return code;
      }
    };
    resetCountryNameCache();
    expect(countryName('CA', 'es')).to.equal('Canada');
  });

  it('falls back when Intl throws', () => {
    (Intl as any).DisplayNames = class {
      of(): string {
        throw new RangeError('no data');
      }
    };
    resetCountryNameCache();
    expect(countryName('XK', 'en')).to.equal('Kosovo');
  });

  it('returns the code for an unknown region', () => {
    (Intl as any).DisplayNames = undefined;
    resetCountryNameCache();
    expect(countryName('QQ', 'en')).to.equal('QQ');
  });

  it('prefers the dataset override', () => {
    const name = countryName('CI', 'fr', { en: 'Ivory Coast', fr: 'CI (fr)' });
    expect(name).to.equal('CI (fr)');
  });
});

describe('pluralCategory', () => {
  it('has six Arabic forms', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n));
    expect(forms).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('has two English forms', () => {
    expect(pluralCategory('en', 1)).to.equal('one');
    expect(pluralCategory('en', 0)).to.equal('other');
    expect(pluralCategory('fr', 0)).to.equal('one');
  });
});

describe('formatDate', () => {
  it('formats days and months in the locale', () => {
    expect(formatDate('en', '2014-06-20')).to.equal('June 20, 2014');
    expect(formatDate('fr', '2014-06-20')).to.equal('20 juin 2014');
    expect(formatDate('es', '2017-05')).to.equal('mayo de 2017');
  });

  it('returns other text unchanged', () => {
    expect(formatDate('en', 'soon')).to.equal('soon');
  });
});

describe('country name overrides', () => {
  it('names both Congos in full', () => {
    expect(countryName('CD', 'en')).to.equal('Democratic Republic of the Congo');
    expect(countryName('CG', 'fr')).to.equal('République du Congo');
    expect(countryName('CD', 'pt-BR')).to.equal('República Democrática do Congo');
  });

  it("uses the UN Arabic name of Côte d'Ivoire", () => {
    expect(countryName('CI', 'ar')).to.equal('كوت ديفوار');
  });

  it('lets the dataset override win', () => {
    expect(countryName('CD', 'en', { en: 'DR Congo' })).to.equal('DR Congo');
  });
});
