// Small view helpers shared by the screens: labelled fields with their errors, problems, paging.
import { html, nothing, live } from './lib.js';
import { t, label, number } from './i18n.js';

/** What a form shows: per-field errors and one message, both from the last API problem. */
let forms = 0;

export class FormState {
  constructor(values = {}) {
    this.prefix = 'f' + ++forms;
    this.values = values;
    this.errors = {};
    this.message = null;
    this.done = null;
    this.busy = false;
  }

  fail(error) {
    this.errors = {};
    for (const e of error.fieldErrors || []) {
      if (e.field && !(e.field in this.errors)) this.errors[e.field] = e.message;
    }
    this.message = describe(error);
    this.done = null;
  }

  succeed(message) {
    this.errors = {};
    this.message = null;
    this.done = message;
  }

  /** Runs an action, keeping its problem for the view; answers its result or undefined. */
  async run(update, action) {
    this.busy = true;
    this.message = null;
    this.done = null;
    update();
    try {
      const result = await action();
      this.errors = {};
      return result;
    } catch (error) {
      this.fail(error);
      return undefined;
    } finally {
      this.busy = false;
      update();
      focusFirstInvalid();
    }
  }
}

/** A problem in words: the translation of its code when there is one, else the API's message. */
export function describe(error) {
  if (!error) return '';
  const known = t('error.' + error.code);
  if (known !== 'error.' + error.code) return known;
  return error.message || t('error.unknown');
}

export function focusFirstInvalid() {
  requestAnimationFrame(() => {
    const target = document.querySelector('[aria-invalid="true"]') || document.querySelector('[data-problem]');
    target?.focus();
  });
}

/**
 * A labelled input bound to form.values[name] (the error shown is form.errors[name], or errorKey's).
 * opts: id, type, required, options ([value, label] pairs, for a select), hint, min, max, step,
 * placeholder, rows (textarea), autocomplete, errorKey, onInput (after the value is kept).
 */
export function field(form, name, text, opts = {}) {
  const id = opts.id || `${form.prefix}-${name.replace(/[^\w-]/g, '_')}`;
  const error = form.errors[opts.errorKey || name];
  const value = form.values[name];
  const describedBy = [error ? id + '-error' : '', opts.hint ? id + '-hint' : ''].filter(Boolean).join(' ');
  const input = (e) => {
    form.values[name] = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
    opts.onInput?.(form.values[name]);
  };
  let control;
  if (opts.options) {
    control = html`<select id=${id} name=${name} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing} ?required=${opts.required} @change=${input}>
      ${opts.options.map(([v, l]) => html`<option value=${v} ?selected=${String(v) === String(value ?? '')}>${l}</option>`)}
    </select>`;
  } else if (opts.type === 'textarea') {
    control = html`<textarea id=${id} name=${name} rows=${opts.rows || 3} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing} ?required=${opts.required} @input=${input}
        .value=${live(value ?? '')}></textarea>`;
  } else if (opts.type === 'checkbox') {
    return html`<div class="field check">
      <input id=${id} name=${name} type="checkbox" .checked=${live(Boolean(value))} @change=${input}
          aria-describedby=${describedBy || nothing}>
      <label for=${id}>${text}</label>
      ${error ? html`<span class="error" id=${id + '-error'}>${error}</span>` : nothing}
    </div>`;
  } else {
    control = html`<input id=${id} name=${name} type=${opts.type || 'text'} .value=${live(value ?? '')}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
        ?required=${opts.required} min=${opts.min ?? nothing} max=${opts.max ?? nothing}
        step=${opts.step ?? nothing} placeholder=${opts.placeholder ?? nothing}
        autocomplete=${opts.autocomplete ?? nothing} @input=${input}>`;
  }
  return html`<div class="field">
    <label for=${id}>${text}</label>
    ${control}
    ${opts.hint ? html`<span class="hint" id=${id + '-hint'}>${opts.hint}</span>` : nothing}
    ${error ? html`<span class="error" id=${id + '-error'}>${text}: ${error}</span>` : nothing}
  </div>`;
}

/**
 * The form's problem where it happened: the message and, for fields not shown in the form (or a CSV's
 * lines), each error with the field named.
 */
export function problem(form, fieldLabels = {}) {
  if (form?.done) return html`<div class="alert ok" role="status">${form.done}</div>`;
  if (!form?.message) return nothing;
  const loose = Object.entries(form.errors).filter(([f]) => !(f in fieldLabels));
  return html`<div class="alert error" role="alert" tabindex="-1" data-problem>
    ${form.message}
    ${loose.length ? html`<ul>${loose.map(([f, m]) => html`<li>${f}: ${m}</li>`)}</ul>` : nothing}
  </div>`;
}

