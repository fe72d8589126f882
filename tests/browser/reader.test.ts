/**
 * The reader view in a real browser: Debian's Chromium driven by
 * playwright-core, against the local stack (built page, real query and
 * ingest handlers) with the seed article ingested. Screenshots of the
 * article page and the speaker page go to tests/artifacts/.
 *
 * Skips, saying why, when the corpus is not beside the checkout or no
 * Chromium is installed (`.ci/run` installs it where it can).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../shared/contracts.js';
import { createLocalS3Client } from '../../shared/local/clients.js';
import { startLocalStack, type LocalStack } from '../../shared/local/stack.js';
import { articleIdFor } from '../../shared/store/keys.js';
import { buildWebSync } from '../../shared/web/build.js';
import { eventually } from '../integration/local-helpers.js';

// What the callbacks given to page.evaluate use: the browser's globals (this program has no DOM types).
declare const document: { activeElement: { id: string } | null; documentElement: { scrollWidth: number; clientWidth: number } };
declare function getComputedStyle(element: unknown): { borderBottomStyle: string; outlineStyle: string };

const CHROMIUM = '/usr/bin/chromium';
const SEED = fileURLToPath(new URL('../../../shared/corpus/seed/seed-article.txt', import.meta.url));
const UPLOAD = fileURLToPath(new URL('../fixtures/articles/harbor-bill.txt', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const SEED_KEY = 'incoming/seed-article.txt';

const skipReason = !existsSync(SEED)
  ? `${SEED} not found (the corpus is expected beside the project)`
  : !existsSync(CHROMIUM)
    ? `no browser at ${CHROMIUM} (install Debian's chromium: apt-get install chromium)`
    : undefined;
if (skipReason) console.warn(`reader view browser tests skipped: ${skipReason}`);

/** The annotated speakers of the seed article's nine quotes, in text order. */
const SEED_SPEAKERS = [
  'Department of Foreign Affairs', 'Department of Foreign Affairs', 'Department of Foreign Affairs', 'Delfin Lorenzana',
  'Rodrigo Duterte', 'Delfin Lorenzana', 'Department of Foreign Affairs', 'Sergey Shoygu', 'Department of Foreign Affairs',
];

let stack: LocalStack;
let context: BrowserContext;
let page: Page;
let seedId: string;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  if (skipReason) return;
  const webDir = await mkdtemp(join(tmpdir(), 'reader-web-'));
  const profile = await mkdtemp(join(tmpdir(), 'reader-chromium-'));
  cleanups.push(() => rm(webDir, { recursive: true, force: true }), () => rm(profile, { recursive: true, force: true }));
  buildWebSync(webDir);

  stack = await startLocalStack({ port: 0, s3Port: 0, dynamoPort: 0, sqsPort: 0, webDir, logger: { info() {}, warn() {}, error() {} } });
  cleanups.unshift(() => stack.stop());
  const s3 = createLocalS3Client(stack.s3Endpoint, stack.credentials);
  await s3.send(new PutObjectCommand({
    Bucket: stack.bucket, Key: SEED_KEY, Body: await readFile(SEED), ContentType: 'text/plain; charset=utf-8',
    Metadata: { 'published-at': '2017-05-02' },
  }));
  s3.destroy();
  seedId = articleIdFor(stack.bucket, SEED_KEY);
  await eventually(async () => ((await fetch(`${stack.apiUrl}/articles/${seedId}`)).status === 200 ? true : undefined), 15_000, 'the seed article');

  // One browser for the file: a new empty profile, nothing phoning home.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  cleanups.unshift(() => context.close());
  page = context.pages()[0] ?? (await context.newPage());
  await mkdir(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
});

/** Loads the page afresh at a route (a bare hash change would keep the last test's page). */
const open = async (hash: string) => {
  await page.goto('about:blank');
  await page.goto(`${stack.apiUrl}/${hash}`);
  await page.locator('main:not([aria-busy])').waitFor();
};

