import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface FrameWindow extends Window {
  recordedErrors: string[];
  recordedViolations: string[];
}

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizeOf(folder: 'dist' | 'data', file: string): Promise<Size> {
  return executeServerCommand('bundle-size', { folder, file }) as Promise<Size>;
}

/** Opens a page in a frame and waits until its widgets have rendered. */
async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '800';
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  frame.src = path;
  await loaded;
  await waitFor(frame, () => {
    const widgets = frame.contentDocument!.querySelectorAll<HTMLElement>(
      'hrd-map, hrd-country-card, hrd-model-law-checklist',
    );
    return [...widgets].every((w) => (w.shadowRoot?.textContent ?? '').trim());
  });
  return frame;
}

async function waitFor(frame: HTMLIFrameElement, ready: () => boolean) {
  for (let i = 0; i < 100; i++) {
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`widgets in ${frame.src} did not render`);
}

function shadowText(frame: HTMLIFrameElement, selector: string): string {
  const element = frame.contentDocument!.querySelector(selector)!;
  return element.shadowRoot!.textContent ?? '';
}

function frameWindow(frame: HTMLIFrameElement): FrameWindow {
  return frame.contentWindow as unknown as FrameWindow;
}

function checkAllRendered(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  const map = doc.querySelector('hrd-map')!.shadowRoot!;
  const paths = map.querySelectorAll('path[data-key], [data-key] path');
  expect(paths.length).to.be.greaterThan(150);
  expect(shadowText(frame, 'hrd-country-card')).to.contain('Côte d’Ivoire');
  const checklist = doc.querySelector('hrd-model-law-checklist')!.shadowRoot!;
  expect(checklist.textContent).to.contain('Burkina Faso');
}

describe('built bundles', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('ES module renders all three elements', async () => {
    const frame = await openPage('/test/pages/bundle-es.html');
    checkAllRendered(frame);
    expect(frameWindow(frame).recordedErrors).to.deep.equal([]);
  });

  it('classic script renders all three elements', async () => {
    const frame = await openPage('/test/pages/bundle-iife.html');
    checkAllRendered(frame);
    expect(frameWindow(frame).recordedErrors).to.deep.equal([]);
    const global = (frame.contentWindow as any).HrdWidgets;
    expect(global.HrdCountryCard).to.be.a('function');
  });

  it('defines each element once when loaded four times', async () => {
    const frame = await openPage('/test/pages/bundle-twice.html');
    expect(frameWindow(frame).recordedErrors).to.deep.equal([]);
    expect(shadowText(frame, 'hrd-country-card')).to.contain('Côte d’Ivoire');
    const registry = frame.contentWindow!.customElements;
    for (const tag of ['hrd-map', 'hrd-country-card', 'hrd-model-law-checklist']) {
      expect(registry.get(tag), tag).to.be.a('function');
    }
  });

  it('fetches nothing besides the bundle', async () => {
    const frame = await openPage('/test/pages/bundle-es.html');
    const resources = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname);
    expect(resources.sort()).to.deep.equal([
      '/dist/hrd-widgets.js',
      '/test/pages/record-errors.js',
    ]);
  });

  it('keeps code, geometry and UI text within 90 KiB brotli', async () => {
    const bundle = await sizeOf('dist', 'hrd-widgets.js');
    const data = await sizeOf('data', 'hrd-instruments.json');
    // Estimate: the dataset compressed alone is subtracted from the bundle.
    expect(bundle.brotli - data.brotli).to.be.below(90 * 1024);
  });

  it('keeps the whole bundle within 240 KiB brotli', async () => {
    // NOTE: the dataset text in five languages is about 140 KiB brotli on
    // its own, so the whole bundle cannot meet a 90 KiB budget.
    const bundle = await sizeOf('dist', 'hrd-widgets.js');
    expect(bundle.brotli).to.be.below(240 * 1024);
  });
});
