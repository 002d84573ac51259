import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';

/** Collects every visible button in a shadow root and the roots nested in it. */
function visibleButtons(root: ShadowRoot): HTMLButtonElement[] {
  const found: HTMLButtonElement[] = [];
  for (const node of root.querySelectorAll<HTMLElement>('*')) {
    if (node.shadowRoot) found.push(...visibleButtons(node.shadowRoot));
    if (node instanceof HTMLButtonElement && node.getClientRects().length > 0) {
      found.push(node);
    }
  }
  return found;
}

describe('print output', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it("hides the card's copy button", async () => {
    const card = await fixture<HTMLElement>(
      html`<hrd-country-card country="CI"></hrd-country-card>`,
    );
    expect(visibleButtons(card.shadowRoot!).length).to.be.greaterThan(0);
    await emulateMedia({ media: 'print' });
    const visible = visibleButtons(card.shadowRoot!).map((b) => b.textContent);
    expect(visible).to.deep.equal([]);
  });

  it("hides the map panel card's buttons", async () => {
    const map = await fixture<HTMLElement>(html`<hrd-map selected="CI"></hrd-map>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await emulateMedia({ media: 'print' });
    const card = map.shadowRoot!.querySelector('hrd-country-card')!;
    expect(card).to.exist;
    expect(visibleButtons(card.shadowRoot!).map((b) => b.textContent)).to.deep.equal([]);
  });
});
