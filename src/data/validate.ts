/**
 * Validation of a dataset: the schema, then the checks a schema cannot
 * express (duplicate ids, unknown checklist keys, unknown country codes,
 * sources that are not web links). Shared by the loader and the
 * command-line validator.
 */
import * as v from 'valibot';
import { isKnownCountryCode } from './country-codes.js';
import { COUNTRY_CODE, DatasetSchema, type Dataset } from './schema.js';

/**
 * Severity of an issue. An error makes the loader reject the dataset. A
 * warning leaves it usable, but the publisher should fix it.
 */
export type IssueSeverity = 'error' | 'warning';

/** One problem found in a dataset, with the path of the offending value. */
export interface DatasetIssue {
  /** Path such as `countries[3].instruments[0].statusGroup`. */
  path: string;
  /** Sentence naming the bad value and what is expected instead. */
  message: string;
  severity: IssueSeverity;
}

/**
 * Outcome of validation. `ok` is true when no issue is an error, and then
 * `issues` lists the warnings, if any.
 */
export type ValidationResult =
  | { ok: true; dataset: Dataset; issues: DatasetIssue[] }
  | { ok: false; issues: DatasetIssue[] };

/** Maximum length of a value quoted in a message; longer values are cut. */
const MAX_QUOTED = 60;

/** Formats a path from its keys: `countries[3].instruments[0].id`. */
export function formatPath(keys: ReadonlyArray<string | number>): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path || '(root)';
}

/** Quotes a value for a message, cutting long strings and large objects. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return 'missing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

function describeExpected(issue: v.BaseIssue<unknown>): string {
  const expected = issue.expected ?? '';
  if (issue.type === 'picklist' || issue.type === 'literal') {
    const options = expected.replace(/^\(|\)$/g, '').split(' | ').join(', ');
    return `is not one of ${options}`;
  }
  if (issue.kind === 'schema') {
    return `is not of the expected type (expected ${expected})`;
  }
  return issue.message;
}

function schemaIssue(issue: v.BaseIssue<unknown>): DatasetIssue {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = formatPath(keys);
  if (issue.input === undefined && issue.kind === 'schema') {
    return { path, message: `${path}: is missing`, severity: 'error' };
  }
  return {
    path,
    message: `${path}: ${quoteValue(issue.input)} ${describeExpected(issue)}`,
    severity: 'error',
  };
}

/**
 * A consistency check. It receives the schema output when the schema passed,
 * else the raw input, so it reads every value as `unknown` and skips what
 * is not of the expected shape (the schema issues already report that).
 */
type Check = (input: unknown) => DatasetIssue[];

type Keys = Array<string | number>;

