/**
 * Right-to-left layout in Arabic: logical CSS properties only, mirrored
 * order of controls, tooltips inside the map, isolated numbers and names,
 * and `translate="no"` on text that must match the data.
 */
import { expect } from '@open-wc/testing';
import { countryName } from '../../src/i18n/country-names.js';
import type { HrdElement } from '../../src/components/shared/hrd-element.js';
import { mount, settle, shadowText, type WidgetTag } from './mount.js';

const MINI = '/test/fixtures/mini-dataset.json';

/** Physical declarations allowed, as "selector|property", with the reason. */
const PHYSICAL_ALLOWED = new Map([
  // The map places its tooltip at screen coordinates taken from the pointer.
  ['.tooltip|left', 'hrd-map'],
]);

const SIDES = ['margin', 'padding', 'border-%-width', 'border-%-style', 'border-%-color'];

function styleRules(rules: CSSRuleList): CSSStyleRule[] {
  return [...rules].flatMap((rule) => {
    const nested = (rule as CSSGroupingRule).cssRules;
    const own = rule instanceof CSSStyleRule ? [rule] : [];
    return nested ? [...own, ...styleRules(nested)] : own;
  });
}

/**
 * Lists declarations that depend on the physical left and right: a left or
 * right side set differently from the other, `left`/`right` offsets, and
 * `text-align`, `float` or `clear` with left or right.
 */
function physicalDeclarations(root: ShadowRoot, tag: string): string[] {
  const found: string[] = [];
  const rules = root.adoptedStyleSheets.flatMap((sheet) => styleRules(sheet.cssRules));
  for (const rule of rules) {
    const style = rule.style;
    const report = (property: string) => {
      const key = `${rule.selectorText}|${property}`;
      if (PHYSICAL_ALLOWED.get(key) !== tag) found.push(`${key}: ${rule.cssText}`);
    };
    for (const side of SIDES) {
      const left = style.getPropertyValue(side.includes('%') ? side.replace('%', 'left') : `${side}-left`);
      const right = style.getPropertyValue(side.includes('%') ? side.replace('%', 'right') : `${side}-right`);
      if (left !== right) report(side.replace('-%', ''));
    }
    if (style.left !== style.right) report(style.left ? 'left' : 'right');
    for (const property of ['text-align', 'float', 'clear']) {
      if (/^(left|right)$/.test(style.getPropertyValue(property))) report(property);
    }
  }
  return found;
}

function box(element: Element, selector: string, index = 0): DOMRect {
  const nodes = element.shadowRoot!.querySelectorAll(selector);
  if (!nodes[index]) throw new Error(`${element.localName}: no ${selector} #${index}`);
  return nodes[index].getBoundingClientRect();
}

/** Checks that node `a` comes first in reading order before node `b`. */
function expectBefore(element: Element, a: [string, number], b: [string, number]) {
  const first = box(element, ...a);
  const second = box(element, ...b);
  const rtl = element.getAttribute('dir') === 'rtl';
  const label = `${a[0]} before ${b[0]} in ${rtl ? 'rtl' : 'ltr'}`;
  if (rtl) expect(first.right, label).to.be.greaterThan(second.right);
  else expect(first.left, label).to.be.lessThan(second.left);
}

