// Price lists: sale or override prices per SKU in one currency, for everyone or for customer groups, over a
// period; the list (paged by the server), create, edit with a table of prices (rows, or pasted lines), delete.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, number, dateTime, label, step } from '../i18n.js';
import { FormState, field, problem, badge, pager, route, onSubmit, compact, rowForm, shownFields, toLocalInput, toInstant } from '../ui.js';

const TYPES = ['sale', 'override'];
const STATUSES = ['draft', 'active'];
const FIELDS = ['name', 'description', 'type', 'status', 'currency', 'startsAt', 'endsAt', 'customerGroupIds', 'prices'];

export class PriceLists {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.priceLists';
    this.query = query;
    this.filters = new FormState({ status: query.status ?? '' });
  }

  async load() {
    this.page = await api('/api/admin/price-lists', { params: { status: this.filters.values.status, page: this.query.page, limit: 20 } });
    this.loaded = true;
  }

  view() {
    const f = this.filters;
    return html`<h1 tabindex="-1">${t('nav.priceLists')}</h1>
      <div class="actions"><a class="button" href="#/price-lists/new">${t('priceLists.new')}</a></div>
      <form class="filters" role="search" @submit=${onSubmit(() => { location.hash = route('#/price-lists', { status: f.values.status }); })}>
        ${field(f, 'status', t('priceLists.status'), { options: [['', t('filter.any')], ...STATUSES.map((s) => [s, label('priceListStatus', s)])] })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${this.page.data.length === 0 ? html`<p class="muted">${t('priceLists.none')}</p>` : html`
      <div class="table-wrap"><table data-test="price-lists"><thead><tr><th>${t('priceLists.name')}</th><th>${t('priceLists.type')}</th>
        <th>${t('priceLists.status')}</th><th>${t('priceLists.currency')}</th><th>${t('priceLists.period')}</th>
        <th>${t('priceLists.groups')}</th><th class="num">${t('priceLists.prices')}</th></tr></thead>
      <tbody>${this.page.data.map((l) => html`<tr data-list=${l.name}>
        <td><a href=${'#/price-lists/' + l.id}>${l.name}</a></td><td>${label('priceListType', l.type)}</td>
        <td>${badge('priceListStatus', l.status)}</td><td>${l.currency}</td>
        <td>${l.startsAt ? dateTime(l.startsAt) : '—'} → ${l.endsAt ? dateTime(l.endsAt) : '—'}</td>
        <td>${l.customerGroupIds.length ? number(l.customerGroupIds.length) : t('priceLists.everyone')}</td>
        <td class="num">${number(l.priceCount)}</td></tr>`)}</tbody></table></div>
      ${pager(this.page.pagination, (p) => route('#/price-lists', { status: f.values.status, page: p }))}`}`;
  }
}

/** "sku,amount" lines (a comma, semicolon or tab between), as pasted from a spreadsheet. */
function parseLines(text) {
  const rows = [];
  const bad = [];
  String(text).split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const [sku, amount, ...rest] = line.split(/[,;\t]/).map((s) => s.trim());
    if (!sku || !amount || rest.some(Boolean) || Number.isNaN(Number(amount))) bad.push(i + 1);
    else rows.push({ sku, amount });
  });
  return { rows, bad };
}

export class PriceListEdit {
  constructor(app, { id }) {
    this.app = app;
    this.id = id === 'new' ? null : id;
    this.title = this.id ? 'priceLists.edit' : 'priceLists.new';
    this.form = new FormState({ name: '', description: '', type: 'sale', status: 'draft', currency: '', startsAt: '', endsAt: '',
      groups: [], prices: [{ sku: '', amount: '' }] });
    this.paste = new FormState({ lines: '' });
    this.action = new FormState();
  }

  async load() {
    const [markets, groups, list] = await Promise.all([
      api('/api/markets'),
      api('/api/admin/customer-groups', { params: { limit: 100 } }),
      this.id ? api(`/api/admin/price-lists/${this.id}`) : null,
    ]);
    this.currencies = [...new Set(markets.map((m) => m.currency))];
    this.groups = groups.data;
    if (list) this.keep(list);
    else this.form.values.currency = markets.find((m) => m.isDefault)?.currency ?? this.currencies[0];
    this.loaded = true;
  }

