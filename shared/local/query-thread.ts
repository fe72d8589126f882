/**
 * One instance of the query function for the local HTTP API, in a worker
 * thread of its own (query-threads.ts starts them): the real handler of
 * functions/query with its own SDK clients, pointed at the local engines,
 * as each concurrent request on AWS gets a function instance of its own.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { documentClientFor } from '../aws-clients.js';
import { createLocalDynamoClient, createLocalS3Client } from './clients.js';
import { errorText } from './logger.js';
import { localQueryHandler } from './query-function.js';
import { answerProfileRequests } from './workers.js';

export interface QueryThreadOptions {
  dynamoEndpoint: string;
  s3Endpoint: string;
  bucket: string;
  tableName: string;
}

/** From the stack to a thread: a request to answer, or `close` (after the requests it is answering). */
export type QueryThreadRequest = { id: number; event: APIGatewayProxyEventV2 } | 'close';

/** From a thread to the stack. */
export type QueryThreadMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: APIGatewayProxyResultV2 }
  | { type: 'failed'; id: number; message: string }
  | { type: 'log'; message: string };

const port = parentPort!;
const send = (message: QueryThreadMessage) => port.postMessage(message);
const options = workerData as QueryThreadOptions;
const dynamo = createLocalDynamoClient(options.dynamoEndpoint);
const s3 = createLocalS3Client(options.s3Endpoint);
const handler = localQueryHandler({
  db: documentClientFor(dynamo),
  s3,
  bucket: options.bucket,
  tableName: options.tableName,
  logError: (line) => send({ type: 'log', message: line }),
});

const answering = new Set<Promise<void>>();
port.on('message', (request: QueryThreadRequest) => {
  if (request === 'close') {
    void Promise.allSettled([...answering]).then(() => {
      dynamo.destroy();
      s3.destroy();
      port.close();
    });
    return;
  }
  const answer = handler(request.event).then(
    (result) => send({ type: 'result', id: request.id, result }),
    (error: unknown) => send({ type: 'failed', id: request.id, message: errorText(error) }),
  );
  answering.add(answer);
  void answer.finally(() => answering.delete(answer));
});
answerProfileRequests(`query-${threadId}`);
send({ type: 'ready' });
