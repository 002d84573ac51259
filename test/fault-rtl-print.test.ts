import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/components/hrd-country-card/define.js';
import '../src/components/hrd-map/define.js';
import type { HrdCountryCard } from '../src/components/hrd-country-card/hrd-country-card.js';
import { clearDatasetCache } from '../src/data/loader.js';
import { mountMap } from './helpers/mount-map.js';

const JOIN = '/test/fixtures/geo-join.json';

async function mountCard(
  attributes: Record<string, string>,
): Promise<HrdCountryCard> {
  const card = document.createElement('hrd-country-card');
  for (const [name, value] of Object.entries(attributes)) {
    card.setAttribute(name, value);
  }
  const loaded = oneEvent(card, 'hrd-data-load');
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.width = '720px';
  container.append(card);
  await loaded;
  await card.updateComplete;
  return card;
}

function textNodes(container: Node): Text[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/**
 * Text nodes under `container` holding a digit or an upper-case Latin code
 * outside any element laid out left to right on its own.
 */
function unisolated(container: Element): string[] {
  return textNodes(container)
    .filter((node) => /\p{Nd}|\b[A-Z]{2,}\b/u.test(node.data))
    .filter((node) => !node.parentElement?.closest('bdi[dir="ltr"]'))
    .map((node) => node.data.trim());
}

/** Left edges, in viewport pixels, of each character of `token` in `container`. */
function characterPositions(container: Element, token: string): number[] {
  const node = textNodes(container).find((item) => item.data.includes(token));
  if (!node) throw new Error(`no text node contains "${token}"`);
  const start = node.data.indexOf(token);
  return [...token].map((_, i) => {
    const range = document.createRange();
    range.setStart(node, start + i);
    range.setEnd(node, start + i + 1);
    return range.getClientRects()[0].left;
  });
}

function expectLeftToRight(container: Element, token: string): void {
  const positions = characterPositions(container, token);
  for (let i = 1; i < positions.length; i++) {
    expect(positions[i], `"${token}" character ${i}`).to.be.above(
      positions[i - 1],
    );
  }
}

/** Collects every style rule of an element's adopted sheets, with its media. */
function styleRules(
  element: HTMLElement,
): Array<{ rule: CSSStyleRule; media: string }> {
  const rules: Array<{ rule: CSSStyleRule; media: string }> = [];
  const visit = (list: CSSRuleList, media: string) => {
    for (const rule of list) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, rule.media.mediaText);
      else if (rule instanceof CSSStyleRule) rules.push({ rule, media });
    }
  };
  for (const sheet of element.shadowRoot!.adoptedStyleSheets) {
    visit(sheet.cssRules, '');
  }
  return rules;
}

function selectorsWith(
  rules: Array<{ rule: CSSStyleRule; media: string }>,
  test: (style: CSSStyleDeclaration) => boolean,
): string[] {
  return rules
    .filter(({ rule }) => test(rule.style))
    .flatMap(({ rule }) => rule.selectorText.split(',').map((s) => s.trim()));
}

before(async () => {
  await setViewport({ width: 1400, height: 1000 });
});

afterEach(() => {
  clearDatasetCache();
});

