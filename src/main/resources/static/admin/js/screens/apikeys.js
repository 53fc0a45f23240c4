// API keys (ADR 0013, admins only): publishable keys for storefronts, secret keys for servers. List,
// make one (a secret key's token is shown this once), revoke, rotate with an overlap.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, dateTime } from '../i18n.js';
import { FormState, field, problem, badge, onSubmit, toInstant } from '../ui.js';

const BASE = '/api/admin/api-keys';

export class ApiKeys {
  constructor(app) {
    this.app = app;
    this.title = 'nav.apiKeys';
    this.form = new FormState({ kind: 'secret', name: '', market: '', rateLimit: '', expiresAt: '' });
    this.chosen = new Set();
    this.action = new FormState();
    this.shown = null;
  }

  async load() {
    [this.keys, this.markets] = await Promise.all([api(BASE), api('/api/markets').catch(() => [])]);
    this.loaded = true;
  }

  body() {
    const v = this.form.values;
    const body = { kind: v.kind, name: v.name.trim() };
    if (v.expiresAt) body.expiresAt = toInstant(v.expiresAt);
    if (v.kind === 'secret') body.permissions = [...this.chosen];
    if (v.kind === 'publishable' && v.market) body.market = v.market;
    if (v.kind === 'publishable' && String(v.rateLimit).trim()) body.rateLimit = Number(v.rateLimit);
    return body;
  }

  async create() {
    const made = await this.form.run(() => this.app.update(), () => api(BASE, { method: 'POST', body: this.body() }));
    if (!made) return;
    this.shown = made;
    this.form = new FormState({ kind: made.kind, name: '', market: '', rateLimit: '', expiresAt: '' });
    this.chosen = new Set();
    await this.reload();
  }

  async revoke(key) {
    if (!confirm(t('apikeys.confirmRevoke', { name: key.name }))) return;
    const done = await this.action.run(() => this.app.update(), () => api(`${BASE}/${key.id}`, { method: 'DELETE' }));
    if (done === undefined) return;
    this.action.succeed(t('apikeys.revoked', { name: key.name }));
    await this.reload();
  }

  async rotate(key) {
    const overlap = prompt(t('apikeys.overlapPrompt'), 'PT24H');
    if (overlap === null) return;
    const made = await this.action.run(() => this.app.update(),
      () => api(`${BASE}/${key.id}/rotate`, { method: 'POST', body: overlap.trim() ? { overlap: overlap.trim() } : {} }));
    if (!made) return;
    this.shown = made;
    await this.reload();
  }

  async reload() {
    this.keys = await api(BASE);
    this.app.update();
  }

  tokenShown() {
    const k = this.shown;
    if (!k) return nothing;
    return html`<div class="alert ok" role="status" data-test="new-token">
      <p>${t(k.kind === 'secret' ? 'apikeys.secretOnce' : 'apikeys.publishableShown', { name: k.name })}</p>
      <p><code data-test="token">${k.token}</code></p>
      <button class="secondary" @click=${() => { this.shown = null; this.app.update(); }}>${t('apikeys.copied')}</button></div>`;
  }

  createForm() {
    const f = this.form;
    const secret = f.values.kind === 'secret';
    const perms = this.app.me.permissions || [];
    return html`<form class="panel" @submit=${onSubmit(() => this.create())} novalidate data-test="apikey-form">
      <h2>${t('apikeys.new')}</h2>
      ${problem(f, { kind: 1, name: 1, permissions: 1, market: 1, rateLimit: 1, expiresAt: 1 })}
      <div class="row">
        ${field(f, 'kind', t('apikeys.kind'), { options: [['secret', t('apikeys.kind.secret')], ['publishable', t('apikeys.kind.publishable')]],
          onInput: () => this.app.update() })}
        ${field(f, 'name', t('apikeys.name'), { required: true })}
        ${field(f, 'expiresAt', t('apikeys.expiresAt'), { type: 'datetime-local', hint: t('apikeys.expiresHint') })}
      </div>
      ${secret ? html`<fieldset data-test="permissions"><legend>${t('apikeys.permissions')}</legend>
          ${perms.map((p) => html`<div class="field check"><input type="checkbox" id=${'perm-' + p} value=${p}
              .checked=${this.chosen.has(p)} @change=${(e) => { if (e.target.checked) this.chosen.add(p); else this.chosen.delete(p); }}>
            <label for=${'perm-' + p}>${p}</label></div>`)}
          ${f.errors.permissions ? html`<span class="error">${f.errors.permissions}</span>` : nothing}</fieldset>`
        : html`<div class="row">
          ${field(f, 'market', t('apikeys.market'), { options: [['', t('apikeys.anyMarket')], ...this.markets.map((m) => [m.code, `${m.name} (${m.code})`])] })}
          ${field(f, 'rateLimit', t('apikeys.rateLimit'), { type: 'number', min: 1, step: 1, hint: t('apikeys.rateLimitHint') })}
        </div>`}
      <p class="muted">${t(secret ? 'apikeys.secretHelp' : 'apikeys.publishableHelp')}</p>
      <button type="submit" ?disabled=${f.busy}>${t('apikeys.create')}</button>
    </form>`;
  }

  view() {
    return html`<h1 tabindex="-1">${t('nav.apiKeys')}</h1>
      <p class="muted">${t('apikeys.help')}</p>
      ${this.tokenShown()}
      ${problem(this.action)}
      <div class="table-wrap"><table data-test="apikeys"><thead><tr><th>${t('apikeys.name')}</th><th>${t('apikeys.kind')}</th>
        <th>${t('apikeys.prefix')}</th><th>${t('apikeys.scope')}</th><th>${t('apikeys.status')}</th><th>${t('apikeys.lastUsed')}</th>
        <th>${t('apikeys.expiresAt')}</th><th></th></tr></thead>
      <tbody>${this.keys.length ? this.keys.map((k) => html`<tr data-key=${k.id}>
        <td>${k.name}</td><td>${t('apikeys.kind.' + k.kind)}</td>
        <td><code>${k.kind === 'publishable' ? k.token : k.prefix + '…'}</code></td>
        <td>${k.kind === 'secret' ? k.permissions.map((p) => html`<span class="badge">${p}</span> `)
          : [k.market ? html`<span class="badge">${k.market}</span> ` : nothing, k.rateLimit ? t('apikeys.perWindow', { n: k.rateLimit }) : nothing]}</td>
        <td>${badge('apikeys.status', k.status)}${k.rotatedTo ? html` <span class="muted">${t('apikeys.rotatedNote')}</span>` : nothing}</td>
        <td>${dateTime(k.lastUsedAt)}</td><td>${dateTime(k.expiresAt)}</td>
        <td>${k.status === 'active' ? html`<div class="actions">
          ${k.rotatedTo ? nothing : html`<button class="secondary" ?disabled=${this.action.busy} @click=${() => this.rotate(k)}>${t('apikeys.rotate')}</button>`}
          <button class="secondary" ?disabled=${this.action.busy} @click=${() => this.revoke(k)}>${t('apikeys.revoke')}</button></div>` : nothing}</td>
        </tr>`) : html`<tr><td colspan="8" class="muted">${t('apikeys.none')}</td></tr>`}</tbody></table></div>
      ${this.createForm()}`;
  }
}
