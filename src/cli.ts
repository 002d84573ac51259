/**
 * Command-line validator for datasets in the hrd-widgets format:
 * `npx hrd-widgets validate FILE...`. Prints every problem with its path and
 * exits with status 1 if any file is invalid, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { validateDataset } from './data/validate.js';

const USAGE = `Usage: hrd-widgets validate FILE...

Checks each JSON file against the hrd-widgets dataset format (data/schema.json)
and the rules a schema cannot express: unique ids, known country codes and
known Model Law checklist keys. Prints every problem with its path.
Exit status: 0 when every file is valid, 1 when any is not, 2 on a usage error.`;

/** Validates one file and returns the lines to print and whether it passed. */
export function validateFile(path: string): { ok: boolean; lines: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, lines: [`${path}: cannot be read (${reason})`] };
  }
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
  if (result.ok) {
    const { countries, version } = result.dataset;
    const count = countries.reduce((n, c) => n + c.instruments.length, 0);
    return {
      ok: true,
      lines: [
        `${path}: valid (version ${version}, ${countries.length} countries, ${count} instruments)`,
      ],
    };
  }
  const lines = result.issues.map((issue) => `${path}: ${issue.message}`);
  lines.push(`${path}: ${result.issues.length} problem(s) found`);
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
