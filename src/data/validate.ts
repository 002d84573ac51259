/**
 * Validation of a dataset: the schema first, then the checks a schema
 * cannot express (duplicate ids, unknown checklist keys, unknown country
 * codes). Shared by the loader and the command-line validator.
 */
import * as v from 'valibot';
import { isKnownCountryCode } from './country-codes.js';
import { DatasetSchema, type Dataset } from './schema.js';

/** One problem found in a dataset, with the path of the offending value. */
export interface DatasetIssue {
  /** Path such as `countries[3].instruments[0].statusGroup`. */
  path: string;
  /** Sentence naming the bad value and what is expected instead. */
  message: string;
}

export type ValidationResult =
  | { ok: true; dataset: Dataset; issues: [] }
  | { ok: false; issues: DatasetIssue[] };

/** Longest value quoted in a message; longer values are cut with an ellipsis. */
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
    return { path, message: `${path}: is missing` };
  }
  return {
    path,
    message: `${path}: ${quoteValue(issue.input)} ${describeExpected(issue)}`,
  };
}

type Check = (dataset: Dataset) => DatasetIssue[];

function issueAt(keys: Array<string | number>, text: string): DatasetIssue {
  const path = formatPath(keys);
  return { path, message: `${path}: ${text}` };
}

/** Checks on a schema-valid dataset that the schema cannot express. */
const CONSISTENCY_CHECKS: Check[] = [
  function uniqueCountryCodes(dataset) {
    const seen = new Map<string, number>();
    return dataset.countries.flatMap((country, index) => {
      const first = seen.get(country.code);
      seen.set(country.code, first ?? index);
      if (first === undefined) return [];
      const text = `${quoteValue(country.code)} repeats countries[${first}]`;
      return [issueAt(['countries', index, 'code'], text)];
    });
  },
  function knownCountryCodes(dataset) {
    return dataset.countries.flatMap((country, index) =>
      isKnownCountryCode(country.code)
        ? []
        : [
            issueAt(
              ['countries', index, 'code'],
              `${quoteValue(country.code)} is not an ISO 3166-1 alpha-2 code`,
            ),
          ],
    );
  },
  function uniqueInstrumentIds(dataset) {
    const seen = new Map<string, string>();
    const issues: DatasetIssue[] = [];
    const visit = (id: string, keys: Array<string | number>) => {
      const first = seen.get(id);
      if (first) {
        issues.push(issueAt(keys, `${quoteValue(id)} repeats ${first}`));
      } else seen.set(id, formatPath(keys));
    };
    dataset.countries.forEach((country, c) =>
      country.instruments.forEach((item, i) =>
        visit(item.id, ['countries', c, 'instruments', i, 'id']),
      ),
    );
    dataset.regionalInstruments.forEach((item, i) =>
      visit(item.id, ['regionalInstruments', i, 'id']),
    );
    return issues;
  },
  function uniqueChecklistKeys(dataset) {
    const seen = new Set<string>();
    return dataset.modelLaw.checklist.flatMap((element, index) => {
      if (!seen.has(element.key)) {
        seen.add(element.key);
        return [];
      }
      const keys = ['modelLaw', 'checklist', index, 'key'];
      return [issueAt(keys, `${quoteValue(element.key)} appears twice`)];
    });
  },
  function knownElementKeys(dataset) {
    const known = new Set(dataset.modelLaw.checklist.map((e) => e.key));
    const list = [...known].join(', ');
    const check = (
      comparison: Record<string, unknown> | undefined,
      keys: Array<string | number>,
    ) =>
      Object.keys(comparison ?? {})
        .filter((key) => !known.has(key))
        .map((key) =>
          issueAt(
            [...keys, 'modelLaw', key],
            `${quoteValue(key)} is not a checklist element key (one of ${list})`,
          ),
        );
    return [
      ...dataset.countries.flatMap((country, c) =>
        country.instruments.flatMap((item, i) =>
          check(item.modelLaw, ['countries', c, 'instruments', i]),
        ),
      ),
      ...dataset.regionalInstruments.flatMap((item, i) =>
        check(item.modelLaw, ['regionalInstruments', i]),
      ),
    ];
  },
];

/**
 * Validates a parsed JSON value as a dataset. Returns every issue found,
 * each naming its path and the bad value.
 */
export function validateDataset(input: unknown): ValidationResult {
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map(schemaIssue) };
  }
  const issues = CONSISTENCY_CHECKS.flatMap((check) => check(parsed.output));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: parsed.output, issues: [] };
}
