/**
 * The blank checklist as a self-assessment form: one radio group and one
 * note per Model Law element, then the export and clear actions.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type {
  ChecklistElement,
  Dataset,
  ModelLawPart,
} from '../../data/schema.js';
import { MARKS, type Assessment } from '../../data/self-assessment.js';
import { modelLawPartLabel } from '../../i18n/labels.js';
import { markIcon, markWord } from './marks.js';
import { CHECKLIST_TITLE_ID } from './single-view.js';
import { dataText } from './text.js';

export interface AssessmentViewOptions {
  dataset: Dataset;
  locale: string;
  assessment: Assessment;
  /** True right after Clear, while Undo is offered. */
  canUndo: boolean;
  onMark: (event: Event) => void;
  onNoteInput: (event: Event) => void;
  onNoteChange: (event: Event) => void;
  onDownload: () => void;
  onPrint: () => void;
  onClear: () => void;
  onUndo: () => void;
}

function renderOptions(
  element: ChecklistElement,
  options: AssessmentViewOptions,
): TemplateResult[] {
  const current = options.assessment[element.key]?.mark ?? '';
  const values = ['', ...MARKS] as const;
  return values.map(
    (value) => html`<label class="option">
      <input
        type="radio"
        name=${`mark-${element.key}`}
        value=${value}
        data-key=${element.key}
        .checked=${live(current === value)}
        @change=${options.onMark}
      />
      <span class="mark mark--${value || 'not-assessed'}" part="mark"
        >${value ? markIcon(value) : nothing}<span class="mark-word"
          >${markWord(value || undefined)}</span
        ></span
      >
    </label>`,
  );
}

function renderElement(
  element: ChecklistElement,
  options: AssessmentViewOptions,
): TemplateResult {
  const note = options.assessment[element.key]?.note ?? '';
  const noteId = `note-${element.key}`;
  return html`<fieldset class="element" part="row" data-key=${element.key}>
    <legend>${dataText(element.label, options.locale)}</legend>
    ${element.description
      ? html`<p class="muted">
          ${dataText(element.description, options.locale)}
        </p>`
      : nothing}
    <div class="options">${renderOptions(element, options)}</div>
    <div class="note-field">
      <label for=${noteId}>${msg('Note (optional)')}</label>
      <textarea
        id=${noteId}
        data-key=${element.key}
        rows="2"
        .value=${live(note)}
        @input=${options.onNoteInput}
        @change=${options.onNoteChange}
      ></textarea>
      ${note ? html`<p class="print-note">${note}</p>` : nothing}
    </div>
  </fieldset>`;
}

function renderPart(
  part: ModelLawPart,
  options: AssessmentViewOptions,
): TemplateResult | typeof nothing {
  const elements = options.dataset.modelLaw.checklist.filter(
    (element) => element.part === part,
  );
  if (elements.length === 0) return nothing;
  return html`<section class="part" data-part=${part}>
    <h3>${modelLawPartLabel(part)}</h3>
    <div>${elements.map((element) => renderElement(element, options))}</div>
  </section>`;
}

function renderActions(options: AssessmentViewOptions): TemplateResult {
  return html`<div class="actions" part="actions">
    <button type="button" class="download" @click=${options.onDownload}>
      ${msg('Download CSV')}
    </button>
    <button type="button" class="print" @click=${options.onPrint}>
      ${msg('Print')}
    </button>
    <button type="button" class="clear" @click=${options.onClear}>
      ${msg('Clear all marks')}
    </button>
    <span role="status" class="clear-status">
      ${options.canUndo
        ? html`${msg('All marks and notes were cleared.')}
            <button type="button" class="undo" @click=${options.onUndo}>
              ${msg('Undo')}
            </button>`
        : nothing}
    </span>
  </div>`;
}

/** Renders the self-assessment form. */
export function renderAssessmentView(
  options: AssessmentViewOptions,
): TemplateResult {
  const { modelLaw } = options.dataset;
  return html`<header class="header" part="header">
      <h2 id=${CHECKLIST_TITLE_ID}>
        ${msg('Self-assessment against the Model Law')}
      </h2>
      <p>${dataText(modelLaw.title, options.locale)}
        <span class="muted">(${modelLaw.publisher}, ${modelLaw.year})</span>
      </p>
      <p class="muted storage-hint">
        ${msg(
          'Mark how far the text under review meets each element. Marks and notes are kept in this page address and in this browser.',
        )}
      </p>
    </header>
    ${modelLaw.parts.map((part) => renderPart(part.key, options))}
    ${renderActions(options)}`;
}
