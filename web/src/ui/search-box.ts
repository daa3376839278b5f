// Search with suggestions as you type: the WAI-ARIA combobox pattern (an input that owns a
// listbox, the active option named by aria-activedescendant), so it works by keyboard and
// screen reader. Abbreviations are matched by the API ("MARAC", "TTCG").
import { request } from '../api/client.js';
import { SearchDocument, type NodeKind, type SearchQuery } from '../generated/graphql.js';
import { abbreviation, displayName } from '../chart/labels.js';
import { KIND_STYLE } from '../chart/vocab.js';
import { h } from './dom.js';
import { elementOf, m, text } from './markup.js';

export type SearchHit = SearchQuery['search'][number];

export interface SearchBoxOptions {
  id: string;
  label: string;
  placeholder?: string;
  kinds?: NodeKind[];
  /** an editor's partnership: another partnership's own nodes come after its and the shared ones */
  prefer?: string;
  onPick(hit: SearchHit): void;
}

const DEBOUNCE_MS = 150;
const MAX_SUGGESTIONS = 10;

/** The hits of `partnership` and those shared by every partnership first, then other partnerships' own, each in the search's order. */
export function preferring(hits: readonly SearchHit[], partnership: string): SearchHit[] {
  const elsewhere = (hit: SearchHit) => (hit.node.partnership && hit.node.partnership.id !== partnership ? 1 : 0);
  return [...hits].sort((a, b) => elsewhere(a) - elsewhere(b));
}

/** The box as HTML: its label, its hint, the input and its (hidden) suggestions and status. */
export function searchBoxMarkup(opts: Pick<SearchBoxOptions, 'id' | 'label' | 'placeholder'>): string {
  const listId = `${opts.id}-list`;
  const hintId = `${opts.id}-hint`;
  return m(
    'div',
    { class: 'search' },
    m('label', { for: opts.id }, text(opts.label)),
    m('span', { id: hintId, class: 'visually-hidden' }, 'Type a name or abbreviation; use the arrow keys to choose a suggestion and Enter to pick it.'),
    m(
      'div',
      { class: 'search-field' },
      m('input', {
        id: opts.id,
        type: 'search',
        role: 'combobox',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': listId,
        'aria-describedby': hintId,
        placeholder: opts.placeholder ?? '',
      }),
      m('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': `${opts.label}: suggestions`, hidden: true }),
      m('p', { class: 'suggestions-status', 'aria-live': 'polite', hidden: true }),
    ),
  );
}

/** `element`: the box's markup already in the page (the server's), taken as it is. */
export function searchBox(opts: SearchBoxOptions & { element?: HTMLElement }): HTMLElement {
  const element = opts.element ?? elementOf(searchBoxMarkup(opts));
  const input = element.querySelector('input')!;
  const list = element.querySelector('ul')!;
  const status = element.querySelector<HTMLElement>('.suggestions-status')!;

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let inflight: AbortController | null = null;
  const optionId = (i: number) => `${opts.id}-opt-${i}`;

  const close = () => {
    list.hidden = true;
    status.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', optionId(i));
      list.children[i]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = displayName(hit.node.name, hit.node.aliases);
    close();
    opts.onPick(hit);
  };

  const showStatus = (text: string) => {
    list.hidden = true;
    status.textContent = text;
    status.hidden = false;
  };

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const kind = KIND_STYLE[hit.node.kind].label;
        // the alias that matched, else the node's abbreviation
        const alias = hit.node.aliases.find((a) => a === hit.matched) ?? abbreviation(hit.node.aliases, hit.node.name);
        return h(
          'li',
          {
            id: optionId(i),
            role: 'option',
            'aria-selected': 'false',
            class: 'suggestion',
            // keep focus in the input; pick on click
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => pick(i),
          },
          h('span', { class: 'suggestion-name' }, alias ? h('strong', {}, `${alias} `) : null, hit.node.name),
          h('span', { class: 'suggestion-meta' }, kind, hit.node.partnership ? ` · ${hit.node.partnership.name}` : ''),
        );
      }),
    );
    if (!hits.length) {
      showStatus('No matches.');
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    status.hidden = true;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  };

  const run = async (text: string) => {
    inflight?.abort();
    const ctrl = new AbortController();
    inflight = ctrl;
    showStatus('Searching…');
    try {
      // with a preference, more are asked for, so that the preferred ones in the next ten come forward
      const data = await request(SearchDocument, { text, kinds: opts.kinds ?? null, first: opts.prefer ? 2 * MAX_SUGGESTIONS : MAX_SUGGESTIONS }, ctrl.signal);
      if (ctrl.signal.aborted || input.value.trim() !== text) return;
      hits = opts.prefer ? preferring(data.search, opts.prefer).slice(0, MAX_SUGGESTIONS) : data.search;
      render();
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      hits = [];
      showStatus(`Search failed: ${(e as Error).message}`);
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      inflight?.abort();
      hits = [];
      close();
      return;
    }
    timer = window.setTimeout(() => void run(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && hits.length > 0;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open && hits.length) render();
        setActive(Math.min(active + 1, hits.length - 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (open) setActive(Math.max(active - 1, 0));
        break;
      case 'Enter':
        if (open || hits.length) {
          e.preventDefault();
          pick(active >= 0 ? active : 0);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          close();
        }
        break;
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 120));

  return element;
}
