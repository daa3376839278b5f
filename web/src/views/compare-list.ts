// The compare view's list: every body and line added, removed and changed (or, between two
// partnerships, only in the first, only in the second, and in both but different), each with its
// evidence, a button that finds it on the chart and a link to it on its own structure chart; and
// the rule the comparison matched bodies by, and the bodies it matched.
import { KIND_STYLE, REL_STYLE } from '../chart/vocab.js';
import type { CompareStructuresQuery } from '../generated/graphql.js';
import { chartLink } from '../state/url.js';
import { appLink, clear, h } from '../ui/dom.js';
import { evidenceDetails } from '../ui/evidence.js';
import { shortPartnershipName } from '../ui/multi-choice.js';
import type { DiffMark, MarkLabel } from './compare-chart.js';
import { plural } from '../ui/words.js';

export type Diff = CompareStructuresQuery['compareStructure'];
type Body = Diff['bodies']['added'][number];
type Line = Diff['lines']['added'][number];

/** Two partnerships are compared (not one at two dates). */
export const isAcross = (d: Diff): boolean => d.partnership.id !== d.toPartnership.id;

/** Every item of the diff with its mark, the way the list and the chart both name it. */
export interface Item {
  id: string;
  mark: DiffMark;
  text: string;
  detail: string | null;
  /** the body to open on a structure chart (the body itself, or a line's `from` end), of which partnership, as at when */
  node: string;
  partnership: string;
  at: string;
  evidence: Body['evidence'];
}

const bodyText = (b: Body) => `${b.name} (${KIND_STYLE[b.kind].label})`;
const pairText = (before: Body, after: Body) => (before.name === after.name ? bodyText(after) : `${before.name} ↔ ${after.name} (${KIND_STYLE[after.kind].label})`);
const lineText = (l: Line) => `${l.from.name} ${REL_STYLE[l.type].verb} ${l.to.name}`;
const fieldsText = (fs: readonly { field: string; before?: string | null; after?: string | null }[]) =>
  fs.map((f) => `${f.field}: ${f.before ?? '(none)'} → ${f.after ?? '(none)'}`).join('; ');
/** The evidence of both sides of a pair: each entry names its own source. */
const both = (before: { evidence: Body['evidence'] }, after: { evidence: Body['evidence'] }) => [...before.evidence, ...after.evidence];

export function diffItems(d: Diff): { bodies: Item[]; lines: Item[] } {
  const [first, second] = [{ partnership: d.partnership.id, at: d.from }, { partnership: d.toPartnership.id, at: d.to }];
  return {
    bodies: [
      ...d.bodies.added.map((b): Item => ({ id: b.id, mark: 'added', text: bodyText(b), detail: null, node: b.id, ...second, evidence: b.evidence })),
      ...d.bodies.removed.map((b): Item => ({ id: b.id, mark: 'removed', text: bodyText(b), detail: null, node: b.id, ...first, evidence: b.evidence })),
      ...d.bodies.changed.map((c): Item => ({ id: c.after.id, mark: 'changed', text: pairText(c.before, c.after), detail: fieldsText(c.fields), node: c.after.id, ...second, evidence: both(c.before, c.after) })),
    ],
    lines: [
      ...d.lines.added.map((l): Item => ({ id: l.id, mark: 'added', text: lineText(l), detail: null, node: l.from.id, ...second, evidence: l.evidence })),
      ...d.lines.removed.map((l): Item => ({ id: l.id, mark: 'removed', text: lineText(l), detail: null, node: l.from.id, ...first, evidence: l.evidence })),
      ...d.lines.changed.map((c): Item => ({ id: c.after.id, mark: 'changed', text: lineText(c.after), detail: fieldsText(c.fields), node: c.after.from.id, ...second, evidence: both(c.before, c.after) })),
    ],
  };
}

/** For the chart: the second's id of each body of the first matched with another id, and the first's lines with no counterpart. */
export function chartPairs(d: Diff): { counterpart: Map<string, string>; unmatchedLines: Set<string> } {
  return {
    counterpart: new Map(d.bodies.matched.filter((p) => p.before.id !== p.after.id).map((p) => [p.before.id, p.after.id])),
    unmatchedLines: new Set(d.lines.removed.map((l) => l.id)),
  };
}

