/** Mounting `<hrd-map>` at a known width, shared by the fault tests. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { HrdMap } from '../../src/components/hrd-map/hrd-map.js';

/** Width of the container the map is measured in, in CSS pixels. */
export const MAP_WIDTH = 960;

/**
 * Mounts a map with `attributes` in a 960 px wide container and resolves
 * once its data loaded and, in map view, the SVG is drawn at that width.
 */
export async function mountMap(
  attributes: Record<string, string>,
): Promise<HrdMap> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.style.width = `${MAP_WIDTH}px`;
  const map = document.createElement('hrd-map');
  for (const [name, value] of Object.entries(attributes)) {
    map.setAttribute(name, value);
  }
  const loaded = oneEvent(map, 'hrd-data-load');
  container.append(map);
  await loaded;
  if (map.view === 'map') {
    await waitUntil(
      () =>
        map.shadowRoot!.querySelector<SVGSVGElement>('svg.map')?.viewBox
          .baseVal.width === MAP_WIDTH,
      'the map was not drawn at its measured size',
    );
  }
  await map.updateComplete;
  return map;
}
