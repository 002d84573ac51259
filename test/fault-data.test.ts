/**
 * Untrusted remote data: a source URL that is not http or https is shown as
 * text, never as a link, and markup in text fields is shown as text in every
 * element, never parsed. Such a dataset still loads.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { clearDatasetCache } from '../src/data/loader.js';
import type { HrdDataLoadEvent } from '../src/components/shared/events.js';
import {
  click,
  eventWithin,
  hover,
  nextFrames,
  shadowElements,
  waitUntil,
} from './fault-frame.js';

const UNSAFE_SOURCES = '/test/fixtures/fault-untrusted.json';
const MARKUP_TEXT = '/test/fixtures/fault-untrusted-text.json';
const MARKUP = '<img src=x onerror=alert(1)>';
/** The sources of the CI instrument in UNSAFE_SOURCES, in order. */
const UNSAFE_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface AlertWindow extends Window {
  alertCalled: boolean;
}

/**
 * Mounts `tag` with `attributes` and waits for `until`, the event that
 * ends its dataset load.
 */
async function mount<E extends Event>(
  tag: string,
  attributes: Record<string, string>,
  until: 'hrd-data-load' | 'hrd-data-error',
): Promise<{ element: Widget; event: E }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  const settled = eventWithin<E>(element, until);
  container.append(element);
  const event = await settled;
  await element.updateComplete;
  return { element, event };
}

function text(root: ShadowRoot | Element | null | undefined): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Checks that no `img` or `script` element exists in any shadow root. */
function checkNoParsedMarkup(step: string): void {
  const parsed = shadowElements(document)
    .filter((element) => /^(img|script)$/i.test(element.localName))
    .map((element) => element.outerHTML);
  expect(parsed, `elements parsed from data ${step}`).to.deep.equal([]);
}

/** Checks that every `href` in any shadow root is an http or https URL. */
function checkOnlyWebLinks(step: string): void {
  const hrefs = shadowElements(document)
    .filter((element) => element.hasAttribute('href'))
    .map((element) => element.getAttribute('href')!);
  for (const href of hrefs) {
    const { protocol } = new URL(href, location.href);
    expect(protocol, `href ${JSON.stringify(href)} ${step}`).to.match(
      /^https?:$/,
    );
  }
}

/** Texts of the sources an element's card shows as text, not as links. */
function sourceTexts(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('.sources .source-text')].map(
    (span) => span.textContent ?? '',
  );
}

/** URLs of requests for the `x` that the markup names as an image. */
function imageRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.endsWith('/x'));
}

