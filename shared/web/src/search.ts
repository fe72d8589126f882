/**
 * Search a person or organisation: a combobox (WAI-ARIA pattern, list
 * autocomplete) whose suggestions come from `GET /entities?prefix`. Arrow
 * keys move through the suggestions, Enter opens one (or the typed name),
 * Escape closes the list. Without `/entities` (404) it still opens the typed
 * name, and says suggestions are off.
 */
import { api, ApiError, type EntitySummary } from './api.js';
import { h } from './dom.js';
import { countsLine, plural } from './counts.js';
import { entityHref, entityTypeName } from './format.js';

const DEBOUNCE_MS = 150;

export function searchBox(): HTMLElement {
  const input = h('input', {
    id: 'search-input', type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-options', 'aria-describedby': 'search-hint',
    placeholder: 'e.g. Lorenzana',
  });
  const listbox = h('ul', { id: 'search-options', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
  const hint = h('p', { id: 'search-hint', class: 'visually-hidden', 'aria-live': 'polite' });
  let options: EntitySummary[] = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let suggestions = true;

  const open = (name: string) => {
    close();
    input.value = '';
    location.hash = entityHref(name);
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    [...listbox.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `search-option-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const show = (found: EntitySummary[]) => {
    options = found;
    listbox.replaceChildren(...found.map((entity, index) => h('li', {
      id: `search-option-${index}`, role: 'option', 'aria-selected': 'false', class: 'search-option',
      // Keep focus in the input: a mouse press on an option must not blur it first.
      onmousedown: (event: Event) => event.preventDefault(),
      onclick: () => open(entity.name),
    },
    h('span', { class: 'option-name' }, entity.name),
    entity.matched.toLowerCase() === entity.name.toLowerCase() ? null : h('span', { class: 'option-meta' }, ` “${entity.matched}”`),
    h('span', { class: 'option-meta' }, ` ${entityTypeName(entity.type)} · ${countsLine(entity.counts, ['quotes', 'events'])}`))));
    active = -1;
    listbox.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    hint.textContent = found.length ? `${plural(found.length, 'suggestion')}; use the arrow keys to choose.` : 'No suggestions.';
  };

  const suggest = async () => {
    const prefix = input.value.trim();
    const ask = ++asked;
    if (!suggestions || !/[\p{L}\p{N}]/u.test(prefix)) return close();
    try {
      const page = await api.entities(prefix);
      if (ask === asked) show(page.items);
    } catch (error) {
      if (error instanceof ApiError && error.notFound) {
        suggestions = false;
        hint.textContent = 'Suggestions are not available; press Enter to see quotes by the name you typed.';
        hint.classList.remove('visually-hidden');
      }
      close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const count = listbox.hidden ? 0 : options.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      highlight((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      highlight((active - 1 + count) % count);
    } else if (event.key === 'Escape') {
      if (!listbox.hidden) event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);

  return h('form', {
    class: 'search', role: 'search',
    onsubmit: (event: Event) => {
      event.preventDefault();
      const chosen = active >= 0 ? options[active]?.name : input.value.trim();
      if (chosen) open(chosen);
    },
  },
  h('label', { for: 'search-input' }, 'Search people and organisations'),
  h('div', { class: 'combo' }, input, listbox),
  h('button', { type: 'submit' }, 'Search'),
  hint);
}
