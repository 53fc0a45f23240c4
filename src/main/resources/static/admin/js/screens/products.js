// Products: the list (by state, or a search of the live catalog), create and edit with variants, images,
// SEO and category, soft delete and restore; the category tree with move and reorder.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, money, number, step } from '../i18n.js';
import { FormState, field, problem, badge, pager, route, onSubmit, compact, rowForm, shownFields } from '../ui.js';
import { Translations, marketLocales } from './translations.js';
import { MetadataEditor } from './metadata.js';

const PRODUCT_TEXTS = [['name', 'products.name'], ['slug', 'products.slug'], ['shortDescription', 'products.shortDescription', { type: 'textarea', rows: 2 }],
  ['description', 'products.description', { type: 'textarea', rows: 5 }], ['seoTitle', 'products.seoTitle'],
  ['seoDescription', 'products.seoDescription', { type: 'textarea', rows: 2 }]];
const CATEGORY_TEXTS = [['name', 'products.name'], ['slug', 'products.slug'], ['description', 'products.description', { type: 'textarea', rows: 3 }]];

const STATES = ['all', 'active', 'inactive', 'deleted'];

/** The tree flattened depth first, each node with its depth, for selects and the category screen. */
function flatten(nodes, depth = 0, out = []) {
  for (const n of nodes) {
    out.push({ ...n, depth });
    flatten(n.children || [], depth + 1, out);
  }
  return out;
}

export class Products {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.products';
    this.query = query;
    this.filters = new FormState({ q: query.q ?? '', status: query.status ?? 'all' });
  }

  async load() {
    const { q, status } = this.filters.values;
    // the admin list: a search by name or SKU within the chosen state, inactive and deleted products included
    this.page = await api('/api/admin/products', { params: { q: q?.trim() || undefined, status, page: this.query.page, limit: 20 } });
    this.loaded = true;
  }

  view() {
    const f = this.filters;
    const params = () => ({ q: f.values.q?.trim(), status: f.values.status === 'all' ? '' : f.values.status });
    return html`<h1 tabindex="-1">${t('nav.products')}</h1>
      <div class="actions"><a class="button" href="#/products/new">${t('products.new')}</a></div>
      <form class="filters" role="search" @submit=${onSubmit(() => { location.hash = route('#/products', params()); })}>
        ${field(f, 'q', t('products.search'), { type: 'search', hint: t('products.searchHint') })}
        ${field(f, 'status', t('products.state'), { options: STATES.map((s) => [s, t('products.state.' + s)]) })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${this.page.data.length === 0 ? html`<p class="muted">${t('products.none')}</p>` : html`
      <div class="table-wrap"><table data-test="products"><thead><tr><th>${t('products.name')}</th><th>${t('inventory.sku')}</th>
        <th class="num">${t('products.price')}</th><th class="num">${t('inventory.stock')}</th><th>${t('products.state')}</th></tr></thead>
      <tbody>${this.page.data.map((p) => html`<tr><td><a href=${'#/products/' + p.id}>${p.name}</a></td><td>${p.sku}</td>
        <td class="num">${money(p.price, p.currency)}</td><td class="num">${number(p.stock)}</td>
        <td>${p.deletedAt ? badge('state', 'deleted') : badge('state', p.isActive ? 'active' : 'inactive')}</td></tr>`)}</tbody></table></div>
      ${pager(this.page.pagination, (n) => route('#/products', { ...params(), page: n }))}`}`;
  }
}

const PRODUCT_FIELDS = ['name', 'sku', 'price', 'compareAtPrice', 'stock', 'shortDescription', 'description',
  'seoTitle', 'seoDescription', 'categoryId', 'isActive', 'isFeatured', 'slug'];

export class ProductEdit {
  constructor(app, { id }) {
    this.app = app;
    this.id = id === 'new' ? null : id;
    this.title = this.id ? 'products.edit' : 'products.new';
    this.form = new FormState({ isActive: true, isFeatured: false, price: '', stock: '0', variants: [] });
    this.variantForm = new FormState({ sku: '', name: '', options: '', price: '', stock: '0' });
    this.imageForm = new FormState({ url: '', altText: '' });
    this.action = new FormState();
  }

