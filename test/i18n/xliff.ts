/**
 * Expected interface text for tests, read from the XLIFF files in locales/
 * so that a test checks the translation a translator wrote, not a copy of
 * it. English text comes from the `<source>` elements.
 */

export const LOCALES = ['en', 'fr', 'es', 'ar', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

const documents = new Map<string, Promise<Document>>();

/** Fetches and parses locales/<locale>.xlf (French for English sources). */
function xliff(locale: Locale): Promise<Document> {
  // Every .xlf file has the same <source> elements, so the French file
  // gives the English text, which has no file of its own.
  const file = locale === 'en' ? 'fr' : locale;
  let document = documents.get(file);
  if (!document) {
    document = fetch(`/locales/${file}.xlf`)
      .then((response) => {
        if (!response.ok) throw new Error(`/locales/${file}.xlf: ${response.status}`);
        return response.text();
      })
      .then((text) => new DOMParser().parseFromString(text, 'application/xml'));
    documents.set(file, document);
  }
  return document;
}

/** Source text with `{0}`, `{1}`... where the placeholders are. */
function pattern(element: Element): string {
  return [...element.childNodes]
    .map((node) =>
      node instanceof Element ? `{${node.getAttribute('id')}}` : node.textContent,
    )
    .join('');
}

/** Text of a `<source>` or `<target>`, with placeholders replaced by values. */
function fill(element: Element, values: readonly string[]): string {
  return [...element.childNodes]
    .map((node) => {
      if (!(node instanceof Element)) return node.textContent ?? '';
      const index = Number(node.getAttribute('id'));
      if (!(index in values)) {
        throw new Error(`no value for placeholder ${index} in "${pattern(element)}"`);
      }
      return values[index];
    })
    .join('');
}

function textOf(unit: Element, locale: Locale, values: readonly string[]): string {
  const part = unit.querySelector(locale === 'en' ? 'source' : 'target');
  if (!part) throw new Error(`trans-unit ${unit.getAttribute('id')} has no ${locale} text`);
  return normalize(fill(part, values));
}

/** Collapses runs of white space, as rendered text is compared. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Returns the text of trans-unit `id` in `locale`, with its placeholders
 * replaced by `values` in order.
 */
export async function messageById(
  locale: Locale,
  id: string,
  ...values: string[]
): Promise<string> {
  const document = await xliff(locale);
  const unit = [...document.querySelectorAll('trans-unit')].find(
    (item) => item.getAttribute('id') === id,
  );
  if (!unit) throw new Error(`no trans-unit with id "${id}"`);
  return textOf(unit, locale, values);
}

/**
 * Returns the text in `locale` of the message whose English source is
 * `source` (placeholders written `{0}`, `{1}`...). Throws unless exactly one
 * message with a generated id has that source, because messages with a
 * given id are looked up by `messageById`.
 */
export async function message(
  locale: Locale,
  source: string,
  ...values: string[]
): Promise<string> {
  const document = await xliff(locale);
  const units = [...document.querySelectorAll('trans-unit')].filter(
    (unit) =>
      /^s[0-9a-f]{16}$/.test(unit.getAttribute('id') ?? '') &&
      pattern(unit.querySelector('source')!) === source,
  );
  if (units.length !== 1) {
    throw new Error(`${units.length} messages have the source "${source}"`);
  }
  return textOf(units[0], locale, values);
}
