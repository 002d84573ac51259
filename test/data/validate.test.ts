import { expect } from '@open-wc/testing';
import { formatPath, validateDataset } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/schema.js';

async function miniDataset(): Promise<Dataset> {
  const response = await fetch('/test/fixtures/mini-dataset.json');
  return response.json();
}

type Mutation = (data: any) => void;

/** Each case breaks one thing and names the message it must produce. */
const CASES: Array<[string, Mutation, string]> = [
  [
    'status group outside the list',
    (d) => (d.countries[0].instruments[0].statusGroup = 'adoptd'),
    'countries[0].instruments[0].statusGroup: "adoptd" is not one of ' +
      '"adopted", "in-progress", "not-adopted"',
  ],
  [
    'missing English text',
    (d) => (d.countries[1].instruments[0].summary = { fr: 'Résumé' }),
    'countries[1].instruments[0].summary.en: is missing',
  ],
  [
    'lower-case country code',
    (d) => (d.countries[0].code = 'ci'),
    'countries[0].code: "ci" must be an ISO 3166-1 alpha-2 code in upper case',
  ],
  [
    'unassigned country code',
    (d) => (d.countries[0].code = 'ZZ'),
    'countries[0].code: "ZZ" is not an ISO 3166-1 alpha-2 code',
  ],
  [
    'source that is not http',
    (d) => (d.countries[0].instruments[0].sources = ['javascript:alert(1)']),
    'countries[0].instruments[0].sources[0]: "javascript:alert(1)" must be ' +
      'an http or https URL',
  ],
  [
    'year as a string',
    (d) => (d.countries[0].instruments[0].year = '2014'),
    'countries[0].instruments[0].year: "2014" is not of the expected type',
  ],
  [
    'impossible date',
    (d) => (d.countries[0].instruments[0].date = '2014-13-01'),
    'countries[0].instruments[0].date: "2014-13-01" must be a date',
  ],
  [
    'subnational without its unit',
    (d) => (d.countries[0].instruments[0].level = 'subnational'),
    'countries[0].instruments[0].subnationalUnit: {"id":',
  ],
  [
    'duplicate instrument id',
    (d) => (d.countries[1].instruments[0].id = 'test-ci-law'),
    'countries[1].instruments[0].id: "test-ci-law" repeats ' +
      'countries[0].instruments[0].id',
  ],
  [
    'duplicate country',
    (d) => (d.countries[1].code = 'CI'),
    'countries[1].code: "CI" repeats countries[0]',
  ],
  [
    'unknown checklist key',
    (d) =>
      (d.countries[0].instruments[0].modelLaw.definitoin = {
        coverage: 'full',
      }),
    'countries[0].instruments[0].modelLaw.definitoin: "definitoin" is not a ' +
      'checklist element key',
  ],
  [
    'coverage outside the list',
    (d) => (d.countries[0].instruments[0].modelLaw.definition.coverage = 'yes'),
    'countries[0].instruments[0].modelLaw.definition.coverage: "yes" is not ' +
      'one of "full"',
  ],
  [
    'countries not an array',
    (d) => (d.countries = {}),
    'countries: {} is not of the expected type (expected Array)',
  ],
];

describe('validateDataset', () => {
  it('accepts the test dataset', async () => {
    const result = validateDataset(await miniDataset());
    expect(result.issues).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('fills in the domestic scope by default', async () => {
    const result = validateDataset(await miniDataset());
    if (!result.ok) throw new Error('dataset should be valid');
    const scope = result.dataset.countries[0].instruments[0].scope;
    expect(scope).to.equal('domestic');
  });

  for (const [name, mutate, expected] of CASES) {
    it(`reports ${name}`, async () => {
      const data = await miniDataset();
      mutate(data);
      const result = validateDataset(data);
      expect(result.ok).to.equal(false);
      const messages = result.issues.map((issue) => issue.message);
      const found = messages.find((message) => message.startsWith(expected));
      expect(found, messages.join('\n')).to.be.a('string');
    });
  }

  it('rejects values that are not objects', () => {
    for (const input of [null, 42, 'text']) {
      const result = validateDataset(input);
      expect(result.ok).to.equal(false);
      expect(result.issues[0].path).to.equal('(root)');
    }
    const array = validateDataset([]);
    expect(array.ok).to.equal(false);
    expect(array.issues[0].message).to.equal('version: is missing');
  });

  it('cuts long values in messages', async () => {
    const data: any = await miniDataset();
    data.countries[0].instruments[0].statusGroup = 'x'.repeat(5000);
    const result = validateDataset(data);
    expect(result.issues[0].message.length).to.be.below(200);
    expect(result.issues[0].message).to.contain('…');
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    const path = formatPath(['countries', 3, 'instruments', 0, 'status']);
    expect(path).to.equal('countries[3].instruments[0].status');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['partRatings', 'a b'])).to.equal('partRatings["a b"]');
  });
});
