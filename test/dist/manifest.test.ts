import { expect } from '@open-wc/testing';

interface Declaration {
  tagName?: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name?: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

/** Public attributes and events of each element, as the README lists them. */
const PUBLIC_API: Record<string, { attributes: string[]; events: string[] }> = {
  'hrd-map': {
    attributes: ['src', 'lang', 'selected', 'region', 'view', 'no-panel'],
    events: ['hrd-country-select', 'hrd-data-load', 'hrd-data-error'],
  },
  'hrd-country-card': {
    attributes: ['src', 'lang', 'country', 'variant'],
    events: ['hrd-data-load', 'hrd-data-error'],
  },
  'hrd-model-law-checklist': {
    attributes: ['src', 'lang', 'country', 'instrument', 'compare'],
    events: ['change', 'hrd-data-load', 'hrd-data-error'],
  },
};

async function declarations(): Promise<Map<string, Declaration>> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const found = new Map<string, Declaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) found.set(declaration.tagName, declaration);
    }
  }
  return found;
}

describe('custom-elements.json', () => {
  for (const [tag, api] of Object.entries(PUBLIC_API)) {
    it(`lists the public API of <${tag}>`, async () => {
      const declaration = (await declarations()).get(tag);
      expect(declaration, tag).to.exist;
      const attributes = declaration!.attributes!.map((a) => a.name);
      for (const name of api.attributes) {
        expect(attributes, `${tag} attribute ${name}`).to.include(name);
      }
      const events = declaration!.events!.map((e) => e.name);
      for (const name of api.events) {
        expect(events, `${tag} event ${name}`).to.include(name);
      }
      expect(declaration!.cssParts!.length).to.be.greaterThan(3);
      expect(declaration!.cssProperties!.length).to.be.greaterThan(3);
    });
  }

  it('names every event', async () => {
    for (const [tag, declaration] of await declarations()) {
      for (const event of declaration.events ?? []) {
        expect(event.name, `${tag} has an unnamed event`).to.be.a('string');
      }
    }
  });
});
