import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { getBundledDataset } from '../../src/data/bundled.js';
import { findCountry } from '../../src/data/queries.js';
import type { HrdCountryCard } from '../../src/index.js';

const LOCALES = ['en', 'fr', 'es', 'ar', 'pt'] as const;

function firstSummary(code: string, locale: string): string {
  const country = findCountry(getBundledDataset(), code)!;
  const summary = country.instruments[0].summary;
  return (summary as Record<string, string>)[locale] ?? summary.en;
}

function summaries(card: HTMLElement): string[] {
  return [...card.shadowRoot!.querySelectorAll('.summary')].map(
    (node) => node.textContent!.trim(),
  );
}

describe('element languages', () => {
  for (const locale of LOCALES) {
    it(`card shows data text in ${locale}`, async () => {
      const card = await fixture<HrdCountryCard>(
        html`<hrd-country-card country="CI" lang=${locale}></hrd-country-card>`,
      );
      expect(summaries(card)[0]).to.contain(firstSummary('CI', locale));
      expect(card.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
    });
  }

  it('renders two languages on one page', async () => {
    const root = await fixture(html`<div>
      <hrd-country-card country="ML" lang="fr"></hrd-country-card>
      <hrd-country-card country="ML" lang="ar"></hrd-country-card>
    </div>`);
    const [french, arabic] = root.querySelectorAll('hrd-country-card');
    await elementUpdated(french);
    await elementUpdated(arabic);
    expect(summaries(french)[0]).to.contain(firstSummary('ML', 'fr'));
    expect(summaries(arabic)[0]).to.contain(firstSummary('ML', 'ar'));
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
    expect(getComputedStyle(french).direction).to.equal('ltr');
  });

  it('follows the nearest ancestor and its base language', async () => {
    const root = await fixture(html`<section lang="pt-BR">
      <hrd-country-card country="BR"></hrd-country-card>
    </section>`);
    const card = root.querySelector('hrd-country-card')!;
    await elementUpdated(card);
    expect(summaries(card)[0]).to.contain(firstSummary('BR', 'pt'));
  });

  it('falls back to English for an unsupported language', async () => {
    const card = await fixture<HrdCountryCard>(
      html`<hrd-country-card country="CI" lang="de"></hrd-country-card>`,
    );
    expect(summaries(card)[0]).to.contain(firstSummary('CI', 'en'));
  });

  it('switches language when an ancestor lang changes', async () => {
    const root = await fixture(html`<div lang="en">
      <hrd-country-card country="CI"></hrd-country-card>
    </div>`);
    const card = root.querySelector<HrdCountryCard>('hrd-country-card')!;
    await elementUpdated(card);
    root.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await card.updateComplete;
    expect(summaries(card)[0]).to.contain(firstSummary('CI', 'es'));
    root.setAttribute('lang', 'ar');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await card.updateComplete;
    expect(card.getAttribute('dir')).to.equal('rtl');
  });
});

describe('element languages inside shadow roots', () => {
  it('follows its own lang set by a parent element', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const card = document.createElement('hrd-country-card') as HrdCountryCard;
    card.setAttribute('country', 'CI');
    card.setAttribute('lang', 'en');
    shadow.append(card);
    await card.updateComplete;
    card.setAttribute('lang', 'fr');
    await card.updateComplete;
    expect(summaries(card)[0]).to.contain(firstSummary('CI', 'fr'));
  });
});
