import { localized, msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toAlpha2 } from '../../data/country-codes.js';
import type { Country, Dataset } from '../../data/schema.js';
import { isIsoKey } from '../../geo/country-keys.js';
import { moveInRows, type MoveAction } from '../../geo/order.js';
import {
  getProjectedWorld,
  type ProjectedWorld,
} from '../../geo/path-cache.js';
import { WORLD_ASPECT_RATIO } from '../../geo/projection.js';
import { isMapRegion, regionOfKey, type MapRegion } from '../../geo/regions.js';
import { getWorldGeometry } from '../../geo/world.js';
import { countLine } from '../../i18n/count-line.js';
import { countryName } from '../../i18n/country-names.js';
import { isolateNumbers } from '../shared/bidi.js';
import '../hrd-country-card/define.js';
import { renderDataNotice } from '../shared/data-notice.js';
import { HrdCountrySelectEvent } from '../shared/events.js';
import { HrdElement } from '../shared/hrd-element.js';
import { renderLegend } from './legend.js';
import { layoutMap, type MapEntry, type MapLayout } from './layout.js';
import { renderListView } from './list-view.js';
import { MAP_GROUPS, mapGroupOf, type MapGroup } from './map-groups.js';
import { renderMapSvg } from './map-svg.js';
import { countryOptionLabel, groupSummary, mapGroupLabel } from './messages.js';
import { renderPatternDefs } from './patterns.js';
import { CountrySearch } from './search.js';
import { mapStyles } from './styles.js';
import { placeTooltip } from './tooltip-position.js';
import { typeAheadMatch } from './type-ahead.js';

/** Map width used until the element has measured itself, in CSS pixels. */
const DEFAULT_WIDTH = 960;

/** Pause after which typed letters start a new type-ahead search, in ms. */
const TYPE_AHEAD_RESET_MS = 700;

/** Areas drawn but never offered as countries to select. */
const NOT_SELECTABLE = new Set(['AQ']);

type TooltipSource = 'pointer' | 'touch' | 'focus';

interface Tooltip {
  key: string;
  source: TooltipSource;
  /** Pointer position in CSS pixels inside the map box (not for focus). */
  pointer?: [number, number];
}

function sizeFor(width: number): { width: number; height: number } {
  return { width, height: Math.round(width / WORLD_ASPECT_RATIO) };
}

/**
 * A world map of national instruments protecting human rights defenders.
 * Countries are coloured and patterned by the strongest status of their
 * domestic instruments. A legend filters them, a search box and a list
 * view find them, and a panel shows the selected country's card.
 *
 * The map is one tab stop. Arrow keys move between countries in rows from
 * north to south, in reading order within a row (mirrored in right-to-left
 * languages). Home and End go to the first and last country, and typing
 * letters jumps by name. Enter or Space selects, and Escape clears the
 * selection. On touch screens a first tap shows the tooltip and a second
 * tap on the same country selects it.
 *
 * @tag hrd-map
 *
 * @fires hrd-country-select - The user selected a country (map, list or
 *   search) or cleared the selection with Escape. Detail:
 *   `{ country: string | null }`, an alpha-2 code or null when cleared.
 *   Setting `selected` from script does not fire it.
 * @fires hrd-data-load - The dataset loaded and validated, also the bundled
 *   one. Detail: `{ url: string | null, version: string, warnings }`.
 * @fires hrd-data-error - The remote dataset failed; the map shows the
 *   bundled one. Detail: `{ url, message, kind, issues }`. Both data events
 *   fire once per load, never again for the card in the panel.
 *
 * @csspart base - Everything the element draws.
 * @csspart toolbar - The search box and the view toggle.
 * @csspart search - The country search box.
 * @csspart view-toggle - The button switching between map and list.
 * @csspart legend - The legend and filter buttons.
 * @csspart map - The box holding the map; its aspect ratio is reserved.
 * @csspart svg - The map drawing.
 * @csspart tooltip - The tooltip with a country's name and count line.
 * @csspart list - The list view table.
 * @csspart panel - The panel holding the selected country's card.
 * @csspart notice - The alert shown after a remote dataset failed.
 *
 * @cssprop [--hrd-color-adopted=#1b7837] - Fill of adopted (solid).
 * @cssprop [--hrd-color-in-progress=#e08214] - Fill of in progress (hatched).
 * @cssprop [--hrd-color-not-adopted=#762a83] - Fill of not adopted (dotted).
 * @cssprop [--hrd-color-none=#e9ecef] - Fill of no instrument recorded.
 * @cssprop [--hrd-map-color-foreign-policy=#3f5f80] - Hatch of countries
 *   with foreign-policy guidelines only.
 * @cssprop [--hrd-map-color-foreign-policy-background=#e4ebf3] - Their
 *   background.
 * @cssprop [--hrd-map-color-ocean=#f4f7fa] - The sea.
 * @cssprop [--hrd-map-color-border=#ffffff] - Borders between countries.
 * @cssprop [--hrd-map-color-coastline=#8c959f] - Coastlines.
 * @cssprop [--hrd-map-color-selected=var(--hrd-color-text)] - Outline of the
 *   selected country.
 * @cssprop [--hrd-map-panel-width=22em] - Width of the panel beside the map
 *   when the element is at least 880 pixels wide.
 */
