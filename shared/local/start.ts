/**
 * `npm start`: the whole pipeline on this machine, no AWS account needed.
 *
 * Data persists under `.data/` of the repository (dynamodb/, s3/, dlq.json);
 * files dropped into `inbox/` are uploaded and ingested. Ports: PORT (API,
 * default 3000), S3_PORT (default 4569), DYNAMODB_PORT (default 4567).
 * Ctrl-C (SIGINT) or SIGTERM stops everything cleanly.
 *
 * `npm start -- --redrive` first sends the dead-lettered messages back to the
 * queue (after the cause of their failure is fixed).
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleLogger } from './logger.js';
import { startLocalStack, type LocalStack } from './stack.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const dataDir = resolve(root, '.data');
  const inboxDir = resolve(root, 'inbox');
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      dataDir,
      inboxDir,
      port: port('PORT', 3000),
      s3Port: port('S3_PORT', 4569),
      dynamoPort: port('DYNAMODB_PORT', 4567),
      logger: consoleLogger,
    });
  } catch (err) {
    const error = err as NodeJS.ErrnoException & { port?: number };
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${error.port ?? ''} is already in use: set PORT, S3_PORT or DYNAMODB_PORT to free ports.`);
    } else {
      console.error(`Could not start the local stack: ${error.message}`);
    }
    process.exit(1);
  }

  if (process.argv.includes('--redrive')) {
    console.log(`queue: redrove ${stack.queue.redrive()} dead-lettered message(s)`);
  }

  const api = stack.apiUrl.replace('127.0.0.1', 'localhost');
  const rel = (path: string) => relative(process.cwd(), path) || '.';
  const { accessKeyId, secretAccessKey } = stack.credentials;
  console.log(
    [
      '',
      'Local pipeline running (S3 → queue → ingest → DynamoDB, query API):',
      '',
      `  API         ${api}`,
      `                curl '${api}/articles'`,
      `                curl '${api}/quotes?speaker=lorenzana'`,
      `  Inbox       ${rel(inboxDir)}/  (drop .txt .md .html .json articles here; they are uploaded to incoming/)`,
      `  S3          ${stack.s3Endpoint}  bucket ${stack.bucket}, articles under ${stack.incomingPrefix}`,
      `                credentials ${accessKeyId} / ${secretAccessKey}, region ${stack.region}`,
      `                AWS_ACCESS_KEY_ID=${accessKeyId} AWS_SECRET_ACCESS_KEY=${secretAccessKey} AWS_REGION=${stack.region} \\`,
      `                  aws s3 cp article.txt s3://${stack.bucket}/${stack.incomingPrefix}article.txt --endpoint-url ${stack.s3Endpoint}`,
      `  DynamoDB    ${stack.dynamoEndpoint}  table ${stack.tableName}`,
      `  Data        ${rel(dataDir)}/  (dynamodb/, s3/, dlq.json; delete it to start over)`,
      '',
      'Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    stack.stop().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (err: unknown) => {
        console.error(`Error while stopping: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

await main();
