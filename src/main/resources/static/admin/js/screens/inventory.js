// Inventory: stock levels (low-stock filter, server paging), adjustments with a reason, a SKU's ledger,
// CSV export and an all-or-nothing CSV import that shows the refused file's errors line by line.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, number, dateTime, label } from '../i18n.js';
import { FormState, field, problem, badge, pager, route, onSubmit, compact, describe } from '../ui.js';

const REASONS = ['adjustment', 'restock', 'return'];

export class Inventory {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.inventory';
    this.query = query;
    this.filters = new FormState({ q: query.q ?? '', lowStock: query.lowStock === 'true' });
    this.csv = new FormState();
  }

  async load() {
    const { q, lowStock } = this.filters.values;
    this.page = await api('/api/admin/inventory', { params: { q, lowStock: lowStock || undefined, page: this.query.page, limit: 25 } });
    this.loaded = true;
  }

  search() {
    const { q, lowStock } = this.filters.values;
    location.hash = route('#/inventory', { q: q?.trim(), lowStock: lowStock ? 'true' : '' });
  }

  async exportCsv() {
    const response = await this.csv.run(() => this.app.update(), () => api('/api/admin/inventory/export', { raw: true, headers: { Accept: 'text/csv' } }));
    if (!response) return;
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: 'inventory.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  async importCsv(event) {
    const file = event.target.querySelector('input[type=file]').files[0];
    this.csvLines = null;
    if (!file) {
      this.csv.errors = { file: t('inventory.chooseFile') };
      this.csv.message = t('inventory.chooseFile');
      this.app.update();
      return;
    }
    const body = new FormData();
    body.append('file', file);
    try {
      this.csv.busy = true;
      this.app.update();
      const summary = await api('/api/admin/inventory/import', { method: 'POST', body });
      this.csv.succeed(t('inventory.imported', { updated: number(summary.updated), unchanged: number(summary.unchanged) }));
      await this.load();
    } catch (error) {
      this.csv.fail(error);
      // a refused file: its errors carry the line they were found on
      this.csvLines = (error.fieldErrors || []).filter((e) => e.line !== undefined);
      this.csv.errors = {};
      if (this.csvLines.length) this.csv.message = t('inventory.csvRefused', { n: number(this.csvLines.length), count: this.csvLines.length });
    } finally {
      this.csv.busy = false;
      this.app.update();
      document.querySelector('[data-problem]')?.focus();
    }
  }

  view() {
    const f = this.filters;
    return html`<h1 tabindex="-1">${t('nav.inventory')}</h1>
      <form class="filters" role="search" @submit=${onSubmit(() => this.search())}>
        ${field(f, 'q', t('inventory.search'), { type: 'search' })}
        ${field(f, 'lowStock', t('inventory.lowOnly'), { type: 'checkbox' })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      <div class="table-wrap"><table data-test="stock">
        <thead><tr><th>${t('inventory.sku')}</th><th>${t('inventory.name')}</th><th class="num">${t('inventory.stock')}</th><th>${t('inventory.status')}</th></tr></thead>
        <tbody>${this.page.data.map((s) => html`<tr>
          <td><a href=${'#/inventory/' + encodeURIComponent(s.sku)}>${s.sku}</a></td><td>${s.name}${s.active ? nothing : html` <span class="muted">(${t('products.inactive')})</span>`}</td>
          <td class="num">${number(s.stock)}</td><td>${badge('stock', s.stockStatus)}</td></tr>`)}</tbody>
      </table></div>
      ${pager(this.page.pagination, (p) => route('#/inventory', { q: f.values.q, lowStock: f.values.lowStock ? 'true' : '', page: p }))}
      <section class="panel" aria-labelledby="csv-h">
        <h2 id="csv-h">${t('inventory.csv')}</h2>
        <p class="muted">${t('inventory.csvHelp')}</p>
        ${problem(this.csv, {})}
        ${this.csvLines?.length ? html`<div class="table-wrap"><table data-test="csv-errors"><caption>${t('inventory.csvErrors')}</caption>
          <thead><tr><th class="num">${t('inventory.line')}</th><th>${t('inventory.column')}</th><th>${t('inventory.problem')}</th></tr></thead>
          <tbody>${this.csvLines.map((e) => html`<tr><td class="num">${e.line}</td><td>${e.field}</td><td>${e.message}</td></tr>`)}</tbody></table></div>` : nothing}
        <form class="filters" @submit=${onSubmit((e) => this.importCsv(e))}>
          <div class="field"><label for="csv-file">${t('inventory.file')}</label>
            <input id="csv-file" type="file" accept=".csv,text/csv" aria-invalid=${this.csv.errors.file ? 'true' : 'false'}></div>
          <div class="field"><button type="submit" ?disabled=${this.csv.busy}>${t('inventory.import')}</button></div>
          <div class="field"><button type="button" class="secondary" @click=${() => this.exportCsv()}>${t('inventory.export')}</button></div>
        </form>
      </section>`;
  }
}

