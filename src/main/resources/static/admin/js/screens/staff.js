// Staff: the roles and what each grants, and giving an account a role (admins only: users:manage).
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, dateTime } from '../i18n.js';
import { FormState, field, problem, pager, route, onSubmit } from '../ui.js';

export class Staff {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.staff';
    this.query = query;
    this.filters = new FormState({ email: query.email ?? '' });
    this.form = new FormState();
    this.roleOf = {};
  }

  async load() {
    [this.roles, this.page] = await Promise.all([
      api('/api/admin/roles'),
      api('/api/admin/users', { params: { email: this.filters.values.email?.trim(), page: this.query.page, limit: 20 } }),
    ]);
    this.loaded = true;
  }

  async change(user, role) {
    const saved = await this.form.run(() => this.app.update(), () => api(`/api/admin/users/${user.id}/role`, { method: 'PUT', body: { role } }));
    if (saved) {
      this.form.succeed(t('staff.changed', { email: saved.email, role: t('role.' + saved.role) }));
      await this.load();
      this.app.update();
    }
  }

  view() {
    const f = this.filters;
    const roleOptions = this.roles.map((r) => [r.name, t('role.' + r.name)]);
    return html`<h1 tabindex="-1">${t('nav.staff')}</h1>
      <section class="panel" aria-labelledby="roles-h"><h2 id="roles-h">${t('staff.roles')}</h2>
        <div class="table-wrap"><table data-test="roles"><thead><tr><th>${t('customers.role')}</th><th>${t('staff.permissions')}</th></tr></thead>
        <tbody>${this.roles.map((r) => html`<tr><td>${t('role.' + r.name)}<div class="muted">${r.description ?? ''}</div></td>
          <td>${r.permissions.map((p) => html`<span class="badge">${p}</span> `)}</td></tr>`)}</tbody></table></div></section>
      <h2>${t('staff.accounts')}</h2>
      <form class="filters" role="search" @submit=${onSubmit(() => { location.hash = route('#/staff', { email: f.values.email?.trim() }); })}>
        ${field(f, 'email', t('customers.email'), { type: 'search' })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${problem(this.form)}
      <div class="table-wrap"><table data-test="accounts"><thead><tr><th>${t('customers.email')}</th><th>${t('customers.name')}</th><th>${t('customers.since')}</th><th>${t('customers.role')}</th></tr></thead>
      <tbody>${this.page.data.map((u) => html`<tr data-email=${u.email}><td>${u.email}</td><td>${u.firstName} ${u.lastName}</td><td>${dateTime(u.createdAt)}</td>
        <td><div class="actions"><label class="sr-only" for=${'role-' + u.id}>${t('staff.roleOf', { email: u.email })}</label>
          <select id=${'role-' + u.id} @change=${(e) => { this.roleOf[u.id] = e.target.value; }}>
            ${roleOptions.map(([v, l]) => html`<option value=${v} ?selected=${v === u.role}>${l}</option>`)}</select>
          <button class="secondary" ?disabled=${this.form.busy || u.id === this.app.me.id} @click=${() => this.change(u, this.roleOf[u.id] ?? u.role)}>${t('staff.apply')}</button></div></td></tr>`)}</tbody></table></div>
      ${pager(this.page.pagination, (p) => route('#/staff', { email: f.values.email, page: p }))}
      ${nothing}`;
  }
}
