import { expect } from '@open-wc/testing';
import {
  geographicOrder,
  geographicRows,
  moveInRows,
  type OrderItem,
} from '../src/geo/order.js';

const items: OrderItem[] = [
  { key: 'ZA', point: [25, -29] },
  { key: 'NO', point: [10, 61] },
  { key: 'FI', point: [26, 64] },
  { key: 'IS', point: [-19, 65] },
  { key: 'NG', point: [8, 9] },
  { key: 'GH', point: [-1, 8] },
];

describe('geo/order', () => {
  it('orders rows north to south, then west to east', () => {
    expect(geographicOrder(items)).to.deep.equal([
      'IS',
      'NO',
      'FI',
      'GH',
      'NG',
      'ZA',
    ]);
  });

  it('mirrors each row for right-to-left languages', () => {
    expect(geographicOrder(items, 'rtl')).to.deep.equal([
      'FI',
      'NO',
      'IS',
      'NG',
      'GH',
      'ZA',
    ]);
  });

  describe('moveInRows', () => {
    const rows = geographicRows(items);

    it('moves to the next and previous country and stops at the ends', () => {
      expect(moveInRows(rows, 'NO', 'next')).to.equal('FI');
      expect(moveInRows(rows, 'NO', 'previous')).to.equal('IS');
      expect(moveInRows(rows, 'ZA', 'next')).to.equal('ZA');
      expect(moveInRows(rows, 'IS', 'previous')).to.equal('IS');
    });

    it('moves down and up to the closest longitude', () => {
      expect(moveInRows(rows, 'NO', 'down')).to.equal('NG');
      expect(moveInRows(rows, 'IS', 'down')).to.equal('GH');
      expect(moveInRows(rows, 'NG', 'down')).to.equal('ZA');
      expect(moveInRows(rows, 'ZA', 'up')).to.equal('NG');
      expect(moveInRows(rows, 'FI', 'up')).to.equal('FI');
    });

    it('goes to the first and last country', () => {
      expect(moveInRows(rows, 'NG', 'first')).to.equal('IS');
      expect(moveInRows(rows, 'NG', 'last')).to.equal('ZA');
    });

    it('starts at the first country without a current one', () => {
      expect(moveInRows(rows, null, 'next')).to.equal('IS');
      expect(moveInRows(rows, 'XX', 'down')).to.equal('IS');
      expect(moveInRows([], null, 'next')).to.equal(null);
    });
  });
});
