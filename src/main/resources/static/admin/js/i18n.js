// Language, numbers, money and dates for the reader's locale (French or English).
import { messages } from './messages.js';

const STORAGE_KEY = 'comptoir.admin.lang';
export const LANGUAGES = ['en', 'fr'];

function preferred() {
  const chosen = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(chosen)) return chosen;
  for (const tag of navigator.languages || [navigator.language]) {
    const lang = String(tag).slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(lang)) return lang;
  }
  return 'en';
}

let lang = preferred();
// the browser's own tag when it is of the chosen language (fr-CA, en-GB...), for number and date formats
let locale = localeFor(lang);
document.documentElement.lang = lang;

function localeFor(language) {
  const tag = (navigator.languages || []).find((l) => l.toLowerCase().startsWith(language));
  return tag || (language === 'fr' ? 'fr-FR' : 'en-US');
}

export function language() {
  return lang;
}

export function setLanguage(next) {
  if (!LANGUAGES.includes(next)) return;
  lang = next;
  locale = localeFor(next);
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

/**
 * The message for key, with {name} placeholders filled; English when French lacks it, else the key.
 * params.count picks "key.one" for one when there is such a message.
 */
export function t(key, params = {}) {
  const singular = params.count === 1 && (key + '.one') in messages.en ? key + '.one' : key;
  const text = messages[lang][singular] ?? messages.en[singular] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? ''));
}

/** A label for an API value (status, reason...), or the value itself. */
export function label(group, value) {
  if (value === null || value === undefined) return '';
  const key = `${group}.${value}`;
  return messages[lang][key] ?? messages.en[key] ?? String(value);
}

export function money(amount, currency = 'EUR') {
  if (amount === null || amount === undefined || amount === '') return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
}

/** A language's name in the reader's language (ja: Japanese, japonais), or its code. */
export function languageName(code) {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

/** The currency's number of decimals (JPY 0, EUR 2), as Intl knows it. */
export function decimals(currency) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
}

/** The step of an amount input in that currency: 1 for JPY, 0.01 for EUR. */
export function step(currency) {
  return currency ? String(10 ** -decimals(currency)) : '0.01';
}

export function number(value) {
  return new Intl.NumberFormat(locale).format(Number(value));
}

export function dateTime(iso) {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function date(isoDate) {
  if (!isoDate) return '—';
  // a calendar date (2026-12-01) is read as that day, not as UTC midnight shifted by the zone
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}

export function shortDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(new Date(y, m - 1, d));
}

export function timeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Today in the reader's time zone as an ISO date, minus days. */
export function isoDay(daysAgo = 0) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
