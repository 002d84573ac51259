import { expect } from '@open-wc/testing';
import { countryKeyOf, isIsoKey } from '../src/geo/country-keys.js';

describe('geo/country-keys', () => {
  describe('countryKeyOf', () => {
    it('normalizes numeric ids written "036", "36" and 36', () => {
      expect(countryKeyOf('036')).to.equal('AU');
      expect(countryKeyOf('36')).to.equal('AU');
      expect(countryKeyOf(36)).to.equal('AU');
    });

    it('prefers a usable id over the name', () => {
      expect(countryKeyOf('578', 'Somewhere')).to.equal('NO');
    });

    it('joins Kosovo by name to XK', () => {
      expect(countryKeyOf(undefined, 'Kosovo')).to.equal('XK');
    });

    it('joins Norway by name when its id is -99 or missing', () => {
      expect(countryKeyOf('-99', 'Norway')).to.equal('NO');
      expect(countryKeyOf(-99, 'Norway')).to.equal('NO');
      expect(countryKeyOf(undefined, 'Norway')).to.equal('NO');
    });

    it('gives stable non-ISO keys to Northern Cyprus and Somaliland', () => {
      expect(countryKeyOf(undefined, 'N. Cyprus')).to.equal(
        'x-northern-cyprus',
      );
      expect(countryKeyOf(undefined, 'Northern Cyprus')).to.equal(
        'x-northern-cyprus',
      );
      expect(countryKeyOf('-99', 'Somaliland')).to.equal('x-somaliland');
    });

    it('derives an x- key from any other name', () => {
      expect(countryKeyOf('-99', 'Île Nowhere')).to.equal('x-ile-nowhere');
    });

    it('returns null without id or name', () => {
      expect(countryKeyOf(undefined, undefined)).to.equal(null);
      expect(countryKeyOf(null, '  ')).to.equal(null);
      expect(countryKeyOf('-99', '***')).to.equal(null);
    });
  });

  describe('isIsoKey', () => {
    it('accepts alpha-2 keys and rejects x- keys', () => {
      expect(isIsoKey('XK')).to.equal(true);
      expect(isIsoKey('x-somaliland')).to.equal(false);
      expect(isIsoKey('fr')).to.equal(false);
    });
  });
});
