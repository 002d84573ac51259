/**
 * Fuzz test: a few hundred datasets mutated at random from a fixed seed,
 * each served by the test server and given as `src` to all three
 * elements. No case may throw an uncaught exception, and each element
 * must either render the data or show the validation notice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type {
  HrdDataErrorEvent,
  HrdDataLoadEvent,
} from '../src/components/shared/events.js';
import { getBundledDataset } from '../src/data/bundled.js';
import { clearDatasetCache } from '../src/data/loader.js';
import type { Dataset } from '../src/data/schema.js';
import { validateDataset } from '../src/data/validate.js';
import { hover } from './fault-frame.js';

const SEED = 0x5eed2016;
const CASES = 300;
const BATCH = 50;
/** Every this many cases, the base is the bundled dataset (large, slow). */
const BUNDLED_EVERY = 30;
/** Share of cases that only use mutations meant to keep the dataset valid. */
const VALID_SHARE = 0.3;
const HUGE_LENGTH = 100_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  [property: string]: unknown;
};

/** Mulberry32: a 32-bit generator, enough for reproducible test input. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(readonly next: () => number) {}

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/** A place in the tree: the value at `container[key]`. */
interface Slot {
  container: Container;
  key: string | number;
  value: Json;
}

function slotsOf(root: Json): Slot[] {
  const slots: Slot[] = [];
  const visit = (value: Json) => {
    if (value === null || typeof value !== 'object') return;
    const entries: Array<[string | number, Json]> = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, child] of entries) {
      slots.push({ container: value, key, value: child });
      visit(child);
    }
  };
  visit(root);
  return slots;
}

function setSlot(slot: Slot | undefined, value: Json | undefined): void {
  if (!slot) return;
  const container = slot.container as Record<string | number, Json>;
  if (value !== undefined) {
    container[slot.key] = value;
  } else if (Array.isArray(slot.container)) {
    slot.container.splice(slot.key as number, 1);
  } else {
    delete container[slot.key];
  }
}

/** Text tokens put in place of a value after serialization. */
const NUMBER_TOKENS = ['1e999', '-1e999', 'NaN', 'Infinity', '-0', '2014.5', '1e21', '0x10'];
const NUMBER_SENTINEL = '\u0000number-token\u0000';
const CONTROL_CHARACTERS = [
  '\u0000', '\u0007', '\u001b', '\u007f', '\u202e', '\u202d', '\u2066',
  '\u200f', '\ufeff', '\ud800', '\u0085', '\u2028',
];
const UNKNOWN_CODES = ['ZZ', 'QQ', 'XX', 'AA', 'ci', 'CIV', '', 'C I', '12', 'XK'];

/**
 * One mutation of a dataset tree. Returns the new root, since a few
 * mutations replace the whole dataset.
 */
type Mutation = (root: Json, random: Random) => Json;

