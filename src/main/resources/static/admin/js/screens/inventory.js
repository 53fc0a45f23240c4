// Inventory: stock levels (low-stock and location filters, server paging), a SKU's levels per location,
// adjustments at a location with a reason, transfers between locations, the SKU's ledger, CSV export and an
// all-or-nothing CSV import that shows the refused file's errors line by line.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, number, dateTime, label } from '../i18n.js';
import { FormState, field, problem, badge, pager, route, onSubmit, compact, describe } from '../ui.js';
import { locationChoices } from './locations.js';

const REASONS = ['adjustment', 'restock', 'return'];
/** Every reason the ledger writes (ADR 0012), for its filter. */
const LEDGER_REASONS = ['restock', 'adjustment', 'reservation', 'cancellation', 'sale', 'transfer', 'return', 'write_off'];

/** A level's figures at one location when the list is filtered by it, else over every location. */
function figures(s, location) {
  const here = location && s.locations?.find((l) => l.location === location);
  if (here) return here;
  return { onHand: s.onHand ?? s.stock, reserved: s.reserved ?? 0, available: s.available ?? s.stock };
}

function signed(n) {
  return (n > 0 ? '+' : '') + number(n);
}

export class Inventory {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.inventory';
    this.query = query;
    this.filters = new FormState({ q: query.q ?? '', lowStock: query.lowStock === 'true', location: query.location ?? '' });
    this.csv = new FormState();
  }

  async load() {
    const { q, lowStock, location } = this.filters.values;
    [this.page, this.locations] = await Promise.all([
      api('/api/admin/inventory', { params: { q, lowStock: lowStock || undefined, location, page: this.query.page, limit: 25 } }),
      locationChoices(this.app),
    ]);
    this.loaded = true;
  }

  params() {
    const { q, lowStock, location } = this.filters.values;
    return { q: q?.trim(), lowStock: lowStock ? 'true' : '', location };
  }

  search() {
    location.hash = route('#/inventory', this.params());
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
        ${field(f, 'location', t('inventory.location'), { options: [['', t('filter.any')], ...this.locations] })}
        ${field(f, 'lowStock', t('inventory.lowOnly'), { type: 'checkbox' })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      <div class="table-wrap"><table data-test="stock">
        <thead><tr><th>${t('inventory.sku')}</th><th>${t('inventory.name')}</th><th class="num">${t('inventory.onHand')}</th>
          <th class="num">${t('inventory.reserved')}</th><th class="num">${t('inventory.available')}</th><th class="num">${t('inventory.stock')}</th><th>${t('inventory.status')}</th></tr></thead>
        <tbody>${this.page.data.map((s) => {
          const n = figures(s, f.values.location);
          return html`<tr data-sku=${s.sku}>
          <td><a href=${'#/inventory/' + encodeURIComponent(s.sku)}>${s.sku}</a></td><td>${s.name}${s.active ? nothing : html` <span class="muted">(${t('products.inactive')})</span>`}</td>
          <td class="num">${number(n.onHand)}</td><td class="num">${number(n.reserved)}</td><td class="num">${number(n.available)}</td>
          <td class="num">${number(s.stock)}</td><td>${badge('stock', s.stockStatus)}</td></tr>`;
        })}</tbody>
      </table></div>
      <p class="hint muted">${t('inventory.stockHint')}</p>
      ${pager(this.page.pagination, (p) => route('#/inventory', { ...this.params(), page: p }))}
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

/** One SKU: its levels per location, adjustment and transfer forms, and its movements ledger. */
export class Ledger {
  constructor(app, { id, query }) {
    this.app = app;
    this.sku = id;
    this.query = query;
    this.title = 'inventory.ledger';
    this.form = new FormState({ delta: '', reason: 'adjustment', location: 'main', note: '' });
    this.transfer = new FormState({ from: 'main', to: '', quantity: '', note: '' });
    this.filters = new FormState({ location: query.location ?? '', reason: query.reason ?? '' });
  }

  async load() {
    const { location, reason } = this.filters.values;
    const [levels, moves, locations] = await Promise.all([
      api('/api/admin/inventory', { params: { q: this.sku, sku: this.sku, limit: 100 } }),
      api('/api/admin/inventory/movements', { params: { sku: this.sku, location, reason, page: this.query.page, limit: 20 } }),
      this.locations ?? locationChoices(this.app),
    ]);
    this.level = levels.data.find((s) => s.sku === this.sku);
    this.moves = moves;
    this.locations = locations;
    this.suggestTransfer();
    this.loaded = true;
  }

  /** Until staff pick, a transfer goes from where most is available to the first other location. */
  suggestTransfer() {
    const v = this.transfer.values;
    if (this.transfer.picked) return;
    const richest = [...(this.level?.locations || [])].sort((a, b) => b.available - a.available)[0];
    if (richest) v.from = richest.location;
    v.to = this.locations.find(([code]) => code !== v.from)?.[0] ?? '';
  }

  async adjust() {
    const v = this.form.values;
    const body = { sku: this.sku, ...compact({ delta: v.delta, reason: v.reason, location: v.location, note: v.note }, ['delta']) };
    const movement = await this.form.run(() => this.app.update(), () => api('/api/admin/inventory/adjustments', { method: 'POST', body }));
    if (movement) {
      this.form = new FormState({ delta: '', reason: v.reason, location: v.location, note: '' });
      this.form.succeed(t('inventory.adjusted', { stock: number(movement.stockAfter) }));
      await this.load();
      this.app.update();
    }
  }

  async move() {
    const v = this.transfer.values;
    const body = { sku: this.sku, ...compact({ from: v.from, to: v.to, quantity: v.quantity, note: v.note }, ['quantity']) };
    const done = await this.transfer.run(() => this.app.update(), () => api('/api/admin/inventory/transfers', { method: 'POST', body }));
    if (done) {
      this.transfer = Object.assign(new FormState({ from: v.from, to: v.to, quantity: '', note: '' }), { picked: true });
      this.transfer.succeed(t('inventory.transferred', { quantity: number(done.quantity), from: done.from, to: done.to }));
      this.transferred = done.movements || [];
      await this.load();
      this.app.update();
    }
  }

  filter() {
    location.hash = route('#/inventory/' + encodeURIComponent(this.sku), compact(this.filters.values));
  }

  view() {
    const f = this.form;
    const l = this.level;
    return html`<p><a href="#/inventory">← ${t('nav.inventory')}</a></p>
      <h1 tabindex="-1">${t('inventory.ledger')} ${this.sku}</h1>
      ${l ? html`<p>${l.name} · ${t('inventory.stock')}: <strong data-test="stock-now">${number(l.stock)}</strong> ${badge('stock', l.stockStatus)}</p>
        ${this.levelsView(l)}`
        : html`<div class="alert error" role="alert">${describe({ code: 'not_found' })}</div>`}
      <div class="row">
        <section class="panel" aria-labelledby="adjust-h">
          <h2 id="adjust-h">${t('inventory.adjust')}</h2>
          ${problem(f, { delta: 1, reason: 1, location: 1, note: 1 })}
          <form @submit=${onSubmit(() => this.adjust())} novalidate data-test="adjust-form">
            <div class="row">
              ${field(f, 'delta', t('inventory.delta'), { type: 'number', step: '1', required: true, hint: t('inventory.deltaHint') })}
              ${field(f, 'reason', t('inventory.reason'), { options: REASONS.map((r) => [r, label('reason', r)]), required: true })}
            </div>
            <div class="row">
              ${field(f, 'location', t('inventory.location'), { options: this.locations, required: true })}
              ${field(f, 'note', t('inventory.note'))}
            </div>
            <button type="submit" ?disabled=${f.busy}>${t('inventory.adjustSubmit')}</button>
          </form>
        </section>
        ${this.transferView()}
      </div>
      ${this.transfer.done && this.transferred?.length ? html`<section class="panel" aria-labelledby="transferred-h">
        <h2 id="transferred-h">${t('inventory.transferLines')}</h2>
        ${movementsTable(this.transferred, this.app, 'transfer-lines')}</section>` : nothing}
      <h2>${t('inventory.movements')}</h2>
      <form class="filters" role="search" @submit=${onSubmit(() => this.filter())} data-test="ledger-filters">
        ${field(this.filters, 'location', t('inventory.location'), { options: [['', t('filter.any')], ...this.locations] })}
        ${field(this.filters, 'reason', t('inventory.reason'), { options: [['', t('filter.any')], ...LEDGER_REASONS.map((r) => [r, label('reason', r)])] })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${this.moves.data.length === 0 ? html`<p class="muted">${t('inventory.noMovements')}</p>` : html`
      ${movementsTable(this.moves.data, this.app, 'ledger')}
      ${pager(this.moves.pagination, (p) => route('#/inventory/' + encodeURIComponent(this.sku), { ...compact(this.filters.values), page: p }))}`}`;
  }

  levelsView(l) {
    const rows = l.locations || [];
    if (rows.length === 0) return nothing;
    const name = new Map(this.locations);
    return html`<h2 id="levels-h">${t('inventory.levels')}</h2>
    <div class="table-wrap levels"><table data-test="levels" aria-labelledby="levels-h">
      <thead><tr><th>${t('inventory.location')}</th><th class="num">${t('inventory.onHand')}</th><th class="num">${t('inventory.reserved')}</th>
        <th class="num">${t('inventory.available')}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr data-location=${r.location}><td>${name.get(r.location) ?? r.location}</td>
        <td class="num">${number(r.onHand)}</td><td class="num">${number(r.reserved)}</td><td class="num">${number(r.available)}</td></tr>`)}</tbody>
      ${rows.length > 1 ? html`<tfoot><tr><th>${t('inventory.total')}</th><td class="num">${number(l.onHand)}</td>
        <td class="num">${number(l.reserved)}</td><td class="num">${number(l.available)}</td></tr></tfoot>` : nothing}
    </table></div>`;
  }

  transferView() {
    const f = this.transfer;
    return html`<section class="panel" aria-labelledby="transfer-h">
      <h2 id="transfer-h">${t('inventory.transfer')}</h2>
      ${problem(f, { from: 1, to: 1, quantity: 1, note: 1 })}
      <form @submit=${onSubmit(() => this.move())} novalidate data-test="transfer-form">
        <div class="row">
          ${field(f, 'from', t('inventory.from'), { options: this.locations, required: true, onInput: () => { f.picked = true; } })}
          ${field(f, 'to', t('inventory.to'), { options: this.locations, required: true, onInput: () => { f.picked = true; } })}
        </div>
        <div class="row">
          ${field(f, 'quantity', t('inventory.quantity'), { type: 'number', step: '1', min: '1', required: true })}
          ${field(f, 'note', t('inventory.note'))}
        </div>
        <button type="submit" ?disabled=${f.busy}>${t('inventory.transferSubmit')}</button>
      </form>
    </section>`;
  }
}

/** Ledger lines: where, why, how on hand and reserved moved, by whom (an order's lines link to it). */
function movementsTable(lines, app, test) {
  return html`<div class="table-wrap"><table data-test=${test}><thead><tr><th>${t('orders.date')}</th><th>${t('inventory.location')}</th>
      <th>${t('inventory.reason')}</th><th class="num">${t('inventory.delta')}</th><th class="num">${t('inventory.after')}</th>
      <th class="num">${t('inventory.reservedDelta')}</th><th class="num">${t('inventory.reservedAfter')}</th>
      <th>${t('inventory.actor')}</th><th>${t('inventory.note')}</th></tr></thead>
    <tbody>${lines.map((m) => html`<tr data-reason=${m.reason}><td>${dateTime(m.at)}</td><td>${m.location ?? ''}</td><td>${label('reason', m.reason)}</td>
      <td class="num">${m.delta ? signed(m.delta) : ''}</td><td class="num">${number(m.stockAfter)}</td>
      <td class="num">${m.reservedDelta ? signed(m.reservedDelta) : ''}</td><td class="num">${m.reservedAfter ?? ''}</td>
      <td>${m.orderId && app.can('orders:manage') ? html`<a href=${'#/orders/' + m.orderId}>${t('orders.title')}</a>` : m.actor ?? ''}</td><td>${m.note ?? ''}</td></tr>`)}</tbody></table></div>`;
}