@localized()
export class HrdMap extends HrdElement {
  static override styles = mapStyles;

  /**
   * Selected country as an ISO 3166-1 code. Alpha-2 or alpha-3 in any case
   * is accepted and normalized to upper-case alpha-2. An unknown code
   * clears the selection.
   */
  @property({ reflect: true }) selected: string | null = null;

  /**
   * Region to zoom to: `africa`, `americas`, `asia-pacific`,
   * `europe-central-asia` or `middle-east-north-africa`. Any other value
   * shows the whole world.
   *
   * In a region view, only the region's countries are options: the arrow
   * keys, Home, End, type-ahead, the pointer, the search box, the list
   * view and the legend counts all cover the same countries. Neighbouring
   * countries stay drawn, faded, and do not react, and the search does not
   * find them, so the view never leaves the region on its own. A
   * `selected` country outside the region, set from script, stays selected:
   * it keeps its outline and its card in the panel, but it is no option.
   */
  @property({ reflect: true }) region: string | null = null;

  /** `map` (the default) or `list`, a table of the same countries. */
  @property({ reflect: true }) view: 'map' | 'list' = 'map';

  /**
   * Zooms the map to the selected country, framing all of its nearby
   * islands (Fiji on both sides of the antimeridian). Without it, selecting
   * a country leaves the view as it is.
   */
  @property({ type: Boolean, reflect: true, attribute: 'zoom-to-selected' })
  zoomToSelected = false;

  /** Hides the panel with the selected country's card. */
  @property({ type: Boolean, reflect: true, attribute: 'no-panel' })
  noPanel = false;

  @state() private size = sizeFor(DEFAULT_WIDTH);
  @state() private hiddenGroups: ReadonlySet<MapGroup> = new Set();
  /** The country with the map's tab stop (`tabindex="0"`). */
  @state() private activeKey: string | null = null;
  /** The country with visible keyboard focus, outlined on the map. */
  @state() private focusedKey: string | null = null;
  @state() private tooltip: Tooltip | null = null;

  private entries = new Map<string, MapEntry>();
  private entriesSource: { dataset?: Dataset; locale?: string } = {};
  private world!: ProjectedWorld;
  private layout!: MapLayout;
  private touchPreview: string | null = null;
  private typed = { text: '', at: 0 };
  private resizeObserver?: ResizeObserver;
  private observedBox?: Element;
  /** Rule of this element's own stylesheet that places the tooltip. */
  private tooltipRule?: CSSStyleRule;

