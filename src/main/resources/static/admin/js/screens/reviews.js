// Reviews: the moderation queue (pending first), approve or reject.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, dateTime, label } from '../i18n.js';
import { FormState, field, problem, badge, pager, route, onSubmit } from '../ui.js';

const STATUSES = ['pending', 'approved', 'rejected'];

export class Reviews {
  constructor(app, { query }) {
    this.app = app;
    this.title = 'nav.reviews';
    this.query = query;
    this.filters = new FormState({ status: query.status ?? 'pending' });
    this.form = new FormState();
  }

  async load() {
    this.page = await api('/api/admin/reviews', { params: { status: this.filters.values.status, page: this.query.page, limit: 20 } });
    this.loaded = true;
  }

  async moderate(review, action) {
    const done = await this.form.run(() => this.app.update(), () => api(`/api/admin/reviews/${review.id}/${action}`, { method: 'POST' }));
    if (done) {
      this.form.succeed(t(action === 'approve' ? 'reviews.approved' : 'reviews.rejected', { title: review.title || '' }));
      await this.load();
      this.app.update();
    }
  }

  view() {
    const f = this.filters;
    return html`<h1 tabindex="-1">${t('nav.reviews')}</h1>
      <form class="filters" @submit=${onSubmit(() => { location.hash = route('#/reviews', { status: f.values.status }); })}>
        ${field(f, 'status', t('orders.status'), { options: [['', t('filter.any')], ...STATUSES.map((s) => [s, label('review', s)])] })}
        <div class="field"><button type="submit">${t('filter.apply')}</button></div>
      </form>
      ${problem(this.form)}
      ${this.page.data.length === 0 ? html`<p class="muted">${t('reviews.none')}</p>` : html`
      <ul class="plain" data-test="reviews">${this.page.data.map((r) => html`<li class="panel" data-review=${r.id}>
        <p><strong>${'★'.repeat(r.rating)}${'☆'.repeat(5 - r.rating)}</strong> <span class="sr-only">${t('reviews.rating', { n: r.rating })}</span>
          ${r.title ? html`<strong>${r.title}</strong>` : nothing} ${badge('review', r.status)}
          ${r.verifiedPurchase ? html`<span class="badge ok">${t('reviews.verified')}</span>` : nothing}</p>
        <p>${r.body}</p>
        <p class="muted">${r.authorName ?? ''} · ${dateTime(r.createdAt)} · <a href=${'#/products/' + r.productId}>${t('reviews.product')}</a></p>
        <div class="actions">
          ${r.status !== 'approved' ? html`<button @click=${() => this.moderate(r, 'approve')}>${t('reviews.approve')}</button>` : nothing}
          ${r.status !== 'rejected' ? html`<button class="danger" @click=${() => this.moderate(r, 'reject')}>${t('reviews.reject')}</button>` : nothing}
        </div></li>`)}</ul>
      ${pager(this.page.pagination, (p) => route('#/reviews', { status: f.values.status, page: p }))}`}`;
  }
}
