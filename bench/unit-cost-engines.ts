/**
 * The local engines alone (dynalite, s3rver), in their own process so their
 * CPU time stays out of the handler durations the cost part measures (on AWS
 * they are remote services too). Started by bench/unit-cost.ts with an IPC
 * channel: sends the endpoints, then every S3 notification body; stops on
 * `stop` or when the parent goes away.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalDynamo } from '../shared/local/dynamo.js';
import { silentLogger } from '../shared/local/logger.js';
import { startLocalS3 } from '../shared/local/s3.js';
import { LOCAL_BUCKET, LOCAL_TABLE } from '../shared/local/settings.js';

export type EnginesMessage =
  | { type: 'ready'; dynamoEndpoint: string; s3Endpoint: string; bucket: string; tableName: string }
  | { type: 'notification'; body: string };

const directory = await mkdtemp(join(tmpdir(), 'news-bench-s3-'));
const dynamo = await startLocalDynamo({ tableName: LOCAL_TABLE });
const s3 = await startLocalS3({ directory, bucket: LOCAL_BUCKET, logger: silentLogger });
const send = (message: EnginesMessage) => process.send!(message);
s3.onObjectCreated((notification) => send({ type: 'notification', body: JSON.stringify(notification) }));

let stopping: Promise<void> | undefined;
const stop = () =>
  (stopping ??= (async () => {
    await Promise.allSettled([s3.close(), dynamo.close()]);
    await rm(directory, { recursive: true, force: true });
    if (process.connected) process.disconnect();
  })());
process.on('message', (message) => message === 'stop' && void stop());
process.on('disconnect', () => void stop());
send({ type: 'ready', dynamoEndpoint: dynamo.endpoint, s3Endpoint: s3.endpoint, bucket: LOCAL_BUCKET, tableName: LOCAL_TABLE });
