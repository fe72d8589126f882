/**
 * The name catalogue on dynalite: it reads a profile only when an actor may
 * bring something new (what one process registered or read, it remembers),
 * and its autocomplete lists each entity once across pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDocumentClient } from '../../shared/local/clients.js';
import { startLocalDynamo, type LocalDynamo } from '../../shared/local/dynamo.js';
import { ArticleRepository } from '../../shared/store/repository.js';
import { dfa, entity, quote, record } from '../unit/store-fixtures.js';

const TABLE = 'catalogue';
let dynamo: LocalDynamo;
const clients: ReturnType<typeof createLocalDocumentClient>[] = [];
const at = new Date('2017-05-02T10:00:00Z');

/** A repository on a client of its own, and how many catalogue reads (BatchGetItem) it has sent. */
function repositoryWithReads(): { repository: ArticleRepository; reads: () => number } {
  const db = createLocalDocumentClient(dynamo.endpoint);
  clients.push(db);
  let reads = 0;
  db.middlewareStack.add((next, context) => (args) => {
    if (context.commandName?.startsWith('BatchGet')) reads++;
    return next(args);
  }, { step: 'initialize' });
  return { repository: new ArticleRepository(db, TABLE), reads: () => reads };
}

const spokenBy = (n: number, speaker: ReturnType<typeof entity>) => record(n, '2017-05-02', { entities: [speaker], quotes: [quote('Q1', `statement ${n}`, speaker)] });
const lorenzana = (title?: string) => entity('E1', 'Delfin Lorenzana', 'PERSON', { aliases: ['Lorenzana'], ...(title ? { title } : {}) });

beforeAll(async () => {
  dynamo = await startLocalDynamo({ tableName: TABLE });
});

afterAll(async () => {
  for (const db of clients) db.destroy();
  await dynamo.close();
});

describe('the name catalogue', () => {
  it('does not read the profile again of a speaker it registered, with nothing new', async () => {
    const { repository, reads } = repositoryWithReads();
    await repository.saveRecord(spokenBy(1, lorenzana('Defense Secretary')), at);
    const afterFirst = reads();

    await repository.saveRecord(spokenBy(2, lorenzana('Defense Secretary')), at);

    expect(afterFirst).toBe(1);
    expect(reads()).toBe(afterFirst);
  });

  it('reads and registers again when a known speaker comes with a new title', async () => {
    const { repository, reads } = repositoryWithReads();
    await repository.saveRecord(spokenBy(3, lorenzana()), at);
    const before = reads();

    await repository.saveRecord(spokenBy(4, lorenzana('Secretary')), at);

    expect(reads()).toBe(before + 1);
    expect((await repository.catalogue.profile('delfin-lorenzana'))?.titles).toContain('Secretary');
  });

  it('remembers per client: another process reads what it has not seen', async () => {
    const first = repositoryWithReads();
    await first.repository.saveRecord(spokenBy(5, dfa), at);
    const second = repositoryWithReads();

    await second.repository.saveRecord(spokenBy(6, dfa), at);

    expect(second.reads()).toBe(1);
  });
});

describe('autocomplete', () => {
  it('lists an entity with several forms under the prefix once, across pages', async () => {
    // Arrange: "Donald J. Trump" is also written "Donald Trump"; "Donald Rumsfeld" sorts between the two forms.
    const { repository } = repositoryWithReads();
    const trump = entity('E1', 'Donald J. Trump', 'PERSON', { aliases: ['Donald Trump', 'Trump'] });
    const rumsfeld = entity('E2', 'Donald Rumsfeld', 'PERSON');
    await repository.saveRecord(record(20, '2017-05-02', { entities: [trump, rumsfeld], quotes: [quote('Q1', 'one', trump), quote('Q2', 'two', rumsfeld)] }), at);

    // Act: pages of one.
    const keys: string[] = [];
    let after: string | undefined;
    do {
      const page = await repository.catalogue.search('don', { limit: 1, after });
      keys.push(...page.matches.map((m) => m.key));
      after = page.last;
    } while (after);

    // Assert
    expect(keys).toEqual(['donald-j-trump', 'donald-rumsfeld']);
  });
});
