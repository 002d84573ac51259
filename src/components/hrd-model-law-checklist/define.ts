/** Registers `<hrd-model-law-checklist>` unless the page already has it. */
import { HrdModelLawChecklist } from './hrd-model-law-checklist.js';

export { HrdModelLawChecklist };
export type { ChecklistChangeDetail } from './hrd-model-law-checklist.js';

const TAG = 'hrd-model-law-checklist';

if (!customElements.get(TAG)) customElements.define(TAG, HrdModelLawChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'hrd-model-law-checklist': HrdModelLawChecklist;
  }
}
