// Orders: the list with its filters and server paging, and one order with its timeline and actions, its
// reservations, its parcels (ship one from a location, mark one delivered) and its returns.
import { html, nothing } from '../lib.js';
import { api, idempotencyKey } from '../api.js';
import { t, money, number, dateTime, date, label, step } from '../i18n.js';
import { FormState, field, problem, badge, pager, route, onSubmit, compact, rowForm, shownFields } from '../ui.js';
import { locationChoices } from './locations.js';
import { MetadataEditor } from './metadata.js';

const STATUSES = ['pending', 'confirmed', 'processing', 'partially_shipped', 'shipped', 'delivered', 'partially_returned',
  'returned', 'cancelled', 'refunded'];
/** The statuses a parcel may leave in (ADR 0012). */
const SHIPPABLE = ['confirmed', 'processing', 'partially_shipped'];
const PAYMENT_STATUSES = ['pending', 'paid', 'failed', 'partially_refunded', 'refunded'];
const FILTERS = ['status', 'paymentStatus', 'email', 'orderNumber', 'from', 'to'];

/** The transitions staff can ask for from each status (SPEC §3); refunds go through their own form. */
const NEXT = {
  pending: ['cancelled'],
  confirmed: ['processing', 'cancelled'],
  processing: ['shipped'],
  partially_shipped: ['shipped'],
  shipped: ['delivered'],
};

/** Units of an item still to ship. */
function left(item) {
  return item.quantity - (item.quantityShipped ?? 0);
}

export class Orders {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.orders';
    this.query = query;
    this.filters = new FormState(Object.fromEntries(FILTERS.map((f) => [f, query[f] ?? ''])));
  }

  async load() {
    try {
      this.page = await api('/api/admin/orders', { params: { ...compact(this.filters.values), page: this.query.page, limit: 20 } });
    } catch (error) {
      this.page = null;
      this.filters.fail(error);
    }
    this.loaded = true;
  }

  search() {
    location.hash = route('#/orders', compact(this.filters.values));
  }

  view() {
    const f = this.filters;
    const options = (group, values) => [['', t('filter.any')], ...values.map((v) => [v, label(group, v)])];
    return html`<h1 tabindex="-1">${t('nav.orders')}</h1>
      <form class="filters" role="search" @submit=${onSubmit(() => this.search())}>
        ${field(f, 'orderNumber', t('orders.number'))}
        ${field(f, 'email', t('orders.customer'), { type: 'search', hint: t('orders.customerHint') })}
        ${field(f, 'status', t('orders.status'), { options: options('status', STATUSES) })}
        ${field(f, 'paymentStatus', t('orders.paymentStatus'), { options: options('payment', PAYMENT_STATUSES) })}
        ${field(f, 'from', t('filter.from'), { type: 'date' })}
        ${field(f, 'to', t('filter.to'), { type: 'date' })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${problem(f, Object.fromEntries(FILTERS.map((k) => [k, 1])))}
      ${this.page ? this.table() : nothing}`;
  }

  table() {
    const rows = this.page.data;
    if (rows.length === 0) return html`<p class="muted">${t('orders.none')}</p>`;
    return html`<div class="table-wrap"><table data-test="orders">
      <thead><tr><th>${t('orders.number')}</th><th>${t('orders.date')}</th><th>${t('orders.customer')}</th>
        <th>${t('orders.status')}</th><th>${t('orders.paymentStatus')}</th><th class="num">${t('orders.items')}</th><th class="num">${t('orders.total')}</th></tr></thead>
      <tbody>${rows.map((o) => html`<tr>
        <td><a href=${'#/orders/' + o.id}>${o.orderNumber}</a></td>
        <td>${dateTime(o.createdAt)}</td><td>${o.email}</td>
        <td>${badge('status', o.status)}</td><td>${badge('payment', o.paymentStatus)}</td>
        <td class="num">${number(o.itemCount)}</td><td class="num">${money(o.total, o.currency)}</td></tr>`)}</tbody>
    </table></div>
    ${pager(this.page.pagination, (p) => route('#/orders', { ...compact(this.filters.values), page: p }))}`;
  }
}

