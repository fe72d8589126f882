/**
 * The extraction CLI as a user runs it: one process over several files,
 * one JSON line per article on stdout.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string): string => join('tests/fixtures/articles', name);

interface CliRun {
  code: number | null;
  lines: { source: string; ok: boolean; article?: { articleId: string; title: string; publishedAt: string | null }; error?: { code: string; message: string } }[];
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'shared/cli/extract.ts', ...args],
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stderr, lines: stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l)) });
      },
    );
  });
}

describe('npm run extract', () => {
  let dir: string;
  let run: CliRun;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-extract-'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'photo.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    run = await runCli([
      '--published', '2019-03-20',
      fixture('harbor-bill.html'),
      join(dir, 'empty.txt'),
      fixture('wire-feed.jsonl'),
      join(dir, 'photo.txt'),
      join(dir, 'missing.txt'),
    ]);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one line per article in input order, a JSON Lines file giving one per line as FILE#line', () => {
    expect(run.lines.map((l) => [l.source, l.ok])).toEqual([
      [fixture('harbor-bill.html'), true],
      [join(dir, 'empty.txt'), false],
      [`${fixture('wire-feed.jsonl')}#1`, true],
      [`${fixture('wire-feed.jsonl')}#2`, true],
      [`${fixture('wire-feed.jsonl')}#4`, false],
      [`${fixture('wire-feed.jsonl')}#5`, false],
      [join(dir, 'photo.txt'), false],
      [join(dir, 'missing.txt'), false],
    ]);
  });

  it('reports the parser\'s rejection codes and reasons', () => {
    expect(run.lines.filter((l) => !l.ok).map((l) => l.error!.code)).toEqual(['EMPTY', 'MALFORMED_JSON', 'MALFORMED_JSON', 'UNSUPPORTED_CONTENT', 'NOT_FOUND']);
    expect(run.lines.find((l) => l.source.endsWith('photo.txt'))!.error!.message).toBe('The file is a PNG image, not article text.');
  });

  it('gives each line of a JSON Lines file its own article id', () => {
    const ids = run.lines.filter((l) => l.ok).map((l) => l.article!.articleId);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lets --published override what the file says', () => {
    expect(run.lines[0]!.article).toMatchObject({ title: 'Senate delays vote on harbor dredging bill', publishedAt: '2019-03-20' });
  });

  it('exits with 1 when any article failed', () => {
    expect(run.code).toBe(1);
  });

  it('takes its limits from the environment and rejects a file above them without reading it', async () => {
    const limited = await runCli([fixture('harbor-bill.txt')], { ARTICLE_MAX_BYTES: '100' });

    expect(limited.lines).toEqual([
      { source: fixture('harbor-bill.txt'), ok: false, error: { code: 'TOO_LARGE', message: expect.stringMatching(/^The file is .*; the limit is 100 bytes\.$/) } },
    ]);
  });

  it('refuses a malformed limit with a message and exit code 2', async () => {
    const refused = await runCli([fixture('harbor-bill.txt')], { ARTICLE_MAX_BYTES: 'lots' });

    expect([refused.code, refused.stderr.trim(), refused.lines]).toEqual([2, 'ARTICLE_MAX_BYTES="lots" is not a positive whole number.', []]);
  });
});
