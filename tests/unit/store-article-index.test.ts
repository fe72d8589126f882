import { describe, expect, it } from 'vitest';
import { actorsOf, indexItems, matchingEvents, nameForms, quotesBySpeaker } from '../../shared/store/article-index.js';
import { objectPk } from '../../shared/store/keys.js';
import { articleId, dfa, entity, event, lorenzana, quote, record, russia } from './store-fixtures.js';

const article = record(1, '2017-05-02T08:00:00Z', {
  entities: [lorenzana, dfa, russia, entity('E4', 'Manila', 'GPE')],
  quotes: [quote('Q1', 'one', lorenzana), quote('Q2', 'two', lorenzana), quote('Q3', 'three', null)],
  events: [event('V1', 'SIGN_AGREEMENT', [dfa], { whom: [russia], modality: 'planned' }), event('V2', 'Protest', [russia], { where: dfa })],
});
const status = { articleId: article.articleId, status: 'PROCESSED' as const, source: article.source!, title: article.title, publishedAt: article.publishedAt, ingestedAt: 'now', counts: { entities: 4, quotes: 3, events: 2 } };

describe('actorsOf', () => {
  it('keys the speakers and event participants of an article by their cross-article key, with what they did', () => {
    const actors = actorsOf(article);

    expect([...actors.keys()]).toEqual(['delfin-lorenzana', 'department-of-foreign-affairs', 'russia']);
    expect(actors.get('delfin-lorenzana')).toMatchObject({ quotes: 2, events: 0 });
    expect(actors.get('department-of-foreign-affairs')).toMatchObject({ quotes: 0, events: 2, eventTypes: new Set(['sign-agreement', 'protest']) });
  });

  it('leaves out entities that neither speak nor take part in an event', () => {
    expect(actorsOf(article).has('manila')).toBe(false);
  });
});

describe('indexItems', () => {
  it('lists the article once by date and points at it from each actor and each event type', () => {
    const keys = indexItems({ status, record: article }).map((i) => `${i.PK as string} ${i.SK as string}`);

    expect(keys).toEqual([
      `ARTICLES 2017-05-02#${articleId(1)}`,
      `ENTITY#delfin-lorenzana 2017-05-02#${articleId(1)}`,
      `ENTITY#department-of-foreign-affairs 2017-05-02#${articleId(1)}`,
      `ENTITY#russia 2017-05-02#${articleId(1)}`,
      `EVTYPE#sign-agreement 2017-05-02#${articleId(1)}`,
      `EVTYPE#protest 2017-05-02#${articleId(1)}`,
    ]);
  });

  it('lists an article that was not processed under its status as well, and points at nothing else', () => {
    const keys = indexItems({ status: { ...status, status: 'FAILED', publishedAt: null } }).map((i) => `${i.PK as string} ${i.SK as string}`);

    expect(keys).toEqual([`ARTICLES 0000-00-00#${articleId(1)}`, `ARTICLES#FAILED 0000-00-00#${articleId(1)}`]);
  });

  it('points from the file at each article of a JSON Lines file', () => {
    const items = indexItems({ status: { ...status, source: { ...status.source, line: 3 } } });

    expect(items).toContainEqual({ PK: objectPk('news', 'incoming/article-1.txt'), SK: articleId(1) });
  });

  it('gives nothing for a deleted article', () => {
    expect(indexItems(undefined)).toEqual([]);
  });
});

describe('what a pointer stands for', () => {
  it('is the quotes of one speaker, in article order', () => {
    expect(quotesBySpeaker(article, 'delfin-lorenzana').map((q) => q.id)).toEqual(['Q1', 'Q2']);
  });

  it('is the events matching every criterion given, a place counting as a participant', () => {
    expect(matchingEvents(article, { entityKey: 'department-of-foreign-affairs' }).map((e) => e.id)).toEqual(['V1', 'V2']);
    expect(matchingEvents(article, { entityKey: 'russia', typeKey: 'protest' }).map((e) => e.id)).toEqual(['V2']);
    expect(matchingEvents(article, { modality: 'planned' }).map((e) => e.id)).toEqual(['V1']);
  });
});

describe('nameForms', () => {
  it('offers the canonical name, aliases, a person\'s surname and an organisation\'s acronym, each once', () => {
    const forms = (e: typeof lorenzana) => nameForms({ key: 'k', entity: e, quotes: 1, events: 0, eventTypes: new Set(), modalities: new Set() }).map((f) => f.alias);

    expect(forms(lorenzana)).toEqual(['Delfin Lorenzana', 'Lorenzana']);
    expect(forms(entity('E5', 'Department of National Defense', 'ORG'))).toEqual(['Department of National Defense', 'DND']);
  });
});
