// Returns (ADR 0012): the list by status, and one return with its items and the staff's steps:
// approve or reject, receive (per item: how many, in what condition, at which location), refund.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, money, number, dateTime, label, step } from '../i18n.js';
import { FormState, field, problem, badge, pager, route, onSubmit, compact, rowForm, shownFields } from '../ui.js';
import { locationChoices } from './locations.js';

const STATUSES = ['requested', 'approved', 'rejected', 'received', 'refunded'];
const CONDITIONS = ['resellable', 'damaged'];

function units(r) {
  return r.items.reduce((n, i) => n + i.quantity, 0);
}

/** A return's invalid_transition is about the return, not about its order. */
function asReturn(action) {
  return () => action().catch((error) => {
    if (error.code === 'invalid_transition') error.code = 'return_invalid_transition';
    throw error;
  });
}

export class Returns {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.returns';
    this.query = query;
    this.filters = new FormState({ status: query.status ?? '' });
  }

  async load() {
    this.page = await api('/api/admin/returns', { params: { ...compact(this.filters.values), page: this.query.page, limit: 20 } });
    this.loaded = true;
  }

  search() {
    location.hash = route('#/returns', compact(this.filters.values));
  }

  view() {
    const f = this.filters;
    const rows = this.page.data;
    return html`<h1 tabindex="-1">${t('nav.returns')}</h1>
      <form class="filters" role="search" @submit=${onSubmit(() => this.search())}>
        ${field(f, 'status', t('orders.status'), { options: [['', t('filter.any')], ...STATUSES.map((s) => [s, label('return', s)])] })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${rows.length === 0 ? html`<p class="muted">${t('returns.none')}</p>` : html`<div class="table-wrap"><table data-test="returns">
        <thead><tr><th>${t('returns.requested')}</th><th>${t('orders.title')}</th><th>${t('orders.status')}</th>
          <th class="num">${t('orders.items')}</th><th class="num">${t('returns.refund')}</th></tr></thead>
        <tbody>${rows.map((r) => html`<tr data-return=${r.id}>
          <td><a href=${'#/returns/' + r.id}>${dateTime(r.createdAt)}</a></td>
          <td>${r.orderNumber ?? r.orderId}</td><td>${badge('return', r.status)}</td>
          <td class="num">${number(units(r))}</td><td class="num">${r.refund ? number(r.refund.amount) : '—'}</td></tr>`)}</tbody>
      </table></div>
      ${pager(this.page.pagination, (p) => route('#/returns', { ...compact(f.values), page: p }))}`}`;
  }
}

export class ReturnDetail {
  constructor(app, { id }) {
    this.app = app;
    this.id = id;
    this.title = 'returns.title';
    this.action = new FormState();
    this.rejectForm = new FormState({ reason: '' });
    this.refundForm = new FormState({ amount: '', includeShipping: false });
  }

  async load() {
    this.ret = await api(`/api/admin/returns/${this.id}`);
    [this.order, this.locations] = await Promise.all([
      api(`/api/admin/orders/${this.ret.orderId}`),
      this.locations ?? locationChoices(this.app),
    ]);
    this.receiveForm = this.newReceiveForm();
    this.loaded = true;
  }

  /** Every unit still to receive, resellable, at the default location. */
  newReceiveForm() {
    const at = this.locations[0]?.[0] ?? 'main';
    return new FormState({ items: this.ret.items.filter((i) => i.quantity > (i.receivedQuantity ?? 0)).map((i) => ({
      orderItemId: i.orderItemId, quantity: String(i.quantity - (i.receivedQuantity ?? 0)), condition: 'resellable', location: at })) });
  }

  async step(form, path, body, message) {
    const ret = await form.run(() => this.app.update(), asReturn(() => api(`/api/admin/returns/${this.id}/${path}`, { method: 'POST', body })));
    if (!ret) return;
    this.ret = ret;
    this.order = await api(`/api/admin/orders/${ret.orderId}`);
    this.receiveForm = this.newReceiveForm();
    if (form === this.rejectForm) this.rejectForm = new FormState({ reason: '' });
    this.action.succeed(message(ret));
    this.app.update();
  }

