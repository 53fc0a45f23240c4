// Webhooks (ADR 0013, admins only): endpoints with the events they get, their signing secret shown once
// (at creation and rotation), switching them on and off, and each endpoint's delivery log with the
// attempts of a delivery and its replay.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, number, dateTime } from '../i18n.js';
import { FormState, field, problem, badge, onSubmit, pager, route } from '../ui.js';

const BASE = '/api/admin/webhooks';
/** The event types of WebhookEventTypes, grouped as the checkboxes show them. */
const EVENTS = [
  'order.created', 'order.paid', 'order.cancelled', 'order.shipped', 'order.delivered', 'order.refunded',
  'product.created', 'product.updated', 'product.deleted', 'inventory.low_stock', 'inventory.out_of_stock',
  'customer.created', 'return.requested', 'return.approved', 'return.rejected', 'return.received', 'return.refunded',
];
/** A secret just made, kept for the next screen only: it is never shown again. */
let fresh = null;

function state(w) {
  return w.active ? badge('state', 'active') : badge('webhook', w.disabledReason === 'failing' ? 'failing' : 'inactive');
}

export class Webhooks {
  constructor(app) {
    this.app = app;
    this.title = 'nav.webhooks';
  }

  async load() {
    this.endpoints = await api(BASE);
    this.loaded = true;
  }

  view() {
    return html`<h1 tabindex="-1">${t('nav.webhooks')}</h1>
      <p class="muted">${t('webhooks.help')}</p>
      <div class="actions"><a class="button" href="#/webhooks/new">${t('webhooks.new')}</a></div>
      ${this.endpoints.length === 0 ? html`<p class="muted">${t('webhooks.none')}</p>` : html`<div class="table-wrap">
        <table data-test="webhooks"><thead><tr><th>${t('webhooks.url')}</th><th>${t('webhooks.events')}</th>
          <th>${t('webhooks.state')}</th><th>${t('webhooks.description')}</th></tr></thead>
        <tbody>${this.endpoints.map((w) => html`<tr data-webhook=${w.id}>
          <td><a href=${'#/webhooks/' + w.id}>${w.url}</a></td><td>${eventsText(w.events)}</td>
          <td>${state(w)}</td><td>${w.description ?? ''}</td></tr>`)}</tbody></table></div>`}`;
  }
}

function eventsText(events) {
  return events.includes('*') ? t('webhooks.allEvents') : events.join(', ');
}

function values(w) {
  const v = { url: w.url, description: w.description ?? '', all: w.events.includes('*') };
  for (const e of EVENTS) v['event:' + e] = w.events.includes(e);
  return v;
}

export class WebhookEdit {
  constructor(app, { id, query }) {
    this.app = app;
    this.id = id === 'new' ? null : id;
    this.query = query;
    this.title = this.id ? 'webhooks.edit' : 'webhooks.new';
    this.form = new FormState({ url: '', description: '', all: false });
    this.action = new FormState();
    this.rotation = new FormState({ overlap: 'PT24H' });
  }

  async load() {
    if (this.id) {
      [this.endpoint, this.deliveries] = await Promise.all([api(`${BASE}/${this.id}`),
        api(`${BASE}/${this.id}/deliveries`, { params: { page: this.query.page, limit: 20, status: this.query.status || undefined } })]);
      this.form.values = values(this.endpoint);
      if (fresh?.id === this.id) {
        this.secret = fresh.secret;
        fresh = null;
      }
      if (this.query.delivery) this.opened = await api(`${BASE}/${this.id}/deliveries/${this.query.delivery}`);
    }
    this.loaded = true;
  }

  body(active) {
    const v = this.form.values;
    const events = v.all ? ['*'] : EVENTS.filter((e) => v['event:' + e]);
    return { url: v.url.trim(), events, description: v.description.trim() || null,
      active: active ?? (this.endpoint ? this.endpoint.active : true) };
  }

  /** Saves the form; with `active`, switches the saved endpoint on or off as it is. */
  async save(active) {
    const form = active === undefined ? this.form : this.action;
    const body = active === undefined ? this.body()
      : { url: this.endpoint.url, events: this.endpoint.events, description: this.endpoint.description ?? null, active };
    const saved = await form.run(() => this.app.update(),
      () => api(this.id ? `${BASE}/${this.id}` : BASE, { method: this.id ? 'PUT' : 'POST', body }));
    if (!saved) return;
    if (!this.id) {
      fresh = { id: saved.id, secret: saved.secret };
      location.hash = '#/webhooks/' + saved.id;
      return;
    }
    this.endpoint = saved;
    this.form.values = values(saved);
    form.succeed(active === undefined ? t('saved') : t(active ? 'webhooks.activated' : 'webhooks.deactivated'));
    this.app.update();
  }

  async rotate() {
    const overlap = this.rotation.values.overlap.trim() || undefined;
    const saved = await this.rotation.run(() => this.app.update(),
      () => api(`${BASE}/${this.id}/rotate-secret`, { method: 'POST', body: { overlap } }));
    if (!saved) return;
    this.endpoint = saved;
    this.secret = saved.secret;
    this.rotation.succeed(t('webhooks.rotated'));
    this.app.update();
  }

  async remove() {
    if (!confirm(t('webhooks.confirmDelete', { url: this.endpoint.url }))) return;
    const done = await this.action.run(() => this.app.update(), () => api(`${BASE}/${this.id}`, { method: 'DELETE' }));
    if (done !== undefined) location.hash = '#/webhooks';
  }

