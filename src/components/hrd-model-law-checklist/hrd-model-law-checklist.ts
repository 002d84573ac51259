import { localized, msg, str } from '@lit/localize';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { findCountry, findInstrument } from '../../data/queries.js';
import type { Country, Dataset } from '../../data/schema.js';
import {
  assessmentCsv,
  setMark,
  setNote,
  type Assessment,
  type Mark,
} from '../../data/self-assessment.js';
import { modelLawPartLabel } from '../../i18n/labels.js';
import { renderInLocale } from '../../i18n/setup.js';
import { renderDataNotice } from '../shared/data-notice.js';
import { HrdElement } from '../shared/hrd-element.js';
import { baseStyles } from '../shared/styles.js';
import { renderAssessmentView } from './assessment-view.js';
import {
  fragmentValue,
  loadAssessment,
  saveAssessment,
  type StoreOptions,
} from './assessment-store.js';
import {
  compareTokens,
  countryOfInstrument,
  defaultInstrument,
  resolveCompare,
  type AnyInstrument,
} from './columns.js';
import { COMPARE_CAPTION_ID, renderCompareView } from './compare-view.js';
import { markWord } from './marks.js';
import { CHECKLIST_TITLE_ID, renderSingleView } from './single-view.js';
import { checklistStyles } from './styles.js';
import { nameOf, plainText } from './text.js';

/** Detail of the checklist's `change` event. */
export interface ChecklistChangeDetail {
  /** Key of the checklist element that changed. */
  key: string;
  /** The element's mark, or null when it is not assessed. */
  mark: Mark | null;
  /** The element's note, empty when there is none. */
  note: string;
}

/** Delay before a note being typed is stored, in milliseconds. */
const NOTE_SAVE_DELAY = 300;

/** A rendered mode, with the id of the element that names it, if any. */
interface ModeView {
  body: TemplateResult;
  titleId?: string;
}

/**
 * ISHR's Model National Law on human rights defenders as a checklist. With
 * `country` or `instrument` it shows how one instrument meets each element.
 * With `compare` it compares several instruments side by side in a table.
 * With neither it is a blank self-assessment form for reviewing a draft law.
 *
 * In self-assessment mode the marks and notes are kept in the URL fragment
 * as `#hrd-checklist=<entries>` (`#hrd-checklist-<storage-key>=` for a
 * storage key other than "default"), written with `history.replaceState`
 * beside any other fragment content, and in local storage under
 * `hrd-widgets:checklist:<storage-key>`. When both exist the fragment wins,
 * so a shared link shows what its author marked.
 *
 * @fires change - `CustomEvent<ChecklistChangeDetail>`: a mark or a note
 *   changed in self-assessment mode (bubbles, composed). Clear and Undo fire
 *   one event per element they change.
 * @fires hrd-data-load - `HrdDataLoadEvent` with `{ url, version, warnings }`: the
 *   dataset loaded (also the bundled one).
 * @fires hrd-data-error - `HrdDataErrorEvent` with `{ url, message, kind,
 *   issues }`: the remote dataset failed and bundled data is shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title and instrument switcher.
 * @csspart list - The list of elements of one part (single view).
 * @csspart row - One checklist element (list item, table row or fieldset).
 * @csspart mark - A mark: icon and word.
 * @csspart scroller - The scrolling region around the comparison table.
 * @csspart table - The comparison table.
 * @csspart actions - Download, print and clear buttons.
 * @csspart notice - The alert shown after a remote dataset failed.
 *
 * @cssprop [--hrd-checklist-color-full=var(--hrd-color-adopted)] - Icon
 *   colour of "full".
 * @cssprop [--hrd-checklist-color-partial=#b35806] - Icon colour of
 *   "partial".
 * @cssprop [--hrd-checklist-color-none=#57606a] - Icon colour of "none".
 * @cssprop [--hrd-checklist-color-restrictive=#b2182b] - Icon colour of
 *   "restrictive".
 * @cssprop [--hrd-checklist-color-unknown=#6e7781] - Icon colour of
 *   "unknown".
 * @cssprop [--hrd-checklist-color-stripe=#f6f8fa] - Background of part
 *   rows in the comparison table.
 * @cssprop [--hrd-checklist-column-width=14em] - Maximum width of a
 *   compared column.
 *
 * @tag hrd-model-law-checklist
 */
