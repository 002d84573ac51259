import { localized, msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { toAlpha2 } from '../../data/country-codes.js';
import { groupInstruments } from '../../data/coverage-summary.js';
import { countryStatusGroup, findCountry } from '../../data/queries.js';
import type { Country, Dataset, StatusGroup } from '../../data/schema.js';
import { countLine } from '../../i18n/count-line.js';
import { countryName } from '../../i18n/country-names.js';
import { formatNumber } from '../../i18n/format.js';
import { statusGroupLabel } from '../../i18n/labels.js';
import { renderDataNotice } from '../shared/data-notice.js';
import { HrdElement } from '../shared/hrd-element.js';
import { isolateNumbers } from '../shared/bidi.js';
import { renderFooter, type CopyState } from './citation.js';
import {
  anyComparison,
  renderCoverageLegend,
  renderCoveragePatterns,
} from './coverage-view.js';
import { clampHeadingLevel, renderHeading } from './heading.js';
import {
  renderInstrument,
  renderInstrumentLine,
  type InstrumentContext,
} from './instrument-view.js';
import { cardStyles } from './styles.js';

/** How long the "Copied" status stays, in milliseconds. */
const COPY_STATUS_MS = 5000;

/** Id of the country name heading, which names the card's `<article>`. */
const NAME_ID = 'card-name';

/**
 * A card about one country's instruments protecting human rights
 * defenders: its status, the count line, each instrument with its Model
 * Law coverage and sources, and a citation to copy. The language comes
 * from `lang` on the card or its nearest ancestor with one.
 *
 * @fires hrd-data-load - The dataset loaded and validated, also the bundled
 *   one. Detail: `{ url: string | null, version: string, warnings }`.
 * @fires hrd-data-error - The remote dataset failed; the card shows the
 *   bundled one. Detail: `{ url, message, kind, issues }`.
 *
 * @csspart base - The card.
 * @csspart header - The heading with the country name.
 * @csspart status - The status group badge.
 * @csspart body - The list of instruments.
 * @csspart instrument - One instrument (one line in the compact card).
 * @csspart coverage - An instrument's comparison with the Model Law.
 * @csspart details - The disclosure listing instruments in the compact card.
 * @csspart footer - The dataset line and the citation.
 * @csspart citation - The read-only citation field.
 * @csspart copy-button - The button that copies the citation.
 * @csspart message - The message about a missing, invalid or unknown code.
 * @csspart notice - The alert shown after a remote dataset failed.
 *
 * @cssprop [--hrd-card-max-width=48em] - Maximum width of the full card.
 * @cssprop [--hrd-card-compact-max-width=22em] - Maximum width of the
 *   compact card.
 * @cssprop [--hrd-card-padding=1em] - Inner spacing of the card.
 * @cssprop [--hrd-card-background=var(--hrd-color-background)] - Card
 *   background.
 * @cssprop [--hrd-card-border-color=var(--hrd-color-border)] - Card border
 *   colour.
 * @cssprop [--hrd-coverage-full=#1b7837] - Bar segment: fully covered.
 * @cssprop [--hrd-coverage-partial=#a6dba0] - Bar segment: partly covered
 *   (striped).
 * @cssprop [--hrd-coverage-none=#bababa] - Bar segment: not covered.
 * @cssprop [--hrd-coverage-restrictive=#b2182b] - Bar segment: restrictive
 *   (cross-hatched).
 * @cssprop [--hrd-coverage-unknown=#ffffff] - Bar segment: not rated
 *   (dotted).
 * @cssprop [--hrd-color-adopted=#1b7837] - Badge colour: adopted.
 * @cssprop [--hrd-color-in-progress=#e08214] - Badge colour: in progress.
 * @cssprop [--hrd-color-not-adopted=#762a83] - Badge colour: not adopted.
 *
 * @tag hrd-country-card
 */
@localized()
export class HrdCountryCard extends HrdElement {
  static override styles = cardStyles;

  /**
   * Country to show, as an ISO 3166-1 alpha-2 or alpha-3 code in any case
   * ("CI", "civ").
   */
  @property() country: string | null = null;

  /**
   * Layout: `full` (the default) or `compact`, a small inline card. Any
   * other value gives the full card.
   */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /**
   * Level of the country name heading, 1 to 6. Instrument titles take the
   * levels below it.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private copyState: CopyState = 'idle';

  private copyTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copyTimer);
  }

  protected override renderContent(): TemplateResult {
    const dataset = this.data.dataset;
    if (this.data.state === 'pending' || !dataset) return this.renderSkeleton();
    const compact = this.variant === 'compact';
    // An <article> root scopes the card's <header> and <footer>, which would
    // otherwise be page-level banner and contentinfo landmarks. Every valid
    // code gets the name heading, found in the dataset or not.
    const named = toAlpha2(this.country) !== null;
    return html`<article
      class="card ${compact ? 'compact' : 'full'}"
      part="base"
      aria-labelledby=${ifDefined(named ? NAME_ID : undefined)}
    >
      ${renderDataNotice(this.data)} ${this.renderCountry(dataset)}
    </article>`;
  }

  private renderSkeleton(): TemplateResult {
    const compact = this.variant === 'compact';
    return html`<div
      class="card skeleton ${compact ? 'compact' : 'full'}"
      part="base"
      aria-busy="true"
    >
      <p class="visually-hidden" role="status">
        ${msg('Loading the dataset…')}
      </p>
      <div class="skeleton-line title"></div>
      <div class="skeleton-line"></div>
      <div class="skeleton-line short"></div>
      ${compact ? nothing : html`<div class="skeleton-block"></div>`}
    </div>`;
  }

  private renderCountry(dataset: Dataset): TemplateResult {
    const raw = this.country;
    const code = toAlpha2(raw);
    if (!code) return this.renderInvalidCode(raw);
    const country = findCountry(dataset, code);
    const name = countryName(code, this.locale, country?.name);
    if (!country) return this.renderUnknownCode(raw ?? '', name);
    return this.variant === 'compact'
      ? this.renderCompact(country, name)
      : this.renderFull(dataset, country, name);
  }

  private renderInvalidCode(raw: string | null | undefined): TemplateResult {
    const text =
      raw == null
        ? msg(
            'No country is set. Set the country attribute to an ISO 3166-1 alpha-2 or alpha-3 code, such as "CI" or "CIV".',
          )
        : msg(
            str`"${raw}" is not an ISO 3166-1 country code. Set the country attribute to an alpha-2 or alpha-3 code, such as "CI" or "CIV".`,
            { desc: 'The value is what the page set as the country code.' },
          );
    return html`<p class="message" part="message">${text}</p>`;
  }

  private renderUnknownCode(raw: string, name: string): TemplateResult {
    const value = raw.trim();
    return html`${this.renderName(name)}
      <p class="message" part="message">
        ${isolateNumbers(
          msg(str`The dataset has no record for ${name} ("${value}").`, {
            desc: 'Values: a country name and the code the page set.',
          }),
        )}
      </p>`;
  }

  private renderName(name: string): TemplateResult {
    // <bdi>: a name in another script, such as the English fallback in an
    // Arabic card, keeps its own direction and its brackets in place.
    const content = html`<bdi>${name}</bdi>`;
    return renderHeading(
      this.headingLevel,
      'name',
      content,
      'header',
      NAME_ID,
    );
  }

  private renderBadge(country: Country): TemplateResult {
    const group = countryStatusGroup(country);
    const key = group ?? 'none';
    // A country with only foreign-policy guidelines has no status group.
    const label =
      group === null && country.instruments.length > 0
        ? msg('No domestic instrument')
        : statusGroupLabel(group);
    return html`<p class="badge badge-${key}" part="status">
      ${renderStatusIcon(key)}
      <span class="visually-hidden">${msg('Status:')}</span>
      ${label}
    </p>`;
  }

  private renderHeader(country: Country, name: string): TemplateResult {
    // Without instruments the badge already reads "No instrument recorded".
    const line =
      country.instruments.length > 0
        ? html`<p class="count-line">
            ${isolateNumbers(countLine(country, this.locale))}
          </p>`
        : nothing;
    return html`<header class="header">
      ${this.renderName(name)} ${this.renderBadge(country)} ${line}
    </header>`;
  }

  private renderCompact(country: Country, name: string): TemplateResult {
    const count = formatNumber(this.locale, country.instruments.length);
    return html`${this.renderHeader(country, name)}
      ${country.instruments.length === 0
        ? nothing
        : html`<details class="instrument-list" part="details">
            <summary>
              ${isolateNumbers(msg(str`Instruments (${count})`))}
            </summary>
            <ul part="body">
              ${country.instruments.map((item) =>
                renderInstrumentLine(item, this.locale),
              )}
            </ul>
          </details>`}`;
  }

  private renderFull(
    dataset: Dataset,
    country: Country,
    name: string,
  ): TemplateResult {
    const level = clampHeadingLevel(this.headingLevel);
    const { domestic, foreignPolicy } = groupInstruments(country);
    const context: InstrumentContext = {
      locale: this.locale,
      checklist: dataset.modelLaw.checklist,
      headingLevel: level + 1,
    };
    const compared = anyComparison(country.instruments);
    if (country.instruments.length === 0) {
      return html`${this.renderHeader(country, name)}
        ${this.renderFooter(dataset, country, name)}`;
    }
    return html`${this.renderHeader(country, name)}
      <div class="body" part="body">
        ${compared
          ? html`${renderCoveragePatterns()} ${renderCoverageLegend()}`
          : nothing}
        ${domestic.map((item) => renderInstrument(item, context))}
        ${foreignPolicy.length > 0
          ? this.renderForeignPolicy(foreignPolicy, context)
          : nothing}
      </div>
      ${this.renderFooter(dataset, country, name)}`;
  }

  private renderFooter(
    dataset: Dataset,
    country: Country,
    name: string,
  ): TemplateResult {
    return renderFooter({
      dataset,
      country,
      name,
      locale: this.locale,
      copyState: this.copyState,
      onCopy: () => this.copyCitation(),
    });
  }

  private renderForeignPolicy(
    instruments: Country['instruments'],
    context: InstrumentContext,
  ): TemplateResult {
    const nested = { ...context, headingLevel: context.headingLevel + 1 };
    return html`<section class="foreign-policy">
      ${renderHeading(
        context.headingLevel,
        'group-title',
        msg('Foreign-policy guidelines'),
      )}
      <p class="group-note">
        ${msg(
          'These guide support for defenders in other countries; they do not protect defenders at home.',
        )}
      </p>
      ${instruments.map((item) => renderInstrument(item, nested))}
    </section>`;
  }

  /**
   * Copies the citation. Where the clipboard API is missing or rejects the
   * write,
   * the text is selected so the reader can copy it by hand.
   */
  private async copyCitation(): Promise<void> {
    const field = this.renderRoot.querySelector('textarea');
    if (!field) return;
    // Reset first, so that a second "Copied." is announced again.
    this.copyState = 'idle';
    await this.updateComplete;
    try {
      if (!navigator.clipboard?.writeText) {
        throw new Error('Clipboard API not available');
      }
      await navigator.clipboard.writeText(field.value);
      this.copyState = 'copied';
    } catch {
      field.focus();
      field.select();
      this.copyState = 'failed';
    }
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => {
      this.copyState = 'idle';
    }, COPY_STATUS_MS);
  }
}

/** Renders the badge icon: one shape per status group, never colour alone. */
function renderStatusIcon(key: StatusGroup | 'none'): TemplateResult {
  const shapes: Record<StatusGroup | 'none', TemplateResult> = {
    adopted: svg`<circle cx="8" cy="8" r="7"></circle>
      <path class="mark" d="M4.5 8.2l2.3 2.3 4.7-4.9"></path>`,
    'in-progress': svg`<circle class="ring" cx="8" cy="8" r="6.25"></circle>
      <path d="M8 1a7 7 0 0 1 0 14z"></path>`,
    'not-adopted': svg`<circle class="ring" cx="8" cy="8" r="6.25"></circle>
      <path class="slash" d="M3.6 12.4l8.8-8.8"></path>`,
    none: svg`<path class="slash" d="M3 8h10"></path>`,
  };
  return html`<svg
    class="icon"
    viewBox="0 0 16 16"
    aria-hidden="true"
    focusable="false"
  >
    ${shapes[key]}
  </svg>`;
}
