// Coupons: the list with their use, create and edit, deactivate (a used coupon is kept, only switched off).
// A coupon has a currency: its fixed amount and minimum subtotal are in it, and apply only to carts in it.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, money, number, dateTime, label, step } from '../i18n.js';
import { FormState, field, problem, badge, pager, route, onSubmit, compact, toLocalInput, toInstant } from '../ui.js';

const TYPES = ['percentage', 'fixed_amount', 'free_shipping'];

export class Coupons {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.coupons';
    this.query = query;
    this.filters = new FormState({ q: query.q ?? '' });
    this.form = new FormState();
  }

  async load() {
    this.page = await api('/api/admin/coupons', { params: { q: this.filters.values.q, page: this.query.page, limit: 20 } });
    this.loaded = true;
  }

  async deactivate(coupon) {
    const done = await this.form.run(() => this.app.update(), () => api(`/api/admin/coupons/${coupon.id}`, {
      method: 'PUT', body: { ...editable(coupon), isActive: false },
    }));
    if (done) {
      this.form.succeed(t('coupons.deactivated', { code: coupon.code }));
      await this.load();
      this.app.update();
    }
  }

  view() {
    return html`<h1 tabindex="-1">${t('nav.coupons')}</h1>
      <div class="actions"><a class="button" href="#/coupons/new">${t('coupons.new')}</a></div>
      <form class="filters" role="search" @submit=${onSubmit(() => { location.hash = route('#/coupons', { q: this.filters.values.q?.trim() }); })}>
        ${field(this.filters, 'q', t('coupons.search'), { type: 'search' })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${problem(this.form)}
      ${this.page.data.length === 0 ? html`<p class="muted">${t('coupons.none')}</p>` : html`
      <div class="table-wrap"><table data-test="coupons"><thead><tr><th>${t('coupons.code')}</th><th>${t('coupons.type')}</th><th class="num">${t('coupons.value')}</th>
        <th>${t('coupons.validity')}</th><th class="num">${t('coupons.used')}</th><th>${t('coupons.state')}</th><th></th></tr></thead>
      <tbody>${this.page.data.map((c) => html`<tr data-code=${c.code}>
        <td><a href=${'#/coupons/' + c.id}>${c.code}</a></td><td>${label('couponType', c.type)}</td><td class="num">${value(c)}</td>
        <td>${c.startsAt ? dateTime(c.startsAt) : '—'} → ${c.endsAt ? dateTime(c.endsAt) : '—'}</td>
        <td class="num">${number(c.usedCount)}${c.usageLimit ? ' / ' + number(c.usageLimit) : ''}</td>
        <td>${badge('state', c.isActive ? 'active' : 'inactive')}</td>
        <td>${c.isActive ? html`<button class="secondary" @click=${() => this.deactivate(c)}>${t('coupons.deactivate')}</button>` : nothing}</td></tr>`)}</tbody></table></div>
      ${pager(this.page.pagination, (p) => route('#/coupons', { q: this.filters.values.q, page: p }))}`}`;
  }
}

function value(c) {
  const min = c.minSubtotal ? ' ' + t('coupons.from', { amount: money(c.minSubtotal, c.currency) }) : '';
  if (c.type === 'percentage') return `${number(c.value)} %${min}`;
  if (c.type === 'fixed_amount') return money(c.value, c.currency) + min;
  return min ? min.trim() : '—';
}

/** The fields a PUT replaces, from a coupon as read. */
function editable(c) {
  return compact({ code: c.code, type: c.type, value: c.value, minSubtotal: c.minSubtotal, currency: c.currency, startsAt: c.startsAt,
    endsAt: c.endsAt, usageLimit: c.usageLimit, perCustomerLimit: c.perCustomerLimit, isActive: c.isActive,
    description: c.description });
}

export class CouponEdit {
  constructor(app, { id }) {
    this.app = app;
    this.id = id === 'new' ? null : id;
    this.title = this.id ? 'coupons.edit' : 'coupons.new';
    this.form = new FormState({ code: '', type: 'percentage', value: '', minSubtotal: '', currency: '', startsAt: '', endsAt: '',
      usageLimit: '', perCustomerLimit: '', isActive: true, description: '' });
  }

