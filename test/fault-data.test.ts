/**
 * Untrusted remote data: unsafe source URLs reject the dataset, and markup
 * in text fields is shown as text in every element, never parsed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { clearDatasetCache } from '../src/data/loader.js';
import type { HrdDataErrorEvent } from '../src/components/shared/events.js';
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
      it(`${tag} rejects the dataset`, async () => {
        const { element, event } = await mount<HrdDataErrorEvent>(
          tag,
          { src: UNSAFE_SOURCES, country: 'CI', 'no-panel': '' },
          'hrd-data-error',
        );
        expect(event.detail.kind).to.equal('schema');
        const paths = event.detail.issues.map((issue) => issue.path);
        expect(paths).to.have.members([
          'modelLaw.sources[1]',
          'countries[0].instruments[0].sources[0]',
          'countries[0].instruments[0].sources[1]',
          'countries[0].instruments[0].sources[2]',
        ]);

        const root = element.shadowRoot!;
        const notice = root.querySelector('[part="notice"]')!;
        expect(notice.getAttribute('role')).to.equal('alert');
        expect(text(notice)).to.contain('does not follow the dataset format');
        expect(notice.checkVisibility()).to.be.true;

        // The bundled dataset, whose names carry no markup, is shown.
        expect(text(root)).not.to.contain(MARKUP);
        const links = [...root.querySelectorAll('a')].map((a) => a.href);
        for (const href of links) expect(href).to.match(/^https?:/);
        checkNoParsedMarkup('after the rejection');
        expect((window as unknown as AlertWindow).alertCalled).to.be.false;
      });
    }

    it('shows the bundled card after the rejection', async () => {
      const { element } = await mount(
        'hrd-country-card',
        { src: UNSAFE_SOURCES, country: 'CI' },
        'hrd-data-error',
      );
      const name = element.shadowRoot!.querySelector('.name');
      expect(text(name).trim()).to.equal('Côte d’Ivoire');
      expect(element.shadowRoot!.querySelectorAll('[part="instrument"]').length)
        .to.be.above(0);
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
