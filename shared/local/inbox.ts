/**
 * The inbox folder: drop a file in, it is uploaded to the local bucket as
 * `incoming/<file name>` (which notifies the queue like any upload).
 *
 * - Files present at start are uploaded too; files are never deleted.
 * - Only regular files directly in the folder count; dotfiles and the usual
 *   temporary names (`*~`, `*.tmp`, `*.part`, `*.crdownload`, `*.swp`) are
 *   ignored.
 * - A file is uploaded once its size and modification time have not changed
 *   for `stableMs` (100 ms), so a file still being written is not sent half
 *   done; a later change uploads it again (the article is replaced).
 * - Uploads go through the real S3 client (PutObject with the whole file).
 *
 * Built on fs.watch, which on Linux (inotify) reports every create, write and
 * rename in the folder.
 */
import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX } from '../contracts.js';
import { silentLogger, type LocalLogger } from './logger.js';

export interface InboxOptions {
  /** The folder to watch (created if missing). */
  dir: string;
  s3: S3Client;
  bucket: string;
  /** Key prefix of uploads (default `incoming/`). */
  prefix?: string;
  /** How long a file must stay unchanged before it is uploaded (default 100 ms). */
  stableMs?: number;
  logger?: LocalLogger;
  /** Called after each upload with the file name and the object key. */
  onUploaded?: (file: string, key: string) => void;
}

export interface Inbox {
  dir: string;
  /** Stops watching and waits for uploads in progress. */
  close(): Promise<void>;
}

const IGNORED = /(^\.|~$|\.(tmp|part|crdownload|swp)$)/i;
const POLL_MS = 25;
const UPLOAD_ATTEMPTS = 3;

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.markdown': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

export async function startInbox(options: InboxOptions): Promise<Inbox> {
  const { dir, s3, bucket } = options;
  const prefix = options.prefix ?? INCOMING_PREFIX;
  const stableMs = options.stableMs ?? 100;
  const logger = options.logger ?? silentLogger;
  await mkdir(dir, { recursive: true });

  let closed = false;
  /** Files being watched until they settle: name → the pending poll timer (if any). */
  const settling = new Map<string, NodeJS.Timeout | undefined>();
  /** Size+mtime of the version last uploaded, so repeated events do not re-upload. */
  const uploaded = new Map<string, string>();
  const uploads = new Set<Promise<void>>();

  /** Polls a file until it is unchanged for `stableMs`, then uploads it (one poller per file). */
  const consider = (name: string): void => {
    if (closed || IGNORED.test(name) || name.includes('/') || settling.has(name)) return;
    let lastSignature: string | undefined;
    let unchangedSince = 0;
    const poll = async (): Promise<void> => {
      settling.set(name, undefined);
      const signature = closed ? undefined : await fileSignature(join(dir, name));
      if (signature === undefined || closed) {
        settling.delete(name); // gone, not a regular file, or closing
        return;
      }
      const now = Date.now();
      if (signature !== lastSignature) {
        lastSignature = signature;
        unchangedSince = now;
      }
      if (now - unchangedSince < stableMs) {
        settling.set(name, setTimeout(() => void poll(), POLL_MS));
        return;
      }
      settling.delete(name); // a change from now on starts a new poller
      if (uploaded.get(name) === signature) return;
      uploaded.set(name, signature);
      track(upload(name));
    };
    settling.set(name, setTimeout(() => void poll(), POLL_MS));
  };

  const track = (promise: Promise<void>): void => {
    uploads.add(promise);
    void promise.finally(() => uploads.delete(promise));
  };

  const upload = async (name: string): Promise<void> => {
    const key = prefix + name;
    for (let attempt = 1; ; attempt++) {
      try {
        const body = await readFile(join(dir, name));
        await s3.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: body,
            ContentType: CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
          }),
        );
        logger.info(`inbox: ${name} → s3://${bucket}/${key} (${body.length} bytes)`);
        options.onUploaded?.(name, key);
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // deleted meanwhile
        if (closed || attempt >= UPLOAD_ATTEMPTS) {
          uploaded.delete(name); // a later change or restart tries again
          logger.error(`inbox: could not upload ${name}: ${(err as Error).message}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
  };

  const rescan = async (): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isFile()) consider(entry.name);
    }
  };

  const watcher: FSWatcher = watch(dir, { persistent: true }, (_event, filename) => {
    if (filename) consider(filename.toString());
    else void rescan().catch(() => undefined);
  });
  watcher.on('error', (err) => logger.error(`inbox: watching ${dir} failed: ${err.message}`));
  await rescan();

  return {
    dir,
    async close() {
      closed = true;
      watcher.close();
      for (const timer of settling.values()) if (timer) clearTimeout(timer);
      settling.clear();
      await Promise.allSettled([...uploads]);
    },
  };
}

/** `size:mtime` of a regular file, or undefined when it is missing or not a file. */
async function fileSignature(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? `${info.size}:${info.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}
