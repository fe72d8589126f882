/**
 * The local stand-in for API Gateway's HTTP API: a Node http server that turns
 * each request into a payload-format-2.0 event (`$default` route), calls the
 * query handler and writes its structured result back.
 *
 * Like API Gateway: header names are lower-cased and repeated values joined
 * with `,`; cookies move to `cookies`; `queryStringParameters` are decoded,
 * repeated keys joined with `,`, absent when there is no query; `rawPath` and
 * `rawQueryString` are passed as received. A handler exception becomes a 500
 * with the API's error shape and no stack trace (the error is logged here).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { WebRequest, WebResponse } from '../web/assets.js';
import { errorText, silentLogger, type LocalLogger } from './logger.js';
import { closeServer, listenOnLoopback } from './net.js';
import { LOCAL_ACCOUNT_ID } from './settings.js';

export type HttpApiHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;
/** Serves the reader view's page and assets; undefined sends the request on to the API. */
export type WebHandler = (request: WebRequest) => WebResponse | undefined;

export interface LocalHttpApiOptions {
  handler: HttpApiHandler;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  logger?: LocalLogger;
  /** The reader view beside the API (shared/web), as CloudFront puts it on AWS. */
  web?: WebHandler;
}

export interface LocalHttpApi {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 6 * 1024 * 1024; // Lambda's synchronous payload limit
const TEXT_TYPES = /^(text\/|application\/(json|xml|x-www-form-urlencoded|javascript)|[^;]*\+(json|xml))/i;

export async function startLocalHttpApi(options: LocalHttpApiOptions): Promise<LocalHttpApi> {
  const logger = options.logger ?? silentLogger;
  const server: Server = createServer((req, res) => {
    const page = options.web?.({ method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0]!, ifNoneMatch: req.headers['if-none-match'] });
    if (page) res.writeHead(page.status, page.headers).end(page.body);
    else void handle(req, res, options.handler, logger);
  });
  // A request Node cannot parse (a request line and headers over its 16 KB, a malformed line) gets the API's error shape too.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    const [status, reason, code, message] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'REQUEST_TOO_LARGE', 'The URL and headers of the request are too long.']
        : [400, 'Bad Request', 'BAD_REQUEST', 'The request is not valid HTTP.'];
    const body = JSON.stringify({ error: { code, message } });
    socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  const port = await listenOnLoopback(server, options.port ?? 0);
  return { url: `http://127.0.0.1:${port}`, port, close: () => closeServer(server) };
}

async function handle(req: IncomingMessage, res: ServerResponse, handler: HttpApiHandler, logger: LocalLogger) {
  const requestId = randomBytes(10).toString('base64url');
  res.setHeader('apigw-requestid', requestId);
  try {
    const body = await readBody(req);
    if (body === undefined) {
      writeJson(res, 413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Request body too large' } });
      return;
    }
    const event = toEvent(req, body, requestId);
    const result = await handler(event);
    writeResult(res, result);
  } catch (err) {
    logger.error(`http: ${req.method} ${req.url} failed: ${errorText(err)}`);
    if (!res.headersSent) {
      writeJson(res, 500, { error: { code: 'INTERNAL', message: 'Internal server error' } });
    } else {
      res.destroy();
    }
  }
}

/** Builds the HTTP API (payload 2.0) event API Gateway would send for this request. */
export function toEvent(req: IncomingMessage, body: Buffer, requestId: string, now = new Date()): APIGatewayProxyEventV2 {
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const rawQueryString = q === -1 ? '' : target.slice(q + 1);

  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    const value = req.rawHeaders[i + 1] ?? '';
    if (name === 'cookie') {
      cookies = [...(cookies ?? []), ...value.split(/;\s*/).filter(Boolean)];
      continue;
    }
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }

  let queryStringParameters: Record<string, string> | undefined;
  if (rawQueryString) {
    // A Map, then own properties: `__proto__`, `constructor`… are parameters like any other, as in API Gateway's JSON.
    const joined = new Map<string, string>();
    for (const [key, value] of new URLSearchParams(rawQueryString)) {
      const previous = joined.get(key);
      joined.set(key, previous === undefined ? value : `${previous},${value}`);
    }
    queryStringParameters = Object.fromEntries(joined);
  }

  const sourceIp = req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1';
  headers['x-forwarded-for'] ??= sourceIp;
  headers['x-forwarded-port'] ??= String(req.socket.localPort ?? '');
  headers['x-forwarded-proto'] ??= 'http';
  const host = headers.host ?? 'localhost';
  const contentType = headers['content-type'] ?? '';
  const isText = body.length === 0 || TEXT_TYPES.test(contentType);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    requestContext: {
      accountId: LOCAL_ACCOUNT_ID,
      apiId: 'local',
      domainName: host,
      domainPrefix: host.split('.')[0]!.split(':')[0]!,
      http: {
        method: (req.method ?? 'GET').toUpperCase(),
        path: rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: clfTime(now),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !isText,
  };
}

/** Writes a handler result the way API Gateway maps payload 2.0 responses. */
function writeResult(res: ServerResponse, result: APIGatewayProxyResultV2): void {
  // A string, or an object without statusCode, is a 200 JSON body.
  if (typeof result === 'string') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(result);
    return;
  }
  const structured: APIGatewayProxyStructuredResultV2 | undefined = result ?? undefined;
  if (!structured || typeof structured.statusCode !== 'number') {
    writeJson(res, 200, structured ?? null);
    return;
  }
  for (const [name, value] of Object.entries(structured.headers ?? {})) res.setHeader(name, String(value));
  if (structured.cookies?.length) res.setHeader('set-cookie', structured.cookies);
  const body = structured.body ?? '';
  const bytes = structured.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
  if (!res.hasHeader('content-type') && bytes.length > 0) res.setHeader('content-type', 'application/json');
  res.statusCode = structured.statusCode;
  res.setHeader('content-length', bytes.length);
  res.end(bytes);
}

function writeJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** The whole request body, or undefined when it exceeds the limit. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `29/Nov/2025:21:20:00 +0000`, the format of `requestContext.time`. */
function clfTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}
