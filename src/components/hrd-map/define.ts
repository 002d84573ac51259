/** Registers `<hrd-map>`, unless the page already has the tag. */
import { HrdMap } from './hrd-map.js';

export const tagName = 'hrd-map';

if (!customElements.get(tagName)) {
  customElements.define(tagName, HrdMap);
}

declare global {
  interface HTMLElementTagNameMap {
    'hrd-map': HrdMap;
  }
}

export { HrdMap };