describe('right-to-left layout', () => {
  const cases: Array<[WidgetTag, Record<string, string>]> = [
    ['hrd-map', {}],
    ['hrd-country-card', { country: 'CI' }],
    ['hrd-model-law-checklist', { compare: 'CI ML' }],
  ];
  for (const [tag, attributes] of cases) {
    it(`${tag} styles use logical properties`, async () => {
      const element = await mount(tag, { ...attributes, lang: 'ar' });
      expect(element.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(physicalDeclarations(element.shadowRoot!, tag)).to.deep.equal([]);
    });
  }

  it('sets rtl on the host and inside', async () => {
    const elements: HrdElement[] = [
      await mount('hrd-map', { lang: 'ar', 'no-panel': '' }),
      await mount('hrd-country-card', { country: 'CI', lang: 'ar' }),
      await mount('hrd-model-law-checklist', { country: 'BF', lang: 'ar' }),
    ];
    for (const element of elements) {
      expect(element.getAttribute('dir'), element.localName).to.equal('rtl');
      const inner = element.shadowRoot!.querySelector('h2, .base, .card')!;
      expect(getComputedStyle(inner).direction, element.localName).to.equal('rtl');
    }
  });

  for (const lang of ['en', 'ar']) {
    it(`mirrors the order of controls (${lang})`, async () => {
      const map = await mount('hrd-map', { lang, 'no-panel': '' });
      expectBefore(map, ['.legend-toggle', 0], ['.legend-toggle', 1]);
      expectBefore(map, ['.search', 0], ['.view-toggle', 0]);

      const card = await mount('hrd-country-card', { country: 'CI', lang });
      expectBefore(card, ['.name', 0], ['.badge', 0]);

      const compare = await mount('hrd-model-law-checklist', { compare: 'CI ML', lang });
      expectBefore(compare, ['thead th', 0], ['thead th', 1]);
      expectBefore(compare, ['thead th', 1], ['thead th', 2]);

      const form = await mount('hrd-model-law-checklist', { persist: 'none', lang });
      expectBefore(form, ['.option', 0], ['.option', 1]);
    });
  }

  it('keeps the map tooltip inside the map box', async () => {
    const map = await mount('hrd-map', { lang: 'ar', 'no-panel': '' });
    const mapBox = box(map, '.map-box');
    const keys = ['US', 'RU', 'NZ', 'BR', 'CI', 'CL'];
    for (const key of keys) {
      for (const clientX of [mapBox.left + 2, mapBox.right - 2]) {
        const target = map.shadowRoot!.querySelector(`#country-${key}`)!;
        target.dispatchEvent(
          new PointerEvent('pointermove', {
            bubbles: true,
            composed: true,
            pointerType: 'mouse',
            clientX,
            clientY: mapBox.top + mapBox.height / 2,
          }),
        );
        await settle(map);
        const tip = box(map, '.tooltip');
        const where = `${key} at x=${Math.round(clientX - mapBox.left)}`;
        expect(shadowText(map, '.tooltip-name'), where).to.not.equal('');
        expect(tip.left, where).to.be.at.least(mapBox.left - 1);
        expect(tip.right, where).to.be.at.most(mapBox.right + 1);
        expect(tip.top, where).to.be.at.least(mapBox.top - 1);
        expect(tip.bottom, where).to.be.at.most(mapBox.bottom + 1);
      }
    }
  });
});

describe('isolated names and numbers', () => {
  it('isolates the card heading name', async () => {
    const card = await mount('hrd-country-card', { country: 'CI', lang: 'ar' });
    const name = card.shadowRoot!.querySelector('.name bdi');
    expect(name, 'bdi in the heading').to.exist;
    expect(name!.textContent).to.equal(
      countryName('CI', 'ar'),
    );
  });

  it('isolates numbers in the count line', async () => {
    const card = await mount('hrd-country-card', { country: 'CI', lang: 'ar' });
    const line = card.shadowRoot!.querySelector('.count-line')!;
    const isolated = [...line.querySelectorAll('bdi, [dir]')];
    expect(isolated.length, line.textContent!).to.be.greaterThan(0);
    for (const node of isolated) expect(node.textContent).to.match(/\p{Nd}/u);
    const map = await mount('hrd-map', { lang: 'ar', view: 'list', 'no-panel': '' });
    const cell = map.shadowRoot!.querySelector('.list-country[data-key="CI"]')!
      .closest('tr')!
      .querySelector('td')!;
    expect(cell.querySelectorAll('bdi, [dir]').length, 'list view').to.be.greaterThan(0);
  });

  it('isolates article numbers in both checklist views', async () => {
    const raw = await (await fetch(MINI)).json();
    const articles: string[] = raw.countries[0].instruments[0].modelLaw.definition.articles;
    expect(articles.length).to.be.greaterThan(0);
    const single = await mount('hrd-model-law-checklist', {
      src: MINI,
      country: 'CI',
      lang: 'ar',
    });
    const compare = await mount('hrd-model-law-checklist', {
      src: MINI,
      compare: 'CI ML',
      lang: 'ar',
    });
    for (const element of [single, compare]) {
      const text = element.shadowRoot!.querySelector('[data-key="definition"] .articles')!
        .textContent!;
      for (const article of articles) {
        expect(text, element.localName).to.contain(`\u2068${article}\u2069`);
      }
    }
  });
});

describe('translate="no"', () => {
  it('marks search results, leaves interface text translatable', async () => {
    const map = await mount('hrd-map', { lang: 'fr', 'no-panel': '' });
    const input = map.shadowRoot!.querySelector<HTMLInputElement>('.search input')!;
    input.value = 'Côte';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(map);
    const names = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.search-name')];
    expect(names.length).to.be.greaterThan(0);
    for (const name of names) expect(name.translate, name.textContent!).to.equal(false);
    const group = map.shadowRoot!.querySelector<HTMLElement>('.search-group')!;
    expect(group.translate).to.equal(true);
    const legend = map.shadowRoot!.querySelector<HTMLElement>('.legend-label')!;
    expect(legend.translate).to.equal(true);
  });

  it('marks the citation, original titles and sources', async () => {
    const card = await mount('hrd-country-card', { country: 'CI', lang: 'en' });
    const root = card.shadowRoot!;
    const selectors = ['.citation-print', 'textarea', '.original-title [lang]', '.source-link'];
    for (const selector of selectors) {
      const node = root.querySelector<HTMLElement>(selector);
      expect(node, selector).to.exist;
      expect(node!.translate, selector).to.equal(false);
    }
    expect(root.querySelector<HTMLElement>('.facts dt')!.translate).to.equal(true);
  });
});