  approve() {
    return this.step(this.action, 'approve', undefined, () => t('returns.approved'));
  }

  reject() {
    return this.step(this.rejectForm, 'reject', compact(this.rejectForm.values), () => t('returns.rejected'));
  }

  receive() {
    const items = this.receiveForm.values.items.map((i) => compact(i, ['quantity'])).filter((i) => i.quantity !== 0);
    return this.step(this.receiveForm, 'receive', { items }, (r) => t('returns.receivedDone', { status: label('return', r.status) }));
  }

  refund() {
    const v = this.refundForm.values;
    const body = { ...compact({ amount: v.amount }, ['amount']), includeShipping: Boolean(v.includeShipping) };
    return this.step(this.refundForm, 'refund', body,
      (r) => t('returns.refundedDone', { amount: money(r.refund?.amount, this.order.currency) }));
  }

  view() {
    const r = this.ret;
    const o = this.order;
    const c = o.currency;
    const items = new Map(o.items.map((i) => [i.id, i]));
    return html`<p><a href="#/returns">← ${t('nav.returns')}</a></p>
      <h1 tabindex="-1">${t('returns.title')} · ${t('orders.title')} ${r.orderNumber ?? o.orderNumber}</h1>
      <p>${badge('return', r.status)}
        <span class="muted">${t('returns.requestedAt', { at: dateTime(r.createdAt) })} ·
          <a href=${'#/orders/' + r.orderId}>${t('returns.order')}</a> ${badge('status', o.status)} ${badge('payment', o.paymentStatus)}</span></p>
      ${problem(this.action)}
      <div class="row">
        <section class="panel" aria-labelledby="items-h">
          <h2 id="items-h">${t('returns.items')}</h2>
          <div class="table-wrap"><table data-test="return-items"><thead><tr><th>${t('inventory.sku')}</th><th>${t('inventory.name')}</th>
            <th class="num">${t('orders.quantity')}</th><th>${t('orders.reason')}</th><th class="num">${t('returns.receivedQty')}</th>
            <th class="num">${t('returns.damagedQty')}</th><th class="num">${t('orders.unitPrice')}</th></tr></thead>
          <tbody>${r.items.map((i) => html`<tr data-sku=${i.sku}><td>${i.sku}</td><td>${i.name}</td><td class="num">${number(i.quantity)}</td>
            <td>${i.reason ?? ''}${i.replacement ? html`<div class="muted">${t('returns.exchangeFor', { sku: i.replacement.sku })}</div>` : nothing}</td>
            <td class="num">${number(i.receivedQuantity ?? 0)}</td><td class="num">${number(i.damagedQuantity ?? 0)}</td>
            <td class="num">${money(items.get(i.orderItemId)?.unitPrice, c)}</td></tr>`)}</tbody></table></div>
          ${r.note ? html`<p><strong>${t('returns.note')}</strong> ${r.note}</p>` : nothing}
          ${r.rejectionReason ? html`<p data-test="rejection">${t('returns.rejectionReason')}: ${r.rejectionReason}</p>` : nothing}
        </section>
        <section class="panel" aria-labelledby="steps-h">
          <h2 id="steps-h">${t('orders.history')}</h2>
          <dl class="props" data-test="return-dates">
            <dt>${t('returns.requested')}</dt><dd>${dateTime(r.createdAt)}</dd>
            ${r.approvedAt ? html`<dt>${t('return.approved')}</dt><dd>${dateTime(r.approvedAt)}</dd>` : nothing}
            ${r.receivedAt ? html`<dt>${t('return.received')}</dt><dd>${dateTime(r.receivedAt)}</dd>` : nothing}
            ${r.refundedAt ? html`<dt>${t('return.refunded')}</dt><dd>${dateTime(r.refundedAt)}</dd>` : nothing}
          </dl>
          ${r.refund ? html`<h2>${t('returns.refund')}</h2><dl class="props" data-test="return-refund">
            <dt>${t('orders.amount')}</dt><dd data-test="refund-amount">${money(r.refund.amount, c)}</dd>
            <dt>${t('returns.includeShipping')}</dt><dd>${t(r.refund.includeShipping ? 'yes' : 'no')}</dd>
            ${r.refund.status ? html`<dt>${t('orders.status')}</dt><dd>${label('refund', r.refund.status)}</dd>` : nothing}
          </dl>` : nothing}
        </section>
      </div>
      ${r.status === 'requested' ? this.decideView() : nothing}
      ${r.status === 'approved' ? this.receiveView(items) : nothing}
      ${r.status === 'received' ? this.refundView() : nothing}`;
  }

