// Prints, per locale, how many UI strings (locales/*.xlf) and dataset text
// fields (data/hrd-instruments.json) are translated. Exits 1 with --strict
// when any locale is incomplete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const dataset = JSON.parse(
  readFileSync(join(root, 'data/hrd-instruments.json'), 'utf8'),
);

/** Counts trans-units and those with a non-empty target in an XLIFF file. */
function uiCoverage(locale) {
  const xliff = readFileSync(join(root, `locales/${locale}.xlf`), 'utf8');
  const units = xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
  const done = units.filter((unit) => /<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit));
  return { total: units.length, done: done.length };
}

/** Collects every localized text object ({ en, ... }) in the dataset. */
function textFields(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => textFields(item, found));
  else if (value && typeof value === 'object') {
    const isText =
      typeof value.en === 'string' &&
      Object.values(value).every((v) => typeof v === 'string');
    if (isText) found.push(value);
    else Object.values(value).forEach((item) => textFields(item, found));
  }
  return found;
}

const fields = textFields(dataset);
const percent = (done, total) =>
  total === 0 ? '100.0%' : `${((100 * done) / total).toFixed(1)}%`;
let complete = true;

console.log(`${'locale'.padEnd(8)}${'UI strings'.padStart(18)}${'data text'.padStart(18)}`);
const english = `${fields.length}/${fields.length}`;
console.log(`${'en'.padEnd(8)}${'source'.padStart(18)}${english.padStart(18)}`);
for (const locale of config.targetLocales) {
  const ui = uiCoverage(locale);
  const data = fields.filter((field) => field[locale]).length;
  complete &&= ui.done === ui.total && data === fields.length;
  const uiText = `${ui.done}/${ui.total} ${percent(ui.done, ui.total)}`;
  const dataText = `${data}/${fields.length} ${percent(data, fields.length)}`;
  console.log(`${locale.padEnd(8)}${uiText.padStart(18)}${dataText.padStart(18)}`);
}
if (process.argv.includes('--strict') && !complete) process.exitCode = 1;