export class OrderDetail {
  constructor(app, { id }) {
    this.app = app;
    this.id = id;
    this.title = 'orders.title';
    this.statusForm = new FormState({ trackingNumber: '', note: '' });
    this.refundForm = new FormState({ amount: '', reason: '' });
    this.parcelAction = new FormState();
  }

  async load() {
    [this.order, this.payments, this.returns] = await Promise.all([
      api(`/api/admin/orders/${this.id}`),
      api(`/api/admin/orders/${this.id}/payments`),
      this.loadReturns(),
    ]);
    await Promise.all([this.loadPriceLists(), this.loadLocations()]);
    this.shipForm = this.newShipForm();
    this.metadata = new MetadataEditor(this.app, { path: `/api/admin/orders/${this.id}`, stored: this.order });
    this.loaded = true;
  }

  // the order's returns; an order placed before returns existed has none (and a server without them answers 404)
  loadReturns() {
    return api('/api/admin/returns', { params: { orderId: this.id, limit: 50 } }).then((r) => r.data).catch(() => []);
  }

  async loadLocations() {
    const o = this.order;
    const known = [...(o.reservations || []).map((r) => r.location), ...(o.fulfilments || []).map((p) => p.location)];
    this.locations = await locationChoices(this.app, known);
  }

  /** A parcel from where most of what is left is reserved, with every unit left to ship. */
  newShipForm() {
    const o = this.order;
    const units = new Map();
    for (const r of o.reservations || []) units.set(r.location, (units.get(r.location) || 0) + r.quantity);
    const best = [...units].sort((a, b) => b[1] - a[1])[0]?.[0] ?? this.locations[0]?.[0] ?? 'main';
    return new FormState({ location: best, carrier: '', trackingNumber: '',
      items: o.items.filter((i) => left(i) > 0).map((i) => ({ orderItemId: i.id, quantity: String(left(i)) })) });
  }

  // the names of the price lists that priced the lines, for those who may open them (a deleted list keeps its id)
  async loadPriceLists() {
    this.priceLists = new Map();
    if (!this.app.can('pricing:manage')) return;
    const ids = [...new Set(this.order.items.map((i) => i.priceListId).filter(Boolean))];
    const lists = await Promise.all(ids.map((id) => api(`/api/admin/price-lists/${id}`).catch(() => null)));
    lists.filter(Boolean).forEach((l) => this.priceLists.set(l.id, l.name));
  }

  priceList(i) {
    if (!i.priceListId) return '—';
    if (!this.app.can('pricing:manage')) return t('orders.priceListApplied');
    return html`<a href=${'#/price-lists/' + i.priceListId}>${this.priceLists.get(i.priceListId) ?? t('orders.priceListApplied')}</a>`;
  }

  async move(status) {
    const form = this.statusForm;
    const body = { status, ...compact({ trackingNumber: form.values.trackingNumber, note: form.values.note }) };
    if (status !== 'shipped') delete body.trackingNumber;
    const order = await form.run(() => this.app.update(),
      () => api(`/api/admin/orders/${this.id}/status`, { method: 'POST', body }));
    if (order) {
      this.order = order;
      this.statusForm = new FormState({ trackingNumber: '', note: '' });
      this.statusForm.succeed(t('orders.moved', { status: label('status', status) }));
      this.payments = await api(`/api/admin/orders/${this.id}/payments`);
      this.shipForm = this.newShipForm();
      this.parcelAction = new FormState();
      this.app.update();
    }
  }

  async refund() {
    const form = this.refundForm;
    form.key ??= idempotencyKey();
    const refund = await form.run(() => this.app.update(), () => api(`/api/admin/orders/${this.id}/refunds`, {
      method: 'POST', body: compact(form.values, ['amount']), headers: { 'Idempotency-Key': form.key },
    }));
    if (refund) {
      this.refundForm = new FormState({ amount: '', reason: '' });
      this.refundForm.succeed(t('orders.refundRequested', { amount: money(refund.amount, refund.currency) }));
      await this.reload();
    }
  }

