// The VRU alignment view's tables: the key, the totals over all themes, and the matrix of mandatory
// actions against partnerships, whose cells say (in words, an icon and a colour) which gaps each
// answer has. Each partnership's cells carry its column's index (data-col), for the phone's one
// partnership at a time (vru.ts).
import { type GapFlag, type VruMatrixQuery, type VruTotalsFragment } from '../generated/graphql.js';
import { h } from '../ui/dom.js';
import { shortPartnershipName } from '../ui/multi-choice.js';
import { byLevel, FLAG_ORDER, GAP_FLAGS, LEVELS, levelOf } from './gaps.js';

export type Matrix = VruMatrixQuery['vruAlignment'];

export const levelIcon = (level: number) => LEVELS.find((l) => l.level === level)!.icon;

/** The gaps of a cell, the worst first; the words a sighted reader sees, which the cell's name starts with. */
const flagWords = (flags: readonly GapFlag[]): string[] => byLevel(flags).map((f) => GAP_FLAGS[f].label);

function flagList(flags: readonly GapFlag[]): HTMLElement {
  const [worst, ...rest] = flagWords(flags);
  if (!worst) return h('span', { class: 'cell-text' }, h('strong', {}, 'No gaps'));
  // the space between them: read as one, the words stay apart ("No named lead No RAG rating")
  return h('span', { class: 'cell-text' }, h('strong', {}, worst), rest.length ? [' ', h('span', { class: 'cell-more' }, rest.join(' · '))] : null);
}

/** A label inside a sentence: its first letter lower case, an abbreviation's capitals kept ("no RAG rating"). */
const midSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export function totalsText(t: VruTotalsFragment): string {
  if (!t.answered) return `No answers: the plan does not respond to the ${t.requirements} mandatory actions.`;
  const gaps = t.flags.filter((f) => f.count > 0).map((f) => `${midSentence(GAP_FLAGS[f.flag].label)}: ${f.count}`);
  return `Answers ${t.responded} of ${t.requirements}${gaps.length ? `; ${gaps.join(', ')}` : '; no gaps'}.`;
}

export function keyTable(): HTMLElement {
  return h(
    'section',
    { class: 'legend gap-key', 'aria-labelledby': 'gap-key-title' },
    h('h2', { id: 'gap-key-title', class: 'legend-title' }, 'Key'),
    h(
      'ul',
      { class: 'legend-kinds' },
      LEVELS.map((l) => h('li', {}, h('span', { class: `cell-swatch level-${l.level}`, 'aria-hidden': 'true' }, l.icon), l.label)),
    ),
  );
}

export function totalsTable(m: Matrix): HTMLElement {
  return h(
    'table',
    { class: 'data-table totals-table' },
    h('caption', {}, `Over all ${m.themes.length} themes`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Gap'), m.partnerships.map((p, i) => h('th', { scope: 'col', 'data-col': i }, shortPartnershipName(p.name))))),
    h(
      'tbody',
      {},
      h('tr', {}, h('th', { scope: 'row' }, 'Mandatory actions answered'), m.totals.map((t, i) => h('td', { 'data-col': i }, `${t.responded} of ${t.requirements}`))),
      FLAG_ORDER.map((flag) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', title: GAP_FLAGS[flag].meaning }, GAP_FLAGS[flag].label),
          m.totals.map((t, i) => h('td', { 'data-col': i }, String(t.flags.find((f) => f.flag === flag)?.count ?? 0))),
        ),
      ),
    ),
  );
}

/** The matrix; `pick` opens a cell's answer, `selected` says which cell's answer is open. */
export function matrixTable(m: Matrix, selected: (req: string, pid: string) => boolean, pick: (req: string, pid: string) => void): HTMLElement {
  return h(
    'table',
    { class: 'data-table matrix' },
    h('caption', {}, `${m.framework.name}: ${m.themes.reduce((n, t) => n + t.requirements.length, 0)} mandatory actions in ${m.themes.length} themes`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'col-num' }, 'No.'),
        h('th', { scope: 'col', class: 'col-name' }, 'Mandatory action'),
        m.partnerships.map((p, i) => h('th', { scope: 'col', class: 'col-cell', 'data-col': i }, shortPartnershipName(p.name))),
      ),
    ),
    m.themes.map((theme) =>
      h(
        'tbody',
        {},
        h(
          'tr',
          { class: 'theme-row' },
          h('th', { scope: 'rowgroup', colspan: 2 }, `Theme ${theme.number}: ${theme.theme.name}`),
          theme.totals.map((t, i) => h('td', { class: 'theme-total', 'data-col': i }, t.answered ? `${t.responded} of ${t.requirements} answered` : 'not answered')),
        ),
        theme.requirements.map((row) =>
          h(
            'tr',
            {},
            h('td', { class: 'num' }, row.number),
            h('th', { scope: 'row' }, row.requirement.name),
            row.cells.map((cell, i) => {
              const p = m.partnerships[i]!;
              const level = levelOf(cell.flags);
              const words = flagWords(cell.flags);
              return h(
                'td',
                { class: 'cell-td', 'data-col': i },
                h(
                  'button',
                  {
                    type: 'button',
                    class: `cell level-${level}`,
                    'aria-pressed': String(selected(row.requirement.id, p.id)),
                    'aria-label': `${words.length ? words.join(', ') : 'No gaps'}: ${shortPartnershipName(p.name)}, ${row.number} ${row.requirement.name}. Show the answer.`,
                    'data-req': row.requirement.id,
                    'data-for': p.id,
                    onclick: () => pick(row.requirement.id, p.id),
                  },
                  h('span', { class: 'cell-icon', 'aria-hidden': 'true' }, levelIcon(level)),
                  flagList(cell.flags),
                ),
              );
            }),
          ),
        ),
      ),
    ),
  );
}
