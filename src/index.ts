/**
 * hrd-widgets: embeddable elements about national laws that protect human
 * rights defenders. Importing this module defines `<hrd-map>`,
 * `<hrd-country-card>` and `<hrd-model-law-checklist>` (each once, even if
 * the bundle is loaded twice) and exports the public API.
 */
import './components/hrd-map/define.js';
import './components/hrd-country-card/define.js';
import './components/hrd-model-law-checklist/define.js';

export { HrdMap } from './components/hrd-map/hrd-map.js';
export { HrdCountryCard } from './components/hrd-country-card/hrd-country-card.js';
export { HrdModelLawChecklist } from './components/hrd-model-law-checklist/hrd-model-law-checklist.js';
export {
  HrdCountrySelectEvent,
  HrdDataErrorEvent,
  HrdDataLoadEvent,
} from './components/shared/events.js';
export type {
  CountrySelectDetail,
  DataErrorDetail,
  DataLoadDetail,
} from './components/shared/events.js';
export { getBundledDataset } from './data/bundled.js';
export {
  clearDatasetCache,
  configureDataLoading,
  DatasetLoadError,
  loadDataset,
} from './data/loader.js';
export type { DataErrorKind, LoaderSettings } from './data/loader.js';
export * from './data/queries.js';
export { toAlpha2 } from './data/country-codes.js';
export { validateDataset } from './data/validate.js';
export type { DatasetIssue, ValidationResult } from './data/validate.js';
export * from './data/schema.js';
export { SUPPORTED_LOCALES, matchLocale } from './i18n/locales.js';
export type { SupportedLocale } from './i18n/locales.js';