const MUTATIONS: Record<string, Mutation> = {
  'wrong type'(root, random) {
    const slot = random.pick(slotsOf(root));
    const others = [42, -1, 0, true, false, 'text', '', {}, [], { en: 1 }].filter(
      (value) => typeof value !== typeof slot.value,
    );
    setSlot(slot, random.pick(others) as Json);
    return root;
  },
  'missing field'(root, random) {
    setSlot(random.pick(slotsOf(root)), undefined);
    return root;
  },
  null(root, random) {
    setSlot(random.pick(slotsOf(root)), null);
    return root;
  },
  'huge string'(root, random) {
    const strings = slotsOf(root).filter((slot) => typeof slot.value === 'string');
    const unit = random.pick(['x', 'word ', '\u202e RTL ', 'بيانات ', '<b>b</b> ']);
    setSlot(random.pick(strings), unit.repeat(Math.ceil(HUGE_LENGTH / unit.length)));
    return root;
  },
  'unknown code'(root, random) {
    const codes = slotsOf(root).filter(
      (slot) =>
        ['code', 'statusGroup', 'type', 'coverage', 'region', 'key'].includes(
          String(slot.key),
        ),
    );
    if (codes.length === 0) return root;
    setSlot(random.pick(codes), random.pick(UNKNOWN_CODES));
    return root;
  },
  'duplicate id'(root, random) {
    const countries = (root as { countries?: Json }).countries;
    if (!Array.isArray(countries) || countries.length === 0) return root;
    const country = random.pick(countries) as { instruments?: Json };
    if (random.chance(0.3) || !Array.isArray(country.instruments)) {
      countries.push(structuredClone(country));
      return root;
    }
    const instruments = country.instruments;
    if (instruments.length > 0) {
      instruments.push(structuredClone(random.pick(instruments)));
    }
    return root;
  },
  'array for object'(root, random) {
    const objects = slotsOf(root).filter(
      (slot) => slot.value !== null && typeof slot.value === 'object',
    );
    const slot = random.pick(objects);
    if (slot) setSlot(slot, [slot.value]);
    return root;
  },
  'deep nesting'(root, random) {
    let value: Json = 'bottom';
    const depth = random.pick([50, 500, 3000]);
    for (let level = 0; level < depth; level++) {
      value = random.chance(0.5) ? [value] : { en: value };
    }
    setSlot(random.pick(slotsOf(root)), value);
    return root;
  },
  'number token'(root, random) {
    const numbers = slotsOf(root).filter((slot) => typeof slot.value === 'number');
    setSlot(random.pick(numbers.length > 0 ? numbers : slotsOf(root)), NUMBER_SENTINEL);
    return root;
  },
  'control characters'(root, random) {
    const strings = slotsOf(root).filter((slot) => typeof slot.value === 'string');
    const slot = random.pick(strings);
    if (!slot) return root;
    const text = slot.value as string;
    const at = random.int(text.length + 1);
    const inserted = random.pick(CONTROL_CHARACTERS);
    setSlot(slot, text.slice(0, at) + inserted + text.slice(at));
    if (random.chance(0.3) && !Array.isArray(slot.container)) {
      // A key with the same characters, such as a language tag.
      (slot.container as Record<string, Json>)[`e${inserted}n`] = 'x';
    }
    return root;
  },
  'valid change'(root, random) {
    const slot = random.pick(slotsOf(root));
    if (!slot) return root;
    if (slot.key === 'statusGroup') {
      setSlot(slot, random.pick(['adopted', 'in-progress', 'not-adopted']));
    } else if (slot.key === 'coverage') {
      setSlot(slot, random.pick(['full', 'partial', 'none', 'restrictive', 'unknown']));
    } else if (slot.key === 'year' && typeof slot.value === 'number') {
      setSlot(slot, 1900 + random.int(200));
    } else if (slot.key === 'en' && typeof slot.value === 'string') {
      setSlot(slot, `${slot.value} \u202eevil\u202c (${random.int(1000)}) ‏עברית`);
    }
    return root;
  },
  'huge text'(root, random) {
    const texts = slotsOf(root).filter(
      (slot) => slot.key === 'en' && typeof slot.value === 'string',
    );
    const unit = random.pick(['word ', '\u202e RTL ', 'بيانات ', '<img src=x> ']);
    setSlot(random.pick(texts), unit.repeat(Math.ceil(HUGE_LENGTH / unit.length)));
    return root;
  },
  'text characters'(root, random) {
    const texts = slotsOf(root).filter(
      (slot) => slot.key === 'en' && typeof slot.value === 'string',
    );
    const slot = random.pick(texts);
    if (!slot) return root;
    const text = slot.value as string;
    const at = 1 + random.int(text.length);
    const inserted = random.pick(CONTROL_CHARACTERS).repeat(1 + random.int(3));
    setSlot(slot, text.slice(0, at) + inserted + text.slice(at));
    return root;
  },
  'whole dataset'(root, random) {
    return random.pick<Json>([null, [], 'dataset', 42, [root], { data: root }]);
  },
};

