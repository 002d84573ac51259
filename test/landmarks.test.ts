import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/hrd-country-card/define.js';
import '../src/components/hrd-map/define.js';
import '../src/components/hrd-model-law-checklist/define.js';

const WIDGETS = 'hrd-country-card, hrd-model-law-checklist, hrd-map';

/** Shadow roots of the widgets in `root`, including widgets nested in them. */
function widgetRoots(root: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const widget of root.querySelectorAll(WIDGETS)) {
    const shadow = widget.shadowRoot;
    if (!shadow) continue;
    roots.push(shadow, ...widgetRoots(shadow));
  }
  return roots;
}

/** True once `widget` shows its dataset rather than a loading state. */
function rendered(widget: Element): boolean {
  const shadow = widget.shadowRoot;
  if (!shadow) return false;
  return !shadow.querySelector('.loading, .skeleton, [aria-busy="true"]');
}

/** Headers and footers of `shadow` that no sectioning element in it scopes. */
function unscoped(shadow: ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of shadow.querySelectorAll('header, footer')) {
    const section = node.parentElement?.closest(
      'article, section, aside, nav, main',
    );
    if (!section) {
      const host = shadow.host.localName;
      found.push(`<${node.localName}> in <${host}>`);
    }
  }
  return found;
}

describe('widget landmarks', () => {
  it('add no page-level banners', async () => {
    // No <main> around the widgets: it would scope their headers and
    // footers by itself, and embedding pages often have none.
    const container = await fixture<HTMLDivElement>(html`<div>
      <header><p>Page header</p></header>
      <div>
        <h1>Defender laws</h1>
        <hrd-country-card country="CI"></hrd-country-card>
        <hrd-country-card country="ML" variant="compact"></hrd-country-card>
        <hrd-model-law-checklist country="BF"></hrd-model-law-checklist>
        <hrd-model-law-checklist compare="CI ML"></hrd-model-law-checklist>
        <hrd-model-law-checklist persist="none"></hrd-model-law-checklist>
        <hrd-map view="list" region="africa" selected="CI"></hrd-map>
      </div>
      <footer><p>Page footer</p></footer>
    </div>`);
    const widgets = () => [
      ...container.querySelectorAll(WIDGETS),
      ...widgetRoots(container).flatMap((shadow) => [
        ...shadow.querySelectorAll(WIDGETS),
      ]),
    ];
    await waitUntil(
      () => widgets().length === 7 && widgets().every(rendered),
      'the widgets did not render their dataset',
      { timeout: 5000 },
    );
    for (const widget of widgets()) {
      await (widget as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
    }

    const roots = widgetRoots(container);
    const headers = roots.flatMap((shadow) => [
      ...shadow.querySelectorAll('header'),
    ]);
    const footers = roots.flatMap((shadow) => [
      ...shadow.querySelectorAll('footer'),
    ]);
    expect(headers.length, 'headers in widgets').to.be.greaterThan(3);
    expect(footers.length, 'footers in widgets').to.be.greaterThan(0);
    expect(roots.flatMap(unscoped)).to.deep.equal([]);
    // The map has no header or footer of its own, so its root stays a div.
    for (const shadow of roots) {
      const host = shadow.host.localName;
      if (host === 'hrd-map') continue;
      const base = shadow.querySelector('[part="base"]')!;
      expect(base.localName, host).to.equal('article');
      const titleId = base.getAttribute('aria-labelledby')!;
      const title = shadow.getElementById(titleId);
      expect(title?.textContent?.trim(), `name of ${host}`).to.not.be.empty;
    }
    await expect(container).to.be.accessible();
  });
});