describe.skipIf(skipReason)('the reader view', () => {
  it('lists the seed article with its date, status and counts', async () => {
    await open('#/');

    const item = page.locator(`[data-article="${seedId}"]`);
    await expect.poll(() => item.textContent()).toContain('9 quotes');
    expect(await item.textContent()).toContain('2 May 2017');
    expect(await item.locator('.badge').textContent()).toBe('processed');
  });

  it("shows the seed article's nine quotes with the annotated speakers", async () => {
    await open(`#/article/${seedId}`);

    const speakers = await page.locator('.quote-list .speaker-name').allTextContents();
    expect(speakers).toEqual(SEED_SPEAKERS);
    await page.screenshot({ path: join(ARTIFACTS, 'article-page.png'), fullPage: true });
  });

  it('names the speaker as written where it differs from the resolved name', async () => {
    await open(`#/article/${seedId}`);

    const speakers = await page.locator('.quote-list .speaker').allTextContents();
    expect(speakers).toContain('Department of Foreign Affairs (“DFA”)');
  });

  it('marks direct, indirect and mixed quotes in the text with different line styles', async () => {
    await open(`#/article/${seedId}`);

    const styles = await page.locator('.article-text mark.q[id]').evaluateAll((marks) =>
      marks.map((m) => `${m.className} ${getComputedStyle(m).borderBottomStyle}`));
    const record = (await (await fetch(`${stack.apiUrl}/articles/${seedId}`)).json()) as ArticleRecord;
    const expected = record.quotes.map((q) => `q q-${q.kind} ${{ direct: 'solid', indirect: 'dashed', mixed: 'dotted' }[q.kind]}`);
    expect(styles).toEqual(expected);
  });

  it("scrolls to an event's sentence and focuses it when the event is chosen in the timeline", async () => {
    await open(`#/article/${seedId}`);

    await page.locator('.event-button', { hasText: 'Visit' }).first().click();

    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toMatch(/^event-V\d+$/);
    expect(await page.locator(`#${focused}`).textContent()).toContain('visit');
  });

  it('finds Lorenzana from the search box with the keyboard and shows his quotes across articles', async () => {
    await open('#/');

    await page.getByLabel('Search people and organisations').pressSequentially('Loren');
    await page.getByRole('option', { name: /Delfin Lorenzana/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Delfin Lorenzana' }).waitFor();

    const quotes = page.locator('.entity-quotes-list > li');
    expect(await quotes.count()).toBe(2);
    expect(await quotes.locator('.speaker-name').allTextContents()).toEqual(['Delfin Lorenzana', 'Delfin Lorenzana']);
    await page.screenshot({ path: join(ARTIFACTS, 'speaker-page.png'), fullPage: true });
  });

  it('lists an article uploaded from the page once the pipeline has processed it', async () => {
    await open('#/');

    await page.getByLabel('Article file').setInputFiles(UPLOAD);
    await page.getByLabel('Publication date (optional)').fill('2019-03-13');
    await page.getByRole('button', { name: 'Upload' }).click();

    await page.locator('.upload-status', { hasText: 'Processed' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.article-list').textContent()).toContain('Senate delays vote on harbor dredging bill');
  });

  it('hides the upload form and says why when the API has no upload endpoint', async () => {
    const uploadRoute = (url: URL) => url.pathname === '/upload-url';
    await page.route(uploadRoute, (route) =>
      route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No route.' } }) }));
    try {
      await open('#/');

      await page.locator('.upload-status', { hasText: 'Uploading is not enabled' }).waitFor();
      expect(await page.getByLabel('Article file').count()).toBe(0);
    } finally {
      await page.unroute(uploadRoute);
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      await open(`#/article/${seedId}`);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, 'article-page-phone.png') });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('shows where the keyboard focus is', async () => {
    await open('#/');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');

    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
  });
});
