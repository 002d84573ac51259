/** Registers `<hrd-country-card>`, unless the page already has the tag. */
import { HrdCountryCard } from './hrd-country-card.js';

export const tagName = 'hrd-country-card';

if (!customElements.get(tagName)) {
  customElements.define(tagName, HrdCountryCard);
}

declare global {
  interface HTMLElementTagNameMap {
    'hrd-country-card': HrdCountryCard;
  }
}

export { HrdCountryCard };
