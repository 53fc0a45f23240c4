// Stock locations (ADR 0012): the warehouses stock is kept in. List, create, edit, deactivate/reactivate
// and delete; the API refuses to delete the default location or one that still holds stock.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, number } from '../i18n.js';
import { FormState, field, problem, badge, onSubmit, compact } from '../ui.js';

const BASE = '/api/admin/stock-locations';
const ADDRESS = ['line1', 'line2', 'city', 'postalCode', 'country'];

/** Every location, by priority then code (the order checkout allocates in). */
export async function listLocations() {
  const answer = await api(BASE);
  const all = Array.isArray(answer) ? answer : answer.data;
  return [...all].sort((a, b) => a.priority - b.priority || a.code.localeCompare(b.code));
}

/**
 * The locations a form may pick, as [code, label] pairs. Listing them needs inventory:manage: without it
 * (an order manager) the codes already known from the order (its reservations, its parcels) and `main`.
 */
export async function locationChoices(app, known = []) {
  let codes = [];
  if (app.can('inventory:manage')) {
    try {
      const all = await listLocations();
      codes = all.map((l) => [l.code, l.active ? `${l.name} (${l.code})` : `${l.name} (${l.code}, ${t('state.inactive')})`]);
    } catch {
      codes = [];
    }
  }
  for (const code of ['main', ...known]) {
    if (code && !codes.some(([c]) => c === code)) codes.push([code, code]);
  }
  return codes;
}

/** An address on one line, or a dash. */
export function addressLine(a) {
  if (!a) return '—';
  return [a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.country].filter(Boolean).join(', ') || '—';
}

export class StockLocations {
  constructor(app) {
    this.app = app;
    this.title = 'nav.stockLocations';
  }

  async load() {
    this.locations = await listLocations();
    this.loaded = true;
  }

  view() {
    return html`<h1 tabindex="-1">${t('nav.stockLocations')}</h1>
      <p class="muted">${t('locations.help')}</p>
      <div class="actions"><a class="button" href="#/stock-locations/new">${t('locations.new')}</a></div>
      <div class="table-wrap"><table data-test="locations"><thead><tr><th>${t('locations.code')}</th><th>${t('locations.name')}</th>
        <th class="num">${t('locations.priority')}</th><th>${t('locations.state')}</th><th>${t('locations.address')}</th></tr></thead>
      <tbody>${this.locations.map((l) => html`<tr data-location=${l.code}>
        <td><a href=${'#/stock-locations/' + encodeURIComponent(l.code)}>${l.code}</a></td><td>${l.name}</td>
        <td class="num">${number(l.priority)}</td><td>${badge('state', l.active ? 'active' : 'inactive')}</td>
        <td>${addressLine(l.address)}</td></tr>`)}</tbody></table></div>`;
  }
}

function values(l) {
  const a = l.address || {};
  return { code: l.code, name: l.name, priority: String(l.priority), active: l.active,
    ...Object.fromEntries(ADDRESS.map((k) => [k, a[k] ?? ''])) };
}

export class StockLocationEdit {
  constructor(app, { id }) {
    this.app = app;
    this.code = id === 'new' ? null : id;
    this.title = this.code ? 'locations.edit' : 'locations.new';
    this.form = new FormState({ code: '', name: '', priority: '10', active: true, ...Object.fromEntries(ADDRESS.map((k) => [k, ''])) });
    this.action = new FormState();
  }

  async load() {
    if (this.code) {
      this.location = (await listLocations()).find((l) => l.code === this.code);
      if (!this.location) throw Object.assign(new Error('not found'), { code: 'location_not_found' });
      this.form.values = values(this.location);
    }
    this.loaded = true;
  }

  body() {
    const v = this.form.values;
    const address = compact(Object.fromEntries(ADDRESS.map((k) => [k, v[k]])));
    if (address.country) address.country = address.country.toUpperCase();
    return {
      ...compact({ code: this.code ? undefined : v.code, name: v.name, priority: v.priority }, ['priority']),
      address: Object.keys(address).length ? address : null,
      active: Boolean(v.active),
    };
  }