/** One SKU: its stock, an adjustment form and its movements ledger. */
export class Ledger {
  constructor(app, { id, query }) {
    this.app = app;
    this.sku = id;
    this.query = query;
    this.title = 'inventory.ledger';
    this.form = new FormState({ delta: '', reason: 'adjustment', note: '' });
  }

  async load() {
    const [levels, moves] = await Promise.all([
      api('/api/admin/inventory', { params: { q: this.sku, limit: 100 } }),
      api('/api/admin/inventory/movements', { params: { sku: this.sku, page: this.query.page, limit: 20 } }),
    ]);
    this.level = levels.data.find((s) => s.sku === this.sku);
    this.moves = moves;
    this.loaded = true;
  }

  async adjust() {
    const v = this.form.values;
    const body = { sku: this.sku, ...compact({ delta: v.delta, reason: v.reason, note: v.note }, ['delta']) };
    const movement = await this.form.run(() => this.app.update(), () => api('/api/admin/inventory/adjustments', { method: 'POST', body }));
    if (movement) {
      this.form = new FormState({ delta: '', reason: v.reason, note: '' });
      this.form.succeed(t('inventory.adjusted', { stock: number(movement.stockAfter) }));
      await this.load();
      this.app.update();
    }
  }

  view() {
    const f = this.form;
    return html`<p><a href="#/inventory">← ${t('nav.inventory')}</a></p>
      <h1 tabindex="-1">${t('inventory.ledger')} ${this.sku}</h1>
      ${this.level ? html`<p>${this.level.name} · ${t('inventory.stock')}: <strong data-test="stock-now">${number(this.level.stock)}</strong> ${badge('stock', this.level.stockStatus)}</p>`
        : html`<div class="alert error" role="alert">${describe({ code: 'not_found' })}</div>`}
      <section class="panel" aria-labelledby="adjust-h">
        <h2 id="adjust-h">${t('inventory.adjust')}</h2>
        ${problem(f, { delta: 1, reason: 1, note: 1 })}
        <form @submit=${onSubmit(() => this.adjust())} novalidate>
          <div class="row">
            ${field(f, 'delta', t('inventory.delta'), { type: 'number', step: '1', required: true, hint: t('inventory.deltaHint') })}
            ${field(f, 'reason', t('inventory.reason'), { options: REASONS.map((r) => [r, label('reason', r)]), required: true })}
            ${field(f, 'note', t('inventory.note'))}
          </div>
          <button type="submit" ?disabled=${f.busy}>${t('inventory.adjustSubmit')}</button>
        </form>
      </section>
      <h2>${t('inventory.movements')}</h2>
      ${this.moves.data.length === 0 ? html`<p class="muted">${t('inventory.noMovements')}</p>` : html`
      <div class="table-wrap"><table data-test="ledger"><thead><tr><th>${t('orders.date')}</th><th>${t('inventory.reason')}</th><th class="num">${t('inventory.delta')}</th>
        <th class="num">${t('inventory.after')}</th><th>${t('inventory.actor')}</th><th>${t('inventory.note')}</th></tr></thead>
      <tbody>${this.moves.data.map((m) => html`<tr><td>${dateTime(m.at)}</td><td>${label('reason', m.reason)}</td>
        <td class="num">${m.delta > 0 ? '+' : ''}${number(m.delta)}</td><td class="num">${number(m.stockAfter)}</td>
        <td>${m.orderId && this.app.can('orders:manage') ? html`<a href=${'#/orders/' + m.orderId}>${t('orders.title')}</a>` : m.actor ?? ''}</td><td>${m.note ?? ''}</td></tr>`)}</tbody></table></div>
      ${pager(this.moves.pagination, (p) => route('#/inventory/' + encodeURIComponent(this.sku), { page: p }))}`}`;
  }
}
