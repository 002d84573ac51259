// Language switcher of the demo: sets `lang` (and the page direction) on
// <html>; every widget follows the nearest `lang`.
const select = document.querySelector('#language');
const initial = new URLSearchParams(location.search).get('lang');
if (initial) select.value = initial;

function apply(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

apply(select.value);
select.addEventListener('change', () => {
  apply(select.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
