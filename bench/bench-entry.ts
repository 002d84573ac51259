/**
 * Benchmarks run in Chromium by scripts/bench.mjs. Each case runs a warm-up,
 * then `RUNS` timed runs; the median and the fastest run are reported.
 */
import raw from '../data/hrd-instruments.json';
import { getBundledDataset } from '../src/data/bundled.js';
import { statusGroupsByCountry } from '../src/data/queries.js';
import { validateDataset } from '../src/data/validate.js';
import { projectWorld } from '../src/geo/path-cache.js';
import { getWorldGeometry } from '../src/geo/world.js';
import '../src/index.js';

const RUNS = 15;

interface Result {
  name: string;
  medianMs: number;
  minMs: number;
  runs: number;
}

async function measure(
  name: string,
  run: () => unknown | Promise<unknown>,
): Promise<Result> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    name,
    medianMs: round(times[Math.floor(times.length / 2)]),
    minMs: round(times[0]),
    runs: RUNS,
  };
}

async function renderElement(tag: string, attributes: Record<string, string>) {
  const element = document.createElement(tag) as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  document.body.append(element);
  await element.updateComplete;
  element.remove();
}

async function runAll(): Promise<Result[]> {
  const geometry = getWorldGeometry();
  return [
    await measure('validate bundled dataset', () => validateDataset(raw)),
    await measure('status group of every country', () =>
      statusGroupsByCountry(getBundledDataset()),
    ),
    await measure('project world 960x500 (paths, mesh)', () =>
      projectWorld(960, 500, {}, geometry),
    ),
    await measure('project world 320x166', () =>
      projectWorld(320, 166, {}, geometry),
    ),
    await measure('project region africa 960x500', () =>
      projectWorld(960, 500, { region: 'africa' }, geometry),
    ),
    await measure('render <hrd-country-card country="MX">', () =>
      renderElement('hrd-country-card', { country: 'MX' }),
    ),
    await measure('render <hrd-model-law-checklist compare="CI ML BF">', () =>
      renderElement('hrd-model-law-checklist', { compare: 'CI ML BF' }),
    ),
    await measure('render <hrd-map no-panel>', () =>
      renderElement('hrd-map', { 'no-panel': '' }),
    ),
  ];
}

(window as any).runBenchmarks = runAll;