  decideView() {
    const f = this.rejectForm;
    return html`<section class="panel" aria-labelledby="decide-h">
      <h2 id="decide-h">${t('returns.decide')}</h2>
      <div class="actions"><button type="button" ?disabled=${this.action.busy} @click=${() => this.approve()}>${t('returns.approve')}</button></div>
      ${problem(f, { reason: 1 })}
      <form @submit=${onSubmit(() => this.reject())} novalidate data-test="reject-form">
        ${field(f, 'reason', t('returns.rejectReason'), { required: true })}
        <button type="submit" class="danger" ?disabled=${f.busy}>${t('returns.reject')}</button>
      </form>
    </section>`;
  }

  receiveView(items) {
    const f = this.receiveForm;
    return html`<section class="panel" aria-labelledby="receive-h">
      <h2 id="receive-h">${t('returns.receive')}</h2>
      ${problem(f, shownFields(f, ['items'], ['items']))}
      <form @submit=${onSubmit(() => this.receive())} novalidate data-test="receive-form">
        <div class="table-wrap"><table><thead><tr><th>${t('inventory.sku')}</th><th class="num">${t('returns.toReceive')}</th>
          <th>${t('returns.condition')}</th><th>${t('inventory.location')}</th></tr></thead>
        <tbody>${f.values.items.map((row, index) => {
          const sku = this.ret.items.find((i) => i.orderItemId === row.orderItemId)?.sku ?? items.get(row.orderItemId)?.sku;
          const rf = rowForm(f, 'items', index, row);
          return html`<tr data-sku=${sku}><td>${sku}</td>
            <td class="num">${field(rf, 'quantity', t('returns.quantityOf', { sku }), { type: 'number', min: '0', step: '1' })}</td>
            <td>${field(rf, 'condition', t('returns.conditionOf', { sku }), { options: CONDITIONS.map((x) => [x, label('condition', x)]) })}</td>
            <td>${field(rf, 'location', t('returns.locationOf', { sku }), { options: this.locations })}</td></tr>`;
        })}</tbody></table></div>
        <p class="hint muted">${t('returns.receiveHint')}</p>
        <button type="submit" ?disabled=${f.busy}>${t('returns.receiveSubmit')}</button>
      </form>
    </section>`;
  }

  refundView() {
    const f = this.refundForm;
    const c = this.order.currency;
    return html`<section class="panel" aria-labelledby="refund-h">
      <h2 id="refund-h">${t('returns.refundTitle')}</h2>
      ${problem(f, { amount: 1, includeShipping: 1 })}
      <form @submit=${onSubmit(() => this.refund())} novalidate data-test="return-refund-form">
        <div class="row">
          ${field(f, 'amount', t('orders.refundAmount', { currency: c }), { type: 'number', min: step(c), step: step(c), hint: t('returns.amountHint') })}
        </div>
        ${field(f, 'includeShipping', t('returns.includeShippingOf', { amount: money(this.order.shippingAmount, c) }), { type: 'checkbox' })}
        <button type="submit" ?disabled=${f.busy}>${t('returns.refundSubmit')}</button>
      </form>
    </section>`;
  }
}
