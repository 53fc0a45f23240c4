// Search: rebuild the product index, with the job's progress polled until it ends.
import { html, nothing } from '../lib.js';
import { api } from '../api.js';
import { t, number, dateTime, label } from '../i18n.js';
import { FormState, problem } from '../ui.js';

export class SearchIndex {
  constructor(app) {
    this.app = app;
    this.title = 'nav.search';
    this.form = new FormState();
  }

  async load() {
    this.loaded = true;
  }

  async start() {
    const job = await this.form.run(() => this.app.update(), () => api('/api/admin/search/reindex', { method: 'POST' }));
    if (job) {
      this.job = job;
      this.poll();
    }
  }

  async poll() {
    while (this.job && this.job.status === 'running' && this.app.screen === this) {
      await new Promise((r) => setTimeout(r, 1000));
      try {
        this.job = await api(`/api/admin/search/reindex/${this.job.id}`);
      } catch (error) {
        this.form.fail(error);
        break;
      }
      this.app.update();
    }
    this.app.update();
  }

  view() {
    const j = this.job;
    return html`<h1 tabindex="-1">${t('nav.search')}</h1>
      <section class="panel">
        <p>${t('search.help')}</p>
        ${problem(this.form)}
        <button @click=${() => this.start()} ?disabled=${this.form.busy || j?.status === 'running'}>${t('search.reindex')}</button>
        ${j ? html`<div data-test="reindex" data-status=${j.status} aria-live="polite">
          <p>${label('job', j.status)} · ${t('search.progress', { indexed: number(j.indexed), total: number(j.total) })}</p>
          <progress max=${Math.max(j.total, 1)} value=${j.status === 'running' ? j.indexed : Math.max(j.total, 1)}
            aria-label=${t('search.progressLabel')}></progress>
          <p class="muted">${t('search.started', { at: dateTime(j.startedAt) })}${j.finishedAt ? ' · ' + t('search.finished', { at: dateTime(j.finishedAt) }) : ''}</p>
          ${j.error ? html`<div class="alert error" role="alert">${j.error}</div>` : nothing}</div>` : nothing}
      </section>`;
  }
}
