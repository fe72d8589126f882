/**
 * Encodes an object key the way S3 event notifications carry it
 * (application/x-www-form-urlencoded per path segment: `/` kept, space → `+`,
 * everything but `A-Z a-z 0-9 - _ . *` percent-encoded as UTF-8).
 */
export function encodeEventKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
    )
    .join('/');
}

/** The object key an S3 event notification carries, decoded: `+` is a space. */
export function decodeEventKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
