/**
 * One article: its text with quotes (direct, indirect and mixed told apart),
 * speakers and entities marked; beside it the quotes with their speakers
 * (linked to their pages), the events as a timeline (a click scrolls to the
 * sentence) and the entities.
 */
import { api, isRecord, type ArticleAnswer, type Entity, type NewsEvent, type ProcessedArticle, type Quote } from '../api.js';
import { h, reveal, safeHref } from '../dom.js';
import { plural } from '../counts.js';
import {
  badge, chronological, day, entityHref, entityTypeName, eventDetails, eventTime, eventType, modalityBadge,
} from '../format.js';
import { nestMarks, paragraphSpans, type Mark, type Piece } from '../highlight.js';
import type { View } from './view.js';

type TextMark =
  | { kind: 'paragraph' }
  | { kind: 'event'; event: NewsEvent }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'speaker' }
  | { kind: 'entity'; entity: Entity };

export const quoteAnchor = (quote: Quote): string => `quote-${quote.id}`;
export const eventAnchor = (event: NewsEvent): string => `event-${event.id}`;

export const articleView: View = async ({ segments, params }) => {
  const answer = await api.article(segments[0] ?? '');
  if (!isRecord(answer)) return notProcessed(answer);
  const view = h('div', { class: 'article-view' },
    h('header', { class: 'page-header' },
      h('h1', { tabindex: -1 }, answer.title || 'Untitled article'),
      h('p', { class: 'meta' }, answer.publishedAt ? ['Published ', day(answer.publishedAt)] : 'Undated', ' · ',
        plural(answer.quotes.length, 'quote'), ' · ', plural(answer.events.length, 'event'), ' · ', plural(answer.entities.length, 'entity', 'entities')),
      legend()),
    h('div', { class: 'article-layout' },
      h('article', { class: 'article-text', 'aria-label': 'Article text' }, renderBody(answer)),
      h('div', { class: 'article-side' }, quoteList(answer), timeline(answer), entityList(answer), relatedLinks(answer))));
  const focus = params.get('focus');
  return { element: view, title: answer.title, afterRender: () => revealAnchor(view, focus) };
};

function notProcessed(status: Exclude<ArticleAnswer, ProcessedArticle>) {
  return {
    title: status.title ?? 'Article',
    element: h('div', null,
      h('h1', { tabindex: -1 }, status.title ?? status.source?.key ?? status.articleId),
      h('p', null, badge(status.status.toLowerCase(), status.status.toLowerCase()), ' ', status.source?.key ?? ''),
      status.error ? h('p', { class: 'reason' }, `${status.error.code}: ${status.error.message}`) : null),
  };
}

function legend(): HTMLElement {
  return h('ul', { class: 'legend', 'aria-label': 'Marks in the text' },
    h('li', null, h('mark', { class: 'q q-direct' }, 'direct quote')),
    h('li', null, h('mark', { class: 'q q-indirect' }, 'indirect quote')),
    h('li', null, h('mark', { class: 'q q-mixed' }, 'mixed quote')),
    h('li', null, h('span', { class: 'spk' }, 'speaker')),
    h('li', null, h('span', { class: 'ent' }, 'entity')));
}

function renderBody(record: ProcessedArticle): Node[] {
  const marks: Mark<TextMark>[] = [
    ...paragraphSpans(record.body).map((span) => ({ ...span, layer: 0, data: { kind: 'paragraph' } as const })),
    ...record.events.map((event) => ({ start: event.start, end: event.end, layer: 1, data: { kind: 'event', event } as const })),
    ...record.quotes.map((quote) => ({ start: quote.start, end: quote.end, layer: 2, data: { kind: 'quote', quote } as const })),
    ...record.quotes.flatMap((quote) => (quote.speaker ? [{ start: quote.speaker.start, end: quote.speaker.end, layer: 3, data: { kind: 'speaker' } as const }] : [])),
    ...record.entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, layer: 4, data: { kind: 'entity', entity } as const }))),
  ];
  // Text between paragraphs is only the blank lines that separate them.
  return nestMarks(record.body, marks).filter((piece) => piece.kind === 'mark').map(renderPiece);
}

function renderPiece(piece: Piece<TextMark>): Node {
  if (piece.kind === 'text') return document.createTextNode(piece.text);
  const children = piece.children.map(renderPiece);
  const data = piece.mark.data;
  switch (data.kind) {
    case 'paragraph':
      return h('p', null, children);
    case 'event':
      return h('span', { class: 'ev', 'data-event': data.event.id, ...(piece.first ? { id: eventAnchor(data.event), tabindex: -1 } : {}) }, children);
    case 'quote': {
      const { quote } = data;
      const speaker = quote.speaker ? ` by ${quote.speaker.name}` : '';
      return h('mark', {
        class: `q q-${quote.kind}`, 'data-quote': quote.id, title: `${quote.kind} quote${speaker}`,
        ...(piece.first ? { id: quoteAnchor(quote), tabindex: -1 } : {}),
      }, children);
    }
    case 'speaker':
      return h('span', { class: 'spk' }, children);
    case 'entity':
      return h('span', { class: `ent ent-${data.entity.type.toLowerCase()}`, title: `${data.entity.name} (${entityTypeName(data.entity.type)})` }, children);
  }
}

