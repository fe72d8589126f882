import { GetObjectCommand, HeadObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';

export interface StoredObject {
  bytes: Uint8Array;
  etag: string;
  contentType?: string;
  contentEncoding?: string;
  /** User metadata (`x-amz-meta-*`), keys lowercased without the prefix. */
  metadata: Record<string, string>;
}

export type ReadResult =
  | { found: true; object: StoredObject }
  | { found: false; reason: 'missing' }
  | { found: false; reason: 'too-large'; size: number };

/**
 * Read one object from the bucket, never more than `maxBytes`: a larger
 * object is reported by its size without downloading it. A key deleted since
 * its notification is reported missing rather than thrown, since retrying
 * cannot bring it back.
 */
export async function readObject(
  s3: S3Client,
  ref: { bucket: string; key: string; versionId?: string },
  maxBytes: number,
): Promise<ReadResult> {
  try {
    const response = await s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, VersionId: ref.versionId }));
    const size = response.ContentLength ?? 0;
    if (size > maxBytes) {
      (response.Body as { destroy?: () => void } | undefined)?.destroy?.(); // do not download it
      return { found: false, reason: 'too-large', size };
    }
    const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
    return {
      found: true,
      object: {
        bytes,
        etag: (response.ETag ?? '').replace(/"/g, ''),
        ...(response.ContentType ? { contentType: response.ContentType } : {}),
        ...(response.ContentEncoding ? { contentEncoding: response.ContentEncoding } : {}),
        metadata: Object.fromEntries(Object.entries(response.Metadata ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      },
    };
  } catch (error) {
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return { found: false, reason: 'missing' };
    throw error;
  }
}

/**
 * Whether the key currently names an object. A HEAD response has no body to
 * name its error, so any 404 counts as absent.
 */
export async function objectExists(s3: S3Client, ref: { bucket: string; key: string }): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key }));
    return true;
  } catch (error) {
    const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (name === 'NotFound' || name === 'NoSuchKey' || $metadata?.httpStatusCode === 404) return false;
    throw error;
  }
}
