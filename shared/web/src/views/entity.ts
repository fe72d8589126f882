/**
 * A person or organisation across articles: who they are (aliases, titles,
 * counts), all their quotes newest first, and the events they are in. Each
 * part needs its own endpoint; one the API lacks is left out with a note.
 */
import { api, orMissing, type ArticleEvent, type ArticleQuote, type EntityDetail, type Page } from '../api.js';
import { h } from '../dom.js';
import { countsLine } from '../counts.js';
import { articleHref, badge, day, entityTypeName, eventDetails, eventTime, eventType, modalityBadge } from '../format.js';
import { asWritten, eventAnchor, quoteAnchor } from './article.js';
import type { View } from './view.js';

export const entityView: View = async ({ segments }) => {
  const name = segments[0] ?? '';
  const [detail, quotes, events] = await Promise.all([
    orMissing(api.entity(name)),
    orMissing(api.quotes(name)),
    orMissing(api.events(name)),
  ]);
  const title = detail?.name ?? name;
  const element = h('div', { class: 'entity-view' },
    h('header', { class: 'page-header' }, h('h1', { tabindex: -1 }, title), about(detail)),
    h('div', { class: 'entity-layout' },
      listSection('entity-quotes', 'Quotes', quotes, (cursor) => api.quotes(name, cursor), quoteItem,
        `No quotes by “${name}”.`, 'Quotes are not available from this API.'),
      listSection('entity-events', 'Events', events, (cursor) => api.events(name, cursor), eventItem,
        `No events with “${name}”.`, 'Events are not available from this API.')));
  return { element, title };
};

function about(detail: EntityDetail | undefined): HTMLElement {
  if (!detail) return h('p', { class: 'muted' }, 'No entity details for this name; its quotes and events are matched by name.');
  const { counts } = detail;
  return h('div', { class: 'about' },
    h('p', { class: 'meta' }, `${entityTypeName(detail.type)} · ${countsLine(counts, ['quotes', 'events', 'articles'])}`),
    detail.titles.length ? h('p', null, 'Titles: ', detail.titles.join(', ')) : null,
    detail.aliases.length ? h('p', null, 'Also written: ', detail.aliases.join(', ')) : null);
}

function listSection<T>(
  id: string,
  heading: string,
  first: Page<T> | undefined,
  next: (cursor: string) => Promise<Page<T>>,
  render: (item: T) => HTMLElement,
  empty: string,
  unavailable: string,
): HTMLElement {
  const section = h('section', { class: 'entity-section', 'aria-labelledby': id }, h('h2', { id }, heading));
  if (!first) {
    section.append(h('p', { class: 'muted' }, unavailable));
    return section;
  }
  const list = h('ol', { class: `${id}-list` }, first.items.map(render));
  const more = h('div', { class: 'more' });
  const offer = (cursor: string | undefined) =>
    more.replaceChildren(cursor ? h('button', { type: 'button', onclick: () => void loadMore(cursor) }, `More ${heading.toLowerCase()}`) : '');
  const loadMore = async (cursor: string) => {
    const page = await next(cursor);
    list.append(...page.items.map(render));
    offer(page.cursor);
  };
  offer(first.cursor);
  section.append(first.items.length ? list : h('p', { class: 'muted' }, empty), more);
  return section;
}

function source(item: ArticleQuote | ArticleEvent, focus: string): HTMLElement {
  return h('p', { class: 'source' }, 'In ', h('a', { href: articleHref(item.articleId, focus) }, item.articleTitle), ', ', day(item.publishedAt));
}

function quoteItem(quote: ArticleQuote): HTMLElement {
  return h('li', { class: `quote quote-${quote.kind}` },
    h('p', { class: 'quote-meta' }, badge(quote.kind, quote.kind), ' ',
      h('span', { class: 'speaker-name' }, quote.speaker?.name ?? 'unknown'), asWritten(quote)),
    h('blockquote', null, quote.text),
    source(quote, quoteAnchor(quote)));
}

function eventItem(event: ArticleEvent): HTMLElement {
  return h('li', { class: 'timeline-item' },
    h('p', { class: 'event-summary' },
      h('span', { class: 'event-when' }, eventTime(event.when)), ' ', h('span', { class: 'event-type' }, eventType(event.type)), ' ', modalityBadge(event)),
    eventDetails(event),
    source(event, eventAnchor(event)));
}