  async reload() {
    [this.order, this.payments, this.returns] = await Promise.all([
      api(`/api/admin/orders/${this.id}`), api(`/api/admin/orders/${this.id}/payments`), this.loadReturns(),
    ]);
    this.app.update();
  }

  async ship() {
    const form = this.shipForm;
    const v = form.values;
    const body = {
      ...compact({ location: v.location, carrier: v.carrier, trackingNumber: v.trackingNumber }),
      items: v.items.map((i) => compact(i, ['quantity'])).filter((i) => i.quantity !== 0),
    };
    const parcel = await form.run(() => this.app.update(),
      () => api(`/api/admin/orders/${this.id}/fulfilments`, { method: 'POST', body }));
    if (parcel) {
      await this.reload();
      await this.loadLocations();
      // one message at a time: the last action's
      this.parcelAction = new FormState();
      this.statusForm = new FormState({ trackingNumber: '', note: '' });
      this.shipForm = this.newShipForm();
      this.shipForm.succeed(t('orders.parcelShipped', { location: parcel.location, status: label('status', this.order.status) }));
      this.app.update();
    }
  }

  async deliver(parcel) {
    const done = await this.parcelAction.run(() => this.app.update(),
      () => api(`/api/admin/orders/${this.id}/fulfilments/${parcel.id}/deliver`, { method: 'POST' }));
    if (done !== undefined) {
      await this.reload();
      this.shipForm = this.newShipForm();
      this.statusForm = new FormState({ trackingNumber: '', note: '' });
      this.parcelAction.succeed(t('orders.parcelDelivered', { status: label('status', this.order.status) }));
      this.app.update();
    }
  }