  keep(l) {
    this.list = l;
    this.form.values = { name: l.name, description: l.description ?? '', type: l.type, status: l.status, currency: l.currency,
      startsAt: toLocalInput(l.startsAt), endsAt: toLocalInput(l.endsAt), groups: [...l.customerGroupIds],
      prices: l.prices.map((p) => ({ sku: p.sku, amount: String(p.amount) })) };
    if (!this.currencies.includes(l.currency)) this.currencies.push(l.currency);
  }

  body() {
    const v = this.form.values;
    return {
      ...compact({ name: v.name, description: v.description, type: v.type, status: v.status, currency: v.currency,
        startsAt: toInstant(v.startsAt), endsAt: toInstant(v.endsAt) }),
      customerGroupIds: v.groups,
      // an untouched empty row is not a price
      prices: v.prices.filter((p) => p.sku.trim() || String(p.amount).trim())
        .map((p) => compact({ sku: p.sku, amount: p.amount }, ['amount'])),
    };
  }

  async save() {
    // row errors name the rows sent: the empty ones are dropped first
    this.form.values.prices = this.form.values.prices.filter((p) => p.sku.trim() || String(p.amount).trim());
    const saved = await this.form.run(() => this.app.update(), () => api(this.id ? `/api/admin/price-lists/${this.id}` : '/api/admin/price-lists',
      { method: this.id ? 'PUT' : 'POST', body: this.body() }));
    if (!saved) return;
    if (!this.id) {
      location.hash = '#/price-lists/' + saved.id;
      return;
    }
    this.keep(saved);
    this.form.succeed(t('priceLists.saved', { count: saved.priceCount, n: number(saved.priceCount) }));
    this.app.update();
  }

  async remove() {
    if (!confirm(t('priceLists.confirmDelete', { name: this.list.name }))) return;
    const done = await this.action.run(() => this.app.update(), () => api(`/api/admin/price-lists/${this.id}`, { method: 'DELETE' }));
    if (done !== undefined) location.hash = '#/price-lists';
  }

  addRow() {
    this.form.values.prices.push({ sku: '', amount: '' });
    this.app.update();
    requestAnimationFrame(() => document.querySelector('[data-test=prices] tbody tr:last-child input')?.focus());
  }

  removeRow(index) {
    this.form.values.prices.splice(index, 1);
    this.app.update();
  }

  /** Pasted lines add rows; a SKU already in the table takes the pasted amount. */
  addPasted() {
    const { rows, bad } = parseLines(this.paste.values.lines);
    if (bad.length) {
      this.paste.message = t('priceLists.badLines', { lines: bad.join(', ') });
      this.paste.errors = { lines: this.paste.message };
      this.app.update();
      return;
    }
    const prices = this.form.values.prices.filter((p) => p.sku.trim() || String(p.amount).trim());
    for (const row of rows) {
      const same = prices.find((p) => p.sku.trim().toLowerCase() === row.sku.toLowerCase());
      if (same) same.amount = row.amount;
      else prices.push(row);
    }
    this.form.values.prices = prices;
    this.paste = new FormState({ lines: '' });
    this.paste.succeed(t('priceLists.pasted', { count: rows.length, n: number(rows.length) }));
    this.app.update();
  }

  toggleGroup(id, on) {
    const groups = new Set(this.form.values.groups);
    if (on) groups.add(id);
    else groups.delete(id);
    this.form.values.groups = [...groups];
  }

