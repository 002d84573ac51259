/**
 * Command-line validator for datasets in the hrd-widgets format:
 * `npx hrd-widgets validate FILE...`. Prints every error and warning with its
 * path and exits with status 1 if any file has either, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { validateDataset, type DatasetIssue } from './data/validate.js';

const USAGE = `Usage: hrd-widgets validate FILE...

Checks each JSON file against the hrd-widgets dataset format (data/schema.json)
and the rules a schema cannot express: unique ids, known country codes, known
Model Law checklist keys and http or https source URLs. Prints every problem
with its path. A line with "warning:" marks a problem the widgets tolerate:
they still load the file (a source that is not an http or https URL is shown
as text), but fix it before publishing.
Exit status: 0 when every file is valid without warnings, 1 when any file has
an error or a warning, 2 on a usage error.`;

/** Byte order mark that some Windows editors write at the start of a file. */
const BOM = '\uFEFF';

function issueLine(path: string, issue: DatasetIssue): string {
  const label = issue.severity === 'warning' ? 'warning: ' : '';
  return `${path}: ${label}${issue.message}`;
}

/** Validates one file and returns the lines to print and whether it passed. */
export function validateFile(path: string): { ok: boolean; lines: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, lines: [`${path}: cannot be read (${reason})`] };
  }

  // Node keeps a byte order mark in the text, and JSON.parse rejects it.
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      lines: [`${path}: is not valid JSON: ${(error as Error).message}`],
    };
  }

  const result = validateDataset(json);
  if (result.ok && result.issues.length === 0) {
    const { countries, version } = result.dataset;
    const count = countries.reduce((n, c) => n + c.instruments.length, 0);
    return {
      ok: true,
      lines: [
        `${path}: valid (version ${version}, ${countries.length} countries, ${count} instruments)`,
      ],
    };
  }

  const lines = result.issues.map((issue) => issueLine(path, issue));
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const errors = result.issues.length - warnings;
  lines.push(
    `${path}: ${result.issues.length} problem(s) found ` +
      `(${errors} error(s), ${warnings} warning(s))`,
  );
  return { ok: false, lines };
}

/** Runs the CLI with `argv` (without node and script) and returns the exit status. */
export function main(argv: string[]): number {
  const [command, ...files] = argv;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let ok = true;
  for (const file of files) {
    const result = validateFile(file);
    const print = result.ok ? console.log : console.error;
    for (const line of result.lines) print(line);
    ok &&= result.ok;
  }
  return ok ? 0 : 1;
}