describe('untrusted remote data', () => {
  let originalAlert: typeof window.alert;

  beforeEach(() => {
    clearDatasetCache();
    originalAlert = window.alert;
    (window as unknown as AlertWindow).alertCalled = false;
    window.alert = () => {
      (window as unknown as AlertWindow).alertCalled = true;
    };
  });

  afterEach(() => {
    window.alert = originalAlert;
  });

  describe('unsafe source URLs', () => {
    for (const tag of ['hrd-country-card', 'hrd-map', 'hrd-model-law-checklist']) {
      it(`${tag} loads the dataset`, async () => {
        const { element, event } = await mount<HrdDataLoadEvent>(
          tag,
          { src: UNSAFE_SOURCES, country: 'CI', 'no-panel': '' },
          'hrd-data-load',
        );
        expect(event.detail.version).to.equal('fault-untrusted-1');
        expect(event.detail.url).to.contain(UNSAFE_SOURCES);

        const root = element.shadowRoot!;
        expect(root.querySelector('[part="notice"]')).to.equal(null);
        // The remote country name, not the bundled one, is shown. The map
        // puts it in the label of the country's shape.
        const shape = root.querySelector('path[data-key="CI"]');
        const nameText = shape ? shape.getAttribute('aria-label') : text(root);
        expect(nameText).to.contain(`${MARKUP} country name`);
        checkOnlyWebLinks(`in ${tag}`);
        checkNoParsedMarkup(`in ${tag}`);
        expect((window as unknown as AlertWindow).alertCalled).to.be.false;
      });
    }

    it('card shows each unsafe URL as text', async () => {
      const { element } = await mount(
        'hrd-country-card',
        { src: UNSAFE_SOURCES, country: 'CI' },
        'hrd-data-load',
      );
      const root = element.shadowRoot!;
      expect(sourceTexts(root)).to.deep.equal(UNSAFE_URLS);
      expect(root.querySelectorAll('.sources a')).to.have.length(0);
      for (const link of root.querySelectorAll('a')) {
        expect(UNSAFE_URLS.map((url) => url.trim())).not.to.include(
          link.getAttribute('href')?.trim(),
        );
      }
      const citation = root.querySelector('textarea')!;
      expect(citation.value).to.contain('Source: javascript:alert(1)');
      checkOnlyWebLinks('in the card');
      checkNoParsedMarkup('in the card');

      // Clicking the text of a source runs nothing.
      for (const span of root.querySelectorAll('.sources .source-text')) {
        click(span);
      }
      await nextFrames();
      expect((window as unknown as AlertWindow).alertCalled).to.be.false;
    });

    it('map panel card shows each unsafe URL as text', async () => {
      const { element: map } = await mount(
        'hrd-map',
        { src: UNSAFE_SOURCES, selected: 'CI' },
        'hrd-data-load',
      );
      const root = map.shadowRoot!;
      const panelCard = root.querySelector('hrd-country-card') as Widget;
      await waitUntil(
        () => !!panelCard.shadowRoot && sourceTexts(panelCard.shadowRoot).length > 0,
        'the panel card did not show the remote sources',
      );
      expect(sourceTexts(panelCard.shadowRoot!)).to.deep.equal(UNSAFE_URLS);
      expect(panelCard.shadowRoot!.querySelectorAll('.sources a')).to.have.length(0);

      root.querySelector<HTMLButtonElement>('.view-toggle')!.click();
      await map.updateComplete;
      expect(text(root.querySelector('.list-view'))).to.contain(
        `${MARKUP} country name`,
      );
      checkOnlyWebLinks('in the map, its panel and its list view');
      checkNoParsedMarkup('in the map');
      await nextFrames();
      expect((window as unknown as AlertWindow).alertCalled).to.be.false;
    });
  });

  describe('markup in text fields', () => {
    it('card shows every field as text', async () => {
      const { element } = await mount(
        'hrd-country-card',
        { src: MARKUP_TEXT, country: 'CI' },
        'hrd-data-load',
      );
      const root = element.shadowRoot!;
      for (const field of [
        'country name',
        'instrument title',
        'original title',
        'status',
        'summary',
        'instrument notes',
        'dataset title',
      ]) {
        expect(text(root), field).to.contain(`${MARKUP} ${field}`);
      }
      const citation = root.querySelector('textarea')!;
      expect(citation.value).to.contain(`${MARKUP} country name`);
      const link = root.querySelector<HTMLAnchorElement>('a.source-link')!;
      expect(link.protocol).to.equal('https:');
      checkNoParsedMarkup('in the card');
    });

    it('map tooltip and list view show names as text', async () => {
      const { element: map } = await mount(
        'hrd-map',
        { src: MARKUP_TEXT },
        'hrd-data-load',
      );
      const root = map.shadowRoot!;
      hover(root.querySelector('path[data-key="CI"]')!);
      await waitUntil(
        () => !!root.querySelector('.tooltip'),
        'the tooltip did not open',
      );
      expect(text(root.querySelector('.tooltip'))).to.contain(
        `${MARKUP} country name`,
      );
      const option = root.querySelector('path[data-key="CI"]')!;
      expect(option.getAttribute('aria-label')).to.contain(
        `${MARKUP} country name`,
      );
      checkNoParsedMarkup('with the tooltip open');

      // Selecting opens the panel card on the same remote dataset.
      click(option);
      await map.updateComplete;
      const panelCard = root.querySelector('hrd-country-card') as Widget;
      await waitUntil(
        () => text(panelCard.shadowRoot).includes(`${MARKUP} summary`),
        'the panel card did not show the remote summary',
      );

      root.querySelector<HTMLButtonElement>('.view-toggle')!.click();
      await map.updateComplete;
      const list = root.querySelector('.list-view')!;
      expect(text(list)).to.contain(`${MARKUP} country name`);
      expect(text(list)).to.contain(`${MARKUP} second country`);
      checkNoParsedMarkup('in the list view');
    });

    it('checklist shows labels and titles as text', async () => {
      const { element: single } = await mount(
        'hrd-model-law-checklist',
        { src: MARKUP_TEXT, country: 'CI' },
        'hrd-data-load',
      );
      const singleText = text(single.shadowRoot);
      expect(singleText).to.contain(`${MARKUP} instrument title`);
      expect(singleText).to.contain(`${MARKUP} element label`);
      expect(singleText).to.contain(`${MARKUP} comparison note`);

      const { element: compare } = await mount(
        'hrd-model-law-checklist',
        { src: MARKUP_TEXT, compare: 'CI ML' },
        'hrd-data-load',
      );
      const compareText = text(compare.shadowRoot);
      expect(compareText).to.contain(`${MARKUP} country name`);
      expect(compareText).to.contain(`${MARKUP} second country`);
      expect(compareText).to.contain(`${MARKUP} element label`);

      const { element: blank } = await mount(
        'hrd-model-law-checklist',
        { src: MARKUP_TEXT, persist: 'none' },
        'hrd-data-load',
      );
      expect(text(blank.shadowRoot)).to.contain(`${MARKUP} element label`);
      checkNoParsedMarkup('in the checklists');
    });

    it('runs no script and requests no image', async () => {
      await mount('hrd-country-card', { src: MARKUP_TEXT, country: 'CI' }, 'hrd-data-load');
      await mount('hrd-model-law-checklist', { src: MARKUP_TEXT, compare: 'CI ML' }, 'hrd-data-load');
      await mount('hrd-map', { src: MARKUP_TEXT, selected: 'CI', view: 'list' }, 'hrd-data-load');
      await nextFrames();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as unknown as AlertWindow).alertCalled).to.be.false;
      expect(imageRequests()).to.deep.equal([]);
      checkNoParsedMarkup('after every element rendered');
    });
  });
});
