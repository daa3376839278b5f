// A built table made to stack on a phone: each body row a card of label and value (.stack-narrow in
// styles.css), each cell labelled with its column's heading. The display change drops a table's
// implicit roles in Chromium and Safari, so they are written out here and a screen reader still
// meets a table, its column headers and row headers.

/** A heading's words as seen: a sortable head's button text, without its arrow (drawn, aria-hidden). */
function headingText(th: HTMLTableCellElement): string {
  const copy = th.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Marks `table` (its head and body already built) to stack on a phone; returns it. */
export function stackOnPhone<T extends HTMLTableElement>(table: T): T {
  table.classList.add('stack-narrow');
  table.setAttribute('role', 'table');
  const labels = [...(table.tHead?.rows[0]?.cells ?? [])].flatMap((th) => Array<string>(th.colSpan).fill(headingText(th)));
  for (const row of table.rows) {
    row.setAttribute('role', 'row');
    const inHead = row.parentElement === table.tHead;
    let col = 0;
    for (const cell of row.cells) {
      if (inHead) cell.setAttribute('role', 'columnheader');
      else if (cell.tagName === 'TH') cell.setAttribute('role', 'rowheader');
      else {
        cell.setAttribute('role', 'cell');
        if (labels[col]) cell.dataset.label = labels[col];
      }
      col += cell.colSpan;
    }
  }
  return table;
}
