// Checks that span files: identities, references, the kinds each relationship joins, dates and cycles.
import { isBodyKind, REL_ENDPOINTS, type GraphNode, type GraphRel, type NodeKind, type RelType } from '../domain/model.js';
import { isPlanDate, validEnd, validStart } from '../domain/period.js';
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
    const due = item.props['due'];
    if (due !== undefined && !(typeof due === 'string' && isPlanDate(due))) {
      report(e.locate(['props', 'due']), 'props.due must be a plan date: yyyy, yyyy-mm or yyyy-mm-dd');
    }
  };

  for (const n of nodes) {
    checkCommon(n);
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

  problems.push(...reportingCycles(rels));
  return problems;
}

/** Every REPORTS_TO cycle once, reported at the line that closes it. */
function reportingCycles(rels: Located<GraphRel>[]): SeedProblem[] {
  const up = new Map<string, Located<GraphRel>[]>();
  for (const r of rels) {
    if (r.item.type !== 'REPORTS_TO') continue;
    up.set(r.item.from, [...(up.get(r.item.from) ?? []), r]);
  }
  const problems: SeedProblem[] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const r of up.get(id) ?? []) {
      const next = r.item.to;
      if (state.get(next) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...new Set(cycle)].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          problems.push({ ...r.locate([]), message: `REPORTS_TO cycle: ${cycle.join(' -> ')}` });
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of up.keys()) if (!state.has(id)) visit(id);
  return problems;
}