  async load() {
    const [markets, c] = await Promise.all([api('/api/markets'), this.id ? api(`/api/admin/coupons/${this.id}`) : null]);
    // the markets' currencies, the default market's first chosen; a coupon keeps its own even if no market uses it now
    this.currencies = [...new Set([...markets.map((m) => m.currency), ...(c ? [c.currency] : [])])];
    this.form.values.currency = markets.find((m) => m.isDefault)?.currency ?? this.currencies[0];
    if (c) {
      this.coupon = c;
      this.form.values = { ...this.form.values, ...Object.fromEntries(Object.entries(editable(c)).map(([k, v]) => [k, typeof v === 'boolean' ? v : String(v)])),
        startsAt: toLocalInput(c.startsAt), endsAt: toLocalInput(c.endsAt), isActive: c.isActive };
    }
    this.loaded = true;
  }

  async save() {
    const v = this.form.values;
    const body = compact({ ...v, startsAt: toInstant(v.startsAt), endsAt: toInstant(v.endsAt) },
      ['value', 'minSubtotal', 'usageLimit', 'perCustomerLimit']);
    if (v.type === 'free_shipping') delete body.value;
    body.isActive = Boolean(v.isActive);
    const saved = await this.form.run(() => this.app.update(), () => api(this.id ? `/api/admin/coupons/${this.id}` : '/api/admin/coupons',
      { method: this.id ? 'PUT' : 'POST', body }));
    if (saved) location.hash = route('#/coupons', { q: saved.code });
  }

  view() {
    const f = this.form;
    const currency = f.values.currency;
    const fields = ['code', 'type', 'value', 'minSubtotal', 'currency', 'startsAt', 'endsAt', 'usageLimit', 'perCustomerLimit', 'isActive', 'description'];
    return html`<p><a href="#/coupons">← ${t('nav.coupons')}</a></p>
      <h1 tabindex="-1">${t(this.title)} ${this.coupon?.code ?? ''}</h1>
      ${this.coupon ? html`<p class="muted">${t('coupons.usage', { used: number(this.coupon.usedCount) })}</p>` : nothing}
      ${problem(f, Object.fromEntries(fields.map((k) => [k, 1])))}
      <form class="panel" @submit=${onSubmit(() => this.save())} novalidate>
        <div class="row">
          ${field(f, 'code', t('coupons.code'), { required: true, hint: t('coupons.codeHint') })}
          ${field(f, 'type', t('coupons.type'), { options: TYPES.map((x) => [x, label('couponType', x)]), onInput: () => this.app.update() })}
          ${field(f, 'currency', t('coupons.currency'), { options: this.currencies.map((x) => [x, x]), hint: t('coupons.currencyHint'), onInput: () => this.app.update() })}
          ${f.values.type !== 'free_shipping' ? field(f, 'value', f.values.type === 'percentage' ? t('coupons.percent') : t('coupons.amount', { currency }),
            { type: 'number', step: f.values.type === 'percentage' ? '0.01' : step(currency), min: '0', required: true }) : nothing}
          ${field(f, 'minSubtotal', t('coupons.minSubtotal', { currency }), { type: 'number', step: step(currency), min: '0' })}
        </div>
        <div class="row">
          ${field(f, 'startsAt', t('coupons.startsAt'), { type: 'datetime-local' })}
          ${field(f, 'endsAt', t('coupons.endsAt'), { type: 'datetime-local' })}
          ${field(f, 'usageLimit', t('coupons.usageLimit'), { type: 'number', min: '1', step: '1' })}
          ${field(f, 'perCustomerLimit', t('coupons.perCustomerLimit'), { type: 'number', min: '1', step: '1' })}
        </div>
        ${field(f, 'description', t('coupons.description'), { type: 'textarea', rows: 2 })}
        ${field(f, 'isActive', t('coupons.active'), { type: 'checkbox' })}
        <button type="submit" ?disabled=${f.busy}>${t('save')}</button>
      </form>`;
  }
}
