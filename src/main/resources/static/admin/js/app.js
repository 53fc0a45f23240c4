// The dashboard: sign-in, the shell with the menus the caller's permissions allow, and a hash router.
import { html, render, nothing } from './lib.js';
import { api, login, logout, refresh, signedIn, whenSignedOut } from './api.js';
import { t, language, setLanguage, LANGUAGES } from './i18n.js';
import { FormState, field, problem, onSubmit, loadError } from './ui.js';
import { Home } from './screens/home.js';

/**
 * Menu entries and the permission each needs (the API checks it anyway: this only hides what fails).
 * A screen's module is imported when it is first shown, so the first load carries the home screen only;
 * `screen` names the list's class and `detail` the one of #/<path>/<id>; `sub` entries are shown under the one before.
 */
const MENU = [
  { path: 'home', title: 'nav.home', module: () => Promise.resolve({ Home }), screen: 'Home' },
  { path: 'orders', title: 'nav.orders', module: () => import('./screens/orders.js'), screen: 'Orders', detail: 'OrderDetail', permission: 'orders:manage' },
  { path: 'returns', title: 'nav.returns', module: () => import('./screens/returns.js'), screen: 'Returns', detail: 'ReturnDetail', permission: 'orders:manage', sub: true },
  { path: 'products', title: 'nav.products', module: () => import('./screens/products.js'), screen: 'Products', detail: 'ProductEdit', permission: 'catalog:write' },
  { path: 'categories', title: 'nav.categories', module: () => import('./screens/products.js'), screen: 'Categories', detail: 'CategoryEdit', permission: 'catalog:write' },
  { path: 'inventory', title: 'nav.inventory', module: () => import('./screens/inventory.js'), screen: 'Inventory', detail: 'Ledger', permission: 'inventory:manage' },
  { path: 'stock-locations', title: 'nav.stockLocations', module: () => import('./screens/locations.js'), screen: 'StockLocations', detail: 'StockLocationEdit', permission: 'inventory:manage', sub: true },
  { path: 'coupons', title: 'nav.coupons', module: () => import('./screens/coupons.js'), screen: 'Coupons', detail: 'CouponEdit', permission: 'coupons:manage' },
  { path: 'price-lists', title: 'nav.priceLists', module: () => import('./screens/pricelists.js'), screen: 'PriceLists', detail: 'PriceListEdit', permission: 'pricing:manage' },
  { path: 'customer-groups', title: 'nav.customerGroups', module: () => import('./screens/groups.js'), screen: 'CustomerGroups', detail: 'CustomerGroupEdit', permission: 'pricing:manage' },
  { path: 'customers', title: 'nav.customers', module: () => import('./screens/customers.js'), screen: 'Customers', detail: 'CustomerDetail', permission: 'customers:read' },
  { path: 'reviews', title: 'nav.reviews', module: () => import('./screens/reviews.js'), screen: 'Reviews', permission: 'catalog:write' },
  { path: 'markets', title: 'nav.markets', module: () => import('./screens/markets.js'), screen: 'Markets', detail: 'MarketEdit', permission: 'markets:manage' },
  { path: 'staff', title: 'nav.staff', module: () => import('./screens/staff.js'), screen: 'Staff', permission: 'users:manage' },
  { path: 'search', title: 'nav.search', module: () => import('./screens/search.js'), screen: 'SearchIndex', permission: 'catalog:write' },
  { path: 'api-keys', title: 'nav.apiKeys', module: () => import('./screens/apikeys.js'), screen: 'ApiKeys', permission: 'role:admin' },
  { path: 'webhooks', title: 'nav.webhooks', module: () => import('./screens/webhooks.js'), screen: 'Webhooks', detail: 'WebhookEdit', permission: 'role:admin' },
];

class App {
  constructor(root) {
    this.root = root;
    root.textContent = '';
    this.me = null;
    this.screen = null;
    this.signin = new FormState();
    this.starting = true;
    whenSignedOut(() => this.signedOut());
    window.addEventListener('hashchange', () => this.navigate());
  }

  can(permission) {
    return !permission || (permission === 'role:admin' ? this.me?.role === 'admin' : (this.me?.permissions || []).includes(permission));
  }

  async start() {
    if (await refresh()) {
      await this.loadMe();
    }
    this.starting = false;
    await this.navigate();
  }

  async loadMe() {
    try {
      const me = await api('/api/users/me');
      if (!me.permissions?.length) {
        // a customer account: the API would refuse every screen
        await logout();
        this.me = null;
        this.signin.message = t('signin.noAccess');
        return;
      }
      this.me = me;
    } catch (error) {
      this.me = null;
      this.signin.fail(error);
    }
  }

  signedOut() {
    this.me = null;
    this.screen = null;
    this.signin = new FormState();
    this.signin.message = t('signin.expired');
    this.update();
  }

