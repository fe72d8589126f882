/**
 * Hostile input through `npm start`'s stack: each object ends with a clear
 * status (PROCESSED, or REJECTED with a code) well inside the ingest
 * function's 60 s timeout and 1,024 MB, and the raw object stays in S3
 * byte for byte.
 */
import { createHash } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdFor } from '../../shared/store/keys.js';
import { generatedArticle } from './articles.js';
import { report, rssSampler, startStack, until, upload, type StackUnderTest } from './helpers.js';

/** Half the deployed function's timeout, and its memory size: the bounds every input must stay within. */
const MAX_MS = 30_000;
const MAX_RSS_MB = 1024;

const LEDE = 'Mayor Rosa Moreno said on Monday that the harbor of Lisbon would reopen in May.';
const QUOTE = '"We are ready for the ships, and the ships are ready for us," Moreno told reporters.';
const page = (body: string, head = '<title>Harbor reopens</title>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** One line (no line break) of generated news prose, `chars` long. */
function oneLine(chars: number): string {
  let line = '';
  for (let n = 0; line.length < chars; n++) line += `${generatedArticle(n).text.split('\n\n').slice(1).join(' ').replace(/\s+/g, ' ')} `;
  return line.slice(0, line.lastIndexOf(' ', chars));
}

interface HostileInput {
  name: string;
  key: string;
  body: string;
  status: 'PROCESSED' | 'REJECTED';
  code?: string;
  /** What the stored article must (not) hold. */
  check?: (article: { body: string; source: { key: string } }) => void;
}

const INPUTS: HostileInput[] = [
  {
    name: '10,000 quotation marks around words',
    key: 'incoming/hostile/quotes-around-words.txt',
    body: `Harbor reopens\n\n${LEDE}\n\nMoreno said ${'"yes" '.repeat(5_000)}\n`,
    status: 'PROCESSED',
  },
  {
    name: '10,000 quotation marks in a row',
    key: 'incoming/hostile/quotes-in-a-row.txt',
    body: `Harbor reopens\n\n${LEDE} ${'"'.repeat(10_000)} ${QUOTE}\n`,
    status: 'PROCESSED',
  },
  {
    name: 'one 1 MB line',
    key: 'incoming/hostile/one-line.txt',
    body: oneLine(1_000_000),
    status: 'PROCESSED',
  },
  {
    // Nothing ends a sentence: without a bound on sentence length, cue and speaker search grows with the square of it.
    name: 'a 900 kB run-on sentence of quotes and cues, no full stop',
    key: 'incoming/hostile/run-on.txt',
    body: `Harbor reopens\n\n${'the council said that the board asked “the mayor about it” and said '.repeat(13_000)}\n`,
    status: 'PROCESSED',
  },
  {
    name: '400,000 nested HTML elements (2 MB)',
    key: 'incoming/hostile/nested.html',
    body: page(`${'<div>'.repeat(400_000)}<p>${LEDE}</p>`),
    status: 'REJECTED',
    code: 'TOO_DEEPLY_NESTED',
  },
  {
    name: '400,000 nested HTML elements inside Markdown',
    key: 'incoming/hostile/nested.md',
    body: `# Harbor reopens\n\n${'<div>'.repeat(400_000)}\n\n${LEDE}\n`,
    status: 'REJECTED',
    code: 'TOO_DEEPLY_NESTED',
  },
  {
    name: 'scripts, handlers and frames in HTML',
    key: 'incoming/hostile/scripts.html',
    body: page(
      `<script>document.write("<p>injected</p>")</script><article><p onclick="alert('x')">${LEDE}</p>` +
        `<p>${QUOTE}<script>var said = "\\"said\\" the script";</script></p><noscript><p>Enable JavaScript</p></noscript>` +
        `<iframe src="javascript:alert(1)"></iframe><style>p { content: "styled" }</style><img src=x onerror="alert(2)"></article>`,
      '<title>Harbor reopens</title><script>alert("head")</script>',
    ),
    status: 'PROCESSED',
    check: ({ body }) => expect(body).not.toMatch(/injected|alert|said\\"|Enable JavaScript|styled/),
  },
  {
    name: 'a few control characters in text',
    key: 'incoming/hostile/some-controls.txt',
    body: `Harbor reopens\n\n${LEDE}\u0007 ${QUOTE}\n\n${generatedArticle(7).text.replace('said', 'said\u001b[0m')}\n\u000b`,
    status: 'PROCESSED',
  },
  {
    name: 'NUL and control characters throughout',
    key: 'incoming/hostile/controls.txt',
    body: `Harbor\u0000reopens\n\n${LEDE.replace(/ /g, '\u0001 ')}\u001b[31m\u007f\u0008\n`,
    status: 'REJECTED',
    code: 'UNSUPPORTED_CONTENT',
  },
  {
    name: 'right-to-left and emoji text',
    key: 'incoming/hostile/rtl-emoji.txt',
    body:
      'مرفأ لشبونة 🚢 يعيد فتح أبوابه\n\n' +
      '\u202eقال رئيس البلدية "سنبني الميناء" 👩🏽‍🚒👨‍👩‍👧‍👦 اليوم.\u202c ' +
      `${LEDE} שלום "עולם" אמר השר. 🏳️‍🌈🇵🇹\n\n${QUOTE}\n`,
    status: 'PROCESSED',
    check: ({ body }) => expect(body).toContain('\u202eقال رئيس البلدية "سنبني الميناء" 👩🏽‍🚒👨‍👩‍👧‍👦'),
  },
  {
    name: 'a key with spaces, unicode and URL syntax',
    key: 'incoming/hostile/Ünïcödé dir/日本 語 + plus & 100% ?#=.txt',
    body: generatedArticle(8).text,
    status: 'PROCESSED',
    check: ({ source }) => expect(source.key).toBe('incoming/hostile/Ünïcödé dir/日本 語 + plus & 100% ?#=.txt'),
  },
];

let pipeline: StackUnderTest;
const timings: { name: string; ms: number; peakRssMb: number }[] = [];

beforeAll(async () => {
  pipeline = await startStack();
});

afterAll(async () => {
  await pipeline?.stop();
  if (timings.length === INPUTS.length) {
    const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
    report('hostile-input', { inputs: timings.length, lost: 0, slowest: slowest.name, slowestMs: slowest.ms, peakRssMb: Math.max(...timings.map((t) => t.peakRssMb)), timings });
  }
});

describe('hostile input', () => {
  it.each(INPUTS.map((input) => ({ ...input, outcome: [input.status, input.code].filter(Boolean).join(' ') })))('$name → $outcome, within the time and memory bounds, the object kept', async (input) => {
    const { stack, s3, bucket, settled } = pipeline;
    const rss = rssSampler();
    const started = performance.now();

    await upload(s3, bucket, input.key, input.body);
    await until(() => settled.get(input.key)?.result === 'deleted', `${input.name} ingested`, MAX_MS);
    const ms = Math.round(performance.now() - started);
    const peakRssMb = rss.stop();
    timings.push({ name: input.name, ms, peakRssMb });

    const response = await fetch(`${stack.apiUrl}/articles/${articleIdFor(bucket, input.key)}`);
    expect(response.status).toBe(200);
    const article = (await response.json()) as { status: string; error?: { code: string; message: string }; body: string; source: { key: string } };
    expect(article.status).toBe(input.status);
    if (input.code) expect(article.error).toMatchObject({ code: input.code, message: expect.any(String) });
    input.check?.(article);

    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: input.key }));
    const bytes = await stored.Body!.transformToByteArray();
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(input.body).digest('hex'));
    expect(ms).toBeLessThan(MAX_MS);
    expect(peakRssMb).toBeLessThan(MAX_RSS_MB);
  });
});
