/**
 * Upload an article from the page: the API signs a PUT URL (`GET
 * /upload-url`), the browser sends the file straight to S3 with it, and the
 * form follows the article until the pipeline has processed it. An API
 * without uploads (404) hides the form and says so.
 */
import { api, ApiError, isRecord, orMissing, type ArticleAnswer } from './api.js';
import { h } from './dom.js';
import { plural } from './counts.js';
import { articleHref } from './format.js';

/** Media types by extension: browsers leave `File.type` empty for Markdown and JSON Lines. */
const TYPES: Record<string, string> = {
  txt: 'text/plain', text: 'text/plain',
  md: 'text/markdown', markdown: 'text/markdown',
  html: 'text/html', htm: 'text/html',
  json: 'application/json',
  jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson',
};
const ACCEPT = Object.keys(TYPES).map((ext) => `.${ext}`).join(',');
const POLL_MS = 1000;
const POLL_TRIES = 60;

export function uploadForm(onUploaded: () => void): HTMLElement {
  const file = h('input', { id: 'upload-file', name: 'file', type: 'file', accept: ACCEPT, required: true, 'aria-describedby': 'upload-help' });
  const published = h('input', { id: 'upload-date', name: 'publishedAt', type: 'date' });
  const submit = h('button', { type: 'submit' }, 'Upload');
  const status = h('p', { class: 'upload-status', role: 'status' });
  const say = (...content: (string | Node)[]) => status.replaceChildren(...content);

  const form = h('form', {
    class: 'upload', 'aria-labelledby': 'upload-heading',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const chosen = file.files?.[0];
      if (!chosen) return say('Choose a file first.');
      submit.disabled = true;
      upload(chosen, published.value, say)
        .then((done) => done && onUploaded())
        .catch((error: unknown) => say(`Upload failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => (submit.disabled = false));
    },
  },
  h('div', { class: 'field' }, h('label', { for: 'upload-file' }, 'Article file'), file,
    h('span', { id: 'upload-help', class: 'help' }, 'Plain text, Markdown, HTML or JSON')),
  h('div', { class: 'field' }, h('label', { for: 'upload-date' }, 'Publication date (optional)'), published),
  submit);

  const section = h('section', { class: 'upload-section', 'aria-labelledby': 'upload-heading' },
    h('h2', { id: 'upload-heading' }, 'Upload an article'), form, status);
  // An API without the upload route answers 404: hide the form, say why.
  api.uploadUrl({ filename: '', contentType: '', size: 0 }).catch((error: unknown) => {
    if (error instanceof ApiError && error.notFound) {
      form.remove();
      say('Uploading is not enabled on this API.');
    }
  });
  return section;
}

/** Uploads one file and follows it; true once the article is in the store. */
async function upload(file: File, publishedAt: string, say: (...content: (string | Node)[]) => void): Promise<boolean> {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const contentType = TYPES[extension] ?? file.type;
  say(`Uploading ${file.name}…`);
  const ticket = await api.uploadUrl({ filename: file.name, contentType, size: file.size, ...(publishedAt ? { publishedAt } : {}) });
  const put = await fetch(ticket.url, { method: ticket.method, headers: ticket.headers, body: file });
  if (!put.ok) throw new Error(`storage answered ${put.status}`);

  say(`Uploaded ${file.name}; processing…`);
  for (let attempt = 0; attempt < POLL_TRIES; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const article = await orMissing(api.article(ticket.articleId));
    if (article) {
      say(...processed(article));
      return true;
    }
  }
  say(`Uploaded ${file.name}; it will appear in the list once processed.`);
  return false;
}

function processed(article: ArticleAnswer): (string | Node)[] {
  const link = h('a', { href: articleHref(article.articleId) }, article.title ?? 'the article');
  if (!isRecord(article)) return [`${article.status.toLowerCase()}: `, link, article.error ? ` (${article.error.message})` : ''];
  return ['Processed: ', link, ` with ${plural(article.quotes.length, 'quote')}.`];
}
