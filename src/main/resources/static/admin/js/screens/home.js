// Home: revenue, orders, average order value and refunds for today, 7 and 30 days (the analytics API's
// own figures), the daily chart, top products and categories, low stock and the open staff alerts.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, money, number, isoDay, timeZone, shortDate, dateTime, label } from '../i18n.js';
import { loadChart } from '../lib.js';
import { FormState, problem, route } from '../ui.js';

const PERIODS = [['today', 0], ['7d', 6], ['30d', 29]];
const METRICS = ['revenue', 'orderCount', 'averageOrderValue', 'refunds'];

export class Home {
  constructor(app, { query } = { query: {} }) {
    this.app = app;
    this.title = 'nav.home';
    this.alertForm = new FormState();
    // analytics never add up different currencies: the figures are those of one, the default market's first
    this.currency = query.currency;
  }

  async load() {
    const tz = timeZone();
    const range = (days) => ({ from: isoDay(days), to: isoDay(0), tz, currency: this.currency });
    const jobs = [];
    if (this.app.can('analytics:read')) {
      jobs.push(api('/api/markets').then((markets) => {
        this.currencies = [...new Set(markets.map((m) => m.currency))];
      }));
      jobs.push(Promise.all(PERIODS.map(([, days]) => api('/api/admin/analytics/summary', { params: range(days) })))
        .then((s) => { this.summaries = s; }));
      jobs.push(api('/api/admin/analytics/series', { params: { ...range(29), interval: 'day' } }).then((s) => { this.series = s; }));
      jobs.push(api('/api/admin/analytics/top-products', { params: { ...range(29), limit: 5 } }).then((r) => { this.topProducts = r.data; }));
      jobs.push(api('/api/admin/analytics/top-categories', { params: { ...range(29), limit: 5 } }).then((r) => { this.topCategories = r.data; }));
      jobs.push(api('/api/admin/analytics/low-stock', { params: { limit: 8 } }).then((r) => { this.lowStock = r; }));
    }
    if (this.app.can('orders:manage')) {
      jobs.push(this.loadAlerts());
    }
    await Promise.all(jobs);
    this.loaded = true;
  }

  async loadAlerts() {
    this.alerts = await api('/api/admin/alerts', { params: { status: 'open', limit: 10 } });
  }

  async act(alert, action) {
    await this.alertForm.run(() => this.app.update(), () => api(`/api/admin/alerts/${alert.id}/${action}`, { method: 'POST' }));
    if (!this.alertForm.message) {
      this.alertForm.succeed(t(action === 'retry' ? 'alerts.retried' : 'alerts.resolved'));
      await this.loadAlerts();
      this.app.update();
    }
  }

  updated() {
    if (this.series && this.app.can('analytics:read')) this.drawChart();
  }

