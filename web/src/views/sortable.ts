// A table head whose columns sort: each a button that says which way it sorts (aria-sort on the
// header, an arrow as well), a second press turning the order round; and the sort itself, names
// by the reader's collation and numbers as numbers. Every sortable table of the app has its head
// made here (Actions, Interlocks).
import { h } from '../ui/dom.js';

export interface Sort<C extends string> {
  by: C;
  dir: 'asc' | 'desc';
}

/** How names compare: the reader's collation, numbers within them as numbers, case and accents aside. */
export const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export function sortRows<T>(rows: readonly T[], key: (r: T) => string | number, dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
  });
}

/**
 * The head of a table; columns without `col` do not sort. `caption` names the table and its order
 * for screen readers. `firstDir`: the order a column takes when first pressed (a count's may be
 * most first). `onSort` draws the table anew; the focus then goes back to the button pressed, so a
 * keyboard reader keeps their place.
 */
export function sortableHead<C extends string>(
  columns: readonly { col?: C; label: string }[],
  sort: Sort<C>,
  onSort: (next: Sort<C>) => void,
  firstDir: (col: C) => 'asc' | 'desc' = () => 'asc',
): { head: HTMLElement; caption(title: string): HTMLElement } {
  const label = columns.find((c) => c.col === sort.by)?.label ?? sort.by;
  const th = (c: { col?: C; label: string }) => {
    if (!c.col) return h('th', { scope: 'col' }, c.label);
    const col = c.col;
    const active = sort.by === col;
    return h(
      'th',
      { scope: 'col', 'aria-sort': active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : null },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          'data-col': col,
          onclick: (e: Event) => {
            // the same columns come back in the same places: the pressed button's by its place on the page
            const place = [...document.querySelectorAll('button.sort')].indexOf(e.currentTarget as HTMLElement);
            onSort({ by: col, dir: active ? (sort.dir === 'asc' ? 'desc' : 'asc') : firstDir(col) });
            document.querySelectorAll<HTMLElement>('button.sort')[place]?.focus();
          },
        },
        c.label,
        h('span', { 'aria-hidden': 'true', class: 'sort-mark' }, active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'),
      ),
    );
  };
  return {
    head: h('thead', {}, h('tr', {}, columns.map(th))),
    caption: (title) => h('caption', { class: 'visually-hidden' }, `${title}, sorted by ${label} ${sort.dir === 'asc' ? 'ascending' : 'descending'}`),
  };
}