  route() {
    const hash = location.hash.replace(/^#\/?/, '');
    const [pathPart, queryPart] = hash.split('?');
    const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
    const query = Object.fromEntries(new URLSearchParams(queryPart || ''));
    return { section: parts[0] || 'home', id: parts[1], rest: parts.slice(2), query };
  }

  async navigate() {
    if (this.starting) return;
    if (!this.me || !signedIn()) {
      this.me = null;
      this.update();
      document.getElementById('email')?.focus();
      return;
    }
    const { section, id, rest, query } = this.route();
    const entry = MENU.find((m) => m.path === section);
    this.section = entry?.path;
    // a later navigation may replace this one while its module or its data loads: only the last is shown
    const turn = (this.turn = (this.turn || 0) + 1);
    let screen;
    if (!entry) {
      screen = { view: () => html`<h1>${t('notFound.title')}</h1><p>${t('notFound.text')}</p>`, title: 'notFound.title' };
    } else if (!this.can(entry.permission)) {
      screen = { view: () => html`<h1>${t(entry.title)}</h1><div class="alert error" role="alert">${t('error.forbidden')}</div>`, title: entry.title };
    } else {
      try {
        const module = await entry.module();
        const Screen = module[id && entry.detail ? entry.detail : entry.screen];
        screen = new Screen(this, { id, rest, query });
      } catch (error) {
        screen = { error, title: entry.title, view: () => nothing };
      }
      if (turn !== this.turn) return;
    }
    this.screen = screen;
    screen.loading = true;
    this.update();
    try {
      await screen.load?.();
    } catch (error) {
      screen.error = error;
    }
    screen.loading = false;
    if (this.screen !== screen) return;
    this.update();
    document.title = `${t(screen.title || entry?.title || 'nav.home')} — Comptoir`;
    document.querySelector('main h1')?.focus();
  }

  update() {
    render(this.view(), this.root);
  }

  async submitSignIn() {
    const { email = '', password = '' } = this.signin.values;
    const done = await this.signin.run(() => this.update(), () => login(email, password));
    if (done !== undefined || signedIn()) {
      await this.loadMe();
      if (this.me) {
        this.signin = new FormState();
        await this.navigate();
      } else {
        this.update();
      }
    }
  }

  async signOut() {
    await logout();
    this.me = null;
    this.screen = null;
    location.hash = '#/';
    this.update();
  }

  changeLanguage(event) {
    setLanguage(event.target.value);
    this.update();
    document.title = `${t(this.screen?.title || 'nav.home')} — Comptoir`;
  }

  languagePicker() {
    return html`<label>${t('language')}
      <select @change=${(e) => this.changeLanguage(e)} data-test="language">
        ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === language()}>${t('language.' + l)}</option>`)}
      </select></label>`;
  }

  view() {
    if (this.starting) return html`<p class="boot">${t('loading')}</p>`;
    if (!this.me) return this.signInView();
    const screen = this.screen;
    return html`<a class="skip" href="#main" @click=${(e) => { e.preventDefault(); document.querySelector('main h1')?.focus(); }}>${t('skip')}</a>
    <div class="shell">
      <nav aria-label=${t('nav.label')}>
        <div class="brand">Comptoir</div>
        <ul>
          ${MENU.filter((m) => this.can(m.permission)).map((m) => html`<li class=${m.sub ? 'sub' : nothing}>
            <a href=${'#/' + (m.path === 'home' ? '' : m.path)} data-nav=${m.path}
               aria-current=${m.path === this.section ? 'page' : nothing}>${t(m.title)}</a></li>`)}
        </ul>
      </nav>
      <main id="main">
        <div class="topbar">
          ${this.languagePicker()}
          <span data-test="who">${this.me.firstName} ${this.me.lastName} · ${t('role.' + this.me.role) || this.me.role}</span>
          <button class="secondary" @click=${() => this.signOut()}>${t('signout')}</button>
        </div>
        ${screen?.error ? html`<h1 tabindex="-1">${t(screen.title || 'nav.home')}</h1>${loadError(screen.error)}`
          : screen?.loading && !screen.loaded ? html`<p class="muted" aria-live="polite">${t('loading')}</p>`
            : screen?.view() ?? nothing}
      </main>
    </div>`;
  }

  signInView() {
    const form = this.signin;
    return html`<main class="signin panel">
      <div class="topbar">${this.languagePicker()}</div>
      <h1 tabindex="-1">${t('signin.title')}</h1>
      <p class="muted">${t('signin.intro')}</p>
      ${problem(form, { email: 1, password: 1 })}
      <form @submit=${onSubmit(() => this.submitSignIn())} novalidate>
        ${field(form, 'email', t('signin.email'), { id: 'email', type: 'email', required: true, autocomplete: 'username' })}
        ${field(form, 'password', t('signin.password'), { id: 'password', type: 'password', required: true, autocomplete: 'current-password' })}
        <button type="submit" ?disabled=${form.busy}>${t('signin.submit')}</button>
      </form>
    </main>`;
  }
}

const app = new App(document.getElementById('app'));
app.update();
app.start();