function issueAt(
  keys: Keys,
  text: string,
  severity: IssueSeverity = 'error',
): DatasetIssue {
  const path = formatPath(keys);
  return { path, message: `${path}: ${text}`, severity };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `key` of `value`, or undefined when `value` is not an object. */
function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** Returns `value` if it is an array, else an empty array. */
function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Returns `value` if it is a string, else undefined. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** An instrument with the path of the array entry that contains it. */
interface PlacedInstrument {
  instrument: unknown;
  keys: Keys;
}

/** Lists every country and regional instrument with its path. */
function allInstruments(dataset: unknown): PlacedInstrument[] {
  const placed: PlacedInstrument[] = [];
  items(field(dataset, 'countries')).forEach((country, c) => {
    items(field(country, 'instruments')).forEach((instrument, i) => {
      placed.push({ instrument, keys: ['countries', c, 'instruments', i] });
    });
  });
  items(field(dataset, 'regionalInstruments')).forEach((instrument, i) => {
    placed.push({ instrument, keys: ['regionalInstruments', i] });
  });
  return placed;
}

/** Returns whether `value` parses as an absolute http or https URL. */
function isHttpUrl(value: string): boolean {
  try {
    // The parser lower-cases the scheme, so "HTTPS:" passes and
    // " JaVaScRiPt:" does not.
    const { protocol } = new URL(value.trim());
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const CONSISTENCY_CHECKS: Check[] = [
  function uniqueCountryCodes(dataset) {
    const seen = new Map<string, number>();
    return items(field(dataset, 'countries')).flatMap((country, index) => {
      const code = text(field(country, 'code'));
      if (code === undefined) return [];
      const first = seen.get(code);
      seen.set(code, first ?? index);
      if (first === undefined) return [];
      const message = `${quoteValue(code)} repeats countries[${first}]`;
      return [issueAt(['countries', index, 'code'], message)];
    });
  },
  function knownCountryCodes(dataset) {
    return items(field(dataset, 'countries')).flatMap((country, index) => {
      const code = text(field(country, 'code'));
      // A code of the wrong form is reported by the schema already.
      if (code === undefined || !COUNTRY_CODE.test(code)) return [];
      if (isKnownCountryCode(code)) return [];
      return [
        issueAt(
          ['countries', index, 'code'],
          `${quoteValue(code)} is not an ISO 3166-1 alpha-2 code`,
        ),
      ];
    });
  },
  function uniqueInstrumentIds(dataset) {
    const seen = new Map<string, string>();
    const issues: DatasetIssue[] = [];
    for (const { instrument, keys } of allInstruments(dataset)) {
      const id = text(field(instrument, 'id'));
      if (id === undefined) continue;
      const idKeys = [...keys, 'id'];
      const first = seen.get(id);
      if (first) {
        issues.push(issueAt(idKeys, `${quoteValue(id)} repeats ${first}`));
      } else seen.set(id, formatPath(idKeys));
    }
    return issues;
  },
  function uniqueChecklistKeys(dataset) {
    const seen = new Set<string>();
    const checklist = items(field(field(dataset, 'modelLaw'), 'checklist'));
    return checklist.flatMap((element, index) => {
      const key = text(field(element, 'key'));
      if (key === undefined) return [];
      if (!seen.has(key)) {
        seen.add(key);
        return [];
      }
      const keys = ['modelLaw', 'checklist', index, 'key'];
      return [issueAt(keys, `${quoteValue(key)} appears twice`)];
    });
  },
  function knownElementKeys(dataset) {
    const checklist = field(field(dataset, 'modelLaw'), 'checklist');
    // Without a checklist every key would look unknown, so leave it to the
    // schema issue.
    if (!Array.isArray(checklist)) return [];
    const known = new Set<string>();
    for (const element of checklist) {
      const key = text(field(element, 'key'));
      if (key !== undefined) known.add(key);
    }
    const list = [...known].join(', ');
    return allInstruments(dataset).flatMap(({ instrument, keys }) => {
      const comparisons = field(instrument, 'modelLaw');
      if (!isRecord(comparisons)) return [];
      return Object.keys(comparisons)
        .filter((key) => !known.has(key))
        .map((key) =>
          issueAt(
            [...keys, 'modelLaw', key],
            `${quoteValue(key)} is not a checklist element key (one of ${list})`,
          ),
        );
    });
  },
  function httpSources(dataset) {
    const lists: Array<{ sources: unknown; keys: Keys }> = [
      {
        sources: field(field(dataset, 'modelLaw'), 'sources'),
        keys: ['modelLaw', 'sources'],
      },
      ...allInstruments(dataset).map(({ instrument, keys }) => ({
        sources: field(instrument, 'sources'),
        keys: [...keys, 'sources'],
      })),
    ];
    return lists.flatMap(({ sources, keys }) =>
      items(sources).flatMap((source, index) => {
        // Empty and non-string sources are schema errors already.
        if (typeof source !== 'string' || !source.trim()) return [];
        if (isHttpUrl(source)) return [];
        const message =
          `${quoteValue(source)} is not an http or https URL; ` +
          'it is shown as text, not as a link';
        return [issueAt([...keys, index], message, 'warning')];
      }),
    );
  },
];

/**
 * Runs every consistency check on `input`. When the schema has failed, a
 * check that trips over the malformed shape is skipped, because the schema
 * issues describe that shape. On schema-valid input a throw is a bug in
 * the check and is raised.
 */
function runChecks(input: unknown, schemaValid: boolean): DatasetIssue[] {
  return CONSISTENCY_CHECKS.flatMap((check) => {
    try {
      return check(input);
    } catch (error) {
      if (schemaValid) throw error;
      return [];
    }
  });
}

/** Drops repeats of an issue with the same path and message. */
function uniqueIssues(issues: DatasetIssue[]): DatasetIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates a parsed JSON value as a dataset. Returns every issue found,
 * each naming its path and the bad value. The consistency checks also run
 * when the schema fails, so one pass reports problems of both kinds.
 */
export function validateDataset(input: unknown): ValidationResult {
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    const issues = [
      ...parsed.issues.map(schemaIssue),
      ...runChecks(input, false),
    ];
    return { ok: false, issues: uniqueIssues(issues) };
  }
  const issues = uniqueIssues(runChecks(parsed.output, true));
  if (issues.some((issue) => issue.severity === 'error')) {
    return { ok: false, issues };
  }
  return { ok: true, dataset: parsed.output, issues };
}
