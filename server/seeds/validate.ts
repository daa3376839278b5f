// Checks that span files: identities, references, the kinds each relationship joins, dates and cycles.
import { isBodyKind, REL_ENDPOINTS, type GraphNode, type GraphRel, type NodeKind, type RelType } from '../domain/model.js';
import { isPlanDate, validEnd, validStart } from '../domain/period.js';
import { appendAll } from '../domain/append.js';
import { reportingCycles } from '../domain/reporting-cycles.js';
import { namePattern, PERSONAL_PROPS } from '../domain/personal-data.js';
import type { Path, SeedProblem } from './parse.js';

export interface Position {
  file: string;
  line: number;
  column: number;
}

/** A graph entry with the seed file it came from; locate([]) is the entry itself. */
export interface Located<T> {
  item: T;
  file: string;
  locate(p: Path): Position;
}

/** Props whose value is the id of another node. */
const REFERENCE_PROPS = ['respondent', 'onBehalfOf', 'sourceId'] as const;

/** Props whose value is a plan date. */
const DATE_PROPS = ['due', 'statusTo'] as const;

/** Types whose two ends must be of one family: a plan supersedes a plan, a body a body. */
const PAIRINGS: Partial<Record<RelType, (k: NodeKind) => string>> = {
  SUPERSEDES: (k) => (isBodyKind(k) ? 'body' : k),
};

const article = (kind: string) => `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;
const where = (p: Position) => `${p.file}:${p.line}`;

export function validateGraph(nodes: Located<GraphNode>[], rels: Located<GraphRel>[]): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const report = (pos: Position, message: string) => problems.push({ ...pos, message });

  const byId = new Map<string, Located<GraphNode>>();
  for (const n of nodes) {
    const first = byId.get(n.item.id);
    if (first) report(n.locate(['id']), `duplicate node id "${n.item.id}" (first defined at ${where(first.locate([]))})`);
    else byId.set(n.item.id, n);
  }

  const checkCommon = (e: Located<GraphNode | GraphRel>) => {
    const { item } = e;
    item.evidence.forEach((ev, i) => {
      const src = byId.get(ev.source);
      if (!ev.source) report(e.locate(['evidence', i]), 'evidence has no source (set source here or defaults.source)');
      else if (!src) report(e.locate(['evidence', i, 'source']), `unknown source "${ev.source}"`);
      else if (src.item.kind !== 'Source') report(e.locate(['evidence', i, 'source']), `"${ev.source}" is ${article(src.item.kind)}, not a Source`);
    });
    if (item.validFrom && item.validTo && validStart(item.validFrom) > validEnd(item.validTo)) {
      report(e.locate(['validTo']), `validTo "${item.validTo}" is before validFrom "${item.validFrom}"`);
    }
    for (const key of REFERENCE_PROPS) {
      const v = item.props[key];
      if (typeof v === 'string' && !byId.has(v)) report(e.locate(['props', key]), `props.${key}: unknown node "${v}"`);
    }
    for (const key of DATE_PROPS) {
      const v = item.props[key];
      if (v !== undefined && !(typeof v === 'string' && isPlanDate(v))) {
        report(e.locate(['props', key]), `props.${key} must be a plan date: yyyy, yyyy-mm or yyyy-mm-dd`);
      }
    }
  };

  for (const n of nodes) {
    checkCommon(n);
    // "to be set up" is true as at the plan, not for ever after
    if (n.item.props['status'] !== undefined && n.item.props['statusTo'] === undefined && (isBodyKind(n.item.kind) || n.item.kind === 'Organisation')) {
      report(n.locate(['props', 'status']), 'props.status needs props.statusTo: the last plan date the status is known to hold');
    }
    const p = n.item.partnership;
    if (p) {
      const target = byId.get(p);
      if (!target) report(n.locate(['partnership']), `unknown partnership "${p}"`);
      else if (target.item.kind !== 'Partnership') report(n.locate(['partnership']), `"${p}" is ${article(target.item.kind)}, not a Partnership`);
    }
  }

  const relIds = new Map<string, Located<GraphRel>>();
  for (const r of rels) {
    checkCommon(r);
    const { item } = r;
    const first = relIds.get(item.id);
    if (first) report(r.locate([]), `duplicate relationship "${item.id}" (first at ${where(first.locate([]))}); give one a distinct key`);
    else relIds.set(item.id, r);
    const ends = REL_ENDPOINTS[item.type];
    for (const end of ['from', 'to'] as const) {
      const node = byId.get(item[end]);
      if (!node) report(r.locate([end]), `${end}: unknown node "${item[end]}"`);
      else if (!ends[end].includes(node.item.kind)) {
        report(r.locate([end]), `${item.type} ${end} must be ${ends[end].join(' or ')}, but "${item[end]}" is ${article(node.item.kind)}`);
      }
    }
    if (item.from === item.to) report(r.locate([]), `${item.type} from "${item.from}" to itself`);
    const pairing = PAIRINGS[item.type];
    const [a, b] = [byId.get(item.from)?.item.kind, byId.get(item.to)?.item.kind];
    if (pairing && a && b && pairing(a) !== pairing(b)) {
      report(r.locate([]), `${item.type} joins like with like, but "${item.from}" is ${article(a)} and "${item.to}" is ${article(b)}`);
    }
  }

  appendAll(problems, reportingCycleProblems(rels));
  appendAll(problems, unlistedNames([...nodes, ...rels]));
  return problems;
}

/** Every text of an entry a person's name could be in. */
function textsOf(item: GraphNode | GraphRel): string[] {
  const out = [item.note ?? '', ...item.evidence.flatMap((e) => [e.quote, e.note ?? ''])];
  if ('name' in item) out.push(item.name, ...item.aliases, item.text ?? '');
  for (const [k, v] of Object.entries(item.props)) if (!PERSONAL_PROPS.includes(k)) out.push(...(Array.isArray(v) ? v.map(String) : [String(v)]));
  return out;
}

const personalNames = (item: GraphNode | GraphRel): string[] =>
  PERSONAL_PROPS.flatMap((k) => {
    const v = item.props[k];
    return v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];
  });

/**
 * A person named anywhere (in a holder or peopleNamed prop) must be listed by every entry whose
 * texts name them, or the API and the exports could not withhold the name there.
 */
function unlistedNames(entries: Located<GraphNode | GraphRel>[]): SeedProblem[] {
  const names = [...new Set(entries.flatMap((e) => personalNames(e.item)))].filter((n) => n.trim().length > 2);
  if (!names.length) return [];
  const patterns = names.map((n) => ({ n, re: namePattern([n]) }));
  const problems: SeedProblem[] = [];
  for (const e of entries) {
    const own = new Set(personalNames(e.item));
    const text = textsOf(e.item).join('\n');
    for (const { n, re } of patterns) {
      if (!own.has(n) && re.test(text)) {
        problems.push({ ...e.locate([]), message: `names a person ("${n}") without listing them in props.holder or props.peopleNamed, so the name could not be withheld` });
      }
    }
  }
  return problems;
}

/** Every REPORTS_TO cycle of lines that hold at one time, once, reported at the line that closes it. */
function reportingCycleProblems(rels: Located<GraphRel>[]): SeedProblem[] {
  const byRel = new Map(rels.map((r) => [r.item, r]));
  return reportingCycles(rels.map((r) => r.item)).map(({ nodeIds, rels: loop }) => ({
    ...byRel.get(loop[loop.length - 1]!)!.locate([]),
    message: `REPORTS_TO cycle: ${[...nodeIds, nodeIds[0]].join(' -> ')}`,
  }));
}