  /** Saves the form; with `active`, only flips the saved location's state (whatever is being typed). */
  async save(active) {
    const form = active === undefined ? this.form : this.action;
    const path = this.code ? `${BASE}/${encodeURIComponent(this.code)}` : BASE;
    const l = this.location;
    const body = active === undefined ? this.body()
      : { name: l.name, priority: l.priority, address: l.address ?? null, active };
    const saved = await form.run(() => this.app.update(), () => api(path, { method: this.code ? 'PUT' : 'POST', body }));
    if (!saved) return;
    if (!this.code) {
      location.hash = '#/stock-locations/' + encodeURIComponent(saved.code);
      return;
    }
    this.location = saved;
    this.form.values = values(saved);
    form.succeed(active === undefined ? t('saved') : t(active ? 'locations.reactivated' : 'locations.deactivated', { code: this.code }));
    this.app.update();
  }

  async remove() {
    if (!confirm(t('locations.confirmDelete', { name: this.location.name }))) return;
    const done = await this.action.run(() => this.app.update(),
      () => api(`${BASE}/${encodeURIComponent(this.code)}`, { method: 'DELETE' }));
    if (done !== undefined) location.hash = '#/stock-locations';
  }

  view() {
    const f = this.form;
    const l = this.location;
    const names = ['code', 'name', 'priority', 'active', ...ADDRESS];
    return html`<p><a href="#/stock-locations">← ${t('nav.stockLocations')}</a></p>
      <h1 tabindex="-1">${l ? `${t('locations.edit')} ${l.name}` : t('locations.new')} ${l ? badge('state', l.active ? 'active' : 'inactive') : nothing}</h1>
      ${problem(this.action)}
      ${problem(f, Object.fromEntries([...names, 'address', ...ADDRESS.map((k) => 'address.' + k)].map((n) => [n, 1])))}
      <form class="panel" @submit=${onSubmit(() => this.save())} novalidate data-test="location-form">
        <div class="row">
          ${l ? html`<div class="field"><span class="label">${t('locations.code')}</span><span data-test="code">${l.code}</span></div>`
            : field(f, 'code', t('locations.code'), { required: true, hint: t('locations.codeHint') })}
          ${field(f, 'name', t('locations.name'), { required: true })}
          ${field(f, 'priority', t('locations.priority'), { type: 'number', step: '1', required: true, hint: t('locations.priorityHint') })}
        </div>
        ${l ? nothing : field(f, 'active', t('locations.active'), { type: 'checkbox' })}
        <fieldset><legend>${t('locations.address')}</legend>
          <div class="row">
            ${field(f, 'line1', t('locations.line1'), { errorKey: 'address.line1' })}
            ${field(f, 'line2', t('locations.line2'), { errorKey: 'address.line2' })}
          </div>
          <div class="row">
            ${field(f, 'postalCode', t('locations.postalCode'), { errorKey: 'address.postalCode' })}
            ${field(f, 'city', t('locations.city'), { errorKey: 'address.city' })}
            ${field(f, 'country', t('locations.country'), { errorKey: 'address.country', hint: t('locations.countryHint') })}
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" ?disabled=${f.busy}>${t(l ? 'save' : 'locations.create')}</button>
          ${l ? html`<button type="button" class="secondary" ?disabled=${this.action.busy} @click=${() => this.save(!l.active)}>
              ${t(l.active ? 'locations.deactivate' : 'locations.reactivate')}</button>
            <button type="button" class="danger" ?disabled=${this.action.busy} @click=${() => this.remove()}>${t('locations.delete')}</button>` : nothing}
        </div>
        ${l ? html`<p class="muted">${t(l.active ? 'locations.activeHelp' : 'locations.inactiveHelp')}</p>` : nothing}
      </form>
      ${l ? html`<p><a href=${'#/inventory?location=' + encodeURIComponent(l.code)}>${t('locations.stockHere')}</a></p>` : nothing}`;
  }
}
