// Creates the three elements and sets their properties while the tags are
// still undefined, then loads the bundle. `?bundle=iife` loads the classic
// script instead of the ES module.
(function () {
  const card = document.createElement('hrd-country-card');
  card.country = 'ML';
  card.variant = 'compact';

  const map = document.createElement('hrd-map');
  map.selected = 'CI';
  map.view = 'list';

  const checklist = document.createElement('hrd-model-law-checklist');
  checklist.compare = 'CI ML';

  // The first three get their properties before they are in the document,
  // the late checklist only after.
  document.addEventListener('DOMContentLoaded', () => {
    document.body.append(card, map);
    const late = document.createElement('hrd-model-law-checklist');
    document.body.append(late);
    late.country = 'BF';
    document.body.append(checklist);

    const iife = new URLSearchParams(location.search).get('bundle') === 'iife';
    const script = document.createElement('script');
    if (iife) {
      script.src = '/dist/hrd-widgets.iife.js';
    } else {
      script.type = 'module';
      script.src = '/dist/hrd-widgets.js';
    }
    document.head.append(script);
  });
})();