  async load() {
    const [tree, markets, product] = await Promise.all([api('/api/admin/categories'), api('/api/markets'),
      this.id ? api(`/api/admin/products/${this.id}`) : null]);
    this.categories = flatten(tree.data);
    this.markets = markets;
    this.currency = markets.find((m) => m.isDefault)?.currency ?? 'EUR';
    if (product) this.keep(product);
    else this.form.values.prices = this.priceRows([]);
    this.loaded = true;
  }

  keep(p) {
    this.product = p;
    this.currency = p.currency;
    this.form.values = Object.fromEntries(PRODUCT_FIELDS.map((k) => [k, p[k] === null || p[k] === undefined ? '' : typeof p[k] === 'boolean' ? p[k] : String(p[k])]));
    this.form.values.prices = this.priceRows(p.prices || []);
    this.translations = new Translations(this.app, { path: `/api/admin/products/${p.id}`, fields: PRODUCT_TEXTS,
      stored: p.translations, locales: marketLocales(this.markets), selected: this.translations?.locale });
    this.metadata = new MetadataEditor(this.app, { path: `/api/admin/products/${p.id}`, stored: p });
  }

  /**
   * One row per currency other than the product's own: every market's, and any the product has a price in
   * (kept as it is unless changed); an empty amount is no price, so the product is not sold there.
   */
  priceRows(prices) {
    const currencies = [...new Set([...this.markets.map((m) => m.currency), ...prices.map((x) => x.currency)])]
      .filter((c) => c !== this.currency);
    return currencies.map((currency) => {
      const own = prices.find((x) => x.currency === currency);
      return { currency, amount: own ? String(own.amount) : '', compareAtPrice: own?.compareAtPrice == null ? '' : String(own.compareAtPrice),
        markets: this.markets.filter((m) => m.currency === currency).map((m) => m.name) };
    });
  }

  /** The whole set of prices the API replaces: the own currency's (from price) and each filled row. */
  pricesBody(v) {
    const own = compact({ currency: this.currency, amount: v.price, compareAtPrice: v.compareAtPrice }, ['amount', 'compareAtPrice']);
    const rows = v.prices.filter((r) => String(r.amount).trim() !== '')
      .map((r) => compact({ currency: r.currency, amount: r.amount, compareAtPrice: r.compareAtPrice }, ['amount', 'compareAtPrice']));
    return [own, ...rows];
  }

  async save() {
    const v = compact(this.form.values, ['price', 'compareAtPrice', 'stock']);
    v.prices = this.pricesBody(this.form.values);
    v.isActive = Boolean(this.form.values.isActive);
    v.isFeatured = Boolean(this.form.values.isFeatured);
    if (!this.id && this.pendingVariants?.length) v.variants = this.pendingVariants;
    // stock moves through inventory (with its ledger) once the product exists
    if (this.id) delete v.stock;
    const saved = await this.form.run(() => this.app.update(), () => api(this.id ? `/api/products/${this.id}` : '/api/products',
      { method: this.id ? 'PUT' : 'POST', body: v }));
    if (saved) {
      if (!this.id) {
        location.hash = '#/products/' + saved.id;
        return;
      }
      this.keep(saved);
      this.form.succeed(t('saved'));
      this.app.update();
    }
  }

  variantBody() {
    const v = this.variantForm.values;
    const options = Object.fromEntries((v.options || '').split(',').map((p) => p.split('=').map((s) => s.trim())).filter(([k, x]) => k && x));
    // its own prices in the other currencies; a currency left empty sells at the product's price there
    const prices = this.otherCurrencies().filter((c) => String(v['price ' + c] ?? '').trim() !== '')
      .map((c) => compact({ currency: c, amount: v['price ' + c] }, ['amount']));
    return { ...compact({ sku: v.sku, name: v.name, price: v.price, stock: v.stock }, ['price', 'stock']), options,
      ...(prices.length ? { prices } : {}) };
  }

