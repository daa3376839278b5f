// What an editor can change from a body's panel, each as its own fields and the API changes it
// makes: its details, its dates in force, ending it, a new chair, a member, a line to another
// node, ending a line, and a new body or organisation. `fieldFor` finds the control an API error
// names (input.changes.0.node.name), so the error shows beside it.
import type { ChangeInput, NodeKind, RelationshipType } from '../../generated/graphql.js';
import { displayName } from '../../chart/labels.js';
import { BODY_KINDS, KIND_STYLE, REL_STYLE } from '../../chart/vocab.js';
import { h } from '../../ui/dom.js';
import { field } from '../../ui/evidence-fields.js';
import { searchBox } from '../../ui/search-box.js';
import type { NodeDetails } from './panel.js';

export interface EditContext {
  node: NodeDetails;
  partnershipId: string;
  /** the node's version as the editor last loaded it (read at submit: it moves after a CONFLICT reload) */
  version: number;
  /** a line's version, read when the editor picks it */
  lineVersion(id: string): Promise<number>;
  prefix: string;
}

/** A value the editor must fix before anything is sent: the control and what to say. */
export class FieldProblem extends Error {
  constructor(
    readonly control: HTMLElement,
    message: string,
  ) {
    super(message);
  }
}

export interface EditFields {
  element: HTMLElement;
  build(): Promise<ChangeInput[]>;
  /** a summary to start from */
  summary(): string;
  fieldFor(argument: string): HTMLElement | null;
}

export interface EditKind {
  key: string;
  label: string;
  applies(node: NodeDetails): boolean;
  fields(ctx: EditContext): EditFields;
}

const PLAN_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const isBody = (n: NodeDetails) => BODY_KINDS.includes(n.kind);
const text = (id: string, value = '') => h('input', { id, type: 'text', value });
const dateInput = (id: string, value = '') => h('input', { id, type: 'text', value, inputmode: 'numeric', placeholder: 'yyyy-mm-dd' });
const dateHint = 'A year, month or day: 2026, 2026-04 or 2026-04-01.';

function needDate(input: HTMLInputElement, required: boolean): string | null {
  const v = input.value.trim();
  if (!v && required) throw new FieldProblem(input, 'Give the date.');
  if (v && !PLAN_DATE.test(v)) throw new FieldProblem(input, `“${v}” is not a date: write 2026, 2026-04 or 2026-04-01.`);
  return v || null;
}

