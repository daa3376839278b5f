// Word documents through mammoth: its HTML keeps tables with their row and column spans, which are
// laid out here into a grid so a merged cell (a theme label down its rows) reads in every row it covers.
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { rowText, type ReadDocument, type TableRow } from './table.js';

const BLOCKS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li'];

const isTag = (n: ChildNode, ...names: string[]): n is Element => n.type === 'tag' && names.includes((n as Element).name);

function textOf(n: ChildNode): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data;
  if (n.type !== 'tag') return '';
  const el = n as Element;
  if (el.name === 'br') return '\n';
  const inner = el.children.map(textOf).join('');
  return BLOCKS.includes(el.name) ? `${inner}\n` : inner;
}

const cellText = (td: Element) =>
  textOf(td)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

function childrenDeep(el: Element, name: string, stopAt: string): Element[] {
  const out: Element[] = [];
  for (const c of el.children) {
    if (!isTag(c, ...[name, stopAt, 'thead', 'tbody', 'tfoot'])) continue;
    if (c.name === name) out.push(c);
    else if (c.name !== stopAt) out.push(...childrenDeep(c, name, stopAt));
  }
  return out;
}

/** A table's rows as a grid: spanned cells repeat their text in every grid cell they cover. */
function grid(table: Element): string[][] {
  const out: string[][] = [];
  childrenDeep(table, 'tr', 'table').forEach((tr, r) => {
    const row = (out[r] ??= []);
    let c = 0;
    for (const td of tr.children.filter((x): x is Element => isTag(x, 'td', 'th'))) {
      while (row[c] !== undefined) c++;
      const text = cellText(td);
      const cols = Math.max(1, Number(td.attribs['colspan'] ?? 1));
      const rows = Math.max(1, Number(td.attribs['rowspan'] ?? 1));
      for (let dr = 0; dr < rows; dr++) {
        const target = (out[r + dr] ??= []);
        for (let dc = 0; dc < cols; dc++) target[c + dc] = text;
      }
      c += cols;
    }
  });
  return out.map((row) => Array.from(row, (x) => x ?? ''));
}

export async function readDocx(file: string, data: Buffer): Promise<ReadDocument> {
  const { value: html } = await mammoth.convertToHtml({ buffer: data });
  const doc = parseDocument(html);
  const rows: TableRow[] = [];
  const lines: string[] = [];
  let tableNo = 0;
  const walk = (nodes: readonly ChildNode[]) => {
    for (const n of nodes) {
      if (isTag(n, 'table')) {
        const t = ++tableNo;
        grid(n).forEach((cells, i) => {
          if (cells.every((x) => x === '')) return;
          const where = `table ${t}, row ${i + 1}`;
          rows.push({ where, cells, positional: true, cellAt: (c) => `${where}, cell ${c + 1}` });
          lines.push(rowText(cells));
        });
      } else if ((n as { type: string }).type === 'tag') {
        const el = n as unknown as Element;
        if (BLOCKS.includes(el.name)) {
          const t = cellText(el);
          if (t) lines.push(t.replace(/\n/g, ' '));
        } else walk(el.children);
      }
    }
  };
  walk(doc.children);
  return { file, format: 'docx', rows, text: lines.join('\n') };
}