  otherCurrencies() {
    return (this.form.values.prices || []).map((r) => r.currency);
  }

  async addVariant() {
    if (!this.id) {
      // a new product takes its variants with it on create
      (this.pendingVariants ??= []).push(this.variantBody());
      this.variantForm = new FormState({ sku: '', name: '', options: '', price: '', stock: '0' });
      this.app.update();
      return;
    }
    const saved = await this.variantForm.run(() => this.app.update(), () => api(`/api/products/${this.id}/variants`, { method: 'POST', body: this.variantBody() }));
    if (saved) {
      this.variantForm = new FormState({ sku: '', name: '', options: '', price: '', stock: '0' });
      await this.refresh();
    }
  }

  async removeVariant(variant) {
    if (await this.action.run(() => this.app.update(), () => api(`/api/products/${this.id}/variants/${variant.id}`, { method: 'DELETE' })) !== undefined) await this.refresh();
  }

  async addImage() {
    const saved = await this.imageForm.run(() => this.app.update(), () => api(`/api/products/${this.id}/images`, { method: 'POST', body: compact(this.imageForm.values) }));
    if (saved) {
      this.imageForm = new FormState({ url: '', altText: '' });
      await this.refresh();
    }
  }

  async removeImage(image) {
    if (await this.action.run(() => this.app.update(), () => api(`/api/products/${this.id}/images/${image.id}`, { method: 'DELETE' })) !== undefined) await this.refresh();
  }

  async remove() {
    if (!confirm(t('products.confirmDelete', { name: this.product.name }))) return;
    if (await this.action.run(() => this.app.update(), () => api(`/api/products/${this.id}`, { method: 'DELETE' })) !== undefined) {
      this.action.succeed(t('products.deleted'));
      await this.refresh();
    }
  }

  async restore() {
    if (await this.action.run(() => this.app.update(), () => api(`/api/admin/products/${this.id}/restore`, { method: 'POST' })) !== undefined) {
      this.action.succeed(t('products.restored'));
      await this.refresh();
    }
  }

  async refresh() {
    this.keep(await api(`/api/admin/products/${this.id}`));
    this.app.update();
  }

  view() {
    const f = this.form;
    const p = this.product;
    const categoryOptions = [['', t('products.noCategory')], ...this.categories.map((c) => [c.id, '— '.repeat(c.depth) + c.name])];
    return html`<p><a href="#/products">← ${t('nav.products')}</a></p>
      <h1 tabindex="-1">${p ? p.name : t('products.new')}</h1>
      ${p?.deletedAt ? html`<div class="alert error" role="status">${t('products.isDeleted')}</div>` : nothing}
      ${problem(this.action)}
      ${problem(f, this.shownFields())}
      <form class="panel" @submit=${onSubmit(() => this.save())} novalidate data-test="product-form">
        <div class="row">
          ${field(f, 'name', t('products.name'), { required: true })}
          ${field(f, 'sku', t('inventory.sku'), { required: true })}
          ${field(f, 'price', t('products.price') + ` (${this.currency})`, { type: 'number', step: step(this.currency), min: '0', required: true })}
          ${field(f, 'compareAtPrice', t('products.compareAtPriceIn', { currency: this.currency }), { type: 'number', step: step(this.currency), min: '0' })}
        </div>
        <div class="row">
          ${p ? nothing : field(f, 'stock', t('inventory.stock'), { type: 'number', step: '1', min: '0', hint: t('products.stockHint') })}
          ${field(f, 'categoryId', t('products.category'), { options: categoryOptions })}
          ${p ? field(f, 'slug', t('products.slug')) : nothing}
        </div>
        ${field(f, 'shortDescription', t('products.shortDescription'), { type: 'textarea', rows: 2 })}
        ${field(f, 'description', t('products.description'), { type: 'textarea', rows: 5 })}
        ${this.pricesView()}
        <fieldset><legend>${t('products.seo')}</legend>
          ${field(f, 'seoTitle', t('products.seoTitle'))}
          ${field(f, 'seoDescription', t('products.seoDescription'), { type: 'textarea', rows: 2 })}
        </fieldset>
        <div class="actions">
          ${field(f, 'isActive', t('products.active'), { type: 'checkbox' })}
          ${field(f, 'isFeatured', t('products.featured'), { type: 'checkbox' })}
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${f.busy}>${t(p ? 'save' : 'products.create')}</button>
          ${p && !p.deletedAt ? html`<button type="button" class="danger" @click=${() => this.remove()}>${t('products.delete')}</button>` : nothing}
          ${p?.deletedAt ? html`<button type="button" class="secondary" @click=${() => this.restore()}>${t('products.restore')}</button>` : nothing}
        </div>
      </form>
      ${this.translations ? this.translations.view() : nothing}
      ${this.metadata ? this.metadata.view() : nothing}
      ${this.variantsView()}
      ${p ? this.imagesView() : nothing}`;
  }

