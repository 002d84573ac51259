// Overview page: the card and the checklist below the map show the country
// the reader selects on the map (`hrd-country-select`).
const map = document.querySelector('#map');
const card = document.querySelector('#selected-card');
const checklist = document.querySelector('#selected-checklist');

map.addEventListener('hrd-country-select', (event) => {
  const { country } = event.detail;
  if (!country) return;
  card.country = country;
  // A new country shows its main instrument, not the previous one's id.
  checklist.removeAttribute('instrument');
  checklist.country = country;
});
