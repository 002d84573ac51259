import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  fragmentParamName,
  storageItemKey,
} from '../src/data/self-assessment.js';
import '../src/components/hrd-model-law-checklist/define.js';
import type {
  ChecklistChangeDetail,
  HrdModelLawChecklist,
} from '../src/components/hrd-model-law-checklist/define.js';

const SMALL = '/test/fixtures/checklist-small.json';

function $(el: HrdModelLawChecklist, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: HrdModelLawChecklist, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function radio(
  el: HrdModelLawChecklist,
  key: string,
  mark: string,
): HTMLInputElement {
  const selector = `input[name="mark-${key}"][value="${mark}"]`;
  return $(el, selector) as HTMLInputElement;
}

function checkedMark(el: HrdModelLawChecklist, key: string): string {
  const input = $(el, `input[name="mark-${key}"]:checked`) as HTMLInputElement;
  return input.value;
}

async function loaded(el: HrdModelLawChecklist): Promise<void> {
  for (let i = 0; i < 100 && !$(el, 'fieldset'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
}

async function make(
  storageKey: string,
  persist = 'fragment storage',
  lang = 'en',
): Promise<HrdModelLawChecklist> {
  const el = await fixture<HrdModelLawChecklist>(
    html`<hrd-model-law-checklist
      src=${SMALL}
      lang=${lang}
      storage-key=${storageKey}
      persist=${persist}
    ></hrd-model-law-checklist>`,
  );
  await loaded(el);
  return el;
}

/** Clicks the middle of an element with the real mouse. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [
      Math.round(box.left + box.width / 2),
      Math.round(box.top + box.height / 2),
    ],
  });
}

function changes(el: HrdModelLawChecklist): ChecklistChangeDetail[] {
  const seen: ChecklistChangeDetail[] = [];
  el.addEventListener('change', (event) => {
    seen.push((event as CustomEvent<ChecklistChangeDetail>).detail);
  });
  return seen;
}

let keyCounter = 0;
function freshKey(): string {
  keyCounter += 1;
  return `test-${Date.now()}-${keyCounter}`;
}

function setHash(hash: string): void {
  history.replaceState(
    history.state,
    '',
    location.pathname + location.search + hash,
  );
}

describe('<hrd-model-law-checklist> self-assessment', () => {
  afterEach(() => setHash(''));

  it('starts with every element not assessed', async () => {
    const el = await make(freshKey(), 'none');
    const fieldsets = $$(el, 'fieldset');
    expect(fieldsets.map((f) => f.dataset.key)).to.deep.equal([
      'definition',
      'association',
      'investigation',
      'protection_mechanism',
      'restrictive_provisions',
    ]);
    for (const fieldset of fieldsets) {
      expect(checkedMark(el, fieldset.dataset.key!)).to.equal('');
      expect(fieldset.querySelector('legend')?.textContent).not.to.equal('');
      const radios = fieldset.querySelectorAll('input[type="radio"]');
      expect(radios.length).to.equal(6);
    }
    await expect(el).to.be.accessible();
  });

  describe('marking', () => {
    it('marks with a click and fires change', async () => {
      const el = await make(freshKey(), 'none');
      const seen = changes(el);
      await click(radio(el, 'definition', 'partial'));
      await el.updateComplete;
      expect(checkedMark(el, 'definition')).to.equal('partial');
      expect(seen).to.deep.equal([
        { key: 'definition', mark: 'partial', note: '' },
      ]);
      expect(el.assessment).to.deep.equal({ definition: { mark: 'partial' } });
    });

    it('marks with arrow keys', async () => {
      const el = await make(freshKey(), 'none');
      const seen = changes(el);
      radio(el, 'investigation', '').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(checkedMark(el, 'investigation')).to.equal('full');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(checkedMark(el, 'investigation')).to.equal('partial');
      expect(seen.map((detail) => detail.mark)).to.deep.equal([
        'full',
        'partial',
      ]);
    });

    it('dispatches a composed change event', async () => {
      const el = await make(freshKey(), 'none');
      let event: Event | undefined;
      document.addEventListener('change', (e) => (event = e), { once: true });
      await click(radio(el, 'definition', 'none'));
      expect(event).to.be.instanceOf(CustomEvent);
      expect(event!.bubbles).to.be.true;
      expect(event!.composed).to.be.true;
      expect(event!.target).to.equal(el);
    });

    it('fires change when a note is committed', async () => {
      const el = await make(freshKey(), 'none');
      const seen = changes(el);
      $(el, '#note-association')!.focus();
      await sendKeys({ type: 'weak' });
      await sendKeys({ press: 'Tab' });
      expect(seen).to.deep.equal([
        { key: 'association', mark: null, note: 'weak' },
      ]);
    });
  });

  describe('persistence', () => {
    it('restores marks from the URL fragment', async () => {
      const key = freshKey();
      let el = await make(key, 'fragment');
      await click(radio(el, 'definition', 'full'));
      await click(radio(el, 'protection_mechanism', 'restrictive'));
      const param = fragmentParamName(key);
      expect(location.hash).to.contain(
        `${param}=definition:f,protection_mechanism:r`,
      );
      expect(localStorage.getItem(storageItemKey(key))).to.equal(null);
      el.remove();

      el = await make(key, 'fragment');
      expect(checkedMark(el, 'definition')).to.equal('full');
      expect(checkedMark(el, 'protection_mechanism')).to.equal('restrictive');
      expect(checkedMark(el, 'association')).to.equal('');
    });

    it('keeps other fragment content', async () => {
      setHash('#intro&x=1');
      const key = freshKey();
      const el = await make(key, 'fragment');
      const historyLength = history.length;
      await click(radio(el, 'definition', 'none'));
      expect(location.hash).to.equal(
        `#intro&x=1&${fragmentParamName(key)}=definition:n`,
      );
      expect(history.length).to.equal(historyLength);
      await click(radio(el, 'definition', ''));
      expect(location.hash).to.equal('#intro&x=1');
    });

    it('restores marks and notes from local storage', async () => {
      const key = freshKey();
      let el = await make(key, 'storage');
      await click(radio(el, 'association', 'none'));
      $(el, '#note-association')!.focus();
      await sendKeys({ type: 'see art. 4' });
      await sendKeys({ press: 'Tab' });
      expect(location.hash).to.equal('');
      const stored = localStorage.getItem(storageItemKey(key));
      expect(stored).to.contain('see art. 4');
      el.remove();

      el = await make(key, 'storage');
      expect(checkedMark(el, 'association')).to.equal('none');
      const note = $(el, '#note-association') as HTMLTextAreaElement;
      expect(note.value).to.equal('see art. 4');
      localStorage.removeItem(storageItemKey(key));
    });

    it('keeps a note typed just before removal', async () => {
      const key = freshKey();
      let el = await make(key, 'storage');
      $(el, '#note-definition')!.focus();
      await sendKeys({ type: 'draft' });
      el.remove();
      el = await make(key, 'storage');
      const note = $(el, '#note-definition') as HTMLTextAreaElement;
      expect(note.value).to.equal('draft');
      localStorage.removeItem(storageItemKey(key));
    });

    it('prefers the fragment over local storage', async () => {
      const key = freshKey();
      localStorage.setItem(
        storageItemKey(key),
        JSON.stringify({
          version: 1,
          entries: { definition: { mark: 'none' } },
        }),
      );
      setHash(`#${fragmentParamName(key)}=definition:p`);
      const el = await make(key);
      expect(checkedMark(el, 'definition')).to.equal('partial');
      localStorage.removeItem(storageItemKey(key));
    });

    it('keeps working without local storage', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(
        window,
        'localStorage',
      );
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      try {
        const el = await make(freshKey(), 'storage');
        await click(radio(el, 'definition', 'full'));
        expect(checkedMark(el, 'definition')).to.equal('full');
        expect(el.assessment).to.deep.equal({ definition: { mark: 'full' } });
      } finally {
        if (descriptor) {
          Object.defineProperty(window, 'localStorage', descriptor);
        } else {
          delete (window as { localStorage?: Storage }).localStorage;
        }
      }
      expect(() => window.localStorage).not.to.throw();
    });
  });

  describe('clear and undo', () => {
    it('clears every mark and undoes it', async () => {
      const el = await make(freshKey(), 'fragment');
      await click(radio(el, 'definition', 'full'));
      await click(radio(el, 'investigation', 'none'));
      const seen = changes(el);
      await click($(el, 'button.clear')!);
      await el.updateComplete;
      expect(checkedMark(el, 'definition')).to.equal('');
      expect(checkedMark(el, 'investigation')).to.equal('');
      expect(location.hash).to.equal('');
      expect($(el, '[role="status"]')!.textContent).to.contain('cleared');
      expect(seen.map((detail) => detail.key)).to.have.members([
        'definition',
        'investigation',
      ]);
      await expect(el).to.be.accessible();

      await click($(el, 'button.undo')!);
      await el.updateComplete;
      expect(checkedMark(el, 'definition')).to.equal('full');
      expect(checkedMark(el, 'investigation')).to.equal('none');
      expect($(el, 'button.undo')).not.to.exist;
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.clear'));
    });
  });

  describe('export', () => {
    const note = '=SUM(A1), he said "no"\nnext line';
    const expected =
      'Part,Element key,Element,Mark,Note\r\n' +
      'Rights of defenders,definition,Definition of a defender,Full,' +
      `"'=SUM(A1), he said ""no""\nnext line"\r\n` +
      'Rights of defenders,association,' +
      '"Association, assembly and expression",Not assessed,\r\n' +
      'State obligations,investigation,Duty to investigate,Restrictive,\r\n' +
      'Protection mechanism,protection_mechanism,Protection mechanism,' +
      'Not assessed,\r\n' +
      'Restrictive provisions,restrictive_provisions,' +
      'No restrictive clauses,Unknown,\r\n';

    async function markForExport(): Promise<HrdModelLawChecklist> {
      const el = await make(freshKey(), 'none');
      await click(radio(el, 'definition', 'full'));
      await click(radio(el, 'investigation', 'restrictive'));
      await click(radio(el, 'restrictive_provisions', 'unknown'));
      $(el, '#note-definition')!.focus();
      await sendKeys({ type: '=SUM(A1), he said "no"' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'next line' });
      await sendKeys({ press: 'Tab' });
      return el;
    }

    it('builds the CSV text', async () => {
      const el = await markForExport();
      expect(el.toCSV()).to.equal(expected);
      expect(el.assessment.definition.note).to.equal(note);
    });

    it('downloads UTF-8 CSV with a byte order mark', async () => {
      const el = await markForExport();
      const original = URL.createObjectURL;
      const blobs: Blob[] = [];
      let anchor: HTMLAnchorElement | undefined;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return original.call(URL, blob);
      };
      const onClick = (event: Event) => {
        anchor = event.target as HTMLAnchorElement;
        // Keeps the test browser from saving a file.
        event.preventDefault();
      };
      el.shadowRoot!.addEventListener('click', onClick, true);
      try {
        await click($(el, 'button.download')!);
      } finally {
        URL.createObjectURL = original;
        el.shadowRoot!.removeEventListener('click', onClick, true);
      }
      expect(blobs.length).to.equal(1);
      expect(blobs[0].type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blobs[0].arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const body = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      expect(body).to.equal(expected);
      expect(anchor?.download).to.match(/\.csv$/);
    });

    it('prints with the print button', async () => {
      const el = await make(freshKey(), 'none');
      const original = window.print;
      let calls = 0;
      window.print = () => {
        calls += 1;
      };
      try {
        await click($(el, 'button.print')!);
      } finally {
        window.print = original;
      }
      expect(calls).to.equal(1);
    });
  });

  describe('accessibility', () => {
    it('passes axe in Arabic with marks', async () => {
      const el = await make(freshKey(), 'none', 'ar');
      await click(radio(el, 'definition', 'full'));
      expect(el.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });
});
