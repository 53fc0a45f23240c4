// Customers: accounts by email (server paging), and one customer with their addresses and orders.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, money, dateTime } from '../i18n.js';
import { FormState, field, badge, pager, route, onSubmit } from '../ui.js';
import { MetadataEditor } from './metadata.js';

export class Customers {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.customers';
    this.query = query;
    this.filters = new FormState({ email: query.email ?? '' });
  }

  async load() {
    this.page = await api('/api/admin/users', { params: { email: this.filters.values.email?.trim(), page: this.query.page, limit: 20 } });
    this.loaded = true;
  }

  view() {
    const f = this.filters;
    return html`<h1 tabindex="-1">${t('nav.customers')}</h1>
      <form class="filters" role="search" @submit=${onSubmit(() => { location.hash = route('#/customers', { email: f.values.email?.trim() }); })}>
        ${field(f, 'email', t('customers.email'), { type: 'search' })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${this.page.data.length === 0 ? html`<p class="muted">${t('customers.none')}</p>` : html`
      <div class="table-wrap"><table data-test="customers"><thead><tr><th>${t('customers.email')}</th><th>${t('customers.name')}</th><th>${t('customers.role')}</th><th>${t('customers.since')}</th></tr></thead>
      <tbody>${this.page.data.map((u) => html`<tr><td><a href=${route('#/customers/' + u.id, { email: u.email })}>${u.email}</a></td>
        <td>${u.firstName} ${u.lastName}</td><td>${t('role.' + u.role)}</td><td>${dateTime(u.createdAt)}</td></tr>`)}</tbody></table></div>
      ${pager(this.page.pagination, (p) => route('#/customers', { email: f.values.email, page: p }))}`}`;
  }
}

export class CustomerDetail {
  constructor(app, { id, query }) {
    this.app = app;
    this.id = id;
    this.email = query.email;
    this.query = query;
    this.title = 'customers.title';
  }

  async load() {
    const found = await api('/api/admin/users', { params: { email: this.email, limit: 100 } });
    this.user = found.data.find((u) => u.id === this.id);
    if (this.user) this.addresses = (await api(`/api/admin/users/${this.id}/addresses`)).data;
    if (this.user) this.metadata = new MetadataEditor(this.app, { path: `/api/admin/customers/${this.id}`, stored: this.user,
      readOnly: !this.app.can('users:manage') });
    if (this.user && this.app.can('orders:manage')) {
      this.orders = await api('/api/admin/orders', { params: { email: this.user.email, page: this.query.page, limit: 10 } });
    }
    this.loaded = true;
  }

  view() {
    const u = this.user;
    if (!u) return html`<h1 tabindex="-1">${t('customers.title')}</h1><div class="alert error" role="alert">${t('error.not_found')}</div>`;
    return html`<p><a href="#/customers">← ${t('nav.customers')}</a></p>
      <h1 tabindex="-1">${u.firstName} ${u.lastName}</h1>
      <section class="panel"><dl class="props">
        <dt>${t('customers.email')}</dt><dd>${u.email}</dd>
        <dt>${t('customers.role')}</dt><dd>${t('role.' + u.role)}</dd>
        <dt>${t('customers.since')}</dt><dd>${dateTime(u.createdAt)}</dd>
      </dl></section>
      ${this.metadata.view()}
      <h2>${t('customers.addresses')}</h2>
      ${this.addresses.length === 0 ? html`<p class="muted">${t('customers.noAddresses')}</p>` : html`
      <ul class="cards" data-test="customer-addresses">${this.addresses.map((a) => html`<li class="panel"><address>
        ${a.label ? html`<strong>${a.label}</strong><br>` : nothing}${a.firstName} ${a.lastName}<br>
        ${a.company ? html`${a.company}<br>` : nothing}${a.line1}<br>${a.line2 ? html`${a.line2}<br>` : nothing}
        ${a.postalCode} ${a.city}, ${a.country}${a.phone ? html`<br>${a.phone}` : nothing}</address>
        ${a.isDefaultShipping ? badge('address', 'shipping') : nothing} ${a.isDefaultBilling ? badge('address', 'billing') : nothing}</li>`)}</ul>`}
      ${this.orders ? html`<h2>${t('nav.orders')}</h2>
        ${this.orders.data.length === 0 ? html`<p class="muted">${t('orders.none')}</p>` : html`
        <div class="table-wrap"><table data-test="customer-orders"><thead><tr><th>${t('orders.number')}</th><th>${t('orders.date')}</th><th>${t('orders.status')}</th><th class="num">${t('orders.total')}</th></tr></thead>
        <tbody>${this.orders.data.map((o) => html`<tr><td><a href=${'#/orders/' + o.id}>${o.orderNumber}</a></td><td>${dateTime(o.createdAt)}</td>
          <td>${badge('status', o.status)} ${badge('payment', o.paymentStatus)}</td><td class="num">${money(o.total, o.currency)}</td></tr>`)}</tbody></table></div>
        ${pager(this.orders.pagination, (p) => route('#/customers/' + u.id, { email: u.email, page: p }))}`}` : nothing}`;
  }
}
