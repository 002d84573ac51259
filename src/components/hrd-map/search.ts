/**
 * The country search box: an editable combobox with a list popup
 * (WAI-ARIA combobox pattern), finding countries by localized name,
 * English name or ISO 3166-1 code.
 */
import { msg, str } from '@lit/localize';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { isoEnglishName, toAlpha2 } from '../../data/country-codes.js';
import { countryName } from '../../i18n/country-names.js';
import { formatNumber, pluralCategory } from '../../i18n/format.js';
import type { MapGroup } from './map-groups.js';
import { mapGroupLabel } from './messages.js';
import { searchByName } from './type-ahead.js';

export interface SearchItem {
  key: string;
  name: string;
  group: MapGroup;
}

export interface SearchOptions {
  /** Every country the search can find, named in the current locale. */
  items(): readonly SearchItem[];
  locale(): string;
  /** Called when the user picks a country. */
  pick(key: string): void;
}

const INPUT_ID = 'search-input';

/** Maximum number of options the popup lists. */
const MAX_OPTIONS = 8;

function optionId(item: SearchItem): string {
  return `search-option-${item.key}`;
}
const LIST_ID = 'search-list';

/**
 * Returns the English names of the country `code`, from `Intl` and from
 * the ISO table, which the search also matches: "Czech Republic" finds
 * Czechia and "Germany" finds Allemagne.
 */
function englishNames(code: string): string[] {
  const names = [countryName(code, 'en'), isoEnglishName(code)];
  return [...new Set(names.filter((name): name is string => !!name))];
}

/**
 * Live-region message after Enter on a query with several matches, with
 * the plural form of the rendering locale.
 */
function matchCountMessage(locale: string, count: number): string {
  const n = formatNumber(locale, count);
  switch (pluralCategory(locale, count)) {
    case 'zero':
      return msg(str`${n} countries match. Use the arrow keys to choose one.`, {
        id: 'map.search.matches.zero',
      });
    case 'one':
      return msg(str`${n} country matches. Use the arrow keys to choose one.`, {
        id: 'map.search.matches.one',
      });
    case 'two':
      return msg(str`${n} countries match. Use the arrow keys to choose one.`, {
        id: 'map.search.matches.two',
      });
    case 'few':
      return msg(str`${n} countries match. Use the arrow keys to choose one.`, {
        id: 'map.search.matches.few',
      });
    case 'many':
      return msg(str`${n} countries match. Use the arrow keys to choose one.`, {
        id: 'map.search.matches.many',
      });
    case 'other':
      return msg(str`${n} countries match. Use the arrow keys to choose one.`, {
        id: 'map.search.matches.other',
      });
  }
}

export class CountrySearch implements ReactiveController {
  query = '';
  open = false;
  activeIndex = -1;
  /** Number of matches to announce, set by Enter and cleared by any change. */
  announcedCount: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
    this.activeIndex = -1;
    this.announcedCount = null;
  }

  /**
   * Every match for the current query: first the country whose alpha-2 or
   * alpha-3 code it is, then matches by localized or English name.
   */
  get matches(): SearchItem[] {
    // The map renders on every pointer move, mostly with an empty query.
    if (this.query.trim() === '') return [];
    const items = this.options.items();
    const byName = searchByName(
      items.map((item) => ({ ...item, aliases: englishNames(item.key) })),
      this.query,
      this.options.locale(),
      Infinity,
    );
    const code = toAlpha2(this.query);
    const exact = code ? items.find((item) => item.key === code) : undefined;
    if (!exact) return byName;
    return [exact, ...byName.filter((item) => item.key !== exact.key)];
  }

  /** The matches the popup lists. */
  get results(): SearchItem[] {
    return this.matches.slice(0, MAX_OPTIONS);
  }

  /** Applies `changes` and clears the announcement unless they set one. */
  private update(
    changes: Partial<
      Pick<CountrySearch, 'query' | 'open' | 'activeIndex' | 'announcedCount'>
    >,
  ): void {
    Object.assign(this, { announcedCount: null }, changes);
    this.host.requestUpdate();
  }

  private pick(item: SearchItem): void {
    this.update({ query: item.name, open: false, activeIndex: -1 });
    this.options.pick(item.key);
  }

  private onInput(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    this.update({ query, open: query.trim() !== '', activeIndex: -1 });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const matches = this.matches;
    const results = matches.slice(0, MAX_OPTIONS);
    const last = results.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        if (results.length === 0) return;
        this.update({
          open: true,
          activeIndex: this.open ? Math.min(this.activeIndex + 1, last) : 0,
        });
        break;
      case 'ArrowUp':
        if (!this.open || results.length === 0) return;
        this.update({ activeIndex: Math.max(this.activeIndex - 1, 0) });
        break;
      case 'Enter': {
        if (!this.open || results.length === 0) return;
        const item =
          results[this.activeIndex] ??
          (matches.length === 1 ? results[0] : undefined);
        if (item) {
          this.pick(item);
        } else {
          // With several matches and none highlighted, highlight the first
          // and announce how many there are instead of guessing.
          this.update({ activeIndex: 0, announcedCount: matches.length });
        }
        break;
      }
      case 'Escape':
        if (this.open) this.update({ open: false, activeIndex: -1 });
        else if (this.query) this.update({ query: '' });
        else return;
        // The map must not also clear its selection.
        event.stopPropagation();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private renderOption(item: SearchItem, index: number): TemplateResult {
    const active = index === this.activeIndex;
    return html`<li
      id=${optionId(item)}
      role="option"
      class=${classMap({ 'search-option': true, active })}
      aria-selected=${active ? 'true' : 'false'}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this.pick(item)}
    >
      <span class="search-name" translate="no">${item.name}</span>
      <span class="search-group">${mapGroupLabel(item.group)}</span>
    </li>`;
  }

  /** Renders the label, the input and the popup list. */
  render(): TemplateResult {
    const results = this.results;
    const expanded = this.open && results.length > 0;
    const active = expanded ? results[this.activeIndex] : undefined;
    const noMatch =
      this.open && this.query.trim() !== '' && results.length === 0;
    let status: string | typeof nothing = nothing;
    if (noMatch) {
      status = msg('No country matches this name.');
    } else if (this.announcedCount !== null) {
      status = matchCountMessage(this.options.locale(), this.announcedCount);
    }
    return html`<div class="search" part="search">
      <label for=${INPUT_ID}>${msg('Find a country')}</label>
      <div class="search-field">
        <input
          id=${INPUT_ID}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${LIST_ID}
          aria-activedescendant=${active ? optionId(active) : nothing}
          .value=${this.query}
          @input=${(event: Event) => this.onInput(event)}
          @keydown=${(event: KeyboardEvent) => this.onKeyDown(event)}
          @blur=${() => this.update({ open: false, activeIndex: -1 })}
        />
        <ul
          id=${LIST_ID}
          role="listbox"
          class="search-list"
          aria-label=${msg('Matching countries')}
          ?hidden=${!expanded}
        >
          ${
            expanded
              ? results.map((item, i) => this.renderOption(item, i))
              : nothing
          }
        </ul>
      </div>
      <p class="search-status" role="status">
        ${status}
      </p>
    </div>`;
  }
}