describe('fault: right-to-left text with numbers', () => {
  it('isolates numbers in the Arabic card', async () => {
    const card = await mountCard({ country: 'BR', lang: 'ar' });
    const root = card.shadowRoot!;
    const line = root.querySelector('.count-line')!;
    expect(line.querySelectorAll('bdi[dir="ltr"]').length).to.be.above(0);
    expect(unisolated(line)).to.deep.equal([]);
    for (const selector of ['.instrument-title', '.summary', '.dataset-line']) {
      for (const element of root.querySelectorAll(selector)) {
        expect(unisolated(element), selector).to.deep.equal([]);
      }
    }
  });

  it('keeps "2014-388" left to right in Arabic', async () => {
    const card = await mountCard({ country: 'CI', lang: 'ar' });
    const title = card.shadowRoot!.querySelector('.instrument-title')!;
    expect(title.textContent).to.contain('2014-388');
    expect(unisolated(title)).to.deep.equal([]);
    expectLeftToRight(title, '2014-388');
  });

  it('keeps a Latin version with digits in order in Arabic', async () => {
    const card = await mountCard({ country: 'NO', lang: 'ar', src: JOIN });
    const line = card.shadowRoot!.querySelector('.dataset-line')!;
    expect(line.textContent).to.contain('geo-join-1');
    expect(unisolated(line)).to.deep.equal([]);
    expectLeftToRight(line, 'geo-join-1');
    expectLeftToRight(line, 'CC-BY-4.0');
  });

  it('isolates numbers in the compact card summary', async () => {
    const card = await mountCard({
      country: 'BR',
      lang: 'ar',
      variant: 'compact',
    });
    const summary = card.shadowRoot!.querySelector('summary')!;
    expect(unisolated(summary)).to.deep.equal([]);
    expect(summary.querySelector('bdi[dir="ltr"]')).to.exist;
  });

  it('isolates numbers in the Arabic map tooltip and list', async () => {
    const map = await mountMap({ 'no-panel': '', lang: 'ar' });
    const root = map.shadowRoot!;
    root.querySelector<SVGElement>('#country-BR')!.focus();
    await map.updateComplete;
    const line = root.querySelector('.tooltip-line')!;
    expect(line.querySelector('bdi[dir="ltr"]')).to.exist;
    expect(unisolated(line)).to.deep.equal([]);

    map.view = 'list';
    await map.updateComplete;
    const row = root
      .querySelector('.list-country[data-key="BR"]')!
      .closest('tr')!;
    expect(unisolated(row.querySelector('td')!)).to.deep.equal([]);
  });
});

describe('fault: print', () => {
  after(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('keeps the map and legend colours in print', async () => {
    const map = await mountMap({ 'no-panel': '' });
    const print = styleRules(map).filter(({ media }) => media === 'print');
    const exact = selectorsWith(print, (s) => s.printColorAdjust === 'exact');
    expect(exact).to.include('.map');
    expect(exact).to.include('.legend');
    expect(exact).to.include('.swatch');
    expect(exact).to.include('.marker');
    const hidden = selectorsWith(print, (s) => s.display === 'none');
    expect(hidden).to.include('.toolbar');

    await emulateMedia({ media: 'print' });
    const root = map.shadowRoot!;
    for (const selector of ['svg.map', '.legend', '.legend .swatch']) {
      const element = root.querySelector(selector)!;
      expect(getComputedStyle(element).printColorAdjust, selector).to.equal(
        'exact',
      );
    }
    expect(root.querySelector('.toolbar')!.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'screen' });
  });

  it('keeps the card badge colours and its full text in print', async () => {
    const card = await mountCard({ country: 'CI' });
    const rules = styleRules(card).filter(
      ({ media }) => media === '' || media === 'print',
    );
    const exact = selectorsWith(rules, (s) => s.printColorAdjust === 'exact');
    expect(exact).to.include('.badge');
    const clamped = selectorsWith(
      rules,
      (s) =>
        s.getPropertyValue('-webkit-line-clamp') !== '' ||
        s.getPropertyValue('line-clamp') !== '' ||
        s.textOverflow === 'ellipsis',
    );
    expect(clamped).to.deep.equal([]);
    const overflowHidden = selectorsWith(
      rules,
      (s) => s.overflow === 'hidden' || s.overflowY === 'hidden',
    );
    // Only boxes that hold no visible text may hide their overflow.
    expect(overflowHidden.sort()).to.deep.equal([
      '.pattern-defs',
      '.visually-hidden',
    ]);
    const printRules = rules.filter(({ media }) => media === 'print');
    const details = printRules.find(({ rule }) =>
      rule.selectorText.includes('details::details-content'),
    );
    expect(details?.rule.style.contentVisibility).to.equal('visible');
  });

  it('prints the compact card with its list open', async () => {
    const card = await mountCard({ country: 'BR', variant: 'compact' });
    const root = card.shadowRoot!;
    const line = root.querySelector('details li')!;
    expect(line.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(line.checkVisibility()).to.equal(true);
    const summary = root.querySelector('.instrument-title, details li')!;
    const style = getComputedStyle(summary);
    expect(style.overflow).to.equal('visible');
    expect(style.getPropertyValue('-webkit-line-clamp')).to.equal('none');
    const badge = root.querySelector('.badge')!;
    expect(getComputedStyle(badge).printColorAdjust).to.equal('exact');
    await emulateMedia({ media: 'screen' });
  });
});
