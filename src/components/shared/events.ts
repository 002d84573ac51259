/** Typed events dispatched by every element. */
import type { DataErrorKind } from '../../data/loader.js';
import type { DatasetIssue } from '../../data/validate.js';

export interface DataLoadDetail {
  /** URL of the remote dataset, or null for the bundled one. */
  url: string | null;
  /** The dataset's `version` field. */
  version: string;
  /**
   * Validation warnings of a remote dataset that still loaded, such as a
   * source that is not an http URL (shown as text); empty when none.
   */
  warnings: DatasetIssue[];
}

export interface DataErrorDetail {
  /** URL that failed. */
  url: string;
  /** Sentence saying what failed, in English, naming the bad value. */
  message: string;
  kind: DataErrorKind;
  /** Every validation issue, for `kind: "schema"`. */
  issues: DatasetIssue[];
}

export interface CountrySelectDetail {
  /** ISO 3166-1 alpha-2 code, or null when the selection was cleared. */
  country: string | null;
}

/** Fired when a dataset has loaded and validated (also the bundled one). */
export class HrdDataLoadEvent extends CustomEvent<DataLoadDetail> {
  static readonly eventName = 'hrd-data-load';
  constructor(detail: DataLoadDetail) {
    super(HrdDataLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired when a remote dataset failed; the element falls back to bundled data. */
export class HrdDataErrorEvent extends CustomEvent<DataErrorDetail> {
  static readonly eventName = 'hrd-data-error';
  constructor(detail: DataErrorDetail) {
    super(HrdDataErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired by the map when the user selects a country or clears the selection. */
export class HrdCountrySelectEvent extends CustomEvent<CountrySelectDetail> {
  static readonly eventName = 'hrd-country-select';
  constructor(detail: CountrySelectDetail) {
    super(HrdCountrySelectEvent.eventName, {
      detail,
      bubbles: true,
      composed: true,
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'hrd-data-load': HrdDataLoadEvent;
    'hrd-data-error': HrdDataErrorEvent;
    'hrd-country-select': HrdCountrySelectEvent;
  }
}
