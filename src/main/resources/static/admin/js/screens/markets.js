// Markets: where the shop sells (countries, currency, tax mode, languages, shipping zones); list, create,
// edit and delete (the default market stays: the API refuses to delete it).
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, money, step, decimals } from '../i18n.js';
import { FormState, field, problem, badge, onSubmit, compact, rowForm, foldIndexed, shownFields, splitList } from '../ui.js';

const FIELDS = ['code', 'name', 'countries', 'currency', 'taxInclusive', 'defaultLocale', 'locales', 'shippingZones'];

export class Markets {
  constructor(app) {
    this.app = app;
    this.title = 'nav.markets';
  }

  async load() {
    this.markets = await api('/api/admin/markets');
    this.loaded = true;
  }

  view() {
    return html`<h1 tabindex="-1">${t('nav.markets')}</h1>
      <div class="actions"><a class="button" href="#/markets/new">${t('markets.new')}</a></div>
      <div class="table-wrap"><table data-test="markets"><thead><tr><th>${t('markets.name')}</th><th>${t('markets.code')}</th>
        <th>${t('markets.countries')}</th><th>${t('markets.currency')}</th><th>${t('markets.taxMode')}</th><th>${t('markets.locales')}</th>
        <th>${t('markets.zones')}</th></tr></thead>
      <tbody>${this.markets.map((m) => html`<tr data-market=${m.code}>
        <td><a href=${'#/markets/' + encodeURIComponent(m.code)}>${m.name}</a> ${m.isDefault ? badge('market', 'default') : nothing}</td>
        <td>${m.code}</td><td>${m.countries.join(', ')}</td><td>${m.currency}</td>
        <td>${t(m.taxInclusive ? 'markets.inclusive' : 'markets.exclusive')}</td>
        <td>${t('markets.localesCell', { locales: m.locales.join(', '), default: m.defaultLocale })}</td>
        <td>${m.shippingZones.map((z) => `${z.name} ${money(z.flatRate, m.currency)}`).join(' · ')}</td></tr>`)}</tbody></table></div>`;
  }
}

function emptyZone() {
  return { name: '', countries: '', flatRate: '', freeAbove: '', deliveryDaysMin: '1', deliveryDaysMax: '3' };
}

/** 4.9 shown as 4.90 in EUR, 1500 as 1500 in JPY. */
function amount(value, currency) {
  return Number(value).toFixed(decimals(currency));
}

/** A market as read, as the form's text values. */
function values(m) {
  return {
    code: m.code, name: m.name, countries: m.countries.join(', '), currency: m.currency, taxInclusive: m.taxInclusive,
    defaultLocale: m.defaultLocale, locales: m.locales.join(', '),
    zones: m.shippingZones.map((z) => ({ name: z.name, countries: z.countries.join(', '), flatRate: amount(z.flatRate, m.currency),
      freeAbove: z.freeAbove === null || z.freeAbove === undefined ? '' : amount(z.freeAbove, m.currency),
      deliveryDaysMin: String(z.deliveryDaysMin), deliveryDaysMax: String(z.deliveryDaysMax) })),
  };
}

export class MarketEdit {
  constructor(app, { id }) {
    this.app = app;
    this.code = id === 'new' ? null : id;
    this.title = this.code ? 'markets.edit' : 'markets.new';
    this.form = new FormState({ code: '', name: '', countries: '', currency: 'EUR', taxInclusive: false, defaultLocale: 'en',
      locales: 'en', zones: [emptyZone()] });
    this.action = new FormState();
  }

  async load() {
    if (this.code) {
      this.market = await api(`/api/admin/markets/${encodeURIComponent(this.code)}`);
      this.form.values = values(this.market);
    }
    this.loaded = true;
  }

  body() {
    const v = this.form.values;
    return {
      ...compact({ code: this.code ? undefined : v.code, name: v.name, currency: v.currency, defaultLocale: v.defaultLocale }),
      countries: splitList(v.countries).map((c) => c.toUpperCase()),
      taxInclusive: Boolean(v.taxInclusive),
      locales: splitList(v.locales).map((l) => l.toLowerCase()),
      shippingZones: v.zones.map((z) => ({
        ...compact({ name: z.name, flatRate: z.flatRate, freeAbove: z.freeAbove, deliveryDaysMin: z.deliveryDaysMin,
          deliveryDaysMax: z.deliveryDaysMax }, ['flatRate', 'freeAbove', 'deliveryDaysMin', 'deliveryDaysMax']),
        countries: splitList(z.countries).map((c) => (c === '*' ? c : c.toUpperCase())),
      })),
    };
  }

  async save() {
    const path = this.code ? `/api/admin/markets/${encodeURIComponent(this.code)}` : '/api/admin/markets';
    const saved = await this.form.run(() => this.app.update(), () => api(path, { method: this.code ? 'PUT' : 'POST', body: this.body() }));
    if (!saved) {
      foldIndexed(this.form, ['countries', 'locales']);
      this.app.update();
      return;
    }
    if (!this.code) {
      location.hash = '#/markets/' + encodeURIComponent(saved.code);
      return;
    }
    this.market = saved;
    this.form.values = values(saved);
    this.form.succeed(t('saved'));
    this.app.update();
  }

