/** Mounting `<hrd-map>` at a known width, shared by the map tests. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { HrdMap } from '../../src/components/hrd-map/hrd-map.js';

/** Default width of the container the map is measured in, in CSS pixels. */
export const MAP_WIDTH = 960;

/** Returns the width of the map's SVG view box, or 0 before it is drawn. */
export function viewBoxWidth(map: HrdMap): number {
  const svg = map.shadowRoot!.querySelector<SVGSVGElement>('svg.map');
  return svg ? svg.viewBox.baseVal.width : 0;
}

/** Waits until the map's SVG is drawn at the measured width of its box. */
export async function waitForDrawn(map: HrdMap): Promise<void> {
  await waitUntil(() => {
    const box = map.shadowRoot!.querySelector('.map-box');
    if (!box) return false;
    return viewBoxWidth(map) === Math.round(box.getBoundingClientRect().width);
  }, 'the map was not drawn at its measured size');
  await map.updateComplete;
}

/**
 * Mounts a map with `attributes` in a container `width` pixels wide and
 * resolves once its data loaded and, in map view, its SVG is drawn.
 */
export async function mountMap(
  attributes: Record<string, string> = {},
  width = MAP_WIDTH,
): Promise<HrdMap> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.width = `${width}px`;
  const map = document.createElement('hrd-map');
  for (const [name, value] of Object.entries(attributes)) {
    map.setAttribute(name, value);
  }
  const loaded = oneEvent(map, 'hrd-data-load');
  container.append(map);
  await loaded;
  if (map.view === 'map') await waitForDrawn(map);
  await map.updateComplete;
  return map;
}
