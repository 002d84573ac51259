/**
 * A self-assessment of a draft law against the Model Law checklist: one
 * optional mark and one optional note per checklist element, with the
 * encodings used to keep it in a URL fragment or in local storage, and the
 * CSV export.
 */
import {
  COVERAGE_VALUES,
  type ChecklistElement,
  type Coverage,
  type ModelLawPart,
} from './schema.js';

/** A mark uses the same values as the dataset's coverage ratings. */
export type Mark = Coverage;

export const MARKS: readonly Mark[] = COVERAGE_VALUES;

/** The reviewer's mark and note for one element. */
export interface AssessmentEntry {
  /** Absent while the element is not assessed. */
  mark?: Mark;
  note?: string;
}

/** Entries keyed by checklist element key, without unassessed elements. */
export type Assessment = Readonly<Record<string, AssessmentEntry>>;

const ELEMENT_KEY = /^[a-z][a-z_]*$/;

/** One-letter codes of the compact fragment encoding. */
const MARK_CODES: Record<Mark, string> = {
  full: 'f',
  partial: 'p',
  none: 'n',
  restrictive: 'r',
  unknown: 'u',
};

const MARK_BY_CODE = new Map(
  Object.entries(MARK_CODES).map(([mark, code]) => [code, mark as Mark]),
);

function isMark(value: unknown): value is Mark {
  return (MARKS as readonly unknown[]).includes(value);
}

/** Returns `assessment` with one entry replaced, or removed when empty. */
function withEntry(
  assessment: Assessment,
  key: string,
  entry: AssessmentEntry,
): Assessment {
  const next: Record<string, AssessmentEntry> = { ...assessment };
  const clean: AssessmentEntry = {};
  if (entry.mark) clean.mark = entry.mark;
  if (entry.note) clean.note = entry.note;
  if (clean.mark || clean.note) next[key] = clean;
  else delete next[key];
  return next;
}

/** Returns a copy of `assessment` with the mark of `key` set or removed. */
export function setMark(
  assessment: Assessment,
  key: string,
  mark: Mark | null,
): Assessment {
  return withEntry(assessment, key, {
    ...assessment[key],
    mark: mark ?? undefined,
  });
}

/** Returns a copy of `assessment` with the note of `key` set or removed. */
export function setNote(
  assessment: Assessment,
  key: string,
  note: string,
): Assessment {
  return withEntry(assessment, key, { ...assessment[key], note });
}

/**
 * Encodes an assessment for a URL fragment: entries joined by `,`, each
 * `key:code` or `key:code:note`, where the code is one letter (f, p, n, r,
 * u, or empty for a note without a mark) and the note is percent-encoded.
 * The output contains no `&`, `=` or `#`.
 */
export function encodeAssessment(assessment: Assessment): string {
  return Object.entries(assessment)
    .filter(([key]) => ELEMENT_KEY.test(key))
    .map(([key, entry]) => {
      const code = entry.mark ? MARK_CODES[entry.mark] : '';
      const note = entry.note ? `:${encodeURIComponent(entry.note)}` : '';
      return `${key}:${code}${note}`;
    })
    .join(',');
}

/**
 * Decodes `encodeAssessment` output. Malformed entries are skipped, so a
 * damaged link loses only the entries it damaged.
 */
export function decodeAssessment(text: string): Assessment {
  let assessment: Assessment = {};
  for (const item of text.split(',')) {
    const [key, code = '', note = ''] = item.split(':');
    if (!ELEMENT_KEY.test(key)) continue;
    const mark = MARK_BY_CODE.get(code);
    if (code && !mark) continue;
    let decoded = '';
    try {
      decoded = decodeURIComponent(note);
    } catch {
      continue;
    }
    assessment = withEntry(assessment, key, { mark, note: decoded });
  }
  return assessment;
}

/** Serializes an assessment for local storage. */
export function assessmentToJson(assessment: Assessment): string {
  return JSON.stringify({ version: 1, entries: assessment });
}

