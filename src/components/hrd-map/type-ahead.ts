/** Finding countries by the letters a user types or searches for. */

/** Lower-cases text and strips accents, so "cote" finds "Côte d'Ivoire". */
export function foldForSearch(text: string, locale: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase(locale)
    .trim();
}

export interface NamedItem {
  key: string;
  name: string;
}

/**
 * Returns the key of the first item after `current` (wrapping around)
 * whose name starts with `prefix`, or null. When the prefix is one letter
 * repeated ("aa"), it cycles through the names starting with that letter.
 */
export function typeAheadMatch(
  items: readonly NamedItem[],
  current: string | null,
  prefix: string,
  locale: string,
): string | null {
  const folded = foldForSearch(prefix, locale);
  if (!folded) return null;
  const repeated = [...folded].every((char) => char === folded[0]);
  const search = repeated ? folded[0] : folded;
  const index = items.findIndex((item) => item.key === current);
  // A longer prefix may still match the current item; a single letter moves on.
  const first = index < 0 ? 0 : index + (search.length > 1 ? 0 : 1);
  for (let i = 0; i < items.length; i++) {
    const item = items[(first + i) % items.length];
    if (foldForSearch(item.name, locale).startsWith(search)) return item.key;
  }
  return null;
}

/**
 * Returns the items whose name contains `query`, names starting with it
 * first, then in alphabetical order of `locale`; at most `limit`.
 */
export function searchByName<T extends NamedItem>(
  items: readonly T[],
  query: string,
  locale: string,
  limit = 8,
): T[] {
  const folded = foldForSearch(query, locale);
  if (!folded) return [];
  const collator = new Intl.Collator(locale);
  return items
    .map((item) => ({ item, name: foldForSearch(item.name, locale) }))
    .filter(({ name }) => name.includes(folded))
    .sort(
      (a, b) =>
        Number(!a.name.startsWith(folded)) -
          Number(!b.name.startsWith(folded)) ||
        collator.compare(a.item.name, b.item.name),
    )
    .slice(0, limit)
    .map(({ item }) => item);
}
