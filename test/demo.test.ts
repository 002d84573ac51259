import { expect, fixture, html } from '@open-wc/testing';
import packageJson from '../package.json';
import {
  embedSnippet,
  escapeAttribute,
  type EmbedOptions,
} from '../demo/snippet.js';
import '../src/index.js';

type Strings = Record<string, Record<string, string>>;

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

interface AxeWindow extends Window {
  axe: {
    run(context: unknown, options: unknown): Promise<AxeResult>;
  };
}

const WIDGETS = 'hrd-map, hrd-country-card, hrd-model-law-checklist';
const VERSION = packageJson.version;
const CDN = `https://cdn.jsdelivr.net/npm/hrd-widgets@${VERSION}/dist/`;

async function loadStrings(): Promise<Strings> {
  // A variable specifier keeps TypeScript from resolving the JS module.
  const url = '/demo/strings.js';
  const module = (await import(url)) as { STRINGS: Strings };
  return module.STRINGS;
}

async function waitUntil(what: string, ready: () => boolean): Promise<void> {
  // The first demo page compiles the sources on the fly, so allow 20 s.
  for (let i = 0; i < 400; i++) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function widgetsRendered(doc: Document): boolean {
  const widgets = doc.querySelectorAll<HTMLElement>(WIDGETS);
  return (
    widgets.length > 0 &&
    [...widgets].every((w) => (w.shadowRoot?.textContent ?? '').trim() !== '')
  );
}

/** Opens a demo page in a frame and waits until its widgets have rendered. */
async function openPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '800';
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  frame.src = path;
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(`the widgets of ${path}`, () => widgetsRendered(doc));
  return doc;
}

function shadowText(doc: Document, selector: string): string {
  const element = doc.querySelector(selector);
  expect(element, selector).to.exist;
  return element!.shadowRoot!.textContent ?? '';
}

let axeSource: string | undefined;

