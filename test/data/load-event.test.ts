import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { clearDatasetCache } from '../../src/data/loader.js';
import type { HrdDataLoadEvent } from '../../src/index.js';

describe('hrd-data-load', () => {
  beforeEach(() => clearDatasetCache());

  it('carries the warnings of a remote dataset', async () => {
    const holder = await fixture(html`<div></div>`);
    const card = document.createElement('hrd-country-card');
    card.setAttribute('country', 'CI');
    const loaded = oneEvent(holder, 'hrd-data-load') as Promise<HrdDataLoadEvent>;
    card.setAttribute('src', '/test/fixtures/warning-sources.json');
    holder.append(card);
    const { detail } = await loaded;
    expect(detail.url).to.equal('/test/fixtures/warning-sources.json');
    expect(detail.warnings.length).to.equal(3);
    for (const warning of detail.warnings) {
      expect(warning.severity).to.equal('warning');
      expect(warning.path).to.match(/sources\[\d+\]$/);
    }
  });

  it('has no warnings for the bundled dataset', async () => {
    const holder = await fixture(html`<div></div>`);
    const loaded = oneEvent(holder, 'hrd-data-load') as Promise<HrdDataLoadEvent>;
    const card = document.createElement('hrd-country-card');
    card.setAttribute('country', 'CI');
    holder.append(card);
    const { detail } = await loaded;
    expect(detail.url).to.equal(null);
    expect(detail.warnings).to.deep.equal([]);
  });
});
