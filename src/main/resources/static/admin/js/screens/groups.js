// Customer groups (what price lists can be limited to): the list, create, rename, delete, and a group's
// members, added by finding the account by email (customers:read) or by its id.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, number, dateTime } from '../i18n.js';
import { FormState, field, problem, pager, route, onSubmit, compact } from '../ui.js';

export class CustomerGroups {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.customerGroups';
    this.query = query;
    this.form = new FormState({ name: '', description: '' });
  }

  async load() {
    this.page = await api('/api/admin/customer-groups', { params: { page: this.query.page, limit: 20 } });
    this.loaded = true;
  }

  async create() {
    const saved = await this.form.run(() => this.app.update(), () => api('/api/admin/customer-groups', { method: 'POST', body: compact(this.form.values) }));
    if (saved) location.hash = '#/customer-groups/' + saved.id;
  }

  view() {
    return html`<h1 tabindex="-1">${t('nav.customerGroups')}</h1>
      ${this.page.data.length === 0 ? html`<p class="muted">${t('groups.none')}</p>` : html`
      <div class="table-wrap"><table data-test="groups"><thead><tr><th>${t('groups.name')}</th><th>${t('groups.description')}</th>
        <th class="num">${t('groups.memberCount')}</th></tr></thead>
      <tbody>${this.page.data.map((g) => html`<tr data-group=${g.name}><td><a href=${'#/customer-groups/' + g.id}>${g.name}</a></td>
        <td>${g.description ?? ''}</td><td class="num">${number(g.memberCount)}</td></tr>`)}</tbody></table></div>
      ${pager(this.page.pagination, (p) => route('#/customer-groups', { page: p }))}`}
      <section class="panel" aria-labelledby="newgroup-h">
        <h2 id="newgroup-h">${t('groups.new')}</h2>
        ${problem(this.form, { name: 1, description: 1 })}
        <form @submit=${onSubmit(() => this.create())} novalidate>
          <div class="row">${field(this.form, 'name', t('groups.name'), { required: true })}
            ${field(this.form, 'description', t('groups.description'))}</div>
          <button type="submit" ?disabled=${this.form.busy}>${t('groups.create')}</button>
        </form>
      </section>`;
  }
}

export class CustomerGroupEdit {
  constructor(app, { id, query }) {
    this.app = app;
    this.id = id;
    this.query = query;
    this.title = 'groups.title';
    this.form = new FormState({ name: '', description: '' });
    this.action = new FormState();
    this.find = new FormState({ email: '', userId: '' });
  }

  async load() {
    [this.group, this.members] = await Promise.all([
      api(`/api/admin/customer-groups/${this.id}`),
      api(`/api/admin/customer-groups/${this.id}/members`, { params: { page: this.query.page, limit: 20 } }),
    ]);
    this.form.values = { name: this.group.name, description: this.group.description ?? '' };
    this.loaded = true;
  }

  async reload() {
    await this.load();
    this.app.update();
  }

  async rename() {
    const saved = await this.form.run(() => this.app.update(), () => api(`/api/admin/customer-groups/${this.id}`, { method: 'PUT', body: compact(this.form.values) }));
    if (saved) {
      this.group = saved;
      this.form.succeed(t('saved'));
      this.app.update();
    }
  }

  async remove() {
    if (!confirm(t('groups.confirmDelete', { name: this.group.name }))) return;
    const done = await this.action.run(() => this.app.update(), () => api(`/api/admin/customer-groups/${this.id}`, { method: 'DELETE' }));
    if (done !== undefined) location.hash = '#/customer-groups';
  }

  async search() {
    const email = this.find.values.email?.trim();
    const found = await this.find.run(() => this.app.update(), () => api('/api/admin/users', { params: { email, limit: 10 } }));
    if (found) {
      this.found = found.data;
      if (this.found.length === 0) this.find.message = t('groups.noAccount', { email });
      this.app.update();
    }
  }

  async add(userId) {
    this.action.done = null;
    const saved = await this.find.run(() => this.app.update(),
      () => api(`/api/admin/customer-groups/${this.id}/members`, { method: 'POST', body: { userIds: [userId] } }));
    if (saved) {
      this.find = new FormState({ email: '', userId: '' });
      this.find.succeed(t('groups.added', { count: saved.memberCount, n: number(saved.memberCount) }));
      this.found = null;
      await this.reload();
    }
  }

