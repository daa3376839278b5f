// Change sets a page at a time, newest first, from one or more scopes (a reviewer's
// partnerships each ask separately). Each scope keeps its own place; "Show older" asks only the
// scopes whose last page was full, so nothing is skipped and nothing is shown twice.
import { request } from '../../api/client.js';
import { ChangeSetsDocument, type ChangeSetFieldsFragment, type ChangeSetsQueryVariables } from '../../generated/graphql.js';
import { announce, h } from '../../ui/dom.js';
import { plural } from '../../ui/words.js';

/** The page size the ChangeSets document asks for (web/src/api/curation.graphql). */
const PAGE = 25;

type Scope = Omit<ChangeSetsQueryVariables, 'before'>;

export class ChangeSetPages {
  private readonly places: { scope: Scope; before?: string; more: boolean }[];

  constructor(scopes: Scope[]) {
    this.places = scopes.map((scope) => ({ scope, more: true }));
  }

  /** Whether some scope may hold older change sets than those given so far. */
  get more(): boolean {
    return this.places.some((p) => p.more);
  }

  /** The next page of every scope that has more, merged newest first. */
  async next(): Promise<ChangeSetFieldsFragment[]> {
    const open = this.places.filter((p) => p.more);
    const pages = await Promise.all(open.map((p) => request(ChangeSetsDocument, { ...p.scope, before: p.before })));
    open.forEach((p, i) => {
      const page = pages[i]!.changeSets;
      p.more = page.length === PAGE;
      p.before = page.at(-1)?.id ?? p.before;
    });
    return pages.flatMap((p) => p.changeSets).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}

/**
 * A "Show older change sets" button under `list` while `pages` has more: each press appends the
 * next page's cards (made by `card`), moves focus to the first of them and says how many came.
 */
export function olderButton(pages: ChangeSetPages, list: HTMLElement, card: (cs: ChangeSetFieldsFragment) => HTMLElement, keep: (cs: ChangeSetFieldsFragment) => boolean = () => true): HTMLElement {
  const status = h('p', { class: 'hint', role: 'status' });
  const button: HTMLButtonElement = h('button', { type: 'button', class: 'btn' }, 'Show older change sets');
  const box = h('div', { class: 'more-changes' }, button, status);
  box.hidden = !pages.more;
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Loading older change sets…';
    try {
      const cards = (await pages.next()).filter(keep).map(card);
      list.append(...cards);
      const first = cards[0];
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
      status.textContent = '';
      announce(cards.length ? `${plural(cards.length, 'older change set')} shown.` : 'There are no older change sets.');
      box.hidden = !pages.more;
    } catch (e) {
      status.textContent = `Older change sets could not be loaded: ${(e as Error).message}`;
    } finally {
      button.disabled = false;
    }
  });
  return box;
}
