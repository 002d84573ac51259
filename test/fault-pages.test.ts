/**
 * Host pages that work against the widgets: the bundle loaded twice or
 * after the page set properties, hostile global styles, and a strict
 * Content-Security-Policy.
 */
import { expect } from '@open-wc/testing';
import { WORLD_ASPECT_RATIO } from '../src/geo/projection.js';
import {
  click,
  hover,
  nextFrames,
  openFrame,
  recording,
  shadowElements,
  shadowRoots,
  waitUntil,
} from './fault-frame.js';

type AnyElement = HTMLElement & Record<string, unknown>;

function widget(frame: HTMLIFrameElement, selector: string): AnyElement {
  const element = frame.contentDocument!.querySelector<AnyElement>(selector);
  if (!element) throw new Error(`${selector} is not in ${frame.src}`);
  return element;
}

function shadow(frame: HTMLIFrameElement, selector: string): ShadowRoot {
  return widget(frame, selector).shadowRoot!;
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('bundle loaded twice', () => {
  it('defines each tag once without errors', async () => {
    const frame = await openFrame('/test/pages/bundle-twice.html');
    const win = recording(frame);
    expect(win.recordedErrors).to.deep.equal([]);
    expect(shadow(frame, 'hrd-country-card').textContent).to.contain(
      'Côte d’Ivoire',
    );
  });

  it('still reacts to property changes', async () => {
    const frame = await openFrame('/test/pages/bundle-twice.html');
    const card = widget(frame, 'hrd-country-card');
    card.country = 'ML';
    await (card.updateComplete as Promise<unknown>);
    expect(card.shadowRoot!.querySelector('.name')!.textContent).to.contain(
      'Mali',
    );
    expect(recording(frame).recordedErrors).to.deep.equal([]);
  });
});

describe('properties set before the bundle loads', () => {
  for (const bundle of ['es', 'iife']) {
    it(`keeps the values with the ${bundle} bundle`, async () => {
      const frame = await openFrame(
        `/test/pages/early-properties.html?bundle=${bundle}`,
      );
      const win = recording(frame);
      expect(win.recordedErrors).to.deep.equal([]);

      const card = widget(frame, 'body > hrd-country-card');
      expect(card.country).to.equal('ML');
      expect(card.variant).to.equal('compact');
      expect(card.shadowRoot!.querySelector('.name')!.textContent).to.contain(
        'Mali',
      );
      expect(card.shadowRoot!.querySelector('.card.compact')).to.exist;

      const map = widget(frame, 'hrd-map');
      expect(map.selected).to.equal('CI');
      expect(map.getAttribute('selected')).to.equal('CI');
      const pressed = map.shadowRoot!.querySelector(
        '.list-view .list-country[aria-pressed="true"]',
      );
      expect(pressed?.getAttribute('data-key')).to.equal('CI');
      const panelCard = map.shadowRoot!.querySelector('hrd-country-card');
      expect(panelCard?.getAttribute('country')).to.equal('CI');

      const [late, compare] = frame.contentDocument!.querySelectorAll<AnyElement>(
        'hrd-model-law-checklist',
      );
      expect(late.country).to.equal('BF');
      expect(late.shadowRoot!.textContent).to.contain('Burkina Faso');
      expect(compare.compare).to.equal('CI ML');
      const columns = [...compare.shadowRoot!.querySelectorAll('thead th')];
      const header = columns.map((th) => th.textContent).join(' ');
      expect(header).to.contain('Côte d’Ivoire');
      expect(header).to.contain('Mali');
    });
  }
});

/** Sizes in CSS pixels that hostile global styles must not change. */
function measure(frame: HTMLIFrameElement): Record<string, number> {
  const px = (element: Element, property: string) =>
    parseFloat(getComputedStyle(element).getPropertyValue(property));
  const map = shadow(frame, 'hrd-map');
  const box = map.querySelector('.map-box')!.getBoundingClientRect();
  const svg = map.querySelector('svg.map')!.getBoundingClientRect();
  const legendButton = map.querySelector('.legend-toggle')!;

  const card = shadow(frame, 'hrd-country-card');
  const heading = card.querySelector('.name')!;
  const cardBox = card.querySelector('.card')!;
  const copy = card.querySelector('.copy')!;

  const checklists = frame.contentDocument!.querySelectorAll(
    'hrd-model-law-checklist',
  );
  const single = checklists[0].shadowRoot!;
  const compare = checklists[1].shadowRoot!;
  const cell = compare.querySelector('tbody td')!;
  const row = single.querySelector('.row')!;

  return {
    'map box width': box.width,
    'map box height': box.height,
    'map svg width': svg.width,
    'map svg height': svg.height,
    'map svg height minus width / aspect ratio':
      svg.height - svg.width / WORLD_ASPECT_RATIO,
    'map legend button height': legendButton.getBoundingClientRect().height,
    'map legend button padding-left': px(legendButton, 'padding-left'),
    'map font-size': px(map.querySelector('.base')!, 'font-size'),
    'card heading font-size': px(heading, 'font-size'),
    'card heading line-height': px(heading, 'line-height'),
    'card padding-top': px(cardBox, 'padding-top'),
    'card width': cardBox.getBoundingClientRect().width,
    'card height': cardBox.getBoundingClientRect().height,
    'card copy button height': copy.getBoundingClientRect().height,
    'card letter-spacing': px(cardBox, 'letter-spacing') || 0,
    'checklist row padding-top': px(row, 'padding-top'),
    'checklist height': checklists[0].getBoundingClientRect().height,
    'compare cell padding-top': px(cell, 'padding-top'),
    'compare cell padding-left': px(cell, 'padding-left'),
    'compare table height': compare.querySelector('table')!.getBoundingClientRect()
      .height,
  };
}

/** Outline width of the card's Copy button with keyboard focus. */
async function focusRingWidth(frame: HTMLIFrameElement): Promise<number> {
  const copy = shadow(frame, 'hrd-country-card').querySelector<HTMLElement>(
    '.copy',
  )!;
  copy.focus({ focusVisible: true } as FocusOptions);
  await nextFrames(frame.contentWindow!);
  expect(copy.matches(':focus-visible'), 'copy has focus-visible').to.be.true;
  return parseFloat(getComputedStyle(copy).outlineWidth);
}

describe('hostile host styles', () => {
  it('keep every measured size within 1 px', async () => {
    const plainFrame = await openFrame('/test/pages/plain-styles.html');
    const plain = measure(plainFrame);
    const plainRing = await focusRingWidth(plainFrame);
    plainFrame.remove();

    const hostileFrame = await openFrame('/test/pages/hostile-styles.html');
    const hostile = measure(hostileFrame);
    const hostileRing = await focusRingWidth(hostileFrame);
    expect(recording(hostileFrame).recordedErrors).to.deep.equal([]);

    expect(plain['card heading font-size']).to.equal(24);
    expect(Math.abs(plain['map svg height minus width / aspect ratio'])).to.be.below(1);
    expect(plainRing).to.equal(3);
    expect(hostileRing).to.equal(plainRing);
    for (const [name, value] of Object.entries(plain)) {
      expect(hostile[name], name).to.be.closeTo(value, 1);
    }
  });
});

const STRICT_CSP = "default-src 'self'; style-src 'self'";

/**
 * Checks that no element in any shadow root has a `style` attribute or an
 * inline event handler, which a strict policy would block in markup.
 */
function checkNoInlineCode(doc: Document, step: string): void {
  const elements = shadowElements(doc);
  const styled = elements
    .filter((element) => element.hasAttribute('style'))
    .map((element) => element.outerHTML.slice(0, 80));
  expect(styled, `style attributes ${step}`).to.deep.equal([]);
  const handlers = elements
    .flatMap((element) => [...element.attributes])
    .filter((attribute) => /^on/i.test(attribute.name))
    .map((attribute) => attribute.name);
  expect(handlers, `event handler attributes ${step}`).to.deep.equal([]);
}

describe('strict Content-Security-Policy', () => {
  it('renders and interacts with zero violations', async () => {
    const frame = await openFrame(
      `/test/pages/strict-csp.html?csp=${encodeURIComponent(STRICT_CSP)}`,
    );
    const win = recording(frame);
    const doc = frame.contentDocument!;
    const map = widget(frame, 'hrd-map');
    const mapRoot = map.shadowRoot!;
    expect(mapRoot.querySelectorAll('path.country').length).to.be.above(150);
    expect(shadow(frame, 'hrd-country-card').textContent).to.contain('Mexico');
    const [compare, blank] = doc.querySelectorAll('hrd-model-law-checklist');
    expect(compare.shadowRoot!.querySelectorAll('tbody td').length).to.be.above(
      10,
    );

    // Tooltip: positioned from script on every pointer move.
    hover(mapRoot.querySelector('path[data-key="CI"]')!);
    await waitUntil(
      () => !!mapRoot.querySelector('.tooltip'),
      'the tooltip did not open',
    );
    await nextFrames(frame.contentWindow!);
    const tip = mapRoot.querySelector('.tooltip')!;
    expect(tip.textContent).to.contain('Côte d’Ivoire');
    const tipBox = tip.getBoundingClientRect();
    const mapBox = mapRoot.querySelector('.map-box')!.getBoundingClientRect();
    expect(tipBox.left - mapBox.left, 'tooltip x').to.be.above(1);
    expect(tipBox.top - mapBox.top, 'tooltip y').to.be.above(1);
    checkNoInlineCode(doc, 'with the tooltip open');

    // Select a country on the map, then another in the list view.
    click(mapRoot.querySelector('path[data-key="CI"]')!);
    await waitUntil(() => map.selected === 'CI', 'CI was not selected');
    click(mapRoot.querySelector('.view-toggle')!);
    await waitUntil(
      () => !!mapRoot.querySelector('.list-country[data-key="ML"]'),
      'the list view did not open',
    );
    click(mapRoot.querySelector('.list-country[data-key="ML"]')!);
    await waitUntil(() => map.selected === 'ML', 'ML was not selected');
    const panelCard = mapRoot.querySelector('hrd-country-card')!;
    await waitUntil(
      () => (panelCard.shadowRoot?.textContent ?? '').includes('Mali'),
      'the panel card did not show Mali',
    );
    checkNoInlineCode(doc, 'in the list view');

    // Mark a checklist element and copy a citation.
    const radio = blank.shadowRoot!.querySelector<HTMLInputElement>(
      'input[type="radio"][value="full"]',
    )!;
    radio.click();
    await waitUntil(() => radio.checked, 'the mark was not set');
    click(shadow(frame, 'hrd-country-card').querySelector('.copy')!);

    await nextFrames(frame.contentWindow!);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.recordedViolations).to.deep.equal([]);
    expect(win.recordedErrors).to.deep.equal([]);

    expect(shadowRoots(doc).length).to.be.at.least(5);
    checkNoInlineCode(doc, 'after the interactions');

    // The policy is in force: an inline style in markup is reported.
    doc.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>');
    await waitUntil(
      () => win.recordedViolations.length > 0,
      'the policy did not report an inline style',
    );
    expect(win.recordedViolations[0]).to.contain('style-src');
  });
});
