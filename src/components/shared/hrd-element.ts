/**
 * Base class of every element: its locale and direction, and its dataset.
 */
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  directionOf,
  findLangAttribute,
  matchLocale,
  type SupportedLocale,
} from '../../i18n/locales.js';
import { localizationReady, renderInLocale } from '../../i18n/setup.js';
import { DatasetController } from './dataset-controller.js';

/** Elements whose `lang` may depend on an ancestor's, re-checked on change. */
const instances = new Set<HrdElement>();
let observer: MutationObserver | undefined;

function watchLangAttributes(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const element of instances) element.refreshLocale();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * @attr lang - Language to render in (en, fr, es, ar, pt; other tags fall
 *   back to their base language, then English). Without it the element
 *   follows the nearest ancestor with `lang`.
 */
export abstract class HrdElement extends LitElement {
  /**
   * URL of a remote dataset in the documented format. Without it the element
   * shows the bundled dataset.
   */
  @property({ reflect: true }) src: string | null = null;

  /** Locale used to render, from `lang` on the element or an ancestor. */
  @state() protected locale: SupportedLocale = 'en';

  protected readonly data = new DatasetController(this);

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ): void {
    super.attributeChangedCallback(name, old, value);
    // The document-wide observer cannot see elements inside shadow roots,
    // such as the card in the map's panel, so the element watches its own.
    if (name === 'lang' && this.isConnected) this.refreshLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    instances.add(this);
    watchLangAttributes();
    this.refreshLocale();
    localizationReady.then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    instances.delete(this);
  }

  /** Re-reads the applicable `lang` and re-renders if the locale changed. */
  refreshLocale(): void {
    const locale = matchLocale(findLangAttribute(this));
    if (locale !== this.locale) this.locale = locale;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dir = directionOf(this.locale);
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
  }

  protected override render(): TemplateResult {
    return renderInLocale(this.locale, () => this.renderContent());
  }

  /** Renders the element's content; `msg()` returns text in `this.locale`. */
  protected abstract renderContent(): TemplateResult;
}