/** An error while loading a screen. */
export function loadError(error) {
  return html`<div class="alert error" role="alert">${describe(error)}</div>`;
}

const TONES = { paid: 'ok', delivered: 'ok', succeeded: 'ok', approved: 'ok', active: 'ok', in_stock: 'ok',
  shipped: 'ok', received: 'ok', pending: 'warn', processing: 'warn', partially_refunded: 'warn', low_stock: 'warn', open: 'warn',
  partially_shipped: 'warn', partially_returned: 'warn', requested: 'warn', returned: 'danger',
  cancelled: 'danger', failed: 'danger', refunded: 'danger', rejected: 'danger', out_of_stock: 'danger' };

/** Where a value's tone depends on what it is about: a refunded return is a return done. */
const GROUP_TONES = { return: { approved: 'warn', received: 'warn', refunded: 'ok' } };

/** A value as a coloured label: its translation in group, its tone (ok, warn, danger or none). */
export function badge(group, value) {
  const tone = GROUP_TONES[group]?.[value] ?? TONES[value] ?? '';
  return html`<span class="badge ${tone}">${label(group, value)}</span>`;
}


/** Previous/next links over a server page ({page, perPage, total, totalPages}). */
export function pager(pagination, hrefFor) {
  if (!pagination) return nothing;
  const { page, totalPages, total } = pagination;
  return html`<nav class="pager" aria-label=${t('pager.label')}>
    ${page > 1 ? html`<a class="button secondary" href=${hrefFor(page - 1)}>${t('pager.previous')}</a>` : nothing}
    <span>${t('pager.status', { page: number(page), pages: number(Math.max(totalPages, 1)), total: number(total) })}</span>
    ${page < totalPages ? html`<a class="button secondary" href=${hrefFor(page + 1)}>${t('pager.next')}</a>` : nothing}
  </nav>`;
}

/** A hash route with its query: route('#/orders', {status: 'paid'}). */
export function route(path, params = {}) {
  const kept = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return path + (kept.length ? '?' + new URLSearchParams(kept).toString() : '');
}

/** A submit handler that does not reload the page. */
export function onSubmit(handler) {
  return (event) => {
    event.preventDefault();
    handler(event);
  };
}

/** The non-empty values among names, trimmed; numbers where asked. */
export function compact(values, numeric = []) {
  const out = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') {
      const s = v.trim();
      if (s === '') continue;
      out[k] = numeric.includes(k) && !Number.isNaN(Number(s)) ? Number(s) : s;
    } else {
      out[k] = v;
    }
  }
  return out;
}

/**
 * A row of a form's list (a market's zone, a price list's price): field() over row's values, showing the
 * errors the API named "<key>[<index>].<field>" (or "<key>[<index>]" for the row as a whole, under '').
 */
export function rowForm(form, key, index, values) {
  const start = `${key}[${index}]`;
  const errors = {};
  for (const [name, message] of Object.entries(form.errors)) {
    if (name === start) errors[''] = message;
    else if (name.startsWith(start + '.')) errors[name.slice(start.length + 1)] = message;
  }
  const row = { prefix: `${form.prefix}-${key}-${index}`, values, errors };
  foldIndexed(row, Object.keys(values));
  return row;
}

/** Errors on "countries[2]" are also shown at the field "countries", where the list is typed. */
export function foldIndexed(form, names) {
  for (const [name, message] of Object.entries(form.errors)) {
    const base = name.replace(/\[\d+\]$/, '');
    if (base !== name && names.includes(base) && !(base in form.errors)) form.errors[base] = message;
  }
}

/** The labels map for problem(): every field shown, and any error under one of the listed keys. */
export function shownFields(form, names, lists = []) {
  const shown = Object.fromEntries(names.map((n) => [n, 1]));
  for (const name of Object.keys(form.errors)) {
    if (lists.some((l) => name.startsWith(l + '['))) shown[name] = 1;
  }
  return shown;
}

/** A list typed as "FR, MC" (commas, spaces or new lines), trimmed, empty entries left out. */
export function splitList(text) {
  return String(text ?? '').split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
}

/** datetime-local wants "YYYY-MM-DDTHH:mm" in local time; the API wants an instant. */
export function toLocalInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function toInstant(local) {
  return local ? new Date(local).toISOString() : undefined;
}