  async remove() {
    if (!confirm(t('markets.confirmDelete', { name: this.market.name }))) return;
    const done = await this.action.run(() => this.app.update(),
      () => api(`/api/admin/markets/${encodeURIComponent(this.code)}`, { method: 'DELETE' }));
    if (done !== undefined) location.hash = '#/markets';
  }

  addZone() {
    this.form.values.zones.push(emptyZone());
    this.app.update();
    requestAnimationFrame(() => document.querySelector(`[data-zone="${this.form.values.zones.length - 1}"] input`)?.focus());
  }

  removeZone(index) {
    this.form.values.zones.splice(index, 1);
    this.app.update();
  }

  view() {
    const f = this.form;
    const m = this.market;
    const currency = f.values.currency?.trim().toUpperCase();
    const amountStep = /^[A-Z]{3}$/.test(currency || '') ? safeStep(currency) : '0.01';
    return html`<p><a href="#/markets">← ${t('nav.markets')}</a></p>
      <h1 tabindex="-1">${m ? m.name : t('markets.new')} ${m?.isDefault ? badge('market', 'default') : nothing}</h1>
      ${problem(this.action)}
      ${problem(f, shownFields(f, FIELDS, ['countries', 'locales', 'shippingZones']))}
      <form class="panel" @submit=${onSubmit(() => this.save())} novalidate data-test="market-form">
        <div class="row">
          ${m ? nothing : field(f, 'code', t('markets.code'), { required: true, hint: t('markets.codeHint') })}
          ${field(f, 'name', t('markets.name'), { required: true })}
          ${m ? html`<div class="field"><span class="label">${t('markets.currency')}</span><span data-test="currency">${m.currency}</span>
              <span class="hint">${t('markets.currencyFixed')}</span></div>`
            : field(f, 'currency', t('markets.currency'), { required: true, hint: t('markets.currencyHint'), onInput: () => this.app.update() })}
        </div>
        ${field(f, 'countries', t('markets.countries'), { required: true, hint: t('markets.countriesHint') })}
        <div class="row">
          ${field(f, 'locales', t('markets.locales'), { required: true, hint: t('markets.localesHint') })}
          ${field(f, 'defaultLocale', t('markets.defaultLocale'), { required: true })}
        </div>
        ${field(f, 'taxInclusive', t('markets.taxInclusive'), { type: 'checkbox' })}
        <fieldset data-test="zones"><legend>${t('markets.zones')}</legend>
          <p class="hint muted">${t('markets.zonesHint')}</p>
          ${f.errors.shippingZones ? html`<p class="error" role="alert">${t('markets.zones')}: ${f.errors.shippingZones}</p>` : nothing}
          ${f.values.zones.map((z, i) => this.zoneView(rowForm(f, 'shippingZones', i, z), i, amountStep))}
          <button type="button" class="secondary" @click=${() => this.addZone()}>${t('markets.addZone')}</button>
        </fieldset>
        <div class="actions">
          <button type="submit" ?disabled=${f.busy}>${t(m ? 'save' : 'markets.create')}</button>
          ${m && !m.isDefault ? html`<button type="button" class="danger" @click=${() => this.remove()}>${t('markets.delete')}</button>` : nothing}
        </div>
        ${m?.isDefault ? html`<p class="muted">${t('markets.defaultKept')}</p>` : nothing}
      </form>`;
  }

  zoneView(zf, i, amountStep) {
    const n = i + 1;
    return html`<div class="zone" data-zone=${i} role="group" aria-label=${t('markets.zone', { n })}>
      ${zf.errors[''] ? html`<p class="error">${zf.errors['']}</p>` : nothing}
      <div class="row">
        ${field(zf, 'name', t('markets.zoneName'), { required: true })}
        ${field(zf, 'countries', t('markets.zoneCountries'), { required: true, hint: t('markets.zoneCountriesHint') })}
        ${field(zf, 'flatRate', t('markets.flatRate'), { type: 'number', min: '0', step: amountStep, required: true })}
        ${field(zf, 'freeAbove', t('markets.freeAbove'), { type: 'number', min: '0', step: amountStep })}
        ${field(zf, 'deliveryDaysMin', t('markets.daysMin'), { type: 'number', min: '0', step: '1', required: true })}
        ${field(zf, 'deliveryDaysMax', t('markets.daysMax'), { type: 'number', min: '0', step: '1', required: true })}
        <div class="field"><span class="label" aria-hidden="true">&nbsp;</span>
          <button type="button" class="secondary" aria-label=${t('markets.removeZone', { n })} @click=${() => this.removeZone(i)}>${t('remove')}</button></div>
      </div>
    </div>`;
  }
}

/** A currency Intl does not know (a typo while typing) keeps the two-decimal step. */
function safeStep(currency) {
  try {
    return step(currency);
  } catch {
    return '0.01';
  }
}
