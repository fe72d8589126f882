/**
 * Recent articles, newest first: title, date, status and counts, filtered by
 * publication date and status; rejected and failed ones with their reason.
 * The upload form sits above the list and refreshes it.
 */
import { api, type ArticleStatus } from '../api.js';
import { h } from '../dom.js';
import { plural } from '../counts.js';
import { articleHref, badge, day } from '../format.js';
import { uploadForm } from '../upload.js';
import type { View } from './view.js';

const STATUSES = ['PROCESSED', 'REJECTED', 'FAILED'] as const;

export const articlesView: View = async ({ params }) => {
  const filters = { status: params.get('status') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const list = h('ul', { class: 'article-list', 'aria-labelledby': 'list-heading' });
  const more = h('div', { class: 'more' });
  const summary = h('p', { class: 'muted', role: 'status' });

  const load = async (cursor?: string) => {
    const page = await api.articles({ ...filters, cursor });
    if (!cursor) list.replaceChildren();
    list.append(...page.items.map(articleItem));
    summary.textContent = list.childElementCount === 0 ? 'No articles match.' : `${plural(list.childElementCount, 'article')} shown.`;
    more.replaceChildren(page.cursor ? h('button', { type: 'button', onclick: () => void load(page.cursor) }, 'Load more') : '');
  };
  await load();

  const element = h('div', null,
    h('h1', { tabindex: -1 }, 'Articles'),
    uploadForm(() => void load()),
    filterForm(filters),
    h('h2', { id: 'list-heading' }, 'Recent articles'),
    summary, list, more);
  return { element, title: 'Articles' };
};

function filterForm(filters: { status: string; from: string; to: string }): HTMLElement {
  const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: id }, label), control);
  const from = h('input', { id: 'filter-from', type: 'date', value: filters.from });
  const to = h('input', { id: 'filter-to', type: 'date', value: filters.to });
  const status = h('select', { id: 'filter-status' },
    h('option', { value: '' }, 'Any'),
    STATUSES.map((s) => h('option', { value: s, selected: s === filters.status }, s.toLowerCase())));
  return h('form', {
    class: 'filters', 'aria-label': 'Filter articles',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const query = new URLSearchParams();
      if (from.value) query.set('from', from.value);
      if (to.value) query.set('to', to.value);
      if (status.value) query.set('status', status.value);
      const search = query.toString();
      location.hash = `#/${search ? `?${search}` : ''}`;
    },
  },
  field('filter-from', 'Published from', from),
  field('filter-to', 'Published to', to),
  field('filter-status', 'Status', status),
  h('button', { type: 'submit' }, 'Apply filters'));
}

function articleItem(article: ArticleStatus): HTMLElement {
  const { counts } = article;
  const status = article.status.toLowerCase();
  return h('li', { class: 'article-item', 'data-article': article.articleId },
    h('h3', null, h('a', { href: articleHref(article.articleId) }, article.title ?? article.source?.key ?? article.articleId)),
    h('p', { class: 'meta' },
      badge(status, status), ' ', day(article.publishedAt),
      article.status === 'PROCESSED'
        ? ` · ${plural(counts.quotes, 'quote')} · ${plural(counts.events, 'event')} · ${plural(counts.entities, 'entity', 'entities')}`
        : ''),
    article.error ? h('p', { class: 'reason' }, `${article.error.code}: ${article.error.message}`) : null);
}
