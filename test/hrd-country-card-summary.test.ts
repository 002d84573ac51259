import { expect } from '@open-wc/testing';
import { render } from 'lit';
import * as v from 'valibot';
import {
  citationSource,
  coverageSegments,
  groupInstruments,
  partRatingList,
  totalCoverage,
} from '../src/data/coverage-summary.js';
import { modelLawCoverage } from '../src/data/queries.js';
import {
  DatasetSchema,
  type Country,
  type Dataset,
  type Instrument,
} from '../src/data/schema.js';
import { renderInstrument } from '../src/components/hrd-country-card/instrument-view.js';
import {
  linkText,
  renderSource,
  safeHttpUrl,
} from '../src/components/hrd-country-card/source-link.js';

async function loadFixture(name: string): Promise<Dataset> {
  const response = await fetch(`/test/fixtures/${name}`);
  return v.parse(DatasetSchema, await response.json());
}

function countryOf(dataset: Dataset, code: string): Country {
  const country = dataset.countries.find((item) => item.code === code);
  if (!country) throw new Error(`fixture has no ${code}`);
  return country;
}

const UNSAFE_SOURCES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'mailto:someone@example.org',
  'ftp://example.org/file',
  '/relative/path',
  '//example.org/protocol-relative',
  'not a url',
  '',
];

describe('coverage summary', () => {
  let dataset: Dataset;

  before(async () => {
    dataset = await loadFixture('card-full.json');
  });

  it('groups domestic instruments apart from foreign policy', () => {
    const canada = groupInstruments(countryOf(dataset, 'CA'));
    expect(canada.domestic).to.have.length(0);
    expect(canada.foreignPolicy.map((item) => item.id)).to.deep.equal([
      'ca-voices',
    ]);
    const mexico = groupInstruments(countryOf(dataset, 'MX'));
    expect(mexico.domestic).to.have.length(2);
    expect(mexico.foreignPolicy).to.have.length(0);
  });

  it('lays out bar segments end to end', () => {
    const counts = { full: 3, partial: 0, none: 2, restrictive: 1, unknown: 4 };
    expect(coverageSegments(counts)).to.deep.equal([
      { coverage: 'full', start: 0, count: 3 },
      { coverage: 'none', start: 3, count: 2 },
      { coverage: 'restrictive', start: 5, count: 1 },
      { coverage: 'unknown', start: 6, count: 4 },
    ]);
  });

  it('totals every part of an instrument', () => {
    const law = countryOf(dataset, 'CI').instruments[0];
    const rows = modelLawCoverage(law, dataset.modelLaw.checklist);
    const { total, counts } = totalCoverage(rows);
    expect(total).to.equal(dataset.modelLaw.checklist.length);
    const sum = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum).to.equal(total);
    const rated = Object.keys(law.modelLaw ?? {}).length;
    expect(total - counts.unknown).to.equal(rated);
  });

  it('lists whole-part ratings in part order', () => {
    const law = countryOf(dataset, 'CI').instruments[0];
    const list = partRatingList(law);
    expect(list.map((entry) => entry.part)).to.deep.equal(['mechanism']);
    expect(list[0].rating.coverage).to.equal(law.partRatings?.mechanism?.coverage);
    expect(partRatingList(countryOf(dataset, 'CI').instruments[1])).to.deep.equal(
      [],
    );
  });

  it('cites the first domestic source', () => {
    const ci = countryOf(dataset, 'CI');
    expect(citationSource(ci)).to.equal(ci.instruments[0].sources[0]);
    const ca = countryOf(dataset, 'CA');
    expect(citationSource(ca)).to.equal(ca.instruments[0].sources[0]);
    expect(citationSource(countryOf(dataset, 'NE'))).to.equal(undefined);
  });
});

describe('source links', () => {
  it('accepts http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/a')?.href).to.equal(
      'https://example.org/a',
    );
    expect(safeHttpUrl('  HTTP://Example.org/b ')?.href).to.equal(
      'http://example.org/b',
    );
  });

  for (const value of UNSAFE_SOURCES) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(safeHttpUrl(value)).to.equal(null);
    });
  }

  it('rejects values that are not strings', () => {
    expect(safeHttpUrl(undefined)).to.equal(null);
    expect(safeHttpUrl(42)).to.equal(null);
  });

  it('shortens long link text in the middle', () => {
    const url = new URL(`https://example.org/${'a'.repeat(100)}/end`);
    const text = linkText(url);
    expect(text.length).to.be.at.most(60);
    expect(text.startsWith('example.org/')).to.equal(true);
    expect(text.endsWith('/end')).to.equal(true);
    expect(text).to.include('…');
  });

  it('renders an unsafe source as text', () => {
    for (const value of UNSAFE_SOURCES) {
      const host = document.createElement('div');
      render(renderSource(value), host);
      expect(host.querySelector('a'), value).to.equal(null);
      expect(host.textContent, value).to.equal(value);
    }
  });

  it('renders a safe source as a link', () => {
    const host = document.createElement('div');
    render(renderSource('https://example.org/x'), host);
    const link = host.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/x');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.hasAttribute('target')).to.equal(false);
  });
});

describe('instrument entry', () => {
  it('shows crafted unsafe sources and markup as text', async () => {
    const dataset = await loadFixture('card-full.json');
    const crafted: Instrument = {
      ...countryOf(dataset, 'CI').instruments[1],
      summary: { en: '<img src=x onerror=alert(1)>' },
      sources: [...UNSAFE_SOURCES.slice(0, 5), 'https://example.org/ok'],
    };
    const host = document.createElement('div');
    render(
      renderInstrument(crafted, {
        locale: 'en',
        checklist: dataset.modelLaw.checklist,
        headingLevel: 3,
      }),
      host,
    );
    const links = [...host.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://example.org/ok',
    ]);
    const texts = [...host.querySelectorAll('.source-text')].map(
      (node) => node.textContent,
    );
    expect(texts).to.deep.equal(UNSAFE_SOURCES.slice(0, 5));
    expect(host.querySelector('img')).to.equal(null);
    expect(host.querySelector('.summary')!.textContent!.trim()).to.equal(
      '<img src=x onerror=alert(1)>',
    );
    expect(host.querySelector('h3')).to.not.equal(null);
  });
});