/** A node found by search, the editor's partnership's and the shared ones first: the chosen id is kept on the element. */
function nodePicker(id: string, label: string, partnershipId: string, kinds?: NodeKind[]): { element: HTMLElement; input: () => HTMLInputElement; chosen: () => string | null } {
  let chosen: string | null = null;
  const shown = h('p', { class: 'picked', 'aria-live': 'polite' }, 'None chosen yet.');
  const box = searchBox({
    id,
    label,
    kinds,
    prefer: partnershipId,
    onPick: (hit) => {
      chosen = hit.node.id;
      shown.textContent = `Chosen: ${displayName(hit.node.name, hit.node.aliases)} (${hit.node.id})`;
    },
  });
  // the search box brings its own label
  const element = h('div', { class: 'node-picker' }, box, shown);
  return { element, input: () => element.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`)!, chosen: () => chosen };
}

function need(picker: ReturnType<typeof nodePicker>, what: string): string {
  const id = picker.chosen();
  if (!id) throw new FieldProblem(picker.input(), `Choose ${what} from the suggestions.`);
  return id;
}

const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);

export const EDIT_KINDS: EditKind[] = [
  {
    key: 'details',
    label: 'Its name, other names, remit or note',
    applies: () => true,
    fields: (ctx) => {
      const { node, prefix } = ctx;
      const name = text(`${prefix}-name`, node.name);
      const aliases = text(`${prefix}-aliases`, node.aliases.join(', '));
      const remit = h('textarea', { id: `${prefix}-text`, rows: 3 }, node.text ?? '');
      const note = h('textarea', { id: `${prefix}-note`, rows: 2 }, node.note ?? '');
      const byArg: Record<string, HTMLElement> = { name, aliases, text: remit, note };
      return {
        element: h('div', {}, field(name.id, 'Name', name), field(aliases.id, 'Also called', aliases, 'Separate names with commas.'), field(remit.id, 'Remit', remit), field(note.id, 'Curator’s note', note)),
        build: async () => {
          if (!name.value.trim()) throw new FieldProblem(name, 'A node needs a name.');
          return [{ node: { id: node.id, expectedVersion: ctx.version, name: name.value.trim(), aliases: aliases.value.split(',').map((a) => a.trim()).filter(Boolean), text: remit.value, note: note.value } }];
        },
        summary: () => (name.value.trim() !== node.name ? `Rename ${node.name} to ${name.value.trim()}` : `Update the details of ${node.name}`),
        fieldFor: (arg) => byArg[arg.split('.').pop()!] ?? null,
      };
    },
  },
  {
    key: 'validity',
    label: 'When it is in force (from, to)',
    applies: () => true,
    fields: (ctx) => {
      const { node, prefix } = ctx;
      const from = dateInput(`${prefix}-from`, node.validFrom ?? '');
      const to = dateInput(`${prefix}-to`, node.validTo ?? '');
      return {
        element: h('div', { class: 'field-row' }, field(from.id, 'In force from', from, dateHint), field(to.id, 'In force to', to, 'Leave empty while it still exists.')),
        build: async () => [{ node: { id: node.id, expectedVersion: ctx.version, validFrom: needDate(from, false) ?? '', validTo: needDate(to, false) ?? '' } }],
        summary: () => `Dates in force of ${node.name}`,
        fieldFor: (arg) => (arg.endsWith('validFrom') ? from : arg.endsWith('validTo') ? to : null),
      };
    },
  },
  {
    key: 'end',
    label: 'It has ended',
    applies: (n) => !n.validTo,
    fields: (ctx) => {
      const { node, prefix } = ctx;
      const to = dateInput(`${prefix}-ended`);
      return {
        element: h('div', {}, field(to.id, 'Ended on', to, `${dateHint} Nothing is deleted: it stays in the record, ended.`)),
        build: async () => [{ end: { id: node.id, expectedVersion: ctx.version, validTo: needDate(to, true)! } }],
        summary: () => `${node.name} ended`,
        fieldFor: () => to,
      };
    },
  },
  {
    key: 'chair',
    label: 'A new chair',
    applies: isBody,
    fields: ({ node, partnershipId, prefix }) => {
      const who = nodePicker(`${prefix}-chair`, 'New chair (organisation)', partnershipId, ['Organisation']);
      const from = dateInput(`${prefix}-chair-from`);
      const post = text(`${prefix}-chair-post`);
      return {
        element: h('div', {}, who.element, field(from.id, 'Chairs from', from, `${dateHint} The current chair’s line ends then.`), field(post.id, 'Post (optional)', post)),
        build: async () => [{ chair: { bodyId: node.id, chairId: need(who, 'the new chair'), from: needDate(from, true)!, post: post.value.trim() || null } }],
        summary: () => `New chair of ${node.name}`,
        fieldFor: (arg) => (arg.endsWith('from') ? from : who.input()),
      };
    },
  },
  {
    key: 'member',
    label: 'A new member',
    applies: isBody,
    fields: ({ node, partnershipId, prefix }) => {
      const who = nodePicker(`${prefix}-member`, 'Member (organisation)', partnershipId, ['Organisation']);
      const from = dateInput(`${prefix}-member-from`);
      return {
        element: h('div', {}, who.element, field(from.id, 'Member from (optional)', from, dateHint)),
        build: async () => [{ line: { type: 'MEMBER_OF', from: need(who, 'the member'), to: node.id, expectedVersion: 0, validFrom: needDate(from, false) } }],
        summary: () => `New member of ${node.name}`,
        fieldFor: (arg) => (arg.endsWith('validFrom') ? from : who.input()),
      };
    },
  },
  {
    key: 'line',
    label: 'A line to another body',
    applies: isBody,
    fields: ({ node, partnershipId, prefix }) => {
      const types: RelationshipType[] = ['REPORTS_TO', 'FEEDS_INTO', 'LINKS_WITH', 'PART_OF', 'OVERSEES'];
      const type = h('select', { id: `${prefix}-line-type` }, types.map((t) => h('option', { value: t }, `${node.name} ${REL_STYLE[t].label.toLowerCase()}…`)));
      const other = nodePicker(`${prefix}-line-other`, 'The other body', partnershipId, [...BODY_KINDS]);
      const from = dateInput(`${prefix}-line-from`);
      return {
        element: h('div', {}, field(type.id, 'Line', type), other.element, field(from.id, 'From (optional)', from, dateHint)),
        build: async () => [{ line: { type: type.value as RelationshipType, from: node.id, to: need(other, 'the other body'), expectedVersion: 0, validFrom: needDate(from, false) } }],
        summary: () => `${node.name}: new ${REL_STYLE[type.value as RelationshipType].label.toLowerCase()} line`,
        fieldFor: (arg) => (arg.endsWith('validFrom') ? from : arg.endsWith('type') ? type : other.input()),
      };
    },
  },
  {
    key: 'end-line',
    label: 'A line has ended',
    applies: (n) => n.lines.some((l) => !l.validTo),
    fields: ({ node, prefix, lineVersion }) => {
      const open = node.lines.filter((l) => !l.validTo);
      const describe = (l: (typeof open)[number]) => `${displayName(l.from.name, l.from.aliases)} ${REL_STYLE[l.type].label.toLowerCase()} ${displayName(l.to.name, l.to.aliases)}`;
      const line = h('select', { id: `${prefix}-end-line` }, h('option', { value: '' }, 'Choose a line…'), open.map((l) => h('option', { value: l.id }, describe(l))));
      const to = dateInput(`${prefix}-end-line-to`);
      // a line's words are often wider than the panel, and a select cuts them off: the hint says the one chosen whole
      const lineField = field(line.id, 'Line', line, 'The line chosen is named here in full.');
      const said = lineField.querySelector<HTMLElement>('.hint')!;
      line.addEventListener('change', () => {
        const chosen = open.find((l) => l.id === line.value);
        said.textContent = chosen ? `Chosen: ${describe(chosen)}.` : 'The line chosen is named here in full.';
      });
      return {
        element: h('div', {}, lineField, field(to.id, 'Ended on', to, `${dateHint} The line stays in the record, ended.`)),
        build: async () => {
          if (!line.value) throw new FieldProblem(line, 'Choose the line that ended.');
          const validTo = needDate(to, true)!;
          return [{ end: { id: line.value, expectedVersion: await lineVersion(line.value), validTo } }];
        },
        summary: () => `Line ended: ${open.find((l) => l.id === line.value) ? describe(open.find((l) => l.id === line.value)!) : node.name}`,
        fieldFor: (arg) => (arg.endsWith('validTo') ? to : line),
      };
    },
  },
  {
    key: 'create',
    label: 'A new body or organisation',
    applies: isBody,
    fields: ({ node, partnershipId, prefix }) => {
      const kinds: NodeKind[] = ['Board', 'SubGroup', 'Panel', 'Organisation'];
      const kind = h('select', { id: `${prefix}-new-kind` }, kinds.map((k) => h('option', { value: k }, KIND_STYLE[k].label)));
      const name = text(`${prefix}-new-name`);
      const from = dateInput(`${prefix}-new-from`);
      const isOrg = () => kind.value === 'Organisation';
      const newId = () => `${isOrg() ? 'org' : partnershipId.split('/')[0]}/${slugify(name.value)}`;
      return {
        element: h('div', {}, field(kind.id, 'Kind', kind, `A body reports to ${node.name}; an organisation becomes its member.`), field(name.id, 'Name', name), field(from.id, 'From (optional)', from, dateHint)),
        build: async () => {
          if (!slugify(name.value)) throw new FieldProblem(name, 'Give its name.');
          const validFrom = needDate(from, false);
          const id = newId();
          return [
            { node: { id, expectedVersion: 0, kind: kind.value as NodeKind, name: name.value.trim(), validFrom } },
            { line: isOrg() ? { type: 'MEMBER_OF', from: id, to: node.id, expectedVersion: 0, validFrom } : { type: 'REPORTS_TO', from: id, to: node.id, expectedVersion: 0, validFrom } },
          ];
        },
        summary: () => `New ${KIND_STYLE[kind.value as NodeKind].label.toLowerCase()}: ${name.value.trim()}`,
        fieldFor: (arg) => (arg.endsWith('kind') ? kind : arg.endsWith('validFrom') ? from : name),
      };
    },
  },
];