@localized()
export class HrdModelLawChecklist extends HrdElement {
  static override styles = [baseStyles, checklistStyles];

  /** Country to show, as an ISO alpha-2 or alpha-3 code in any case. */
  @property({ reflect: true }) country: string | null = null;

  /**
   * Instrument id to show; without it a country's main domestic
   * instrument is shown. The switcher updates this attribute.
   */
  @property({ reflect: true }) instrument: string | null = null;

  /**
   * Space-separated country codes and instrument ids to compare, such as
   * "CI ML BF"; a country stands for its main domestic instrument.
   */
  @property({ reflect: true }) compare: string | null = null;

  /** Name under which self-assessment marks are kept ("default"). */
  @property({ attribute: 'storage-key', reflect: true })
  storageKey = 'default';

  /**
   * Places that keep self-assessment marks: "fragment", "storage", both
   * (the default, "fragment storage") or "none".
   */
  @property({ reflect: true }) persist = 'fragment storage';

  /** The self-assessment marks and notes, keyed by element key. */
  @state() assessment: Assessment = {};

  @state() private undoAssessment: Assessment | null = null;

  private loadedFrom = '';
  private noteTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.flushNotes();
    this.loadedFrom = '';
  }

  private get storeOptions(): StoreOptions {
    const places = this.persist.split(/\s+/);
    return {
      storageKey: this.storageKey || 'default',
      fragment: places.includes('fragment'),
      storage: places.includes('storage'),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const options = this.storeOptions;
    const source = JSON.stringify(options);
    if (source === this.loadedFrom) return;
    this.loadedFrom = source;
    this.assessment = loadAssessment(options);
    this.undoAssessment = null;
  }

  private onHashChange = (): void => {
    // A pasted or edited link: reload when the fragment no longer matches.
    const options = this.storeOptions;
    const encoded = fragmentValue(options);
    if (encoded === null) return;
    this.assessment = loadAssessment(options);
  };

  private save(): void {
    clearTimeout(this.noteTimer);
    this.noteTimer = undefined;
    saveAssessment(this.storeOptions, this.assessment);
  }

  private flushNotes(): void {
    if (this.noteTimer !== undefined) this.save();
  }

  private emitChange(key: string): void {
    const entry = this.assessment[key] ?? {};
    const detail: ChecklistChangeDetail = {
      key,
      mark: entry.mark ?? null,
      note: entry.note ?? '',
    };
    this.dispatchEvent(
      new CustomEvent('change', { detail, bubbles: true, composed: true }),
    );
  }

  private onMark = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const key = input.dataset.key!;
    const mark = (input.value || null) as Mark | null;
    this.assessment = setMark(this.assessment, key, mark);
    this.undoAssessment = null;
    this.save();
    this.emitChange(key);
  };

  private onNoteInput = (event: Event): void => {
    const area = event.target as HTMLTextAreaElement;
    this.assessment = setNote(this.assessment, area.dataset.key!, area.value);
    this.undoAssessment = null;
    clearTimeout(this.noteTimer);
    this.noteTimer = setTimeout(() => this.save(), NOTE_SAVE_DELAY);
  };

  private onNoteChange = (event: Event): void => {
    const area = event.target as HTMLTextAreaElement;
    this.save();
    this.emitChange(area.dataset.key!);
  };

  private replaceAssessment(next: Assessment): void {
    const keys = new Set([
      ...Object.keys(this.assessment),
      ...Object.keys(next),
    ]);
    this.assessment = next;
    this.save();
    for (const key of keys) this.emitChange(key);
  }

  private onClear = (): void => {
    if (Object.keys(this.assessment).length === 0) return;
    const previous = this.assessment;
    this.replaceAssessment({});
    this.undoAssessment = previous;
  };

  private onUndo = async (): Promise<void> => {
    const previous = this.undoAssessment;
    if (!previous) return;
    this.undoAssessment = null;
    this.replaceAssessment(previous);
    // The Undo button disappears, so focus goes back to Clear.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.clear')?.focus();
  };

  private onPrint = (): void => {
    window.print();
  };

  private onDownload = (): void => {
    // UTF-8 with a byte order mark, so that spreadsheets read Arabic.
    const blob = new Blob(['\uFEFF', this.toCSV()], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `model-law-self-assessment-${this.storageKey}.csv`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  private onSelect = (event: Event): void => {
    this.instrument = (event.target as HTMLSelectElement).value;
  };

  /**
   * Returns the self-assessment as CSV text (RFC 4180, CRLF line ends,
   * without the byte order mark the download adds): part, element key,
   * element label, mark and note, in the element's language.
   */
  toCSV(): string {
    const dataset = this.data.dataset;
    if (!dataset) return '';
    // Called from event handlers, so messages need the element's locale.
    return renderInLocale(this.locale, () =>
      assessmentCsv(
        dataset.modelLaw.checklist,
        dataset.modelLaw.parts.map((part) => part.key),
        this.assessment,
        {
          header: [
            msg('Part'),
            msg('Element key'),
            msg('Element', { desc: 'Column header: a Model Law element.' }),
            msg('Mark'),
            msg('Note'),
          ],
          part: modelLawPartLabel,
          element: (element) => plainText(element.label, this.locale),
          mark: markWord,
        },
      ),
    );
  }

  protected renderContent(): TemplateResult {
    const dataset = this.data.dataset;
    const view: ModeView = dataset
      ? this.renderMode(dataset)
      : {
          body: html`<p class="loading" role="status">
            ${msg('Loading the dataset…')}
          </p>`,
        };
    // An <article> root scopes the views' <header>, which would otherwise be
    // a page-level banner landmark.
    return html`<article
      class="base"
      part="base"
      aria-labelledby=${ifDefined(view.titleId)}
    >
      ${renderDataNotice(this.data)} ${view.body}
    </article>`;
  }

  private renderMode(dataset: Dataset): ModeView {
    const tokens = compareTokens(this.compare);
    if (tokens.length > 0) {
      const resolved = resolveCompare(dataset, tokens);
      const body = renderCompareView({
        dataset,
        locale: this.locale,
        resolved,
      });
      // The caption exists only when there is a table.
      const titleId =
        resolved.columns.length > 0 ? COMPARE_CAPTION_ID : undefined;
      return { body, titleId };
    }
    if (this.country || this.instrument) return this.renderSingle(dataset);
    const body = renderAssessmentView({
      dataset,
      locale: this.locale,
      assessment: this.assessment,
      canUndo: this.undoAssessment !== null,
      onMark: this.onMark,
      onNoteInput: this.onNoteInput,
      onNoteChange: this.onNoteChange,
      onDownload: this.onDownload,
      onPrint: this.onPrint,
      onClear: this.onClear,
      onUndo: this.onUndo,
    });
    return { body, titleId: CHECKLIST_TITLE_ID };
  }

  private renderSingle(dataset: Dataset): ModeView {
    const found = this.resolveSingle(dataset);
    if ('problem' in found) {
      return {
        body: html`<p class="message not-found" role="alert">
          ${found.problem}
        </p>`,
      };
    }
    const body = renderSingleView({
      dataset,
      locale: this.locale,
      instrument: found.instrument,
      country: found.country,
      onSelect: this.onSelect,
    });
    return { body, titleId: CHECKLIST_TITLE_ID };
  }

  /** Finds what `country` and `instrument` name, or a message why not. */
  private resolveSingle(
    dataset: Dataset,
  ):
    | { instrument: AnyInstrument; country: Country | undefined }
    | { problem: string } {
    const code = this.country?.trim() ?? '';
    const id = this.instrument?.trim() ?? '';
    const country = code ? findCountry(dataset, code) : undefined;
    if (code && !country) {
      return {
        problem: msg(
          str`No country with the code "${code}" is in the dataset.`,
        ),
      };
    }
    if (country) {
      const instrument = id
        ? country.instruments.find((item) => item.id === id)
        : defaultInstrument(country);
      if (instrument) return { instrument, country };
      const name = nameOf(country, this.locale);
      return {
        problem: id
          ? msg(str`No instrument with the id "${id}" is recorded for ${name}.`)
          : msg(str`No instrument is recorded for ${name}.`),
      };
    }
    const instrument = findInstrument(dataset, id);
    if (!instrument) {
      return {
        problem: msg(str`No instrument with the id "${id}" is in the dataset.`),
      };
    }
    return { instrument, country: countryOfInstrument(dataset, id) };
  }
}
