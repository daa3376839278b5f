// Pure builders: from an editor's input and the item as it stands now, the item as it will be.
// Every change adds its evidence to the item, so the graph keeps pointing at why it says what it says.
import { isPlanDate } from '../domain/period.js';
import { isNodeKind, isRelType, REL_ENDPOINTS, relId, type Evidence, type GraphNode, type GraphRel, type Props, type RelType } from '../domain/model.js';
import { checkLength, checkWords, MAX_ID, MAX_NAME } from './sizes.js';
import { bad } from './errors.js';
import type { Change } from './model.js';

type Maybe<T> = T | null | undefined;
export interface PropertyInput { key: string; value?: Maybe<string> }
export interface NodeInput {
  id: string;
  expectedVersion: number;
  kind?: Maybe<string>;
  name?: Maybe<string>;
  aliases?: Maybe<string[]>;
  text?: Maybe<string>;
  note?: Maybe<string>;
  validFrom?: Maybe<string>;
  validTo?: Maybe<string>;
  properties?: Maybe<PropertyInput[]>;
}
export interface LineInput {
  type: string;
  from: string;
  to: string;
  key?: Maybe<string>;
  expectedVersion: number;
  validFrom?: Maybe<string>;
  validTo?: Maybe<string>;
  note?: Maybe<string>;
  properties?: Maybe<PropertyInput[]>;
}

export const SLUG = /^[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9.-]*)*$/;
const PROP_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

function date(value: Maybe<string>, at: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (!isPlanDate(value)) throw bad(`"${value}" is not a plan date (yyyy, yyyy-mm or yyyy-mm-dd)`, at);
  return value;
}

function withProps(props: Props, input: Maybe<PropertyInput[]>, at: string): Props {
  const out = { ...props };
  (input ?? []).forEach((p, i) => {
    if (!PROP_KEY.test(p.key)) throw bad(`"${p.key}" is not a property name`, `${at}.${i}.key`);
    if (p.value === null || p.value === undefined) delete out[p.key];
    else out[p.key] = p.value;
  });
  return out;
}

const addEvidence = (list: Evidence[], e: Evidence): Evidence[] =>
  list.some((x) => x.source === e.source && x.locator === e.locator && x.quote === e.quote && x.basis === e.basis) ? list : [...list, e];

/** `field` if the input gives it (a blank string clears it), else the current value. */
const pick = (given: Maybe<string>, current: string | undefined): string | undefined =>
  given === null || given === undefined ? current : given.trim() || undefined;

export function nodeChange(input: NodeInput, current: GraphNode | null, partnership: string, evidence: Evidence, at: string): Change {
  checkLength(input.id, MAX_ID, `${at}.id`);
  if (!SLUG.test(input.id)) throw bad(`"${input.id}" is not a lower-case slug like "richmond/new-panel"`, `${at}.id`);
  checkLength(input.name, MAX_NAME, `${at}.name`);
  (input.aliases ?? []).forEach((a, i) => checkLength(a, MAX_NAME, `${at}.aliases.${i}`));
  checkWords(input.text, `${at}.text`);
  if (!current && input.expectedVersion !== 0) throw bad(`no node "${input.id}": to create one, give expectedVersion 0`, `${at}.expectedVersion`);
  const kind = input.kind ?? current?.kind;
  if (!kind || !isNodeKind(kind)) throw bad(`a new node needs a kind`, `${at}.kind`);
  if (current && kind !== current.kind) throw bad(`a node's kind cannot change (${current.kind})`, `${at}.kind`);
  const name = pick(input.name, current?.name);
  if (!name) throw bad('a node needs a name', `${at}.name`);
  const after: GraphNode = {
    id: input.id,
    kind,
    name,
    aliases: input.aliases ? input.aliases.map((a) => a.trim()).filter(Boolean) : (current?.aliases ?? []),
    text: pick(input.text, current?.text),
    partnership: current ? current.partnership : partnership,
    validFrom: input.validFrom === undefined || input.validFrom === null ? current?.validFrom : date(input.validFrom, `${at}.validFrom`),
    validTo: input.validTo === undefined || input.validTo === null ? current?.validTo : date(input.validTo, `${at}.validTo`),
    note: pick(input.note, current?.note),
    props: withProps(current?.props ?? {}, input.properties, `${at}.properties`),
    evidence: addEvidence(current?.evidence ?? [], evidence),
  };
  return { target: 'node', id: input.id, op: current ? 'edit' : 'create', baseVersion: input.expectedVersion, before: current, after: strip(after) };
}

/** The kinds each end must have; `ends` are the nodes as they stand (or as this change set creates them). */
export function lineChange(input: LineInput, current: GraphRel | null, ends: Map<string, GraphNode>, evidence: Evidence, at: string): Change {
  if (!isRelType(input.type)) throw bad(`"${input.type}" is not a relationship type`, `${at}.type`);
  const type: RelType = input.type;
  checkLength(input.key, MAX_ID, `${at}.key`);
  if (input.key && !SLUG.test(input.key)) throw bad(`"${input.key}" is not a slug`, `${at}.key`);
  const id = relId(input.from, type, input.to, input.key ?? undefined);
  if (!current && input.expectedVersion !== 0) throw bad(`no line "${id}": to create one, give expectedVersion 0`, `${at}.expectedVersion`);
  for (const [end, field] of [[input.from, 'from'], [input.to, 'to']] as const) {
    const node = ends.get(end);
    if (!node) throw bad(`no node "${end}"`, `${at}.${field}`);
    if (!REL_ENDPOINTS[type][field].includes(node.kind)) {
      throw bad(`a ${type} line cannot ${field === 'from' ? 'start at' : 'end at'} ${node.kind} "${end}"`, `${at}.${field}`);
    }
  }
  const after: GraphRel = {
    id,
    type,
    from: input.from,
    to: input.to,
    validFrom: input.validFrom === undefined || input.validFrom === null ? current?.validFrom : date(input.validFrom, `${at}.validFrom`),
    validTo: input.validTo === undefined || input.validTo === null ? current?.validTo : date(input.validTo, `${at}.validTo`),
    note: pick(input.note, current?.note),
    props: withProps(current?.props ?? {}, input.properties, `${at}.properties`),
    evidence: addEvidence(current?.evidence ?? [], evidence),
  };
  return { target: 'rel', id, op: current ? 'edit' : 'create', baseVersion: input.expectedVersion, before: current, after: strip(after) };
}

export function endChange(current: GraphNode | GraphRel, expectedVersion: number, validTo: string, evidence: Evidence, at: string): Change {
  const end = date(validTo, `${at}.validTo`);
  if (!end) throw bad('give the date it ended', `${at}.validTo`);
  const target = 'type' in current ? 'rel' : 'node';
  const after = strip({ ...current, validTo: end, evidence: addEvidence(current.evidence, evidence) });
  return { target, id: current.id, op: 'end', baseVersion: expectedVersion, before: current, after };
}

/** Drops undefined fields, so a stored or compared item has one shape whichever way it was made. */
export function strip<T extends object>(item: T): T {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T;
}
