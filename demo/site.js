// Shared behaviour of the demo pages: the language switcher and the
// translation of each page's own text. The language comes from `?lang=`
// and is set as `lang` (and `dir`) on <html>; every widget follows it.
import { STRINGS } from './strings.js';

export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt'];

/** Returns the page language, one of LANGUAGES. */
export function pageLanguage() {
  const lang = document.documentElement.lang;
  return LANGUAGES.includes(lang) ? lang : 'en';
}

/** Returns the demo text `key` in the page language, else in English. */
export function t(key) {
  return STRINGS[pageLanguage()][key] ?? STRINGS.en[key] ?? key;
}

/**
 * Replaces the content of `element` with `text`, showing the parts between
 * backticks as code. Builds DOM nodes, never HTML.
 */
export function setText(element, text) {
  const nodes = text.split('`').map((part, index) => {
    if (index % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
  element.replaceChildren(...nodes);
}

function translatePage() {
  for (const element of document.querySelectorAll('[data-i18n]')) {
    setText(element, t(element.dataset.i18n));
  }
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  }
}

/** Keeps the language when the reader follows a link to another demo page. */
function updateLinks(lang) {
  for (const link of document.querySelectorAll('a[data-keep-lang]')) {
    const url = new URL(link.getAttribute('href'), location.href);
    url.searchParams.set('lang', lang);
    link.href = `${url.pathname.split('/').pop()}${url.search}${url.hash}`;
  }
}

function applyLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  translatePage();
  updateLinks(lang);
  document.dispatchEvent(
    new CustomEvent('demo-language-change', { detail: { lang } }),
  );
}

const select = document.querySelector('#language');
const requested = new URLSearchParams(location.search).get('lang');
const initial = LANGUAGES.includes(requested) ? requested : 'en';
select.value = initial;
applyLanguage(initial);

select.addEventListener('change', () => {
  applyLanguage(select.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