  async removeMember(member) {
    // one outcome on screen at a time: the last action's
    this.find.done = null;
    const done = await this.action.run(() => this.app.update(),
      () => api(`/api/admin/customer-groups/${this.id}/members/${member.userId}`, { method: 'DELETE' }));
    if (done !== undefined) {
      this.action.succeed(t('groups.removed', { email: member.email ?? member.userId }));
      await this.reload();
    }
  }

  view() {
    const g = this.group;
    return html`<p><a href="#/customer-groups">← ${t('nav.customerGroups')}</a></p>
      <h1 tabindex="-1">${g.name}</h1>
      ${problem(this.action)}
      <section class="panel" aria-labelledby="rename-h">
        <h2 id="rename-h">${t('groups.rename')}</h2>
        ${problem(this.form, { name: 1, description: 1 })}
        <form @submit=${onSubmit(() => this.rename())} novalidate data-test="group-form">
          <div class="row">${field(this.form, 'name', t('groups.name'), { required: true })}
            ${field(this.form, 'description', t('groups.description'))}</div>
          <div class="actions"><button type="submit" ?disabled=${this.form.busy}>${t('save')}</button>
            <button type="button" class="danger" @click=${() => this.remove()}>${t('groups.delete')}</button></div>
        </form>
      </section>
      <section class="panel" aria-labelledby="members-h">
        <h2 id="members-h">${t('groups.membersTitle', { n: number(g.memberCount) })}</h2>
        ${this.members.data.length === 0 ? html`<p class="muted">${t('groups.noMembers')}</p>` : html`
        <div class="table-wrap"><table data-test="members"><thead><tr><th>${t('customers.email')}</th><th>${t('customers.name')}</th>
          <th>${t('groups.addedAt')}</th><th></th></tr></thead>
        <tbody>${this.members.data.map((m) => html`<tr data-email=${m.email ?? ''}><td>${m.email ?? html`<span class="muted">${t('groups.deactivated')}</span>`}</td>
          <td>${m.firstName ?? ''} ${m.lastName ?? ''}</td><td>${dateTime(m.addedAt)}</td>
          <td><button class="secondary" aria-label=${t('groups.removeMember', { who: m.email ?? m.userId })} @click=${() => this.removeMember(m)}>${t('remove')}</button></td></tr>`)}</tbody></table></div>
        ${pager(this.members.pagination, (p) => route('#/customer-groups/' + this.id, { page: p }))}`}
        ${this.addView()}
      </section>`;
  }

  addView() {
    const ff = this.find;
    if (!this.app.can('customers:read')) {
      // without customers:read the accounts cannot be searched: the account's id is asked instead
      return html`<h3>${t('groups.add')}</h3>${problem(ff, { userId: 1, userIds: 1 })}
        <form @submit=${onSubmit(() => this.add(ff.values.userId?.trim()))} novalidate>
          ${field(ff, 'userId', t('groups.userId'), { required: true, hint: t('groups.userIdHint'), errorKey: 'userIds' })}
          <button type="submit" ?disabled=${ff.busy}>${t('groups.addMember')}</button>
        </form>`;
    }
    return html`<h3>${t('groups.add')}</h3>${problem(ff, { email: 1 })}
      <form class="filters" role="search" @submit=${onSubmit(() => this.search())} novalidate data-test="member-search">
        ${field(ff, 'email', t('groups.findEmail'), { type: 'search', required: true, hint: t('groups.findHint') })}
        <div class="field"><button type="submit" ?disabled=${ff.busy}>${t('groups.find')}</button></div>
      </form>
      ${this.found?.length ? html`<ul class="plain" data-test="found">${this.found.map((u) => html`<li class="actions">
        <span>${u.email} <span class="muted">${u.firstName} ${u.lastName}</span></span>
        <button class="secondary" aria-label=${t('groups.addWho', { email: u.email })} @click=${() => this.add(u.id)}>${t('groups.addMember')}</button></li>`)}</ul>` : nothing}`;
  }
}