  private readonly search = new CountrySearch(this, {
    items: () => this.layout.scope.map((key) => this.entries.get(key)!),
    locale: () => this.locale,
    pick: (key) => {
      this.activeKey = key;
      this.selectCountry(key);
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedBox = undefined;
  }

  /** Returns the zoom region, or null for the world or an unknown value. */
  private get zoomRegion(): MapRegion | null {
    return isMapRegion(this.region) ? this.region : null;
  }

  private get isRtl(): boolean {
    return this.getAttribute('dir') === 'rtl';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected') && this.selected !== null) {
      const code = toAlpha2(this.selected);
      if (code !== this.selected) this.selected = code;
    }
    this.refreshEntries();
    const extras = [...this.entries.values()]
      .filter((entry) => entry.region === this.zoomRegion)
      .map((entry) => entry.key);
    this.world = getProjectedWorld(this.size.width, this.size.height, {
      region: this.zoomRegion,
      regionExtras: this.zoomRegion ? extras : [],
      country: this.zoomToSelected ? this.selected : null,
    });
    this.layout = layoutMap(this.world, this.entries, {
      hidden: this.hiddenGroups,
      region: this.zoomRegion,
      direction: this.isRtl ? 'rtl' : 'ltr',
    });
  }

  /** Rebuilds the country entries when the dataset or the locale changed. */
  private refreshEntries(): void {
    const dataset = this.data.dataset;
    const source = this.entriesSource;
    if (source.dataset === dataset && source.locale === this.locale) return;
    this.entriesSource = { dataset, locale: this.locale };
    const byCode = new Map(dataset?.countries.map((c) => [c.code, c]) ?? []);
    const entries = new Map<string, MapEntry>();
    const add = (key: string, country?: Country) => {
      entries.set(key, {
        key,
        country,
        group: mapGroupOf(country),
        name: countryName(key, this.locale, country?.name),
        region: country?.region ?? regionOfKey(key),
      });
    };
    for (const { key } of getWorldGeometry().shapes) {
      if (isIsoKey(key) && !NOT_SELECTABLE.has(key)) add(key, byCode.get(key));
    }
    for (const country of byCode.values()) {
      if (!entries.has(country.code)) add(country.code, country);
    }
    this.entries = dataset ? entries : new Map();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeMapBox();
    this.positionTooltip();
  }

  private observeMapBox(): void {
    const box = this.renderRoot.querySelector('.map-box') ?? undefined;
    if (box === this.observedBox) return;
    this.resizeObserver ??= new ResizeObserver((records) => {
      const width = Math.round(records[records.length - 1].contentRect.width);
      if (width > 0 && width !== this.size.width) {
        this.size = sizeFor(width);
        if (this.tooltip?.source !== 'focus') this.tooltip = null;
      }
    });
    if (this.observedBox) this.resizeObserver.unobserve(this.observedBox);
    if (box) this.resizeObserver.observe(box);
    this.observedBox = box;
  }

  // Selection

  private selectCountry(key: string): void {
    this.touchPreview = null;
    if (this.selected === key) return;
    this.selected = key;
    this.dispatchSelect(key);
  }

  private clearSelection(): void {
    this.touchPreview = null;
    this.tooltip = null;
    if (this.selected === null) return;
    this.selected = null;
    this.dispatchSelect(null);
  }

  /** Dispatches `hrd-country-select` for a selection made by the user. */
  private dispatchSelect(country: string | null): void {
    // Built apart from dispatchEvent() so that the manifest analyzer
    // (@custom-elements-manifest/analyzer 0.11) does not list it twice.
    const event = new HrdCountrySelectEvent({ country });
    this.dispatchEvent(event);
  }

  private toggleGroup(group: MapGroup): void {
    const hidden = new Set(this.hiddenGroups);
    if (!hidden.delete(group)) hidden.add(group);
    this.hiddenGroups = hidden;
  }

  // Pointer

  /** Key of the country drawn by `target` or its ancestors, if any. */
  private keyOf(target: EventTarget | null): string | null {
    if (!(target instanceof Element)) return null;
    const key = target.closest('[data-key]')?.getAttribute('data-key');
    return key && this.entries.has(key) ? key : null;
  }

  private pointerPosition(event: MouseEvent): [number, number] {
    const rect = this.observedBox!.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    const key = this.keyOf(event.target);
    const tooltip = this.tooltip;
    if (!key) {
      if (tooltip?.source === 'pointer') this.tooltip = null;
      return;
    }
    const pointer = this.pointerPosition(event);
    if (tooltip?.key === key && tooltip.source === 'pointer') {
      // Same country: move the tooltip without re-rendering the map.
      tooltip.pointer = pointer;
      this.positionTooltip();
      return;
    }
    this.tooltip = { key, source: 'pointer', pointer };
  }

  private onPointerLeave(): void {
    if (this.tooltip?.source === 'pointer') this.tooltip = null;
  }

  private onMapClick(event: MouseEvent): void {
    const key = this.keyOf(event.target);
    const touch = (event as PointerEvent).pointerType === 'touch';
    if (!key) {
      // A tap on the sea or a decorative shape ends the preview.
      if (touch) this.touchPreview = this.tooltip = null;
      return;
    }
    this.activeKey = key;
    if (touch && this.touchPreview !== key) {
      this.touchPreview = key;
      this.tooltip = {
        key,
        source: 'touch',
        pointer: this.pointerPosition(event),
      };
      return;
    }
    this.selectCountry(key);
  }

  // Keyboard and focus

  private onFocusIn(event: FocusEvent): void {
    const key = this.keyOf(event.target);
    if (!key) return;
    this.activeKey = key;
    const visible = (event.target as Element).matches(':focus-visible');
    this.focusedKey = visible ? key : null;
    if (visible || !this.tooltip) this.tooltip = { key, source: 'focus' };
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Element | null;
    if (next && this.keyOf(next)) return;
    this.focusedKey = null;
    if (this.tooltip?.source === 'focus') this.tooltip = null;
  }

  private moveAction(key: string): MoveAction | null {
    const rtl = this.isRtl;
    switch (key) {
      case 'ArrowRight':
        return rtl ? 'previous' : 'next';
      case 'ArrowLeft':
        return rtl ? 'next' : 'previous';
      case 'ArrowDown':
        return 'down';
      case 'ArrowUp':
        return 'up';
      case 'Home':
        return 'first';
      case 'End':
        return 'last';
      default:
        return null;
    }
  }

  private onMapKeyDown(event: KeyboardEvent): void {
    const current =
      this.keyOf(event.target) ??
      this.layout.tabStop(this.activeKey, this.selected);
    const action = this.moveAction(event.key);
    if (action) {
      event.preventDefault();
      this.focusCountry(moveInRows(this.layout.rows, current, action));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (current) this.selectCountry(current);
    } else if (
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      this.typeAhead(event.key, current);
    }
  }

  private onEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    if (this.selected === null && !this.tooltip) return;
    event.preventDefault();
    this.clearSelection();
  }

