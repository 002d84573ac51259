/** Finding countries by the letters a user types or searches for. */

/** Lower-cases text and strips accents, so "cote" finds "Côte d'Ivoire". */
export function foldForSearch(text: string, locale: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase(locale)
    .trim();
}

/** Apostrophes people type or names contain: ' ‘ ’ ʼ ` and ´. */
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;

/** Runs of white space, hyphens and dashes. */
const SEPARATORS = /[\s\-\u2010-\u2015]+/g;

/**
 * Returns the form of a name or query that the search box compares: folded
 * as by `foldForSearch`, without apostrophes, hyphens or spaces. So
 * "COTE DIVOIRE" and "cote d'ivoire" find "Côte d’Ivoire", and "guinea
 * bissau" finds "Guinea-Bissau".
 */
export function searchKey(text: string, locale: string): string {
  return foldForSearch(text, locale)
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, '');
}

export interface NamedItem {
  key: string;
  name: string;
}

export interface SearchableItem extends NamedItem {
  /** Other names that also find the item, such as its English names. */
  aliases?: readonly string[];
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
 * Returns the items whose name or one of whose aliases contains `query`,
 * compared by `searchKey`. Items whose name starts with the query come
 * first, then those with an alias starting with it, then the other
 * matches. Items of the same rank are sorted in the collation order of
 * `locale`. Returns at most `limit` items.
 */
export function searchByName<T extends SearchableItem>(
  items: readonly T[],
  query: string,
  locale: string,
  limit = 8,
): T[] {
  const queryKey = searchKey(query, locale);
  if (!queryKey) return [];
  const collator = new Intl.Collator(locale);
  const ranked: { item: T; rank: number }[] = [];
  for (const item of items) {
    const rank = matchRank(item, queryKey, locale);
    if (rank !== null) ranked.push({ item, rank });
  }
  return ranked
    .sort(
      (a, b) => a.rank - b.rank || collator.compare(a.item.name, b.item.name),
    )
    .slice(0, limit)
    .map(({ item }) => item);
}

/**
 * Returns 0 when the name starts with `queryKey`, 1 when an alias does, 2
 * when the name contains it, 3 when an alias does, else null.
 */
function matchRank(
  item: SearchableItem,
  queryKey: string,
  locale: string,
): number | null {
  const name = searchKey(item.name, locale);
  const aliases = (item.aliases ?? []).map((alias) => searchKey(alias, locale));
  if (name.startsWith(queryKey)) return 0;
  if (aliases.some((alias) => alias.startsWith(queryKey))) return 1;
  if (name.includes(queryKey)) return 2;
  if (aliases.some((alias) => alias.includes(queryKey))) return 3;
  return null;
}
