// A product's or a category's texts per language: one tab per language the markets sell in, each saved
// with PUT .../translations/{locale} and removable (that language then falls back to the market's default
// language, then to the own texts).
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, languageName } from '../i18n.js';
import { FormState, field, problem, onSubmit, compact } from '../ui.js';

/** The languages of every market, the default market's first; for each, the markets speaking it. */
export function marketLocales(markets) {
  const locales = new Map();
  for (const m of [...markets].sort((a, b) => Number(b.isDefault) - Number(a.isDefault))) {
    for (const l of m.locales) locales.set(l, [...(locales.get(l) || []), m.name]);
  }
  return [...locales.entries()].map(([locale, names]) => ({ locale, markets: names }));
}

export class Translations {
  /**
   * path: the entity's admin path (/api/admin/products/<id>); fields: [name, labelKey, opts] of the texts
   * it has; stored: its translations as read; locales: marketLocales(...); selected: the language shown first.
   */
  constructor(app, { path, fields, stored, locales, selected }) {
    this.app = app;
    this.path = path;
    this.fields = fields;
    this.locales = locales;
    this.stored = new Map((stored || []).map((tr) => [tr.locale, tr]));
    const kept = locales.some((l) => l.locale === selected) ? selected : locales[0]?.locale;
    this.select(kept, false);
  }

  select(locale, update = true) {
    this.locale = locale;
    const tr = this.stored.get(locale) || {};
    this.form = new FormState(Object.fromEntries(this.fields.map(([name]) => [name, tr[name] ?? ''])));
    if (update) this.app.update();
  }

  async save() {
    const locale = this.locale;
    const saved = await this.form.run(() => this.app.update(),
      () => api(`${this.path}/translations/${encodeURIComponent(locale)}`, { method: 'PUT', body: compact(this.form.values) }));
    if (saved) {
      this.stored.set(locale, saved);
      this.form.succeed(t('translations.saved', { language: languageName(locale) }));
      this.app.update();
    }
  }

  async remove() {
    const locale = this.locale;
    if (!confirm(t('translations.confirmRemove', { language: languageName(locale) }))) return;
    const done = await this.form.run(() => this.app.update(),
      () => api(`${this.path}/translations/${encodeURIComponent(locale)}`, { method: 'DELETE' }));
    if (done !== undefined) {
      this.stored.delete(locale);
      this.select(locale, false);
      this.form.succeed(t('translations.removed', { language: languageName(locale) }));
      this.app.update();
    }
  }

  view() {
    if (!this.locales.length) return nothing;
    const f = this.form;
    const current = this.locales.find((l) => l.locale === this.locale);
    return html`<section class="panel" aria-labelledby="translations-h" data-test="translations">
      <h2 id="translations-h">${t('translations.title')}</h2>
      <p class="hint muted">${t('translations.hint')}</p>
      <div class="actions tabs" role="group" aria-label=${t('translations.languages')}>
        ${this.locales.map(({ locale }) => html`<button type="button" class=${locale === this.locale ? '' : 'secondary'}
          aria-pressed=${locale === this.locale ? 'true' : 'false'} data-locale=${locale} @click=${() => this.select(locale)}>
          ${languageName(locale)}${this.stored.has(locale) ? ' ✓' : ''}</button>`)}
      </div>
      <p class="muted">${t('translations.markets', { markets: current.markets.join(', ') })}
        ${this.stored.has(this.locale) ? nothing : html` · ${t('translations.none')}`}</p>
      ${problem(f, Object.fromEntries(this.fields.map(([name]) => [name, 1])))}
      <form @submit=${onSubmit(() => this.save())} novalidate lang=${this.locale} data-test="translation-form">
        ${this.fields.map(([name, key, opts]) => field(f, name, t(key), opts || {}))}
        <div class="actions">
          <button type="submit" ?disabled=${f.busy}>${t('translations.save', { language: languageName(this.locale) })}</button>
          ${this.stored.has(this.locale) ? html`<button type="button" class="danger" ?disabled=${f.busy} @click=${() => this.remove()}>${t('translations.remove')}</button>` : nothing}
        </div>
      </form>
    </section>`;
  }
}