  private typeAhead(char: string, current: string | null): void {
    const now = performance.now();
    const text =
      now - this.typed.at > TYPE_AHEAD_RESET_MS ? char : this.typed.text + char;
    this.typed = { text, at: now };
    const items = this.layout.order.map((key) => this.entries.get(key)!);
    const match = typeAheadMatch(items, current, text, this.locale);
    if (match) this.focusCountry(match);
  }

  private async focusCountry(key: string | null): Promise<void> {
    if (!key) return;
    this.activeKey = key;
    await this.updateComplete;
    const element = this.renderRoot.querySelector<SVGElement>(
      `#country-${key}`,
    );
    element?.focus();
  }

  // Tooltip

  /** Places the tooltip near its anchor and inside the map box. */
  private positionTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const box = this.observedBox;
    const tooltip = this.tooltip;
    if (!tip || !box || !tooltip) return;
    const width = box.clientWidth;
    const height = box.clientHeight;
    let anchor = tooltip.pointer;
    if (!anchor) {
      const point = this.layout.anchorOf(tooltip.key);
      if (!point) return;
      const scale = width / this.world.width;
      anchor = [point[0] * scale, point[1] * scale];
    }
    const size = { width: tip.offsetWidth, height: tip.offsetHeight };
    const [x, y] = placeTooltip(anchor, size, { width, height });
    const placement = this.tooltipStyle(tip);
    placement.setProperty('--hrd-map-tooltip-x', `${x}px`);
    placement.setProperty('--hrd-map-tooltip-y', `${y}px`);
  }

  /**
   * Returns the declarations that place the tooltip: a rule in a
   * constructed stylesheet adopted by the shadow root, so that no element
   * gets a `style` attribute, which a strict CSP would block in markup.
   * Without constructable stylesheets it falls back to the tooltip's own
   * `style`, a CSSOM write that `style-src 'self'` still allows.
   */
  private tooltipStyle(tip: HTMLElement): CSSStyleDeclaration {
    if (this.tooltipRule) return this.tooltipRule.style;
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot) || !('adoptedStyleSheets' in root)) {
      return tip.style;
    }
    const sheet = new CSSStyleSheet();
    sheet.insertRule('.tooltip {}');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.tooltipRule = sheet.cssRules[0] as CSSStyleRule;
    return this.tooltipRule.style;
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const entry = this.tooltip && this.entries.get(this.tooltip.key);
    if (!entry) return nothing;
    const line = entry.country
      ? countLine(entry.country, this.locale)
      : mapGroupLabel('none');
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <span class="tooltip-name">${entry.name}</span>
      <span class="tooltip-line">${isolateNumbers(line)}</span>
    </div>`;
  }

  // Rendering

  protected override renderContent(): TemplateResult {
    const dataset = this.data.dataset;
    const panel = !this.noPanel && !!dataset;
    return html`<div class="base ${panel ? 'with-panel' : ''}" part="base">
      ${renderDataNotice(this.data)}
      <svg class="defs" aria-hidden="true" focusable="false">
        ${renderPatternDefs()}
      </svg>
      ${dataset ? this.renderControls() : nothing}
      <div class="layout">
        <div
          class="main"
          @keydown=${(event: KeyboardEvent) => this.onEscape(event)}
        >
          ${
            dataset && this.view === 'list'
              ? this.renderList()
              : this.renderMap(!!dataset)
          }
        </div>
        ${panel ? this.renderPanel() : nothing}
      </div>
    </div>`;
  }

  private renderControls(): TemplateResult {
    const list = this.view === 'list';
    const counts = this.layout.counts;
    const rows = MAP_GROUPS.map((group) => ({
      group,
      count: counts.get(group) ?? 0,
      shown: !this.hiddenGroups.has(group),
    }));
    const summary = rows
      .filter((row) => row.shown)
      .map((row) => groupSummary(this.locale, row.group, row.count))
      .join(' ');
    return html`<div class="toolbar" part="toolbar">
        ${this.search.render()}
        <button
          type="button"
          class="view-toggle"
          part="view-toggle"
          aria-pressed=${list ? 'true' : 'false'}
          @click=${() => (this.view = list ? 'map' : 'list')}
        >
          ${msg('List view', {
            desc: 'Toggle button: shows the countries as a table.',
          })}
        </button>
      </div>
      ${renderLegend(rows, this.locale, (group) => this.toggleGroup(group))}
      <p class="visually-hidden" role="status">
        ${summary || msg('Every status is hidden by the filter.')}
      </p>`;
  }

  private renderMap(ready: boolean): TemplateResult {
    const layout = this.layout;
    const label = (key: string) => {
      const entry = this.entries.get(key)!;
      return countryOptionLabel(entry.name, entry.group);
    };
    return html`<div
      class="map-box"
      part="map"
      @pointermove=${(event: PointerEvent) => this.onPointerMove(event)}
      @pointerleave=${() => this.onPointerLeave()}
      @click=${(event: MouseEvent) => this.onMapClick(event)}
      @keydown=${(event: KeyboardEvent) => this.onMapKeyDown(event)}
      @focusin=${(event: FocusEvent) => this.onFocusIn(event)}
      @focusout=${(event: FocusEvent) => this.onFocusOut(event)}
    >
      ${renderMapSvg({
        world: this.world,
        shapes: layout.shapes.map((shape) =>
          shape.option ? { ...shape, label: label(shape.key) } : shape,
        ),
        markers: layout.markers.map((marker) => ({
          ...marker,
          label: label(marker.key),
        })),
        tabStop: layout.tabStop(this.activeKey, this.selected),
        selected: this.selected,
        focused: this.focusedKey,
        label: msg('Countries', {
          desc: 'Accessible name of the map, a list of countries.',
        }),
      })}
      ${
        ready
          ? this.renderTooltip()
          : html`<p class="loading" role="status">
              ${msg('Loading the dataset…')}
            </p>`
      }
    </div>`;
  }

  private renderList(): TemplateResult {
    const entries = this.layout.scope.map((key) => this.entries.get(key)!);
    return renderListView({
      entries,
      locale: this.locale,
      selected: this.selected,
      isShown: (group) => !this.hiddenGroups.has(group),
      select: (key) => {
        this.activeKey = key;
        this.selectCountry(key);
      },
    });
  }

  private renderPanel(): TemplateResult {
    const content = this.selected
      ? html`<hrd-country-card
          country=${this.selected}
          lang=${this.locale}
          src=${this.src ?? nothing}
        ></hrd-country-card>`
      : html`<p class="panel-hint">
          ${msg(
            'Select a country on the map or in the list to see its instruments.',
          )}
        </p>`;
    return html`<div
      class="panel"
      part="panel"
      @hrd-data-load=${(event: Event) => this.stopCardDataEvent(event)}
      @hrd-data-error=${(event: Event) => this.stopCardDataEvent(event)}
    >
      ${content}
    </div>`;
  }

  /**
   * Stops the data events of the card in the panel at the panel. The card
   * loads the same `src` as the map, which reports the outcome itself, so
   * the page gets one event per map.
   */
  private stopCardDataEvent(event: Event): void {
    const origin = event.composedPath()[0];
    if (origin instanceof Element && origin.localName === 'hrd-country-card') {
      event.stopPropagation();
    }
  }
}
