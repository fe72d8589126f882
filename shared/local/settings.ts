/**
 * Where `npm start` can be found: its ports (from the environment, with
 * fixed defaults) and the names of its bucket, table and queues, so other
 * tools (`npm run redrive`, `npm run reprocess`, any S3 client) find a
 * running local stack without being told.
 */
export const LOCAL_BUCKET = 'news-articles';
export const LOCAL_TABLE = 'news-extract';
export const LOCAL_QUEUE = 'ingest-queue';
/** The account id in the local stack's ARNs, queue URLs and events. */
export const LOCAL_ACCOUNT_ID = '000000000000';
/** The local SQS endpoint's name for a queue's dead-letter queue. */
export const deadLetterQueueName = (queue: string): string => `${queue}-dlq`;

export interface LocalPorts {
  api: number;
  dynamo: number;
  sqs: number;
  s3: number;
}

const PORT_VARIABLES: Record<keyof LocalPorts, [variable: string, fallback: number]> = {
  api: ['PORT', 3000],
  dynamo: ['DYNAMODB_PORT', 4567],
  sqs: ['SQS_PORT', 4568],
  s3: ['S3_PORT', 4569],
};

export function localPorts(env: NodeJS.ProcessEnv = process.env): LocalPorts {
  const ports = {} as LocalPorts;
  for (const [name, [variable, fallback]] of Object.entries(PORT_VARIABLES) as [keyof LocalPorts, [string, number]][]) {
    ports[name] = port(env, variable, fallback);
  }
  return ports;
}

function port(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${variable} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}
