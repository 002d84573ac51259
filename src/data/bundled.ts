/** The dataset shipped inside the bundle, used unless an element sets `src`. */
import * as v from 'valibot';
import raw from '../../data/hrd-instruments.json';
import { DatasetSchema, type Dataset } from './schema.js';

let bundled: Dataset | undefined;

/**
 * Returns the bundled dataset, parsed once so that schema defaults (such as
 * the domestic scope) are filled in. The test suite validates the file, so
 * parsing cannot fail in a released bundle.
 */
export function getBundledDataset(): Dataset {
  bundled ??= v.parse(DatasetSchema, raw);
  return bundled;
}
