/**
 * Builds the reader view with esbuild: one script and one stylesheet, both
 * content-hashed under `assets/`, and `index.html` naming them. Everything
 * is bundled: the page fetches nothing but its own files and the API.
 *
 *   npm run build:web          → shared/web/dist, with the sizes printed
 *
 * `buildWebSync` is the same build for CDK's local bundling (infra/constructs/web.ts).
 */
import { buildSync, type BuildOptions, type BuildResult, type Metafile } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from './assets.js';

const SOURCE = fileURLToPath(new URL('./src/', import.meta.url));

export interface WebBuild {
  outDir: string;
  /** Built files relative to `outDir`, with their sizes in bytes. */
  files: { path: string; bytes: number; gzipBytes: number }[];
}

function options(outDir: string): BuildOptions & { metafile: true } {
  return {
    entryPoints: { app: join(SOURCE, 'main.ts') },
    bundle: true,
    minify: true,
    format: 'esm',
    // Evergreen browsers, phones included; nothing needs a polyfill.
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    outdir: join(outDir, 'assets'),
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    tsconfig: join(SOURCE, '..', 'tsconfig.json'),
  };
}

/** Builds the page into `outDir`, replacing an earlier build there. */
export function buildWebSync(outDir: string = WEB_DIST): WebBuild {
  rmSync(join(outDir, 'assets'), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = buildSync(options(outDir));
  writeIndex(outDir, result);
  return sizes(outDir, result.metafile);
}

function writeIndex(outDir: string, result: BuildResult & { metafile: Metafile }): void {
  const outputs = Object.keys(result.metafile.outputs).map((path) => basename(path));
  const script = outputs.find((name) => name.endsWith('.js'));
  const style = outputs.find((name) => name.endsWith('.css'));
  if (!script || !style) throw new Error(`web build: expected a script and a stylesheet, got ${outputs.join(', ')}`);
  const template = readFileSync(join(SOURCE, 'index.html'), 'utf8');
  const html = template.replace('%STYLE%', `assets/${style}`).replace('%SCRIPT%', `assets/${script}`);
  writeFileSync(join(outDir, 'index.html'), html);
}

function sizes(outDir: string, metafile: Metafile): WebBuild {
  const paths = ['index.html', ...Object.keys(metafile.outputs).map((path) => `assets/${basename(path)}`)];
  return {
    outDir,
    files: paths.map((path) => {
      const bytes = readFileSync(join(outDir, path));
      return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const build = buildWebSync(process.argv[2] ?? WEB_DIST);
  const total = build.files.reduce((sum, f) => ({ bytes: sum.bytes + f.bytes, gzipBytes: sum.gzipBytes + f.gzipBytes }), { bytes: 0, gzipBytes: 0 });
  console.log(`reader view built in ${relative(process.cwd(), build.outDir) || '.'}:`);
  for (const file of [...build.files, { path: 'total', ...total }]) {
    console.log(`  ${file.path.padEnd(32)} ${String(file.bytes).padStart(7)} B  ${String(file.gzipBytes).padStart(6)} B gzip`);
  }
}
