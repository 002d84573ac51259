/** The dataset shipped inside the bundle, used unless an element sets `src`. */
import * as v from 'valibot';
import raw from '../../data/hrd-instruments.json';
import { DatasetSchema, type Dataset } from './schema.js';

let bundled: Dataset | undefined;

/**
 * Returns the bundled dataset, parsed once so that schema defaults (such as
 * the domestic scope) are filled in. test/data/bundled-dataset.test.ts
 * validates the file before every build is tested, so a parse failure here
 * means the file was edited without running the tests.
 */
export function getBundledDataset(): Dataset {
  bundled ??= v.parse(DatasetSchema, raw);
  return bundled;
}