/** The rule the bodies were matched by, in a reviewer's words. */
export function matchRule(d: Diff): string {
  return isAcross(d)
    ? 'Bodies are matched when they are of the same kind and share a name or abbreviation once the boroughs’ own names are taken out (“Richmond Strategic VAWG Board” and “Wandsworth Strategic VAWG Board”; “MARAC” and “MARAC”), and only one body on each side has it. The two partnerships are matched with each other. Lines are matched when their ends are matched and they are of the same type.'
    : 'A body is the same at both dates when it keeps its id, or when a later record of it has a name or abbreviation that only one body at each date carries. Lines are matched when their ends are matched and they are of the same type.';
}

const MATCHED_BY: Record<Diff['bodies']['matched'][number]['matchedBy'], string> = {
  ID: 'same record',
  NAME: 'by name',
  PARTNERSHIP: 'the partnerships compared',
};

export const itemDomId = (id: string) => `diff-${id.replace(/[^a-z0-9]+/gi, '-')}`;

export interface ListOptions {
  labels: Record<DiffMark, MarkLabel>;
  /** ids of the items the chart draws; null while it is being drawn */
  drawn: ReadonlySet<string> | null;
  onShow: (id: string) => void;
}

/** Fills `list` with the changes, grouped by bodies and lines and by mark, and the matched bodies. */
export function fillList(list: HTMLElement, d: Diff, o: ListOptions): void {
  const items = diffItems(d);
  const entry = (i: Item) =>
    h(
      'li',
      { id: itemDomId(i.id), class: `diff-item diff-${i.mark}`, 'data-id': i.id },
      h('span', { class: `compare-swatch diff-${i.mark}`, 'aria-hidden': 'true' }, o.labels[i.mark].icon),
      h('span', { class: 'diff-text' }, h('span', { class: 'visually-hidden' }, `${o.labels[i.mark].label}: `), i.text),
      i.detail ? h('span', { class: 'diff-detail' }, i.detail) : null,
      h(
        'span',
        { class: 'diff-actions' },
        o.drawn?.has(i.id)
          ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => o.onShow(i.id), 'aria-label': `Show on the chart: ${i.text}` }, 'Show on the chart')
          : h('span', { class: 'muted' }, o.drawn ? 'Not drawn on the chart' : ''),
        appLink(chartLink(i.partnership, i.node, i.at), `Open the chart as at ${i.at}`, { class: 'btn btn-small', 'aria-label': `Open the chart as at ${i.at}: ${i.text}` }),
      ),
      evidenceDetails(i.evidence),
    );
  const group = (title: string, of: Item[], m: DiffMark) => {
    const marked = of.filter((i) => i.mark === m);
    if (!marked.length) return [];
    const heading = isAcross(d) ? `${title}: ${o.labels[m].label.replace(/^\w/, (c) => c.toLowerCase())} (${marked.length})` : `${title} ${o.labels[m].label.toLowerCase()} (${marked.length})`;
    return [h('h3', {}, heading), h('ul', { class: 'diff-list' }, marked.map(entry))];
  };
  const marks: DiffMark[] = ['added', 'removed', 'changed'];
  const all = [...marks.flatMap((m) => group('Bodies', items.bodies, m)), ...marks.flatMap((m) => group('Lines', items.lines, m))];
  const same = isAcross(d) ? 'in both and alike' : 'unchanged';
  clear(
    list,
    h('h2', {}, isAcross(d) ? 'The differences' : 'The changes'),
    h('p', { class: 'muted' }, `${plural(d.bodies.unchanged, 'body', 'bodies')} and ${plural(d.lines.unchanged, 'line')} ${same}.`),
    h('p', { class: 'hint compare-rule' }, `How they are matched: ${matchRule(d)}`),
    all.length ? all : h('p', {}, isAcross(d) ? 'No differences between these structures.' : 'Nothing changed between these dates.'),
    matchedBodies(d),
  );
}

/** The pairs the comparison made, each with why. */
function matchedBodies(d: Diff): HTMLElement {
  const first = shortPartnershipName(d.partnership.name);
  const second = shortPartnershipName(d.toPartnership.name);
  const heading = isAcross(d) ? `${first} and ${second}` : `${d.from} and ${d.to}`;
  return h(
    'details',
    { class: 'compare-matched' },
    h('summary', {}, `Bodies matched between ${heading} (${d.bodies.matched.length})`),
    h(
      'ul',
      {},
      d.bodies.matched.map((p) => h('li', {}, p.before.name === p.after.name ? p.after.name : `${p.before.name} ↔ ${p.after.name}`, h('span', { class: 'muted' }, ` (${MATCHED_BY[p.matchedBy]})`))),
    ),
  );
}
