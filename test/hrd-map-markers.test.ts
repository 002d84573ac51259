import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/components/hrd-map/define.js';
import type { HrdMap } from '../src/components/hrd-map/hrd-map.js';

/** Largest overlap of two hit targets that still counts as none, in px. */
const TOLERANCE = 1;

/** Smallest hit target side, in CSS pixels (WCAG 2.2 target size). */
const MIN_TARGET = 24;

interface Target {
  key: string;
  element: SVGGElement;
  rect: DOMRect;
}

/** Dataset with small states far apart (MU, SG, LU) besides large ones. */
const SMALL_STATES = '/test/fixtures/map-small-states.json';

interface Case {
  width: number;
  /** Dataset URL, or undefined for the bundled dataset. */
  src?: string;
  /** Markers the map must draw at this width. */
  minMarkers: number;
}

/**
 * The bundled dataset draws many crowded markers on a narrow map and none
 * on a wide one, so the wide map uses a dataset with small states.
 */
const CASES: Case[] = [
  { width: 320, minMarkers: 10 },
  { width: 1200, src: SMALL_STATES, minMarkers: 3 },
];

/**
 * Mounts a map in a viewport `width` pixels wide and waits until the
 * dataset has loaded and the map is drawn at its measured size.
 */
async function mount(width: number, src?: string): Promise<HrdMap> {
  await setViewport({ width, height: 900 });
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const map = document.createElement('hrd-map');
  map.toggleAttribute('no-panel', true);
  if (src) map.setAttribute('src', src);
  const loaded = oneEvent(map, 'hrd-data-load');
  container.append(map);
  await loaded;
  await waitUntil(() => {
    const box = map.shadowRoot!.querySelector('.map-box');
    const svg = map.shadowRoot!.querySelector<SVGSVGElement>('svg.map');
    if (!box || !svg) return false;
    const boxWidth = Math.round(box.getBoundingClientRect().width);
    return svg.viewBox.baseVal.width === boxWidth;
  }, 'the map was not drawn at its measured size');
  await map.updateComplete;
  return map;
}

function targets(map: HrdMap): Target[] {
  const markers = map.shadowRoot!.querySelectorAll<SVGGElement>('.marker');
  return [...markers].map((element) => ({
    key: element.dataset.key!,
    element,
    rect: element.getBoundingClientRect(),
  }));
}

function overlap(a: DOMRect, b: DOMRect): number {
  const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return Math.min(x, y);
}

function overlappingPairs(list: Target[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i + 1; j < list.length; j += 1) {
      const amount = overlap(list[i].rect, list[j].rect);
      if (amount > TOLERANCE) {
        pairs.push(`${list[i].key}/${list[j].key} ${amount.toFixed(1)}px`);
      }
    }
  }
  return pairs;
}

function centre(rect: DOMRect): [number, number] {
  return [rect.x + rect.width / 2, rect.y + rect.height / 2];
}

/**
 * Returns a point inside `target`'s hit circle, 80 % of the radius from its
 * centre towards the centre of its nearest neighbour: the spot where a tap
 * meant for it most easily lands on that neighbour.
 */
function edgeTowardsNeighbour(target: Target, list: Target[]): [number, number] {
  const [x, y] = centre(target.rect);
  let nearest: [number, number] | null = null;
  let best = Infinity;
  for (const other of list) {
    if (other === target) continue;
    const [ox, oy] = centre(other.rect);
    const distance = Math.hypot(ox - x, oy - y);
    if (distance < best) {
      best = distance;
      nearest = [ox, oy];
    }
  }
  if (!nearest || best === 0) return [x, y];
  const reach = 0.8 * (Math.min(target.rect.width, target.rect.height) / 2);
  return [
    x + ((nearest[0] - x) / best) * reach,
    y + ((nearest[1] - y) / best) * reach,
  ];
}

