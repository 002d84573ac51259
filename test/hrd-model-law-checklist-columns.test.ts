import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { mainInstrument } from '../src/data/main-instrument.js';
import {
  DatasetSchema,
  type Country,
  type Dataset,
  type Instrument,
} from '../src/data/schema.js';
import {
  compareTokens,
  defaultInstrument,
  resolveCompare,
} from '../src/components/hrd-model-law-checklist/columns.js';

function instrument(
  id: string,
  fields: Partial<Instrument> = {},
): Instrument {
  return {
    id,
    type: 'law',
    scope: 'domestic',
    level: 'national',
    title: { en: id },
    status: { en: 'status' },
    statusGroup: 'adopted',
    year: 2020,
    summary: { en: 'summary' },
    restrictive: 'no',
    sources: ['https://example.org/'],
    confidence: 'high',
    ...fields,
  };
}

function country(instruments: Instrument[]): Country {
  return { code: 'CI', region: 'africa', onIshrMap: 'confirmed', instruments };
}

const compared = { modelLaw: { definition: { coverage: 'full' as const } } };

async function fixture(): Promise<Dataset> {
  const response = await fetch('/test/fixtures/checklist-small.json');
  return v.parse(DatasetSchema, await response.json());
}

describe('mainInstrument', () => {
  it('prefers an adopted instrument with comparison data', () => {
    const chosen = mainInstrument(
      country([
        instrument('bill', { statusGroup: 'in-progress', ...compared }),
        instrument('decree'),
        instrument('law', compared),
      ]),
    );
    expect(chosen?.id).to.equal('law');
  });

  it('then any instrument with comparison data', () => {
    const chosen = mainInstrument(
      country([
        instrument('decree'),
        instrument('bill', { statusGroup: 'in-progress', ...compared }),
      ]),
    );
    expect(chosen?.id).to.equal('bill');
  });

  it('counts part ratings as comparison data', () => {
    const rated = instrument('rated', {
      partRatings: { rights: { coverage: 'partial' } },
    });
    expect(mainInstrument(country([instrument('a'), rated]))?.id).to.equal(
      'rated',
    );
  });

  it('then the first domestic instrument', () => {
    const chosen = mainInstrument(
      country([
        instrument('abroad', { scope: 'foreign-policy', ...compared }),
        instrument('first'),
        instrument('second'),
      ]),
    );
    expect(chosen?.id).to.equal('first');
  });

  it('returns undefined without domestic instruments', () => {
    const abroad = instrument('abroad', { scope: 'foreign-policy' });
    expect(mainInstrument(country([abroad]))).to.equal(undefined);
    expect(mainInstrument(country([]))).to.equal(undefined);
    expect(defaultInstrument(country([abroad]))?.id).to.equal('abroad');
  });
});

describe('compare list', () => {
  it('splits on spaces and commas', () => {
    expect(compareTokens(' CI  ml,BF ')).to.deep.equal(['CI', 'ml', 'BF']);
    expect(compareTokens(null)).to.deep.equal([]);
  });

  it('resolves countries, instruments and unknown tokens', async () => {
    const dataset = await fixture();
    const result = resolveCompare(dataset, [
      'civ',
      'ml',
      'ci-test-decree',
      'XX',
      'no-such-law',
      'SN',
      'CI',
    ]);
    expect(result.columns.map((c) => c.instrument.id)).to.deep.equal([
      'ci-test-law',
      'ml-test-law',
      'ci-test-decree',
    ]);
    expect(result.columns.map((c) => c.country?.code)).to.deep.equal([
      'CI',
      'ML',
      'CI',
    ]);
    expect(result.unknown).to.deep.equal(['XX', 'no-such-law']);
    expect(result.withoutInstrument.map((c) => c.code)).to.deep.equal(['SN']);
  });
});