/**
 * Parses `assessmentToJson` output, keeping only well-formed entries.
 * Returns null when the text is not a stored assessment at all.
 */
export function assessmentFromJson(text: string | null): Assessment | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const entries = (parsed as { entries?: unknown } | null)?.entries;
  if (!entries || typeof entries !== 'object') return null;
  let assessment: Assessment = {};
  for (const [key, value] of Object.entries(entries)) {
    if (!ELEMENT_KEY.test(key) || !value || typeof value !== 'object') {
      continue;
    }
    const { mark, note } = value as Record<string, unknown>;
    assessment = withEntry(assessment, key, {
      mark: isMark(mark) ? mark : undefined,
      note: typeof note === 'string' ? note : undefined,
    });
  }
  return assessment;
}

/**
 * Name of the fragment parameter for a storage key: `hrd-checklist` for
 * "default", `hrd-checklist-<key>` for any other key.
 */
export function fragmentParamName(storageKey: string): string {
  return storageKey === 'default'
    ? 'hrd-checklist'
    : `hrd-checklist-${encodeURIComponent(storageKey)}`;
}

/** Local storage key for a storage key: `hrd-widgets:checklist:<key>`. */
export function storageItemKey(storageKey: string): string {
  return `hrd-widgets:checklist:${storageKey}`;
}

/**
 * Reads parameter `name` from a URL fragment made of `&`-separated
 * `name=value` items (`#a=1&hrd-checklist=...`). Returns null when absent.
 */
export function readFragmentParam(hash: string, name: string): string | null {
  const items = hash.replace(/^#/, '').split('&');
  const prefix = `${name}=`;
  const item = items.find((part) => part.startsWith(prefix));
  return item === undefined ? null : item.slice(prefix.length);
}

/**
 * Returns `hash` with parameter `name` set to `value`, or removed when
 * `value` is null or empty. Every other item, such as an anchor name, is
 * kept in place.
 */
export function writeFragmentParam(
  hash: string,
  name: string,
  value: string | null,
): string {
  const prefix = `${name}=`;
  const items = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '');
  const index = items.findIndex((part) => part.startsWith(prefix));
  if (!value) {
    if (index >= 0) items.splice(index, 1);
  } else if (index >= 0) {
    items[index] = prefix + value;
  } else {
    items.push(prefix + value);
  }
  return items.length > 0 ? `#${items.join('&')}` : '';
}

/**
 * Prepares one CSV field (RFC 4180). A value starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading apostrophe, so that
 * spreadsheet applications do not run it as a formula. Fields containing a
 * comma, a double quote or a line break are quoted, with quotes doubled.
 */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (!/[",\r\n]/.test(guarded)) return guarded;
  return `"${guarded.replace(/"/g, '""')}"`;
}

/** Joins rows into CSV text with CRLF line ends, as RFC 4180 specifies. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** Words the CSV export writes, in the reader's language. */
export interface CsvWords {
  header: readonly [string, string, string, string, string];
  part(part: ModelLawPart): string;
  element(element: ChecklistElement): string;
  /** Word for a mark, or for "not assessed" when undefined. */
  mark(mark: Mark | undefined): string;
}

/**
 * Builds the CSV export of an assessment: a header row, then one row per
 * checklist element in `parts` order with part, element key, element
 * label, mark and note.
 */
export function assessmentCsv(
  checklist: readonly ChecklistElement[],
  parts: readonly ModelLawPart[],
  assessment: Assessment,
  words: CsvWords,
): string {
  const rows: string[][] = [[...words.header]];
  for (const part of parts) {
    for (const element of checklist.filter((item) => item.part === part)) {
      const entry = assessment[element.key] ?? {};
      rows.push([
        words.part(part),
        element.key,
        words.element(element),
        words.mark(entry.mark),
        entry.note ?? '',
      ]);
    }
  }
  return toCsv(rows);
}