  view() {
    const f = this.form;
    const l = this.list;
    const v = f.values;
    return html`<p><a href="#/price-lists">← ${t('nav.priceLists')}</a></p>
      <h1 tabindex="-1">${l ? l.name : t('priceLists.new')}</h1>
      ${problem(this.action)}
      ${problem(f, shownFields(f, FIELDS, ['prices', 'customerGroupIds']))}
      <form class="panel" @submit=${onSubmit(() => this.save())} novalidate data-test="price-list-form">
        <div class="row">
          ${field(f, 'name', t('priceLists.name'), { required: true })}
          ${field(f, 'type', t('priceLists.type'), { options: TYPES.map((x) => [x, label('priceListType', x)]), hint: t('priceLists.typeHint') })}
          ${field(f, 'status', t('priceLists.status'), { options: STATUSES.map((x) => [x, label('priceListStatus', x)]), hint: t('priceLists.statusHint') })}
          ${field(f, 'currency', t('priceLists.currency'), { options: this.currencies.map((c) => [c, c]), onInput: () => this.app.update() })}
        </div>
        <div class="row">
          ${field(f, 'startsAt', t('priceLists.startsAt'), { type: 'datetime-local' })}
          ${field(f, 'endsAt', t('priceLists.endsAt'), { type: 'datetime-local' })}
        </div>
        ${field(f, 'description', t('priceLists.description'), { type: 'textarea', rows: 2 })}
        <fieldset data-test="groups"><legend>${t('priceLists.groups')}</legend>
          <p class="hint muted">${t('priceLists.groupsHint')}</p>
          ${this.groups.length === 0 ? html`<p class="muted">${t('groups.none')} <a href="#/customer-groups">${t('nav.customerGroups')}</a></p>` : nothing}
          ${this.groups.map((g) => html`<div class="field check">
            <input type="checkbox" id=${'group-' + g.id} .checked=${v.groups.includes(g.id)}
              @change=${(e) => this.toggleGroup(g.id, e.target.checked)}>
            <label for=${'group-' + g.id}>${g.name} <span class="muted">(${t('groups.members', { count: g.memberCount, n: number(g.memberCount) })})</span></label></div>`)}
        </fieldset>
        ${this.pricesView()}
        <div class="actions">
          <button type="submit" ?disabled=${f.busy}>${t(l ? 'save' : 'priceLists.create')}</button>
          ${l ? html`<button type="button" class="danger" @click=${() => this.remove()}>${t('priceLists.delete')}</button>` : nothing}
        </div>
      </form>
      ${this.pasteView()}`;
  }

  pricesView() {
    const f = this.form;
    const currency = f.values.currency;
    return html`<fieldset><legend>${t('priceLists.prices')} (${currency})</legend>
      ${f.errors.prices ? html`<p class="error">${t('priceLists.prices')}: ${f.errors.prices}</p>` : nothing}
      <div class="table-wrap"><table data-test="prices"><thead><tr><th>${t('inventory.sku')}</th>
        <th class="num">${t('priceLists.amount', { currency })}</th><th></th></tr></thead>
      <tbody>${f.values.prices.map((p, i) => {
        const row = rowForm(f, 'prices', i, p);
        const n = i + 1;
        return html`<tr data-row=${i}>
          <td>${field(row, 'sku', t('priceLists.skuOf', { n }), { required: true })}</td>
          <td>${field(row, 'amount', t('priceLists.amountOf', { n }), { type: 'number', min: '0', step: step(currency), required: true })}</td>
          <td><button type="button" class="secondary" aria-label=${t('priceLists.removeRow', { n })} @click=${() => this.removeRow(i)}>${t('remove')}</button>
            ${row.errors[''] ? html`<span class="error">${row.errors['']}</span>` : nothing}</td></tr>`;
      })}</tbody></table></div>
      <div class="actions"><button type="button" class="secondary" @click=${() => this.addRow()}>${t('priceLists.addRow')}</button>
        <span class="muted">${t('priceLists.rowCount', { count: f.values.prices.length, n: number(f.values.prices.length) })}</span></div>
    </fieldset>`;
  }

  pasteView() {
    const pf = this.paste;
    return html`<section class="panel" aria-labelledby="paste-h">
      <h2 id="paste-h">${t('priceLists.paste')}</h2>
      ${problem(pf, { lines: 1 })}
      <form @submit=${onSubmit(() => this.addPasted())} novalidate>
        ${field(pf, 'lines', t('priceLists.lines'), { type: 'textarea', rows: 5, hint: t('priceLists.linesHint') })}
        <button type="submit" class="secondary">${t('priceLists.addLines')}</button>
      </form>
    </section>`;
  }
}
