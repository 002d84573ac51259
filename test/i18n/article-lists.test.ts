import { expect } from '@open-wc/testing';
import { isolateEach } from '../../src/components/hrd-model-law-checklist/text.js';

describe('article number lists', () => {
  it('use the Arabic comma in Arabic', () => {
    const list = isolateEach(['4', '5'], 'ar');
    expect(list).to.equal('\u20684\u2069، \u20685\u2069');
  });

  it('use a comma in other locales', () => {
    expect(isolateEach(['8(V,VI)', '12'], 'fr')).to.equal(
      '\u20688(V,VI)\u2069, \u206812\u2069',
    );
  });
});
