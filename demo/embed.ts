/**
 * Embed code generator: reads the options form, shows the snippet pinned to
 * the package version and a live preview built from the same attributes.
 */
import packageJson from '../package.json';
import { getBundledDataset } from '../src/index.js';
import { countryName } from '../src/i18n/country-names.js';
import { pageLanguage, setText, t } from './site.js';
import {
  embedAttributes,
  embedSnippet,
  type EmbedOptions,
  type WidgetTag,
  isHttpUrl,
} from './snippet.js';

const VERSION: string = packageJson.version;
const DEFAULT_COUNTRY = 'CI';

const form = document.querySelector<HTMLFormElement>('#embed-form')!;
const countrySelect = document.querySelector<HTMLSelectElement>('#country')!;
const snippetField = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;
const versionNote = document.querySelector<HTMLElement>('#version-note')!;
const preview = document.querySelector<HTMLElement>('#preview')!;

let previewKey = '';

/** Fills the country list, sorted by name in the page language. */
function fillCountries(): void {
  const lang = pageLanguage();
  const current = countrySelect.value || DEFAULT_COUNTRY;
  const countries = getBundledDataset()
    .countries.map((country) => ({
      code: country.code,
      name: countryName(country.code, lang, country.name),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const none = new Option(t('embed.country.none'), '');
  const options = countries.map(
    ({ code, name }) => new Option(`${name} (${code})`, code),
  );
  countrySelect.replaceChildren(none, ...options);
  countrySelect.value = current;
}

function readOptions(): EmbedOptions {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    widget: text('widget') as WidgetTag,
    country: text('country'),
    lang: text('lang'),
    variant: text('variant') === 'compact' ? 'compact' : 'full',
    region: text('region'),
    view: text('view') === 'list' ? 'list' : 'map',
    noPanel: data.has('no-panel'),
    compare: text('compare'),
    src: text('src'),
    script: text('script') === 'classic' ? 'classic' : 'module',
  };
}

/** Shows only the options that apply to the chosen widget. */
function showOptionsFor(widget: WidgetTag): void {
  for (const field of form.querySelectorAll<HTMLElement>('[data-for]')) {
    field.hidden = field.dataset.for !== widget;
  }
}

function updateSnippet(options: EmbedOptions): void {
  snippetField.value = embedSnippet(options, VERSION);
  copyStatus.textContent = '';
}

/** Replaces the preview with a new element when its attributes changed. */
function updatePreview(options: EmbedOptions): void {
  const attributes = embedAttributes(options);
  const key = JSON.stringify([options.widget, attributes]);
  if (key === previewKey) return;
  previewKey = key;
  const element = document.createElement(options.widget);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (options.widget === 'hrd-model-law-checklist') {
    // The preview's self-assessment marks stay out of this page's address
    // and storage; the embedded element keeps them as documented.
    element.setAttribute('persist', 'none');
  }
  preview.replaceChildren(element);
}

/** Flags a dataset address that the widgets would not load. */
function checkSource(src: string): void {
  const field = form.querySelector<HTMLInputElement>('#src')!;
  const message = form.querySelector<HTMLElement>('#src-invalid')!;
  const invalid = src.trim() !== '' && !isHttpUrl(src.trim());
  message.hidden = !invalid;
  field.setAttribute('aria-invalid', String(invalid));
}

function update({ withPreview }: { withPreview: boolean }): void {
  const options = readOptions();
  checkSource(options.src);
  showOptionsFor(options.widget);
  updateSnippet(options);
  if (withPreview) updatePreview(options);
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && /^(text|url)$/.test(target.type);
}

/** Copies the snippet, or selects it for a manual copy. */
async function copySnippet(): Promise<void> {
  copyStatus.textContent = '';
  try {
    if (!navigator.clipboard?.writeText) {
      throw new Error('Clipboard API not available');
    }
    await navigator.clipboard.writeText(snippetField.value);
    copyStatus.textContent = t('embed.copied');
  } catch {
    snippetField.focus();
    snippetField.select();
    copyStatus.textContent = t('embed.copy.failed');
  }
}

function translateDynamicText(): void {
  fillCountries();
  setText(versionNote, t('embed.version').replace('{version}', VERSION));
}

// Text fields update the preview on `change` only, so that a half-typed
// address is not fetched on every key press.
form.addEventListener('input', (event) => {
  update({ withPreview: !isTextField(event.target) });
});
form.addEventListener('change', () => update({ withPreview: true }));
form.addEventListener('submit', (event) => event.preventDefault());
copyButton.addEventListener('click', copySnippet);
document.addEventListener('demo-language-change', translateDynamicText);

translateDynamicText();
update({ withPreview: true });
