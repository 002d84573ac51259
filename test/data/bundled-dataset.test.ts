import { expect } from '@open-wc/testing';
import { feature } from 'topojson-client';
import raw from '../../data/hrd-instruments.json';
import world from '../../src/generated/world-110m.json';
import { getBundledDataset } from '../../src/data/bundled.js';
import {
  isKnownCountryCode,
  numericToAlpha2,
} from '../../src/data/country-codes.js';
import { validateDataset } from '../../src/data/validate.js';

function allInstruments() {
  const dataset = getBundledDataset();
  return [
    ...dataset.countries.flatMap((c) => c.instruments),
    ...dataset.regionalInstruments,
  ];
}

/** Yields every string in a JSON value, with its path. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield* strings(item, `${path}.${key}`);
    }
  }
}

describe('bundled dataset', () => {
  it('passes validation', () => {
    const result = validateDataset(raw);
    expect(result.issues.map((issue) => issue.message)).to.deep.equal([]);
  });

  it('uses assigned ISO 3166-1 codes', () => {
    for (const country of getBundledDataset().countries) {
      expect(isKnownCountryCode(country.code), country.code).to.equal(true);
    }
  });

  it('has every country in the geometry', () => {
    const geometry = world as any;
    const shapes = feature(geometry, geometry.objects.countries) as any;
    const drawn = new Set(
      shapes.features.map((f: any) => numericToAlpha2(f.id)).filter(Boolean),
    );
    const missing = getBundledDataset()
      .countries.map((c) => c.code)
      .filter((code) => !drawn.has(code));
    // NOTE: a country missing here needs a small-state marker on the map.
    expect(missing).to.deep.equal([]);
  });

  it('keys comparisons by checklist elements', () => {
    const keys = new Set(getBundledDataset().modelLaw.checklist.map((e) => e.key));
    for (const instrument of allInstruments()) {
      for (const key of Object.keys(instrument.modelLaw ?? {})) {
        expect(keys.has(key), `${instrument.id}: ${key}`).to.equal(true);
      }
    }
  });

  it('links only http and https sources', () => {
    for (const instrument of allInstruments()) {
      expect(instrument.sources.length, instrument.id).to.be.greaterThan(0);
      for (const url of instrument.sources) {
        const { protocol } = new URL(url);
        expect(['http:', 'https:'], `${instrument.id}: ${url}`).to.include(
          protocol,
        );
      }
    }
  });

  it('gives every instrument a summary and status in English', () => {
    for (const instrument of allInstruments()) {
      expect(instrument.summary.en.length, instrument.id).to.be.greaterThan(20);
      expect(instrument.status.en.length, instrument.id).to.be.greaterThan(2);
    }
  });

  it('leaves no markup in text fields', () => {
    for (const [path, text] of strings(raw)) {
      expect(/<[a-z!/]/i.test(text), path).to.equal(false);
    }
  });

  it('has unique instrument ids', () => {
    const ids = allInstruments().map((instrument) => instrument.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('has a version and an as-of date', () => {
    const dataset = getBundledDataset();
    expect(dataset.version).to.match(/^\d{4}\.\d+\.\d+$/);
    expect(Number.isNaN(Date.parse(dataset.asOf))).to.equal(false);
  });
});

describe('region lists', () => {
  it('match between the dataset schema and the map', async () => {
    const { REGIONS } = await import('../../src/data/schema.js');
    const { MAP_REGIONS } = await import('../../src/geo/regions.js');
    expect([...MAP_REGIONS]).to.deep.equal([...REGIONS]);
  });
});
