/** Mounting and language switching shared by the language tests. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { HrdElement } from '../../src/components/shared/hrd-element.js';

export type WidgetTag = 'hrd-map' | 'hrd-country-card' | 'hrd-model-law-checklist';

/**
 * Creates `tag` with `attributes` inside `parent` (a fresh container by
 * default) and waits until its dataset has loaded and it has rendered.
 */
export async function mount(
  tag: WidgetTag,
  attributes: Record<string, string> = {},
  parent?: Element,
): Promise<HrdElement> {
  const container = parent ?? (await fixture(html`<div></div>`));
  const element = document.createElement(tag) as HrdElement;
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  const loaded = oneEvent(element, 'hrd-data-load');
  container.append(element);
  await loaded;
  await settle(element);
  return element;
}

/** Lists the element and every widget in its shadow tree. */
function widgetsIn(element: HrdElement): HrdElement[] {
  const inner = [
    ...(element.shadowRoot?.querySelectorAll<HrdElement>(
      'hrd-map, hrd-country-card, hrd-model-law-checklist',
    ) ?? []),
  ];
  return [element, ...inner.flatMap(widgetsIn)];
}

/**
 * Waits until the element and the widgets inside its shadow root (the
 * map's panel card) have finished updating, after a macrotask so that
 * MutationObserver callbacks have run.
 */
export async function settle(element: HrdElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(widgetsIn(element).map((item) => item.updateComplete));
  }
}

/** Sets `lang` on the element and waits until it has re-rendered. */
export async function switchLang(element: HrdElement, lang: string): Promise<void> {
  element.setAttribute('lang', lang);
  await settle(element);
}

/** Returns the text of a node in the shadow root, white space collapsed. */
export function shadowText(element: Element, selector: string): string {
  const node = element.shadowRoot!.querySelector(selector);
  if (!node) throw new Error(`${element.localName}: nothing matches ${selector}`);
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns the card in the map's panel. */
export function panelCard(map: Element): HrdElement {
  const card = map.shadowRoot!.querySelector<HrdElement>('.panel hrd-country-card');
  if (!card) throw new Error('the map shows no card in its panel');
  return card;
}
