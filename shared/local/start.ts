/**
 * `npm start`: the whole pipeline on this machine, no AWS account needed.
 *
 * Data persists under `.data/` of the repository (dynamodb/, s3/, dlq.json);
 * files dropped into `inbox/` are uploaded and ingested. Ports (settings.ts):
 * PORT (API, default 3000), DYNAMODB_PORT (4567), SQS_PORT (4568), S3_PORT
 * (4569). Ctrl-C (SIGINT) or SIGTERM stops everything cleanly.
 *
 * The functions' own Powertools output would repeat, as JSON, what the local
 * stack already prints one line per article: metrics are off and their logs
 * show warnings and errors only, unless POWERTOOLS_METRICS_DISABLED or
 * POWERTOOLS_LOG_LEVEL say otherwise.
 *
 * `npm start -- --redrive` first sends the dead-lettered messages back to the
 * queue (after the cause of their failure is fixed); `npm run redrive` does
 * the same while it runs.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleLogger } from './logger.js';
import { localPorts } from './settings.js';
import { startLocalStack, type LocalStack } from './stack.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

async function main(): Promise<void> {
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  const dataDir = resolve(root, '.data');
  const inboxDir = resolve(root, 'inbox');
  let stack: LocalStack;
  try {
    const ports = localPorts();
    stack = await startLocalStack({
      dataDir,
      inboxDir,
      port: ports.api,
      s3Port: ports.s3,
      dynamoPort: ports.dynamo,
      sqsPort: ports.sqs,
      logger: consoleLogger,
    });
  } catch (err) {
    const error = err as NodeJS.ErrnoException & { port?: number };
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${error.port ?? ''} is already in use: set PORT, S3_PORT, DYNAMODB_PORT or SQS_PORT to free ports.`);
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
      `  Reader view ${api}/  (articles, quotes and events in the browser; npm run build:web rebuilds it)`,
      `  API         ${api}`,
      `                curl '${api}/articles'`,
      `                curl '${api}/quotes?speaker=lorenzana'`,
      `  Inbox       ${rel(inboxDir)}/  (drop .txt .md .html .json articles here; they are uploaded to incoming/)`,
      `  S3          ${stack.s3Endpoint}  bucket ${stack.bucket}, articles under ${stack.incomingPrefix}`,
      `                credentials ${accessKeyId} / ${secretAccessKey}, region ${stack.region}`,
      `                AWS_ACCESS_KEY_ID=${accessKeyId} AWS_SECRET_ACCESS_KEY=${secretAccessKey} AWS_REGION=${stack.region} \\`,
      `                  aws s3 cp article.txt s3://${stack.bucket}/${stack.incomingPrefix}article.txt --endpoint-url ${stack.s3Endpoint}`,
      `  DynamoDB    ${stack.dynamoEndpoint}  table ${stack.tableName}`,
      `  SQS         ${stack.sqsEndpoint}  queue ${stack.queueUrl}`,
      `                dead letters: ${stack.deadLetterQueueUrl} (npm run redrive moves them back)`,
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
