/**
 * Child process of local-stack.test.ts: starts the stack (in memory, any
 * ports, with an inbox), ingests one file, stops the stack and then simply
 * returns. If anything the stack opened were left behind (a server, a socket,
 * a watcher, a timer), this process would not exit on its own.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../shared/local/logger.js';
import { startLocalStack } from '../../shared/local/stack.js';
import { eventually, getJson, SAMPLE_ARTICLE } from './local-helpers.js';

const inbox = await mkdtemp(join(tmpdir(), 'local-stack-exit-'));
const stack = await startLocalStack({ inboxDir: inbox, logger: silentLogger });
await writeFile(join(inbox, 'article.txt'), SAMPLE_ARTICLE);
await eventually(async () => {
  const { body } = await getJson(`${stack.apiUrl}/articles`);
  return body.articles?.length === 1 ? true : undefined;
}, 15_000, 'the inbox article');
await stack.stop();
await rm(inbox, { recursive: true, force: true });
process.stdout.write('LOCAL-STACK-STOPPED\n');
