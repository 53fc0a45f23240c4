// An entity's metadata (ADR 0013) as key/value rows: public ones (shown to storefronts) and private ones
// (staff only). Saved with PATCH <path>/metadata: changed rows are sent, a removed row as null.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { FormState, problem, onSubmit } from '../ui.js';

const FIELDS = ['metadata', 'privateMetadata'];

/** A value as typed: a string as it is (quoted when it would read as another JSON value), the rest as JSON. */
function shown(value) {
  if (typeof value !== 'string') return JSON.stringify(value);
  try {
    JSON.parse(value);
    return JSON.stringify(value);
  } catch {
    return value;
  }
}

/** What was typed: JSON when it is (42, true, {"w": 3}, "42"), else the text itself. */
function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export class MetadataEditor {
  /** path: the entity's admin path (/api/admin/orders/<id>); stored: {metadata, privateMetadata} as read. */
  constructor(app, { path, stored, readOnly = false }) {
    this.app = app;
    this.path = path;
    this.readOnly = readOnly;
    this.form = new FormState();
    this.keep(stored);
  }

  keep(stored) {
    this.stored = Object.fromEntries(FIELDS.map((f) => [f, stored?.[f] || {}]));
    this.rows = Object.fromEntries(FIELDS.map((f) => [f,
      Object.entries(this.stored[f]).map(([key, value]) => ({ key, value: shown(value) }))]));
  }

  /** The merge patch: each new or changed row's key with its value, each stored key no row holds any more as null. */
  patch() {
    const body = {};
    for (const f of FIELDS) {
      const changes = {};
      const kept = this.rows[f].filter((r) => r.key.trim() !== '');
      // unchanged rows are not sent: a colleague's concurrent change of another key survives, and of this one too
      for (const r of kept) {
        const k = r.key.trim();
        if (!(k in this.stored[f]) || shown(this.stored[f][k]) !== r.value) changes[k] = parsed(r.value);
      }
      for (const key of Object.keys(this.stored[f])) {
        if (!kept.some((r) => r.key.trim() === key)) changes[key] = null;
      }
      body[f] = changes;
    }
    return body;
  }

  add(f) {
    this.rows[f].push({ key: '', value: '' });
    this.app.update();
  }

  remove(f, index) {
    this.rows[f].splice(index, 1);
    this.app.update();
  }

  async save() {
    const saved = await this.form.run(() => this.app.update(),
      () => api(`${this.path}/metadata`, { method: 'PATCH', body: this.patch() }));
    if (saved) {
      this.keep(saved);
      this.form.succeed(t('metadata.saved'));
      this.app.update();
    }
  }

  view() {
    return html`<section class="panel" aria-labelledby="metadata-h" data-test="metadata-editor">
      <h2 id="metadata-h">${t('metadata.title')}</h2>
      ${problem(this.form)}
      <form @submit=${onSubmit(() => this.save())} novalidate>
        ${FIELDS.map((f) => this.rowsView(f))}
        ${this.readOnly ? nothing : html`<div class="actions"><button type="submit" ?disabled=${this.form.busy}>${t('metadata.save')}</button></div>`}
      </form>
    </section>`;
  }

  rowsView(f) {
    const rows = this.rows[f];
    const key = (r) => (e) => { r.key = e.target.value; };
    const value = (r) => (e) => { r.value = e.target.value; };
    return html`<fieldset data-test=${f}><legend>${t('metadata.' + f)}</legend>
      <p class="hint">${t('metadata.' + f + 'Hint')}</p>
      ${rows.length === 0 ? html`<p class="muted">${t('metadata.none')}</p>` : html`
      <div class="table-wrap"><table><thead><tr><th>${t('metadata.key')}</th><th>${t('metadata.value')}</th>${this.readOnly ? nothing : html`<th></th>`}</tr></thead>
      <tbody>${rows.map((r, i) => this.readOnly ? html`<tr data-key=${r.key}><td><code>${r.key}</code></td><td><code>${r.value}</code></td></tr>` : html`<tr data-key=${r.key}>
        <td><input aria-label=${t('metadata.key')} data-test="key" maxlength="64" .value=${r.key} @input=${key(r)}></td>
        <td><input aria-label=${t('metadata.value')} data-test="value" .value=${r.value} @input=${value(r)}></td>
        <td><button type="button" class="secondary" @click=${() => this.remove(f, i)}>${t('remove')}</button></td></tr>`)}</tbody></table></div>`}
      ${this.readOnly ? nothing : html`<button type="button" class="secondary" data-test="add" @click=${() => this.add(f)}>${t('metadata.add')}</button>`}
    </fieldset>`;
  }
}