  /** Errors shown at a field (a currency's row included) are not listed again in the form's problem. */
  shownFields() {
    const shown = shownFields(this.form, PRODUCT_FIELDS, ['prices']);
    for (const name of Object.keys(shown)) if (name.startsWith('prices[0]')) delete shown[name];
    return shown;
  }

  pricesView() {
    const rows = this.form.values.prices;
    if (!rows.length) return nothing;
    const f = this.form;
    // the API names a price by its place in the list sent: the own currency's first, then the filled rows
    const sent = rows.filter((r) => String(r.amount).trim() !== '');
    const sentIndex = (row) => (sent.includes(row) ? sent.indexOf(row) + 1 : -1);
    return html`<fieldset data-test="prices"><legend>${t('products.prices')}</legend>
      <p class="hint muted">${t('products.pricesHint')}</p>
      <div class="table-wrap"><table><thead><tr><th>${t('products.currency')}</th><th>${t('products.soldIn')}</th>
        <th>${t('products.price')}</th><th>${t('products.compareAt')}</th></tr></thead>
      <tbody>${rows.map((r) => {
        const row = rowForm(f, 'prices', sentIndex(r), r);
        return html`<tr data-currency=${r.currency}><th scope="row">${r.currency}</th>
          <td>${r.markets.length ? r.markets.join(', ') : html`<span class="muted">${t('products.noMarket')}</span>`}</td>
          <td>${field(row, 'amount', t('products.priceIn', { currency: r.currency }), { type: 'number', min: '0', step: step(r.currency) })}</td>
          <td>${field(row, 'compareAtPrice', t('products.compareAtIn', { currency: r.currency }), { type: 'number', min: '0', step: step(r.currency) })}</td></tr>`;
      })}</tbody></table></div>
    </fieldset>`;
  }

  variantsView() {
    const vf = this.variantForm;
    const rows = this.product ? this.product.variants : this.pendingVariants || [];
    return html`<section class="panel" aria-labelledby="variants-h">
      <h2 id="variants-h">${t('products.variants')}</h2>
      ${rows.length ? html`<div class="table-wrap"><table data-test="variants"><thead><tr><th>${t('inventory.sku')}</th><th>${t('products.name')}</th>
        <th>${t('products.options')}</th><th class="num">${t('products.price')}</th><th>${t('products.otherPrices')}</th><th class="num">${t('inventory.stock')}</th><th></th></tr></thead>
      <tbody>${rows.map((v) => html`<tr><td>${v.sku}</td><td>${v.name}</td><td>${Object.entries(v.options || {}).map(([k, x]) => `${k}=${x}`).join(', ')}</td>
        <td class="num">${v.price === null || v.price === undefined ? '—' : money(v.price, this.currency)}</td>
        <td data-test="variant-prices">${(v.prices || []).filter((x) => x.currency !== this.currency).map((x) => money(x.amount, x.currency)).join(' · ') || '—'}</td>
        <td class="num">${number(v.stock ?? 0)}</td>
        <td>${this.product ? html`<button class="secondary" @click=${() => this.removeVariant(v)}>${t('remove')}</button>` : nothing}</td></tr>`)}</tbody></table></div>` : html`<p class="muted">${t('products.noVariants')}</p>`}
      ${problem(vf, { sku: 1, name: 1, price: 1, stock: 1, options: 1 })}
      <form @submit=${onSubmit(() => this.addVariant())} novalidate>
        <div class="row">
          ${field(vf, 'sku', t('inventory.sku'), { required: true })}
          ${field(vf, 'name', t('products.name'), { required: true })}
          ${field(vf, 'options', t('products.options'), { hint: t('products.optionsHint') })}
          ${field(vf, 'price', t('products.variantPrice'), { type: 'number', step: step(this.currency), min: '0' })}
          ${field(vf, 'stock', t('inventory.stock'), { type: 'number', step: '1', min: '0' })}
        </div>
        ${this.otherCurrencies().length ? html`<div class="row">${this.otherCurrencies().map((c) => field(vf, 'price ' + c,
          t('products.variantPriceIn', { currency: c }), { type: 'number', step: step(c), min: '0' }))}</div>` : nothing}
        <button type="submit" class="secondary" ?disabled=${vf.busy}>${t('products.addVariant')}</button>
      </form>
    </section>`;
  }

