/** s3rver and dynalite for the tests that call `ingestObject` directly, without the local stack. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestDeps } from '../../shared/ingest/ingest-object.js';
import { createLocalDocumentClient, createLocalS3Client } from '../../shared/local/clients.js';
import { startLocalDynamo } from '../../shared/local/dynamo.js';
import { startLocalS3 } from '../../shared/local/s3.js';

export interface IngestEngines {
  /** Clients of both engines, and the table's name. */
  deps: IngestDeps;
  /** Destroys the clients, stops both engines and removes the bucket's directory. */
  close(): Promise<void>;
}

/** A bucket on s3rver (in a fresh temporary directory) and a table on dynalite, and the ingest deps for them. */
export async function startIngestEngines(bucket: string, tableName: string): Promise<IngestEngines> {
  const dir = await mkdtemp(join(tmpdir(), `${tableName}-s3-`));
  const [dynamo, s3Server] = await Promise.all([startLocalDynamo({ tableName }), startLocalS3({ directory: dir, bucket })]);
  const deps: IngestDeps = { s3: createLocalS3Client(s3Server.endpoint), db: createLocalDocumentClient(dynamo.endpoint), tableName };
  return {
    deps,
    async close() {
      deps.s3.destroy();
      deps.db.destroy();
      await Promise.all([dynamo.close(), s3Server.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