  async drawChart() {
    const canvas = document.getElementById('sales-chart');
    if (!canvas) return;
    const Chart = await loadChart();
    const points = this.series.data;
    const labels = points.map((p) => shortDate(p.period));
    const revenue = points.map((p) => Number(p.revenue));
    const orders = points.map((p) => p.orderCount);
    if (this.chart && this.chart.canvas === canvas) {
      this.chart.data.labels = labels;
      this.chart.data.datasets[0].label = t('home.revenue');
      this.chart.data.datasets[1].label = t('home.orderCount');
      this.chart.update();
      return;
    }
    this.chart?.destroy();
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { type: 'line', label: t('home.revenue'), data: revenue, yAxisID: 'y', borderColor: '#1f5fbf', backgroundColor: '#1f5fbf', tension: 0.25 },
          { type: 'bar', label: t('home.orderCount'), data: orders, yAxisID: 'y1', backgroundColor: '#c7d6ee' },
        ],
      },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {
          y: { position: 'left', ticks: { callback: (v) => money(v, this.series.currency) } },
          y1: { position: 'right', grid: { drawOnChartArea: false }, ticks: { precision: 0 } },
        },
      },
    });
  }

  view() {
    setTimeout(() => this.updated());
    return html`<h1 tabindex="-1">${t('home.title')}</h1>
      ${this.summaries ? html`<section class="panel" aria-labelledby="figures-h">
        <h2 id="figures-h">${t('home.figures')}</h2>
        ${this.currencies?.length > 1 ? html`<div class="field"><label for="home-currency">${t('home.currency')}</label>
          <select id="home-currency" data-test="currency" @change=${(e) => { location.hash = route('#/', { currency: e.target.value }); }}>
            ${this.currencies.map((c) => html`<option value=${c} ?selected=${c === this.summaries[0].currency}>${c}</option>`)}</select></div>` : nothing}
        <div class="table-wrap"><table data-test="figures">
          <thead><tr><th scope="col"></th>${PERIODS.map(([p]) => html`<th scope="col" class="num">${t('home.period.' + p)}</th>`)}</tr></thead>
          <tbody>${METRICS.map((m) => html`<tr><th scope="row">${t('home.' + m)}</th>
            ${this.summaries.map((s, i) => html`${this.figureCell(s, m, PERIODS[i][0])}`)}</tr>`)}</tbody>
        </table></div>
      </section>
      <section class="panel" aria-labelledby="chart-h">
        <h2 id="chart-h">${t('home.chart')}</h2>
        <div class="chart-box"><canvas id="sales-chart" role="img" aria-label=${t('home.chartLabel')}></canvas></div>
      </section>
      <div class="grid">
        ${this.topList('home.topProducts', this.topProducts, 'top-products')}
        ${this.topList('home.topCategories', this.topCategories, 'top-categories')}
      </div>
      <section class="panel" aria-labelledby="low-h">
        <h2 id="low-h">${t('home.lowStock')}</h2>
        ${this.lowStock.data.length === 0 ? html`<p class="muted">${t('home.noLowStock')}</p>` : html`
        <div class="table-wrap"><table data-test="low-stock"><thead><tr><th>${t('inventory.sku')}</th><th>${t('inventory.name')}</th><th class="num">${t('inventory.stock')}</th></tr></thead>
          <tbody>${this.lowStock.data.map((s) => html`<tr><td>${this.app.can('inventory:manage') ? html`<a href=${'#/inventory/' + encodeURIComponent(s.sku)}>${s.sku}</a>` : s.sku}</td><td>${s.name}</td><td class="num">${number(s.stock)}</td></tr>`)}</tbody></table></div>
          ${this.lowStock.pagination.total > this.lowStock.data.length ? html`<p><a href="#/inventory?lowStock=true">${t('home.allLowStock', { n: number(this.lowStock.pagination.total) })}</a></p>` : nothing}`}
      </section>` : nothing}
      ${this.alerts ? this.alertsView() : nothing}
      ${!this.summaries && !this.alerts ? html`<p>${t('home.welcome')}</p>` : nothing}`;
  }

  figureCell(summary, metric, period) {
    const value = summary[metric];
    const shown = metric === 'orderCount' ? number(value) : money(value, summary.currency);
    return html`<td class="num" data-period=${period} data-metric=${metric} data-value=${value}>${shown}</td>`;
  }

  topList(titleKey, rows, test) {
    return html`<section class="panel" aria-label=${t(titleKey)}>
      <h2>${t(titleKey)}</h2>
      ${rows.length === 0 ? html`<p class="muted">${t('home.nothingSold')}</p>` : html`
      <table data-test=${test}><thead><tr><th>${t('home.name')}</th><th class="num">${t('home.units')}</th><th class="num">${t('home.revenue')}</th></tr></thead>
        <tbody>${rows.map((r) => html`<tr><td>${r.name}</td><td class="num">${number(r.units)}</td><td class="num">${money(r.revenue, this.series.currency)}</td></tr>`)}</tbody></table>`}
    </section>`;
  }

  /** An alert's summary, linked to what it is about when the reader may open it. */
  subjectLink(a) {
    const links = { order: ['#/orders/', 'orders:manage'], webhook_endpoint: ['#/webhooks/', 'role:admin'] };
    const [path, permission] = links[a.subject?.type] || [];
    return path && this.app.can(permission) ? html`<a href=${path + a.subject.id}>${a.summary}</a>` : a.summary;
  }

  alertsView() {
    const rows = this.alerts.data;
    return html`<section class="panel" aria-labelledby="alerts-h" data-test="alerts">
      <h2 id="alerts-h">${t('home.alerts')} (${number(this.alerts.pagination.total)})</h2>
      ${problem(this.alertForm)}
      ${rows.length === 0 ? html`<p class="muted">${t('home.noAlerts')}</p>` : html`
      <div class="table-wrap"><table><thead><tr><th>${t('alerts.kind')}</th><th>${t('alerts.summary')}</th><th>${t('alerts.last')}</th><th>${t('alerts.attempts')}</th><th></th></tr></thead>
      <tbody>${rows.map((a) => html`<tr>
        <td>${label('alert', a.kind)}</td>
        <td>${this.subjectLink(a)}
          ${a.lastError ? html`<div class="muted">${a.lastError}</div>` : nothing}</td>
        <td>${dateTime(a.lastAttemptAt || a.createdAt)}</td>
        <td class="num">${number(a.attempts)}</td>
        <td><div class="actions">
          ${a.retryable ? html`<button class="secondary" @click=${() => this.act(a, 'retry')}>${t('alerts.retry')}</button>` : nothing}
          <button class="secondary" @click=${() => this.act(a, 'resolve')}>${t('alerts.resolve')}</button></div></td>
      </tr>`)}</tbody></table></div>`}
    </section>`;
  }
}