  imagesView() {
    const imf = this.imageForm;
    return html`<section class="panel" aria-labelledby="images-h">
      <h2 id="images-h">${t('products.images')}</h2>
      ${this.product.images.length ? html`<div class="table-wrap"><table data-test="images"><thead><tr><th>${t('products.url')}</th><th>${t('products.altText')}</th><th></th></tr></thead>
        <tbody>${this.product.images.map((i) => html`<tr><td><a href=${i.url} rel="noopener noreferrer" target="_blank">${i.url}</a></td><td>${i.altText ?? ''}</td>
          <td><button class="secondary" @click=${() => this.removeImage(i)}>${t('remove')}</button></td></tr>`)}</tbody></table></div>` : html`<p class="muted">${t('products.noImages')}</p>`}
      ${problem(imf, { url: 1, altText: 1 })}
      <form @submit=${onSubmit(() => this.addImage())} novalidate>
        <div class="row">${field(imf, 'url', t('products.url'), { type: 'url', required: true })}${field(imf, 'altText', t('products.altText'))}</div>
        <button type="submit" class="secondary" ?disabled=${imf.busy}>${t('products.addImage')}</button>
      </form>
    </section>`;
  }
}

export class Categories {
  constructor(app) {
    this.app = app;
    this.title = 'nav.categories';
    this.form = new FormState({ name: '', parentId: '', description: '' });
    this.action = new FormState();
  }

  async load() {
    this.tree = (await api('/api/admin/categories')).data;
    this.flat = flatten(this.tree);
    this.loaded = true;
  }

  async create() {
    const saved = await this.form.run(() => this.app.update(), () => api('/api/categories', { method: 'POST', body: compact(this.form.values) }));
    if (saved) {
      this.form = new FormState({ name: '', parentId: this.form.values.parentId, description: '' });
      this.form.succeed(t('categories.created', { name: saved.name }));
      await this.load();
      this.app.update();
    }
  }

  body(node, changes) {
    const body = compact({ name: node.name, slug: node.slug, description: node.description, parentId: node.parentId, position: node.position, ...changes });
    if (changes.parentId === '') delete body.parentId;
    return body;
  }

  async put(requests) {
    const done = await this.action.run(() => this.app.update(), async () => {
      for (const [node, changes] of requests) {
        await api(`/api/categories/${node.id}`, { method: 'PUT', body: this.body(node, changes) });
      }
      return true;
    });
    await this.load();
    this.app.update();
    return done;
  }

  siblings(parentId) {
    return this.flat.filter((c) => (c.parentId ?? '') === (parentId ?? '')).sort((a, b) => a.position - b.position);
  }

  /** Under another parent (or the top level), last among its new siblings. */
  move(node, parentId) {
    const last = Math.max(-1, ...this.siblings(parentId).map((c) => c.position));
    return this.put([[node, { parentId, position: last + 1 }]]);
  }