/** Picks the `count` markers with the closest neighbours, most crowded first. */
function crowded(list: Target[], count: number): Target[] {
  const gap = (target: Target) => {
    const [x, y] = centre(target.rect);
    let best = Infinity;
    for (const other of list) {
      if (other === target) continue;
      const [ox, oy] = centre(other.rect);
      best = Math.min(best, Math.hypot(ox - x, oy - y));
    }
    return best;
  };
  return [...list]
    .map((target) => ({ target, gap: gap(target) }))
    .sort((a, b) => a.gap - b.gap || a.target.key.localeCompare(b.target.key))
    .slice(0, count)
    .map((item) => item.target);
}

describe('hrd-map markers', () => {
  after(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  for (const { width, src, minMarkers } of CASES) {
    describe(`at ${width} pixels`, () => {
      it('keeps every hit target at least 24 by 24', async () => {
        const map = await mount(width, src);
        const list = targets(map);
        expect(list.length).to.be.at.least(minMarkers);
        for (const { key, rect } of list) {
          expect(rect.width, key).to.be.at.least(MIN_TARGET);
          expect(rect.height, key).to.be.at.least(MIN_TARGET);
        }
      });

      it('keeps hit targets from overlapping', async () => {
        const map = await mount(width, src);
        expect(overlappingPairs(targets(map))).to.deep.equal([]);
      });

      it('keeps hit targets inside the map', async () => {
        const map = await mount(width, src);
        const box = map
          .shadowRoot!.querySelector('.map-box')!
          .getBoundingClientRect();
        for (const { key, rect } of targets(map)) {
          expect(rect.left, key).to.be.at.least(box.left - TOLERANCE);
          expect(rect.top, key).to.be.at.least(box.top - TOLERANCE);
          expect(rect.right, key).to.be.at.most(box.right + TOLERANCE);
          expect(rect.bottom, key).to.be.at.most(box.bottom + TOLERANCE);
        }
      });

      it('selects the clicked marker near its neighbours', async () => {
        const map = await mount(width, src);
        const list = targets(map);
        for (const target of crowded(list, 6)) {
          const [x, y] = edgeTowardsNeighbour(target, list);
          await sendMouse({
            type: 'click',
            position: [Math.round(x), Math.round(y)],
          });
          await map.updateComplete;
          expect(map.selected, target.key).to.equal(target.key);
          // Move away so that the tooltip of this marker goes.
          await sendMouse({ type: 'move', position: [0, 0] });
        }
      });

      it('joins moved markers to their country by hidden lines', async () => {
        const map = await mount(width, src);
        const leaders = map.shadowRoot!.querySelectorAll('.marker-leader');
        for (const leader of leaders) {
          const hidden = leader.closest('[aria-hidden="true"]');
          expect(hidden, 'leader outside aria-hidden').to.not.equal(null);
          expect(getComputedStyle(leader).pointerEvents).to.equal('none');
        }
        // The narrow map must move some markers, the wide one none.
        if (width === 320) expect(leaders.length).to.be.at.least(1);
        else expect(leaders.length).to.equal(0);
      });

      it('passes axe', async () => {
        const map = await mount(width, src);
        await expect(map).to.be.accessible();
      });
    });
  }

  it('shows the focus ring at the displayed marker', async () => {
    const map = await mount(320);
    const list = targets(map);
    const target = crowded(list, 1)[0];
    const svg = map.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!;
    svg.querySelector<SVGElement>('[tabindex="0"]')!.focus();
    // A real key press makes the next programmatic focus visible.
    await sendKeys({ press: 'Home' });
    target.element.focus();
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement).to.equal(target.element);
    const ring = map.shadowRoot!.querySelector('.ring-focus')!;
    expect(ring, 'focus ring').to.exist;
    const [rx, ry] = centre(ring.getBoundingClientRect());
    const [mx, my] = centre(target.element.getBoundingClientRect());
    expect(Math.abs(rx - mx)).to.be.below(1);
    expect(Math.abs(ry - my)).to.be.below(1);
  });
});