  async replay(delivery) {
    const done = await this.action.run(() => this.app.update(),
      () => api(`${BASE}/${this.id}/deliveries/${delivery.id}/replay`, { method: 'POST' }));
    if (done === undefined) return;
    this.action.succeed(t('webhooks.replayed'));
    await this.load();
    this.app.update();
  }

  view() {
    const w = this.endpoint;
    const f = this.form;
    return html`<p><a href="#/webhooks">← ${t('nav.webhooks')}</a></p>
      <h1 tabindex="-1">${w ? t('webhooks.edit') : t('webhooks.new')} ${w ? state(w) : nothing}</h1>
      ${this.secret ? html`<div class="alert ok" role="status" data-test="secret">${t('webhooks.secretOnce')}
        <pre><code>${this.secret}</code></pre></div>` : nothing}
      ${problem(this.action)}
      ${problem(f, { url: 1, events: 1, description: 1 })}
      <form class="panel" @submit=${onSubmit(() => this.save())} novalidate data-test="webhook-form">
        ${field(f, 'url', t('webhooks.url'), { type: 'url', required: true, hint: t('webhooks.urlHint') })}
        ${field(f, 'description', t('webhooks.description'))}
        <fieldset><legend>${t('webhooks.events')}</legend>
          ${field(f, 'all', t('webhooks.allEvents'), { type: 'checkbox', onInput: () => this.app.update() })}
          ${f.values.all ? nothing : html`<div class="row wrap">${EVENTS.map((e) => field(f, 'event:' + e, e, { type: 'checkbox' }))}</div>`}
        </fieldset>
        <div class="actions">
          <button type="submit" ?disabled=${f.busy}>${t(w ? 'save' : 'webhooks.create')}</button>
          ${w ? html`<button type="button" class="secondary" ?disabled=${this.action.busy} @click=${() => this.save(!w.active)}>
              ${t(w.active ? 'webhooks.deactivate' : 'webhooks.activate')}</button>
            <button type="button" class="danger" ?disabled=${this.action.busy} @click=${() => this.remove()}>${t('webhooks.delete')}</button>` : nothing}
        </div>
      </form>
      ${w ? this.rotationView(w) : nothing}
      ${w ? this.log() : nothing}`;
  }

  rotationView(w) {
    const r = this.rotation;
    return html`<section class="panel" aria-labelledby="rotate-h"><h2 id="rotate-h">${t('webhooks.secret')}</h2>
      ${w.previousSecretExpiresAt ? html`<p class="muted">${t('webhooks.overlapUntil', { at: dateTime(w.previousSecretExpiresAt) })}</p>` : nothing}
      ${problem(r, { overlap: 1 })}
      <form @submit=${onSubmit(() => this.rotate())} novalidate data-test="rotate-form">
        ${field(r, 'overlap', t('webhooks.overlap'), { hint: t('webhooks.overlapHint') })}
        <div class="actions"><button type="submit" ?disabled=${r.busy}>${t('webhooks.rotate')}</button></div>
      </form></section>`;
  }

  log() {
    const page = this.deliveries;
    const here = (params) => route('#/webhooks/' + this.id, { ...this.query, ...params });
    return html`<section class="panel" aria-labelledby="log-h"><h2 id="log-h">${t('webhooks.log')}</h2>
      ${page.data.length === 0 ? html`<p class="muted">${t('webhooks.noDeliveries')}</p>` : html`<div class="table-wrap">
        <table data-test="deliveries"><thead><tr><th>${t('webhooks.createdAt')}</th><th>${t('webhooks.event')}</th>
          <th>${t('webhooks.status')}</th><th class="num">${t('webhooks.attempts')}</th><th>${t('webhooks.lastCode')}</th>
          <th class="num">${t('webhooks.duration')}</th><th></th></tr></thead>
        <tbody>${page.data.map((d) => html`<tr data-delivery=${d.id}>
          <td><a href=${here({ delivery: d.id })}>${dateTime(d.createdAt)}</a></td><td>${d.event}</td>
          <td>${badge('delivery', d.status)}</td><td class="num">${number(d.attempts)}</td>
          <td>${d.responseCode ?? d.error ?? '—'}</td><td class="num">${d.durationMs == null ? '—' : number(d.durationMs) + ' ms'}</td>
          <td>${d.status === 'delivering' ? nothing : html`<button type="button" class="secondary" ?disabled=${this.action.busy}
            @click=${() => this.replay(d)}>${t('webhooks.replay')}</button>`}</td></tr>`)}</tbody></table></div>
        ${pager(page.pagination, (p) => here({ page: p }))}`}
      ${this.opened ? this.attempts(this.opened) : nothing}</section>`;
  }

  attempts(d) {
    return html`<h3>${t('webhooks.attemptsOf', { event: d.event, id: d.messageId })}</h3>
      <div class="table-wrap"><table data-test="attempts"><thead><tr><th>${t('webhooks.at')}</th><th>${t('webhooks.lastCode')}</th>
        <th class="num">${t('webhooks.duration')}</th><th>${t('webhooks.error')}</th><th>${t('webhooks.body')}</th></tr></thead>
      <tbody>${d.attemptLog.map((a) => html`<tr><td>${dateTime(a.at)}</td><td>${a.responseCode ?? '—'}</td>
        <td class="num">${number(a.durationMs)} ms</td><td>${a.error ?? ''}</td>
        <td><code class="clip">${a.responseBody ?? ''}</code></td></tr>`)}</tbody></table></div>`;
  }
}