  /** Up or down among its siblings; the API keeps plain positions, so the siblings are numbered again. */
  reorder(node, step) {
    const order = this.siblings(node.parentId);
    const i = order.findIndex((c) => c.id === node.id);
    if (!order[i + step]) return undefined;
    [order[i], order[i + step]] = [order[i + step], order[i]];
    return this.put(order.map((c, position) => [c, { position }]).filter(([c, { position }]) => c.position !== position));
  }

  async remove(node) {
    if (!confirm(t('categories.confirmDelete', { name: node.name }))) return;
    if (await this.action.run(() => this.app.update(), () => api(`/api/categories/${node.id}`, { method: 'DELETE' })) !== undefined) {
      await this.load();
      this.app.update();
    }
  }

  view() {
    const parents = [['', t('categories.root')], ...this.flat.map((c) => [c.id, '— '.repeat(c.depth) + c.name])];
    return html`<h1 tabindex="-1">${t('nav.categories')}</h1>
      ${problem(this.action)}
      <div class="table-wrap"><table data-test="categories"><thead><tr><th>${t('products.name')}</th><th>${t('categories.parent')}</th><th>${t('categories.order')}</th><th></th></tr></thead>
      <tbody>${this.flat.map((c) => html`<tr data-category=${c.slug} data-depth=${c.depth}>
        <td style=${`padding-left: calc(0.6rem + ${c.depth} * 1.2rem)`}><a href=${'#/categories/' + c.id}>${c.name}</a> <span class="muted">/${c.slug}</span></td>
        <td><label class="sr-only" for=${'parent-' + c.id}>${t('categories.parent')}</label>
          <select id=${'parent-' + c.id} @change=${(e) => this.move(c, e.target.value)}>
          ${parents.filter(([id]) => id !== c.id).map(([id, name]) => html`<option value=${id} ?selected=${(c.parentId ?? '') === id}>${name}</option>`)}</select></td>
        <td><div class="actions"><button class="secondary" aria-label=${t('categories.up', { name: c.name })} @click=${() => this.reorder(c, -1)}>↑</button>
          <button class="secondary" aria-label=${t('categories.down', { name: c.name })} @click=${() => this.reorder(c, 1)}>↓</button></div></td>
        <td><button class="secondary" @click=${() => this.remove(c)}>${t('remove')}</button></td></tr>`)}</tbody></table></div>
      <section class="panel" aria-labelledby="newcat-h">
        <h2 id="newcat-h">${t('categories.new')}</h2>
        ${problem(this.form, { name: 1, parentId: 1, description: 1 })}
        <form @submit=${onSubmit(() => this.create())} novalidate>
          <div class="row">${field(this.form, 'name', t('products.name'), { required: true })}
            ${field(this.form, 'parentId', t('categories.parent'), { options: parents })}</div>
          ${field(this.form, 'description', t('products.description'), { type: 'textarea', rows: 2 })}
          <button type="submit" ?disabled=${this.form.busy}>${t('categories.create')}</button>
        </form>
      </section>`;
  }
}

/** A category's texts per language (its own texts, position and parent are edited on the tree). */
export class CategoryEdit {
  constructor(app, { id }) {
    this.app = app;
    this.id = id;
    this.title = 'categories.title';
  }

  async load() {
    const [category, markets] = await Promise.all([api(`/api/admin/categories/${this.id}`), api('/api/markets')]);
    this.category = category;
    this.translations = new Translations(this.app, { path: `/api/admin/categories/${this.id}`, fields: CATEGORY_TEXTS,
      stored: category.translations, locales: marketLocales(markets) });
    this.loaded = true;
  }

  view() {
    const c = this.category;
    return html`<p><a href="#/categories">← ${t('nav.categories')}</a></p>
      <h1 tabindex="-1">${c.name}</h1>
      <section class="panel"><dl class="props">
        <dt>${t('products.slug')}</dt><dd>${c.slug}</dd>
        <dt>${t('products.description')}</dt><dd>${c.description ?? '—'}</dd>
      </dl></section>
      ${this.translations.view()}`;
  }
}
