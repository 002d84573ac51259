/**
 * The country search box: an editable combobox with a list popup
 * (WAI-ARIA combobox pattern), finding countries by localized name.
 */
import { msg } from '@lit/localize';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { classMap } from 'lit/directives/class-map.js';
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

function optionId(item: SearchItem): string {
  return `search-option-${item.key}`;
}
const LIST_ID = 'search-list';

export class CountrySearch implements ReactiveController {
  query = '';
  open = false;
  activeIndex = -1;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = false;
    this.activeIndex = -1;
  }

  /** Matches for the current query. */
  get results(): SearchItem[] {
    return searchByName(
      this.options.items(),
      this.query,
      this.options.locale(),
    );
  }

  private update(
    changes: Partial<Pick<CountrySearch, 'query' | 'open' | 'activeIndex'>>,
  ): void {
    Object.assign(this, changes);
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
    const results = this.results;
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
        const item =
          results[this.activeIndex] ??
          (results.length === 1 ? results[0] : undefined);
        if (!this.open || !item) return;
        this.pick(item);
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
        ${noMatch ? msg('No country matches this name.') : nothing}
      </p>
    </div>`;
  }
}