const MUTATION_NAMES = Object.keys(MUTATIONS);
const VALID_MUTATION_NAMES = ['valid change', 'huge text', 'text characters'];

/** Builds case `index`: a mutated dataset as JSON text. */
function buildCase(random: Random, bases: Dataset[], index: number): string {
  const base = index % BUNDLED_EVERY === BUNDLED_EVERY - 1 ? bases[1] : bases[0];
  let root = structuredClone(base) as unknown as Json;
  const count = 1 + random.int(3);
  const names = random.chance(VALID_SHARE) ? VALID_MUTATION_NAMES : MUTATION_NAMES;
  for (let step = 0; step < count; step++) {
    const name = random.pick(names);
    // The whole dataset is replaced rarely, so that most cases mutate parts.
    if (name === 'whole dataset' && !random.chance(0.2)) continue;
    root = MUTATIONS[name](root, random);
  }
  let text = JSON.stringify(root);
  while (text.includes(JSON.stringify(NUMBER_SENTINEL))) {
    text = text.replace(JSON.stringify(NUMBER_SENTINEL), random.pick(NUMBER_TOKENS));
  }
  if (random.chance(0.03)) text = text.slice(0, random.int(text.length));
  return text;
}

type Expected = { outcome: 'load'; version: string } | { outcome: 'error'; kind: 'json' | 'schema' };

/** What the loader must decide for `text`, computed apart from the elements. */
function expectedOutcome(text: string): Expected {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { outcome: 'error', kind: 'json' };
  }
  const result = validateDataset(json);
  return result.ok
    ? { outcome: 'load', version: result.dataset.version }
    : { outcome: 'error', kind: 'schema' };
}

type Settled = HrdDataLoadEvent | HrdDataErrorEvent;

/** Resolves with the element's next load or error event. */
function settled(element: Widget, timeoutMs = 5000): Promise<Settled> {
  return new Promise((resolve, reject) => {
    const done = (event: Event) => {
      clearTimeout(timer);
      element.removeEventListener('hrd-data-load', done);
      element.removeEventListener('hrd-data-error', done);
      resolve(event as Settled);
    };
    const timer = setTimeout(() => {
      element.removeEventListener('hrd-data-load', done);
      element.removeEventListener('hrd-data-error', done);
      reject(new Error(`${element.localName} did not settle in ${timeoutMs} ms`));
    }, timeoutMs);
    element.addEventListener('hrd-data-load', done);
    element.addEventListener('hrd-data-error', done);
  });
}

function text(root: ShadowRoot | Element | null | undefined): string {
  return (root?.textContent ?? '').trim();
}

/** Checks that `element` drew something besides the data notice. */
function checkRendered(element: Widget, label: string): void {
  const root = element.shadowRoot!;
  switch (element.localName) {
    case 'hrd-map': {
      const drawn =
        root.querySelectorAll('path.country').length > 150 ||
        !!root.querySelector('.list-view, .list-empty');
      expect(drawn, `${label}: map drawn`).to.be.true;
      break;
    }
    case 'hrd-country-card':
      expect(text(root.querySelector('.name')), `${label}: card name`).not.to.equal('');
      break;
    default: {
      const base = root.querySelector('.base')!;
      const notice = base.querySelector('[part="notice"]');
      const body = text(base).replace(text(notice), '').trim();
      expect(body, `${label}: checklist body`).not.to.equal('');
    }
  }
}

