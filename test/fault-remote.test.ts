/**
 * Remote datasets that fail, given as `src` to every element: each shows a
 * localized notice and the bundled dataset within a bounded time, and the
 * widgets without `src` on the same page keep working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { HrdDataErrorEvent } from '../src/components/shared/events.js';
import type { DataErrorKind } from '../src/data/loader.js';
import { clearDatasetCache, configureDataLoading } from '../src/data/loader.js';
import { click, eventWithin, waitUntil } from './fault-frame.js';

/** Timeout given to the loader, in milliseconds. */
const TIMEOUT_MS = 800;

/** Time allowed from mounting to the error event, in milliseconds. */
const BOUND_MS = TIMEOUT_MS + 2200;

type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  [property: string]: unknown;
};

interface Failure {
  name: string;
  src: () => string;
  kind: DataErrorKind;
}

/** Same server under the other host name, so the request is cross-origin. */
function crossOrigin(path: string): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `http://${host}:${location.port}${path}`;
}

const FAILURES: Failure[] = [
  { name: 'HTTP 404', src: () => '/test-server/status/404', kind: 'http' },
  { name: 'HTTP 500', src: () => '/test-server/status/500', kind: 'http' },
  { name: 'never-ending response', src: () => '/test-server/hang', kind: 'timeout' },
  { name: 'invalid JSON', src: () => '/test/fixtures/not-json.json', kind: 'json' },
  {
    name: 'JSON of the wrong shape',
    src: () => '/test/fixtures/wrong-shape.json',
    kind: 'schema',
  },
  { name: '50 MB response', src: () => '/test-server/large', kind: 'too-large' },
  {
    name: 'host without CORS header',
    src: () => crossOrigin('/test/fixtures/mini-dataset.json'),
    kind: 'network',
  },
];

/** Notice sentences in the element's language. */
const NOTICE = {
  en: ['The remote dataset could not be used.', 'Showing the bundled dataset instead.'],
  fr: [
    'Le jeu de données distant n’a pas pu être utilisé.',
    'Le jeu de données intégré est affiché à la place.',
  ],
};

function create(tag: string, attributes: Record<string, string>): Widget {
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  return element;
}

function text(root: ShadowRoot | Element | null | undefined): string {
  return (root?.textContent ?? '').replace(/\s+/g, ' ').replace(/'/g, '’');
}

/** Checks that `map` draws the world and selects a country on a click. */
async function checkMapWorks(map: Widget, code: string): Promise<void> {
  const root = map.shadowRoot!;
  expect(root.querySelectorAll('path.country').length).to.be.above(150);
  const selected = eventWithin(map, 'hrd-country-select');
  click(root.querySelector(`path[data-key="${code}"]`)!);
  await selected;
  expect(map.selected).to.equal(code);
}

describe('remote failures on every element', () => {
  beforeEach(() => {
    clearDatasetCache();
    configureDataLoading({ timeoutMs: TIMEOUT_MS });
  });

  after(() => configureDataLoading());

  for (const failure of FAILURES) {
    it(`${failure.name}: notice, fallback and working neighbours`, async () => {
      const src = failure.src();
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const failing = [
        create('hrd-map', { src, lang: 'en', 'no-panel': '' }),
        create('hrd-country-card', { src, lang: 'fr', country: 'CI' }),
        create('hrd-model-law-checklist', { src, lang: 'fr', country: 'BF' }),
      ];
      const neighbours = {
        map: create('hrd-map', {}),
        card: create('hrd-country-card', { country: 'CI' }),
        checklist: create('hrd-model-law-checklist', { country: 'BF' }),
      };
      const errors = failing.map((element) =>
        eventWithin<HrdDataErrorEvent>(element, 'hrd-data-error', BOUND_MS),
      );
      const started = performance.now();
      container.append(...failing, ...Object.values(neighbours));
      const events = await Promise.all(errors);
      expect(performance.now() - started).to.be.below(BOUND_MS);

      for (const [index, element] of failing.entries()) {
        const event = events[index];
        const label = `${element.localName} on ${failure.name}`;
        expect(event.detail.kind, label).to.equal(failure.kind);
        expect(event.detail.url, label).to.equal(new URL(src, location.href).href);
        await element.updateComplete;
        const notice = element.shadowRoot!.querySelector('[part="notice"]')!;
        expect(notice, label).to.exist;
        expect(notice.getAttribute('role'), label).to.equal('alert');
        expect(notice.checkVisibility(), label).to.be.true;
        const lang = element.getAttribute('lang') as 'en' | 'fr';
        for (const sentence of NOTICE[lang]) {
          expect(text(notice), label).to.contain(sentence);
        }
      }

      // The failing elements show the bundled dataset.
      const [map, card, checklist] = failing;
      await checkMapWorks(map, 'ML');
      expect(text(card.shadowRoot!.querySelector('.name'))).to.contain(
        'Côte d’Ivoire',
      );
      expect(text(checklist.shadowRoot)).to.contain('Burkina Faso');

      // Widgets without src render and respond.
      for (const element of Object.values(neighbours)) {
        expect(element.shadowRoot!.querySelector('[part="notice"]')).to.be.null;
      }
      await checkMapWorks(neighbours.map, 'CI');
      const panelCard = neighbours.map.shadowRoot!.querySelector('hrd-country-card')!;
      await waitUntil(
        () => text(panelCard.shadowRoot).includes('Côte d’Ivoire'),
        'the panel card did not show the selected country',
      );
      neighbours.card.country = 'ML';
      await neighbours.card.updateComplete;
      expect(text(neighbours.card.shadowRoot!.querySelector('.name'))).to.contain(
        'Mali',
      );
      neighbours.checklist.setAttribute('compare', 'CI ML');
      await neighbours.checklist.updateComplete;
      const header = text(neighbours.checklist.shadowRoot!.querySelector('thead'));
      expect(header).to.contain('Mali');
    });
  }
});