  view() {
    const o = this.order;
    const c = o.currency;
    const tracked = o.items.some((i) => i.quantityShipped !== undefined);
    const returned = this.returnedUnits();
    return html`<p><a href="#/orders">← ${t('nav.orders')}</a></p>
      <h1 tabindex="-1">${t('orders.title')} ${o.orderNumber}</h1>
      <p>${badge('status', o.status)} ${badge('payment', o.paymentStatus)}
        <span class="muted">${t('orders.placed', { at: dateTime(o.createdAt) })} · ${o.email} ·
          ${t('orders.market')} <span data-test="market">${o.market}</span> (${c}, ${t(o.taxInclusive ? 'orders.taxIncluded' : 'orders.taxExcluded')})</span></p>
      <div class="row">
        <section class="panel" aria-labelledby="lines-h">
          <h2 id="lines-h">${t('orders.lines')}</h2>
          <div class="table-wrap"><table data-test="lines"><thead><tr><th>${t('inventory.sku')}</th><th>${t('inventory.name')}</th>
            <th class="num">${t('orders.unitPrice')}</th><th>${t('orders.priceList')}</th><th class="num">${t('orders.quantity')}</th>
            ${tracked ? html`<th class="num">${t('orders.shippedQty')}</th><th class="num">${t('orders.returnedQty')}</th>` : nothing}<th class="num">${t('orders.lineTotal')}</th></tr></thead>
          <tbody>${o.items.map((i) => html`<tr data-sku=${i.sku}><td>${i.sku}</td><td>${i.name}</td>
            <td class="num">${i.compareAtPrice ? html`<s aria-label=${t('orders.compareAt', { amount: money(i.compareAtPrice, c) })}>${money(i.compareAtPrice, c)}</s> ` : nothing}${money(i.unitPrice, c)}</td>
            <td data-test="price-list">${this.priceList(i)}</td>
            <td class="num">${number(i.quantity)}</td>
            ${tracked ? html`<td class="num" data-test="shipped">${number(i.quantityShipped ?? 0)}</td><td class="num" data-test="returned">${number(returned(i))}</td>` : nothing}
            <td class="num">${money(i.lineTotal, c)}</td></tr>`)}</tbody></table></div>
          <dl class="props" data-test="totals">
            <dt>${t('orders.subtotal')}</dt><dd>${money(o.subtotal, c)}</dd>
            ${Number(o.discountAmount) ? html`<dt>${t('orders.discount')} ${o.couponCode ? `(${o.couponCode})` : ''}</dt><dd>−${money(o.discountAmount, c)}</dd>` : nothing}
            <dt>${t('orders.tax')}</dt><dd>${money(o.taxAmount, c)}</dd>
            <dt>${t('orders.shipping')}</dt><dd>${money(o.shippingAmount, c)}</dd>
            <dt><strong>${t('orders.total')}</strong></dt><dd><strong>${money(o.total, c)}</strong></dd>
            ${Number(o.refundedAmount) ? html`<dt>${t('orders.refunded')}</dt><dd data-test="refunded">${money(o.refundedAmount, c)}</dd>` : nothing}
          </dl>
        </section>
        <section class="panel" aria-labelledby="history-h">
          <h2 id="history-h">${t('orders.history')}</h2>
          <ol class="timeline" data-test="timeline">${o.statusHistory.map((h) => html`<li>
            <strong>${label('status', h.status)}</strong> <span class="muted">${dateTime(h.at)}${h.by ? ' · ' + h.by : ''}</span>
            ${h.note ? html`<div>${h.note}</div>` : nothing}</li>`)}</ol>
          ${o.trackingNumber ? html`<p>${t('orders.tracking')}: <strong data-test="tracking">${o.trackingNumber}</strong></p>` : nothing}
          ${o.estimatedDelivery ? html`<p class="muted">${t('orders.estimated', { from: date(o.estimatedDelivery.from), to: date(o.estimatedDelivery.to) })}</p>` : nothing}
        </section>
      </div>
      <div class="row">
        ${this.address('orders.shippingAddress', o.shippingAddress)}
        ${this.address('orders.billingAddress', o.billingAddress)}
      </div>
      ${this.metadata.view()}
      ${this.reservationsView()}
      ${this.parcelsView()}
      ${this.shipView()}
      ${this.actions()}
      ${this.returnsView()}
      ${this.paymentsView()}`;
  }

  /** An item's units back: the order's figure, else what its returns received. */
  returnedUnits() {
    const received = new Map();
    for (const r of this.returns || []) {
      for (const i of r.items) received.set(i.orderItemId, (received.get(i.orderItemId) || 0) + (i.receivedQuantity ?? 0));
    }
    return (item) => item.quantityReturned ?? received.get(item.id) ?? 0;
  }