/** Runs axe inside the frame on the page's own markup, widgets excluded. */
async function axeViolations(doc: Document): Promise<string[]> {
  axeSource ??= await (await fetch('/node_modules/axe-core/axe.min.js')).text();
  const frameWindow = doc.defaultView as unknown as AxeWindow;
  if (!frameWindow.axe) {
    const script = doc.createElement('script');
    script.textContent = axeSource;
    doc.head.append(script);
  }
  const exclude = WIDGETS.split(', ').map((tag) => [tag]);
  const result = await frameWindow.axe.run(
    { include: [['html']], exclude },
    { resultTypes: ['violations'] },
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('demo pages', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  describe('overview', () => {
    it('renders the map, cards and checklists', async () => {
      const doc = await openPage('/demo/index.html?lang=en');
      const map = doc.querySelector('hrd-map')!.shadowRoot!;
      expect(map.querySelectorAll('[data-key]').length).to.be.greaterThan(150);
      expect(shadowText(doc, '#selected-card')).to.contain('Niger');
      expect(shadowText(doc, '#selected-checklist')).to.contain('Niger');
      const compare = shadowText(doc, 'hrd-model-law-checklist[compare]');
      expect(compare).to.contain('Nigeria');
      expect(compare).to.contain('Madagascar');
      expect(shadowText(doc, 'hrd-country-card[country="MX"]')).to.contain(
        'Mexico',
      );
      expect(await axeViolations(doc)).to.deep.equal([]);
    });

    it('shows the country selected in the map list', async () => {
      const doc = await openPage('/demo/index.html?lang=en');
      const map = doc.querySelector<HTMLElement & { view: string }>('#map')!;
      map.view = 'list';
      await waitUntil('the list view', () =>
        Boolean(map.shadowRoot!.querySelector('button[data-key="MX"]')),
      );
      map.shadowRoot!.querySelector<HTMLButtonElement>(
        'button[data-key="MX"]',
      )!.click();
      await waitUntil('the card to follow', () =>
        shadowText(doc, '#selected-card').includes('Mexico'),
      );
      const checklist = doc.querySelector('#selected-checklist')!;
      expect(checklist.getAttribute('country')).to.equal('MX');
    });

    it('translates its own text into Arabic, right to left', async () => {
      const strings = await loadStrings();
      const doc = await openPage('/demo/index.html?lang=ar');
      expect(doc.documentElement.lang).to.equal('ar');
      expect(doc.documentElement.dir).to.equal('rtl');
      expect(doc.querySelector('h1')!.textContent).to.equal(
        strings.ar['index.h1'],
      );
      expect(doc.title).to.equal(strings.ar['index.title']);
      expect(shadowText(doc, '#selected-card')).to.contain('النيجر');
      const link = doc.querySelector<HTMLAnchorElement>('a[href^="embed.html"]');
      expect(link!.getAttribute('href')).to.equal('embed.html?lang=ar');
      expect(await axeViolations(doc)).to.deep.equal([]);
    });

    it('switches every text when the language changes', async () => {
      const strings = await loadStrings();
      const doc = await openPage('/demo/index.html?lang=en');
      const select = doc.querySelector<HTMLSelectElement>('#language')!;
      select.value = 'fr';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect(doc.documentElement.lang).to.equal('fr');
      for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
        const key = element.dataset.i18n!;
        expect(element.textContent, key).to.equal(
          strings.fr[key].replace(/`/g, ''),
        );
      }
      await waitUntil('the card in French', () =>
        shadowText(doc, '#selected-card').includes('Adopté'),
      );
    });
  });

  it('has every demo string in every language', async () => {
    const strings = await loadStrings();
    const keys = Object.keys(strings.en).sort();
    for (const lang of ['fr', 'es', 'ar', 'pt']) {
      expect(Object.keys(strings[lang]).sort(), lang).to.deep.equal(keys);
    }
  });

  describe('news article', () => {
    it('embeds cards from the built bundle only', async () => {
      const doc = await openPage('/demo/article.html?lang=en');
      const card = doc.querySelector('hrd-country-card[variant="compact"]')!;
      expect(card.shadowRoot!.textContent).to.contain('Côte d’Ivoire');
      expect(shadowText(doc, 'hrd-country-card[country="NE"]')).to.contain(
        'Law establishing the rights and duties',
      );
      const scripts = doc.defaultView!.performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\.(js|ts)$/.test(path));
      expect(scripts).to.include('/dist/hrd-widgets.js');
      expect(scripts.filter((path) => path.startsWith('/src/'))).to.deep.equal(
        [],
      );
      expect(await axeViolations(doc)).to.deep.equal([]);
    });
  });

  describe('remote dataset', () => {
    it('shows the sample dataset and the fallback', async () => {
      const doc = await openPage('/demo/remote.html?lang=en');
      const log = doc.querySelector('#event-log')!;
      await waitUntil('three data events', () => log.children.length >= 3);
      expect(shadowText(doc, '#remote-card')).to.contain('demo-1');
      expect(shadowText(doc, '#remote-card')).to.contain(
        'sets up no protection mechanism',
      );
      const broken = doc.querySelector('#broken-card')!.shadowRoot!;
      expect(broken.querySelector('[part="notice"]')).to.exist;
      expect(broken.textContent).to.contain('Mali');
      const events = [...log.children].map((item) => item.textContent ?? '');
      const errors = events.filter((text) => text.startsWith('hrd-data-error'));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('missing.json');
      expect(errors[0]).to.contain('kind: http');
      const loads = events.filter((text) => text.includes('version: demo-1'));
      expect(loads).to.have.length(2);
      expect(await axeViolations(doc)).to.deep.equal([]);
    });
  });

  describe('embed code generator', () => {
    async function openGenerator(): Promise<Document> {
      return openPage('/demo/embed.html?lang=en');
    }

    /** Sets a form control as a reader would and fires its change event. */
    function choose(doc: Document, name: string, value: string): void {
      const controls = [...doc.getElementsByName(name)] as (
        | HTMLInputElement
        | HTMLSelectElement
      )[];
      expect(controls.length, name).to.be.greaterThan(0);
      // Controls belong to the frame's realm, so `instanceof` cannot be used.
      const radio = controls.find((c) => c.type === 'radio' && c.value === value);
      const control = radio ?? controls[0];
      if (control.type === 'radio' || control.type === 'checkbox') {
        (control as HTMLInputElement).checked =
          control.type === 'radio' || value === 'on';
      } else {
        control.value = value;
      }
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function snippet(doc: Document): string {
      return doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
    }

    it('writes a compact French card pinned to the version', async () => {
      const doc = await openGenerator();
      choose(doc, 'widget', 'hrd-country-card');
      choose(doc, 'country', 'ML');
      choose(doc, 'lang', 'fr');
      choose(doc, 'variant', 'compact');
      expect(snippet(doc)).to.equal(
        `<script type="module" src="${CDN}hrd-widgets.js"></script>\n` +
          '<hrd-country-card country="ML" lang="fr" variant="compact"></hrd-country-card>',
      );
      const preview = doc.querySelector('#preview > hrd-country-card')!;
      expect(preview.getAttribute('variant')).to.equal('compact');
      expect(preview.getAttribute('lang')).to.equal('fr');
      await waitUntil('the French preview', () =>
        (preview.shadowRoot?.textContent ?? '').includes('Adopté'),
      );
      expect(await axeViolations(doc)).to.deep.equal([]);
    });

    it('leaves an unsafe dataset address out', async () => {
      const doc = await openGenerator();
      choose(doc, 'widget', 'hrd-country-card');
      choose(doc, 'country', 'ML');
      choose(doc, 'src', 'javascript:alert(1)');
      expect(snippet(doc)).to.not.contain('javascript:');
      const message = doc.querySelector<HTMLElement>('#src-invalid')!;
      expect(message.hidden).to.equal(false);
      expect(doc.querySelector('#src')!.getAttribute('aria-invalid')).to.equal(
        'true',
      );
      const local = `${location.origin}/test/fixtures/mini-dataset.json`;
      choose(doc, 'src', local);
      expect(snippet(doc)).to.contain(`src="${local}"`);
      expect(message.hidden).to.equal(true);
    });

    it('writes a map with a classic script', async () => {
      const doc = await openGenerator();
      choose(doc, 'widget', 'hrd-map');
      choose(doc, 'country', '');
      choose(doc, 'region', 'africa');
      choose(doc, 'view', 'list');
      choose(doc, 'no-panel', 'on');
      choose(doc, 'script', 'classic');
      expect(snippet(doc)).to.equal(
        `<script src="${CDN}hrd-widgets.iife.js" defer></script>\n` +
          '<hrd-map region="africa" view="list" no-panel></hrd-map>',
      );
      expect(doc.querySelector<HTMLElement>('#region')!.closest('[hidden]')).to
        .be.null;
      expect(doc.querySelector<HTMLElement>('#compare')!.closest('[hidden]')).to
        .exist;
      const preview = doc.querySelector('#preview > hrd-map')!;
      expect(preview.hasAttribute('no-panel')).to.be.true;
      await waitUntil('the map preview', () =>
        Boolean(preview.shadowRoot?.querySelector('button[data-key="ML"]')),
      );
    });

    it('writes a comparison and escapes the dataset address', async () => {
      const doc = await openGenerator();
      choose(doc, 'widget', 'hrd-model-law-checklist');
      choose(doc, 'compare', '  CI   ML ');
      // A loopback address of the test server, so the preview fetches
      // nothing from another host.
      const address = `${location.origin}/test-server/status/404?a="1"&b=<2>`;
      const escaped = address
        .replace(/&/g, '&amp;')
        .replace(/"/g, '&quot;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
      choose(doc, 'src', address);
      expect(snippet(doc).split('\n')[1]).to.equal(
        `<hrd-model-law-checklist compare="CI ML" src="${escaped}">` +
          '</hrd-model-law-checklist>',
      );
      expect(escaped).to.contain('&quot;1&quot;&amp;b=&lt;2&gt;');
      const preview = doc.querySelector('#preview > hrd-model-law-checklist')!;
      expect(preview.getAttribute('src')).to.equal(address);
    });

    it('copies the snippet or selects it', async () => {
      const doc = await openGenerator();
      const strings = await loadStrings();
      doc.querySelector<HTMLButtonElement>('#copy')!.click();
      const status = doc.querySelector('#copy-status')!;
      await waitUntil('the copy status', () => status.textContent !== '');
      const text = status.textContent;
      expect([strings.en['embed.copied'], strings.en['embed.copy.failed']]).to
        .include(text);
      if (text === strings.en['embed.copy.failed']) {
        const field = doc.querySelector<HTMLTextAreaElement>('#snippet')!;
        expect(field.selectionStart).to.equal(0);
        expect(field.selectionEnd).to.equal(field.value.length);
      }
    });
  });

  describe('snippet text', () => {
    const base: EmbedOptions = {
      widget: 'hrd-country-card',
      country: 'CI',
      lang: '',
      variant: 'full',
      region: '',
      view: 'map',
      noPanel: false,
      compare: '',
      src: '',
      script: 'module',
    };

    it('escapes attribute values', () => {
      expect(escapeAttribute(`a"b'c<d>&e`)).to.equal(
        `a&quot;b'c&lt;d&gt;&amp;e`,
      );
    });

    it('leaves out default options', () => {
      const text = embedSnippet({ ...base, variant: 'full' }, '1.2.3');
      expect(text.split('\n')[1]).to.equal(
        '<hrd-country-card country="CI"></hrd-country-card>',
      );
      expect(text).to.contain('hrd-widgets@1.2.3/dist/hrd-widgets.js');
    });

    it('names the map country selected', () => {
      const text = embedSnippet({ ...base, widget: 'hrd-map' }, '1.2.3');
      expect(text.split('\n')[1]).to.equal(
        '<hrd-map selected="CI"></hrd-map>',
      );
    });
  });

  describe('accessibility', () => {
    // The English pages are checked in the tests above.
    for (const page of ['article', 'remote', 'embed']) {
      it(`${page} page in Arabic passes axe`, async () => {
        const doc = await openPage(`/demo/${page}.html?lang=ar`);
        expect(doc.documentElement.dir).to.equal('rtl');
        expect(await axeViolations(doc)).to.deep.equal([]);
      });
    }
  });

  describe('theming as the embedding guide describes it', () => {
    it('applies custom properties and parts set on the element', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div class="themed">
        <style>
          .themed { --hrd-card-border-color: rgb(0, 0, 255); }
          .themed hrd-country-card { --hrd-card-background: rgb(255, 250, 240); }
          .themed hrd-country-card::part(status) { font-weight: 800; }
        </style>
        <hrd-country-card country="CI"></hrd-country-card>
      </div>`);
      const card = wrapper.querySelector('hrd-country-card')!;
      await waitUntil('the card', () =>
        Boolean(card.shadowRoot?.querySelector('[part="status"]')),
      );
      const base = card.shadowRoot!.querySelector('[part="base"]')!;
      const status = card.shadowRoot!.querySelector('[part="status"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal(
        'rgb(255, 250, 240)',
      );
      expect(getComputedStyle(status).fontWeight).to.equal('800');
      // Set on an ancestor, a token loses to the default the element sets
      // on itself.
      expect(getComputedStyle(base).borderTopColor).not.to.equal(
        'rgb(0, 0, 255)',
      );
    });
  });
});
