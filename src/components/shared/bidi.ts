/**
 * Keeping numbers and Latin codes in order inside right-to-left text.
 *
 * The Unicode bidirectional algorithm treats digits that follow Arabic
 * letters as Arabic numbers (rule W2), and a hyphen between two Arabic
 * numbers is laid out right to left. So "رقم 2014-388" in an Arabic line
 * is shown as "388-2014". Inside `<bdi dir="ltr">` a token has no Arabic
 * letter before it, so its digits and separators stay left to right.
 */
import { html, type TemplateResult } from 'lit';

/**
 * A run of Latin letters and digits, possibly joined by separators
 * ("2014-388", "N°2014-388", "٣", "CC-BY-4.0", "test-1"). A separator counts
 * only between two letters or digits, so "2014," keeps its comma outside.
 */
const TOKEN = /[A-Za-z°№\p{Nd}]+(?:[.,/:\-–_][A-Za-z°№\p{Nd}]+)*/gu;

/** Tokens isolated: those with a digit, and upper-case codes ("CI", "UN"). */
const ISOLATED = /\p{Nd}|^[A-Z]{2,}(?![a-z])/u;

/**
 * Splits `text` into plain strings and `<bdi dir="ltr">` elements around
 * each number or Latin code, for use as the content of a template. The
 * text content is unchanged.
 */
export function isolateNumbers(text: string): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (!ISOLATED.test(match[0])) continue;
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(html`<bdi dir="ltr">${match[0]}</bdi>`);
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