  reservationsView() {
    const rows = this.order.reservations;
    if (!rows?.length) return nothing;
    return html`<section class="panel" aria-labelledby="reservations-h">
      <h2 id="reservations-h">${t('orders.reservations')}</h2>
      <div class="table-wrap"><table data-test="reservations"><thead><tr><th>${t('inventory.sku')}</th><th>${t('inventory.location')}</th>
        <th class="num">${t('orders.quantity')}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><td>${r.sku}</td><td>${r.location}</td><td class="num">${number(r.quantity)}</td></tr>`)}</tbody></table></div>
    </section>`;
  }

  parcelsView() {
    const parcels = this.order.fulfilments;
    if (!parcels?.length) return nothing;
    return html`<section class="panel" aria-labelledby="parcels-h">
      <h2 id="parcels-h">${t('orders.parcels')}</h2>
      ${problem(this.parcelAction)}
      <ul class="cards" data-test="parcels">${parcels.map((p, n) => html`<li class="panel" data-parcel=${p.id} data-location=${p.location}
          aria-label=${t('orders.parcel', { n: n + 1 })}>
        <h3>${t('orders.parcel', { n: n + 1 })} ${badge('parcel', p.status)}</h3>
        <dl class="props">
          <dt>${t('inventory.location')}</dt><dd>${p.location}</dd>
          <dt>${t('orders.carrier')}</dt><dd>${p.carrier ?? '—'}</dd>
          <dt>${t('orders.trackingNumber')}</dt><dd data-test="parcel-tracking">${p.trackingNumber ?? '—'}</dd>
          <dt>${t('orders.shippedAt')}</dt><dd>${dateTime(p.shippedAt)}</dd>
          ${p.deliveredAt ? html`<dt>${t('orders.deliveredAt')}</dt><dd>${dateTime(p.deliveredAt)}</dd>` : nothing}
        </dl>
        <ul>${p.items.map((i) => html`<li>${number(i.quantity)} × ${i.name} <span class="muted">${i.sku}</span></li>`)}</ul>
        ${p.status === 'shipped' ? html`<button type="button" ?disabled=${this.parcelAction.busy} @click=${() => this.deliver(p)}
            aria-label=${t('orders.deliverParcel', { n: n + 1 })}>${t('orders.markDelivered')}</button>` : nothing}
      </li>`)}</ul>
    </section>`;
  }

  shipView() {
    const o = this.order;
    const form = this.shipForm;
    if (!SHIPPABLE.includes(o.status) || o.items.every((i) => left(i) <= 0)) {
      return form.done ? html`<section class="panel">${problem(form)}</section>` : nothing;
    }
    const items = new Map(o.items.map((i) => [i.id, i]));
    return html`<section class="panel" aria-labelledby="ship-h">
      <h2 id="ship-h">${t('orders.shipParcel')}</h2>
      ${problem(form, shownFields(form, ['location', 'carrier', 'trackingNumber', 'items'], ['items']))}
      <form @submit=${onSubmit(() => this.ship())} novalidate data-test="ship-form">
        <div class="row">
          ${field(form, 'location', t('orders.shipFrom'), { options: this.locations, required: true })}
          ${field(form, 'carrier', t('orders.carrier'))}
          ${field(form, 'trackingNumber', t('orders.parcelTracking'))}
        </div>
        <div class="table-wrap"><table data-test="ship-items"><thead><tr><th>${t('inventory.sku')}</th><th>${t('inventory.name')}</th>
          <th class="num">${t('orders.leftToShip')}</th><th class="num">${t('orders.inParcel')}</th></tr></thead>
        <tbody>${form.values.items.map((row, index) => {
          const i = items.get(row.orderItemId);
          return html`<tr data-sku=${i.sku}><td>${i.sku}</td><td>${i.name}</td><td class="num">${number(left(i))}</td>
            <td class="num">${field(rowForm(form, 'items', index, row), 'quantity', t('orders.quantityOf', { sku: i.sku }),
              { type: 'number', min: '0', max: String(left(i)), step: '1' })}</td></tr>`;
        })}</tbody></table></div>
        <p class="hint muted">${t('orders.shipHint')}</p>
        <button type="submit" ?disabled=${form.busy}>${t('orders.shipSubmit')}</button>
      </form>
    </section>`;
  }

  returnsView() {
    const returns = this.returns;
    if (!returns?.length) return nothing;
    return html`<section class="panel" aria-labelledby="returns-h">
      <h2 id="returns-h">${t('nav.returns')}</h2>
      <div class="table-wrap"><table data-test="order-returns"><thead><tr><th>${t('returns.requested')}</th><th>${t('orders.status')}</th>
        <th class="num">${t('orders.items')}</th><th class="num">${t('returns.refund')}</th></tr></thead>
      <tbody>${returns.map((r) => html`<tr><td><a href=${'#/returns/' + r.id}>${dateTime(r.createdAt)}</a></td><td>${badge('return', r.status)}</td>
        <td class="num">${number(r.items.reduce((n, i) => n + i.quantity, 0))}</td>
        <td class="num">${r.refund ? money(r.refund.amount, this.order.currency) : '—'}</td></tr>`)}</tbody></table></div>
    </section>`;
  }

  address(key, a) {
    return html`<section class="panel"><h2>${t(key)}</h2>${a ? html`<address>
      ${a.firstName} ${a.lastName}<br>${a.line1}<br>${a.line2 ? html`${a.line2}<br>` : nothing}${a.postalCode} ${a.city}<br>${a.country}
      ${a.phone ? html`<br>${a.phone}` : nothing}</address>` : html`<p class="muted">—</p>`}</section>`;
  }

  actions() {
    const next = NEXT[this.order.status] || [];
    if (next.length === 0) return nothing;
    const form = this.statusForm;
    return html`<section class="panel" aria-labelledby="move-h">
      <h2 id="move-h">${t('orders.move')}</h2>
      ${problem(form, { trackingNumber: 1, note: 1 })}
      <form @submit=${onSubmit(() => this.move(next.includes('shipped') ? 'shipped' : next[0]))} novalidate data-test="status-form">
        <div class="row">
          ${next.includes('shipped') ? field(form, 'trackingNumber', t('orders.trackingNumber'), { required: true }) : nothing}
          ${field(form, 'note', t('orders.note'))}
        </div>
        <div class="actions">${next.map((s) => html`<button type="button" class=${s === 'cancelled' ? 'danger' : ''}
            ?disabled=${form.busy} data-action=${s} @click=${() => this.move(s)}>${t('orders.to.' + s)}</button>`)}</div>
      </form>
    </section>`;
  }

  paymentsView() {
    const p = this.payments;
    const c = this.order.currency;
    const refundable = ['paid', 'partially_refunded'].includes(this.order.paymentStatus);
    const form = this.refundForm;
    return html`<section class="panel" aria-labelledby="pay-h">
      <h2 id="pay-h">${t('orders.payments')}</h2>
      <p>${t('orders.paid')}: <strong>${money(p.paid, c)}</strong> · ${t('orders.refunded')}: <strong>${money(p.refunded, c)}</strong></p>
      ${p.payments.length ? html`<div class="table-wrap"><table><thead><tr><th>${t('orders.provider')}</th><th>${t('orders.status')}</th>
        <th class="num">${t('orders.amount')}</th><th>${t('orders.date')}</th></tr></thead>
        <tbody>${p.payments.map((x) => html`<tr><td>${x.provider} <span class="muted">${x.paymentIntentId}</span></td><td>${label('paymentState', x.status)}</td>
          <td class="num">${money(x.amount, x.currency)}</td><td>${dateTime(x.succeededAt || x.createdAt)}</td></tr>`)}</tbody></table></div>` : html`<p class="muted">${t('orders.noPayment')}</p>`}
      ${p.refunds.length ? html`<h2>${t('orders.refunds')}</h2><div class="table-wrap"><table data-test="refunds"><thead><tr><th>${t('orders.date')}</th>
        <th class="num">${t('orders.amount')}</th><th>${t('orders.reason')}</th><th>${t('orders.status')}</th></tr></thead>
        <tbody>${p.refunds.map((r) => html`<tr><td>${dateTime(r.createdAt)}</td><td class="num">${money(r.amount, r.currency)}</td>
          <td>${r.reason ?? ''}</td><td>${label('refund', r.status)}${r.failureReason ? html` <span class="muted">${r.failureReason}</span>` : nothing}</td></tr>`)}</tbody></table></div>` : nothing}
      ${refundable ? html`<form @submit=${onSubmit(() => this.refund())} novalidate data-test="refund-form">
        <h2>${t('orders.refund')}</h2>
        ${problem(form, { amount: 1, reason: 1 })}
        <div class="row">
          ${field(form, 'amount', t('orders.refundAmount', { currency: c }), { type: 'number', min: step(c), step: step(c),
            hint: t('orders.refundHint', { left: money(Number(p.paid) - Number(p.refunded), c) }) })}
          ${field(form, 'reason', t('orders.reason'))}
        </div>
        <button type="submit" ?disabled=${form.busy}>${t('orders.refundSubmit')}</button>
      </form>` : nothing}
    </section>`;
  }
}
