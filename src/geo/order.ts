/**
 * A predictable reading order for countries, used by arrow keys: rows of
 * latitude from north to south, and within a row west to east (east to
 * west for right-to-left languages).
 */

/** Height of one row, in degrees of latitude. */
export const ROW_DEGREES = 10;

export interface OrderItem {
  key: string;
  /** `[longitude, latitude]` of the country's label point or marker. */
  point: readonly [number, number];
}

export type Direction = 'ltr' | 'rtl';

export type MoveAction = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

/** Groups items into rows, north first, each row in reading order. */
export function geographicRows(
  items: readonly OrderItem[],
  direction: Direction = 'ltr',
): OrderItem[][] {
  const rows = new Map<number, OrderItem[]>();
  for (const item of items) {
    const row = Math.floor((90 - item.point[1]) / ROW_DEGREES);
    const list = rows.get(row) ?? [];
    list.push(item);
    rows.set(row, list);
  }
  const sign = direction === 'rtl' ? -1 : 1;
  return [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) =>
      rows
        .get(row)!
        .sort(
          (a, b) =>
            sign * (a.point[0] - b.point[0]) || a.key.localeCompare(b.key),
        ),
    );
}

/** Keys in reading order. */
export function geographicOrder(
  items: readonly OrderItem[],
  direction: Direction = 'ltr',
): string[] {
  return geographicRows(items, direction)
    .flat()
    .map((item) => item.key);
}

function closestByLongitude(row: OrderItem[], longitude: number): OrderItem {
  let best = row[0];
  for (const item of row) {
    const distance = Math.abs(item.point[0] - longitude);
    if (distance < Math.abs(best.point[0] - longitude)) best = item;
  }
  return best;
}

/**
 * Returns the key that `action` moves to from `current`. Next and previous
 * follow the reading order and stop at its ends. Up and down go to the
 * nearest row north or south, to the country closest in longitude. With no
 * current key, every action but `last` goes to the first country.
 */
export function moveInRows(
  rows: readonly OrderItem[][],
  current: string | null,
  action: MoveAction,
): string | null {
  const flat = rows.flat();
  if (flat.length === 0) return null;
  const index = flat.findIndex((item) => item.key === current);
  if (action === 'last') return flat[flat.length - 1].key;
  if (action === 'first' || index < 0) return flat[0].key;
  if (action === 'next') return flat[Math.min(index + 1, flat.length - 1)].key;
  if (action === 'previous') return flat[Math.max(index - 1, 0)].key;

  const rowIndex = rows.findIndex((row) => row.some((i) => i.key === current));
  const target = rows[rowIndex + (action === 'down' ? 1 : -1)];
  if (!target) return current;
  return closestByLongitude(target, flat[index].point[0]).key;
}