function section(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { class: 'side-section', 'aria-labelledby': id }, h('h2', { id }, title), content);
}

function quoteList(record: ProcessedArticle): HTMLElement {
  if (record.quotes.length === 0) return section('quotes-heading', 'Quotes', h('p', { class: 'muted' }, 'No quotes found.'));
  return section('quotes-heading', `Quotes (${record.quotes.length})`,
    h('ol', { class: 'quote-list' }, record.quotes.map((quote, index) => h('li', { class: `quote quote-${quote.kind}`, 'data-quote': quote.id },
      h('p', { class: 'quote-meta' }, badge(quote.kind, quote.kind), ' ', speakerOf(quote)),
      h('blockquote', null, quote.text),
      h('button', { type: 'button', class: 'link-button', 'aria-label': `Show quote ${index + 1} in the text`, onclick: () => flash(quote) }, 'Show in text')))));
}

function speakerOf(quote: Quote): Node {
  if (!quote.speaker) return h('span', { class: 'muted' }, 'speaker unknown');
  const { name } = quote.speaker;
  return h('span', { class: 'speaker' }, h('a', { class: 'speaker-name', href: entityHref(name) }, name), asWritten(quote));
}

/** The speaker as the article wrote it (“DFA”, “he”), when that says more than the resolved name. */
export function asWritten(quote: Quote): Node | null {
  if (!quote.speaker) return null;
  const { name, mention } = quote.speaker;
  const plain = (text: string) => text.toLowerCase().replace(/^the\s+/, '');
  return plain(mention) === plain(name) ? null : h('span', { class: 'muted' }, ` (“${mention}”)`);
}

function flash(target: Quote | NewsEvent): void {
  const selector = 'kind' in target ? `[data-quote="${CSS.escape(target.id)}"]` : `[data-event="${CSS.escape(target.id)}"]`;
  const anchor = document.getElementById('kind' in target ? quoteAnchor(target) : eventAnchor(target));
  for (const old of document.querySelectorAll('.article-text .flash')) old.classList.remove('flash');
  const pieces = [...document.querySelectorAll<HTMLElement>(`.article-text ${selector}`)];
  if (pieces[0]) void pieces[0].offsetWidth; // restart the animation when the same target is chosen again
  for (const piece of pieces) piece.classList.add('flash');
  if (anchor) reveal(anchor);
}

function timeline(record: ProcessedArticle): HTMLElement {
  if (record.events.length === 0) return section('events-heading', 'Events', h('p', { class: 'muted' }, 'No events found.'));
  const main = record.events[0];
  return section('events-heading', `Events (${record.events.length})`,
    h('ol', { class: 'timeline' }, chronological(record.events).map((event) => h('li', { class: 'timeline-item' },
      h('button', { type: 'button', class: 'event-button', 'aria-describedby': `event-details-${event.id}`, onclick: () => flash(event) },
        h('span', { class: 'event-when' }, eventTime(event.when)),
        h('span', { class: 'event-type' }, eventType(event.type)),
        event === main ? badge('main event', 'main') : null,
        modalityBadge(event)),
      h('div', { id: `event-details-${event.id}` }, eventDetails(event))))));
}

function entityList(record: ProcessedArticle): HTMLElement {
  const sorted = [...record.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return section('entities-heading', `Entities (${sorted.length})`,
    h('ul', { class: 'entity-list' }, sorted.map((entity) => h('li', null,
      h('a', { href: entityHref(entity.name) }, entity.name),
      h('span', { class: 'muted' }, ` ${entityTypeName(entity.type)} · ${plural(entity.mentions.length, 'mention')}`)))));
}

function relatedLinks(record: ProcessedArticle): HTMLElement | null {
  const links = record.relatedLinks.map((link) => ({ link, href: safeHref(link) }));
  if (links.length === 0) return null;
  return section('links-heading', 'Related',
    h('ul', { class: 'related' }, links.map(({ link, href }) => h('li', null, href ? h('a', { href, rel: 'noopener noreferrer' }, link) : link))));
}

/** After a link to one quote or event (`?focus=quote-Q3`), shows it. */
function revealAnchor(view: HTMLElement, focus: string | null): void {
  if (!focus) return;
  const anchor = view.querySelector<HTMLElement>(`#${CSS.escape(focus)}`);
  if (anchor) {
    anchor.classList.add('flash');
    reveal(anchor);
  }
}
