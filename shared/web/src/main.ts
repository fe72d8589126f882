/**
 * The reader view: a hash router over three views. `#/` the articles,
 * `#/article/<id>` one article, `#/entity/<name>` a person or organisation.
 * Hash routes keep the page a single static file wherever it is served.
 */
import './styles.css';
import { ApiError, token } from './api.js';
import { h } from './dom.js';
import { searchBox } from './search.js';
import { articleView } from './views/article.js';
import { articlesView } from './views/articles.js';
import { entityView } from './views/entity.js';
import type { Location, View } from './views/view.js';

const VIEWS: Record<string, View> = { '': articlesView, article: articleView, entity: entityView };
const SITE = 'News reader';

const main = document.getElementById('main')!;
let shown = 0;

function parse(hash: string): { view: View | undefined; location: Location } {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [name = '', ...segments] = path.split('/').map((part) => decodeURIComponent(part));
  return { view: VIEWS[name], location: { segments, params: new URLSearchParams(query) } };
}

async function route(moveFocus: boolean): Promise<void> {
  const id = ++shown;
  const { view, location } = parse(window.location.hash);
  main.setAttribute('aria-busy', 'true');
  try {
    if (!view) throw new ApiError(404, 'NOT_FOUND', 'There is no such page.');
    const rendered = await view(location);
    if (id !== shown) return; // the reader has moved on
    main.replaceChildren(rendered.element);
    document.title = `${rendered.title} · ${SITE}`;
    rendered.afterRender?.();
  } catch (error) {
    if (id !== shown) return;
    main.replaceChildren(problem(error));
    document.title = SITE;
  } finally {
    if (id === shown) main.removeAttribute('aria-busy');
  }
  // After navigation, keyboard and screen-reader users start at the new heading.
  if (moveFocus && id === shown && !main.contains(document.activeElement)) main.querySelector<HTMLElement>('h1')?.focus();
}

function problem(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiError && error.unauthorized) return signIn(message);
  return h('div', { role: 'alert', class: 'problem' },
    h('h1', { tabindex: -1 }, error instanceof ApiError && error.notFound ? 'Not found' : 'Something went wrong'),
    h('p', null, message),
    h('p', null, h('a', { href: '#/' }, 'Back to the articles')));
}

/** An API behind a JWT authoriser: take a token from the reader, for this session. */
function signIn(message: string): HTMLElement {
  const input = h('input', { id: 'token-input', type: 'password', autocomplete: 'off', required: true });
  return h('div', { role: 'alert', class: 'problem' },
    h('h1', { tabindex: -1 }, 'Sign-in needed'),
    h('p', null, `The API refused the request (${message}). If it accepts bearer tokens, paste an access token from your identity provider.`),
    h('form', {
      class: 'token-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        token.set(input.value.trim());
        void route(true);
      },
    }, h('div', { class: 'field' }, h('label', { for: 'token-input' }, 'Access token'), input), h('button', { type: 'submit' }, 'Use token')));
}

document.getElementById('search')!.replaceChildren(searchBox());
document.querySelector('.skip-link')!.addEventListener('click', (event) => {
  // A plain #main link would change the route.
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => void route(true));
void route(false);
