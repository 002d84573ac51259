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
    'source of white space only',
    (d) => (d.countries[0].instruments[0].sources = [' \t']),
    'countries[0].instruments[0].sources[0]: " \\t" must not be empty',
  ],
  [
    'empty source list',
    (d) => (d.countries[0].instruments[0].sources = []),
    'countries[0].instruments[0].sources: [] ',
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

  it('marks schema and id issues as errors', async () => {
    const data: any = await miniDataset();
    data.countries[0].instruments[0].statusGroup = 'adoptd';
    data.countries[1].instruments[0].id = 'test-ci-law';
    const result = validateDataset(data);
    expect(result.ok).to.equal(false);
    expect(result.issues).to.have.length(2);
    for (const issue of result.issues) expect(issue.severity).to.equal('error');
  });

  it('runs the other checks after a schema error', async () => {
    const data: any = await miniDataset();
    data.countries[0].instruments[0].statusGroup = 'adoptd';
    data.countries[1].code = 'XX';
    data.countries[1].instruments[0].sources = ['javascript:alert(1)'];
    const result = validateDataset(data);
    expect(result.ok).to.equal(false);
    expect(result.issues.map((issue) => [issue.path, issue.severity])).to.deep.equal([
      ['countries[0].instruments[0].statusGroup', 'error'],
      ['countries[1].code', 'error'],
      ['countries[1].instruments[0].sources[0]', 'warning'],
    ]);
  });

  it('reports a wrongly formed code once', async () => {
    const data: any = await miniDataset();
    data.countries[0].code = 'ci';
    const result = validateDataset(data);
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).to.deep.equal(['countries[0].code']);
  });

  it('does not throw on malformed shapes', async () => {
    const shapes: Mutation[] = [
      (d) => (d.countries = [null, 5, 'CI', { instruments: 'x' }]),
      (d) => (d.countries[0].instruments = [null, [], { sources: 'x' }]),
      (d) => (d.countries[0].instruments[0].sources = [null, 7, {}]),
      (d) => (d.countries[0].instruments[0].modelLaw = ['full']),
      (d) => (d.modelLaw = null),
      (d) => (d.modelLaw.checklist = [null, { key: 5 }]),
      (d) => (d.regionalInstruments = { 0: {} }),
      (d) => (d.countries[0].code = { toString: null }),
    ];
    for (const mutate of shapes) {
      const data = await miniDataset();
      mutate(data);
      const result = validateDataset(data);
      expect(result.ok, mutate.toString()).to.equal(false);
      expect(result.issues.length, mutate.toString()).to.be.above(0);
    }
  });

  it('cuts long values in messages', async () => {
    const data: any = await miniDataset();
    data.countries[0].instruments[0].statusGroup = 'x'.repeat(5000);
    const result = validateDataset(data);
    expect(result.issues[0].message.length).to.be.below(200);
    expect(result.issues[0].message).to.contain('…');
  });
});

describe('validateDataset on sources', () => {
  const UNSAFE = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.org',
    '/a/relative/page',
    'not a URL',
  ];

  it('warns about each source that is not http', async () => {
    const data: any = await miniDataset();
    data.countries[0].instruments[0].sources = ['https://example.org', ...UNSAFE];
    const result = validateDataset(data);
    expect(result.ok).to.equal(true);
    expect(result.issues).to.have.length(UNSAFE.length);
    UNSAFE.forEach((source, index) => {
      const issue = result.issues[index];
      const path = `countries[0].instruments[0].sources[${index + 1}]`;
      expect(issue.severity).to.equal('warning');
      expect(issue.path).to.equal(path);
      expect(issue.message).to.equal(
        `${path}: ${JSON.stringify(source)} is not an http or https URL; ` +
          'it is shown as text, not as a link',
      );
    });
  });

  it('keeps an accepted source unchanged', async () => {
    const data: any = await miniDataset();
    data.countries[0].instruments[0].sources = [' JaVaScRiPt:alert(1)'];
    const result = validateDataset(data);
    if (!result.ok) throw new Error('dataset should be accepted');
    const sources = result.dataset.countries[0].instruments[0].sources;
    expect(sources).to.deep.equal([' JaVaScRiPt:alert(1)']);
  });

  it('accepts http and https in any case', async () => {
    const data: any = await miniDataset();
    data.countries[0].instruments[0].sources = [
      'http://example.org',
      'HTTPS://EXAMPLE.ORG/PAGE',
      ' https://example.org/padded ',
    ];
    const result = validateDataset(data);
    expect(result.ok).to.equal(true);
    expect(result.issues).to.deep.equal([]);
  });

  it('warns about Model Law and regional sources', async () => {
    const data: any = await miniDataset();
    data.modelLaw.sources.push('javascript:alert(1)');
    const regional = structuredClone(data.countries[0].instruments[0]);
    Object.assign(regional, {
      id: 'test-regional',
      level: 'regional',
      body: { en: 'Test body' },
      appliesTo: { en: 'Test members' },
      sources: ['data:,x'],
    });
    data.regionalInstruments = [regional];
    const result = validateDataset(data);
    expect(result.ok, result.issues.map((i) => i.message).join('\n')).to.equal(true);
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).to.deep.equal([
      `modelLaw.sources[${data.modelLaw.sources.length - 1}]`,
      'regionalInstruments[0].sources[0]',
    ]);
  });

  it('rejects when an error comes with warnings', async () => {
    const data: any = await miniDataset();
    data.countries[0].instruments[0].sources = ['javascript:alert(1)'];
    data.countries[1].instruments[0].id = 'test-ci-law';
    const result = validateDataset(data);
    expect(result.ok).to.equal(false);
    const severities = result.issues.map((issue) => issue.severity);
    expect(severities).to.have.members(['error', 'warning']);
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