describe('fuzzed datasets on every element', () => {
  const random = new Random(mulberry32(SEED));
  const uncaught: string[] = [];
  const totals = { tried: 0, loaded: 0, rejected: 0, json: 0 };
  let bases: Dataset[];
  let elements: Widget[];

  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) =>
    uncaught.push(String(event.reason));

  before(async () => {
    const mini = await (await fetch('/test/fixtures/mini-dataset.json')).json();
    bases = [mini, getBundledDataset()];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    elements = [
      document.createElement('hrd-map') as unknown as Widget,
      document.createElement('hrd-country-card') as unknown as Widget,
      document.createElement('hrd-model-law-checklist') as unknown as Widget,
    ];
    elements[0].setAttribute('no-panel', '');
    elements[2].setAttribute('persist', 'none');
    container.append(...elements);
    await Promise.all(elements.map((element) => element.updateComplete));
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    clearDatasetCache();
    console.log(
      `fuzz: tried ${totals.tried} cases (${totals.loaded} rendered, ` +
        `${totals.rejected} rejected, ${totals.json} of them invalid JSON)`,
    );
  });

  /** Builds cases `start` to `end - 1` and stores them on the server. */
  async function storeCases(start: number, end: number): Promise<string[]> {
    const texts: string[] = [];
    for (let index = start; index < end; index++) {
      texts.push(buildCase(random, bases, index));
    }
    const cases = texts.map((text, offset) => ({ id: start + offset, text }));
    await executeServerCommand('fuzz-store', { cases });
    return texts;
  }

  async function runCase(index: number, caseText: string): Promise<void> {
    const expected = expectedOutcome(caseText);
    clearDatasetCache();

    const [map, card, checklist] = elements;
    map.view = index % 10 === 9 ? 'list' : 'map';
    card.country = index % 2 === 0 ? 'CI' : 'ML';
    checklist.compare = index % 3 === 1 ? 'CI ML' : null;
    checklist.country = index % 3 === 0 ? 'CI' : null;
    const events = elements.map((element) => settled(element));
    const src = `/test-server/fuzz/${index}`;
    for (const element of elements) element.src = src;
    const results = await Promise.all(events);
    await Promise.all(elements.map((element) => element.updateComplete));

    for (const [position, element] of elements.entries()) {
      const label = `case ${index}, ${element.localName}`;
      const event = results[position];
      const notice = element.shadowRoot!.querySelector('[part="notice"]');
      if (expected.outcome === 'load') {
        expect(event.type, label).to.equal('hrd-data-load');
        expect((event as HrdDataLoadEvent).detail.version, label).to.equal(
          expected.version,
        );
        expect(notice, `${label}: notice`).to.be.null;
      } else {
        expect(event.type, label).to.equal('hrd-data-error');
        expect((event as HrdDataErrorEvent).detail.kind, label).to.equal(
          expected.kind,
        );
        expect(notice?.getAttribute('role'), `${label}: notice`).to.equal('alert');
        expect(text(notice), label).to.contain('The remote dataset could not be used.');
      }
      checkRendered(element, label);
    }

    if (expected.outcome === 'load' && map.view === 'map') {
      // The tooltip formats the mutated country's count line.
      const shape = map.shadowRoot!.querySelector('path[data-key="CI"]');
      if (shape) hover(shape);
      await map.updateComplete;
    }
    // Emptied, so that a failure is reported once, at the case that caused it.
    expect(uncaught.splice(0), `case ${index}: uncaught errors`).to.deep.equal([]);

    totals.tried += 1;
    if (expected.outcome === 'load') totals.loaded += 1;
    else totals.rejected += 1;
    if (expected.outcome === 'error' && expected.kind === 'json') totals.json += 1;
  }

  for (let start = 0; start < CASES; start += BATCH) {
    it(`cases ${start} to ${start + BATCH - 1}`, async () => {
      const texts = await storeCases(start, start + BATCH);
      for (const [offset, caseText] of texts.entries()) {
        await runCase(start + offset, caseText);
      }
    });
  }

  it('tried every case, with both outcomes', () => {
    expect(totals.tried).to.equal(CASES);
    expect(totals.loaded).to.be.at.least(CASES / 10);
    expect(totals.rejected).to.be.at.least(CASES / 3);
    expect(totals.json).to.be.at.least(5);
  });
});
