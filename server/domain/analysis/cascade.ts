// The cascade: from a national or regional strategy down to the local priorities aligned with it,
// their actions, who leads them and who oversees them; or from an action up to the priorities,
// requirements and strategies it serves. Levels of a DAG: a node sits at the depth first met.
import type { GraphNode, GraphRel, NodeKind, RelType } from '../model.js';
import { holdsAt } from '../period.js';
import { MAX_DEPTH, type GraphStore } from '../../store/contract.js';
import { AnalysisInputError, byName, checkDate, expandSome, fetchMissing, GraphIndex, requireNodes } from './shared.js';

export type CascadeDirection = 'down' | 'up';
export type CascadeRole = 'strategy' | 'priority' | 'requirement' | 'action' | 'lead' | 'partner' | 'overseer';

interface Step {
  type: RelType;
  /** the line's direction seen from the node being expanded */
  dir: 'out' | 'in';
  /** kinds accepted at the far end; any when absent */
  kinds?: readonly NodeKind[];
  /** what the far end is in the cascade; by its kind when absent */
  role?: CascadeRole;
}

const PLAN_KINDS: readonly NodeKind[] = ['Strategy', 'Priority'];

/** Which lines each kind of node is followed along, going down and going up. */
export const CASCADE_STEPS: Record<CascadeDirection, Partial<Record<NodeKind, readonly Step[]>>> = {
  down: {
    Strategy: [
      { type: 'ALIGNS_WITH', dir: 'in', kinds: PLAN_KINDS },
      { type: 'HAS_PRIORITY', dir: 'out', kinds: ['Priority'] },
      { type: 'HAS_ACTION', dir: 'out', kinds: ['Action'] },
      { type: 'OVERSEES', dir: 'in', role: 'overseer' },
    ],
    Priority: [
      { type: 'ALIGNS_WITH', dir: 'in', kinds: PLAN_KINDS },
      { type: 'HAS_ACTION', dir: 'out', kinds: ['Action'] },
      // a VRU theme's mandatory actions, which boroughs answer with actions of their own
      { type: 'PART_OF', dir: 'in', kinds: ['Requirement'] },
      { type: 'OVERSEES', dir: 'in', role: 'overseer' },
    ],
    Requirement: [{ type: 'RESPONDS_TO', dir: 'in', kinds: ['Action'] }],
    Action: [
      { type: 'LEADS', dir: 'in', role: 'lead' },
      { type: 'DELIVERS', dir: 'in', role: 'partner' },
      { type: 'OVERSEES', dir: 'in', role: 'overseer' },
    ],
  },
  up: {
    Action: [
      { type: 'HAS_ACTION', dir: 'in', kinds: PLAN_KINDS },
      { type: 'RESPONDS_TO', dir: 'out', kinds: ['Requirement'] },
    ],
    Requirement: [{ type: 'PART_OF', dir: 'out', kinds: ['Priority'] }],
    Priority: [
      { type: 'HAS_PRIORITY', dir: 'in', kinds: ['Strategy'] },
      { type: 'ALIGNS_WITH', dir: 'out', kinds: PLAN_KINDS },
    ],
    Strategy: [{ type: 'ALIGNS_WITH', dir: 'out', kinds: PLAN_KINDS }],
  },
};

export const DEFAULT_CASCADE_DEPTH = 8;

export interface CascadeLink {
  parentId: string;
  rel: GraphRel;
}

export interface CascadeEntry {
  node: GraphNode;
  role: CascadeRole;
  depth: number;
  /** the lines from the level above that reach it (more than one where it serves several) */
  links: CascadeLink[];
}

export interface CascadeLevel {
  depth: number;
  entries: CascadeEntry[];
}

export interface CascadeResult {
  root: GraphNode;
  direction: CascadeDirection;
  asOf?: string;
  /** level 0 is the root */
  levels: CascadeLevel[];
  /** true when maxDepth stopped the walk with more to follow */
  truncated: boolean;
}

export interface CascadeOptions {
  /** default: down from a Strategy, Priority or Requirement; up from an Action */
  direction?: CascadeDirection;
  asOf?: string;
  maxDepth?: number;
}

export interface CascadeData {
  root: GraphNode;
  direction: CascadeDirection;
  asOf?: string;
  maxDepth: number;
  nodes: GraphNode[];
  rels: GraphRel[];
}

export async function cascade(store: GraphStore, id: string, opts: CascadeOptions = {}): Promise<CascadeResult> {
  return buildCascade(await gatherCascade(store, id, opts));
}

function directionFor(root: GraphNode, asked?: CascadeDirection): CascadeDirection {
  const direction = asked ?? (root.kind === 'Action' ? 'up' : 'down');
  if (!CASCADE_STEPS[direction][root.kind])
    throw new AnalysisInputError(
      `a cascade ${direction} starts at a ${Object.keys(CASCADE_STEPS[direction]).join(', ')}; "${root.id}" is a ${root.kind}`,
    );
  return direction;
}

function depthFor(maxDepth: number | undefined): number {
  const d = maxDepth ?? DEFAULT_CASCADE_DEPTH;
  if (!Number.isInteger(d) || d < 1 || d > MAX_DEPTH) throw new AnalysisInputError(`maxDepth: ${d} is not a whole number from 1 to ${MAX_DEPTH}`);
  return d;
}

/** The step that leads from `node` along `rel` to `other`, if the cascade follows it. */
function stepAlong(direction: CascadeDirection, node: GraphNode, rel: GraphRel, other: GraphNode): Step | undefined {
  return CASCADE_STEPS[direction][node.kind]?.find(
    (s) =>
      s.type === rel.type &&
      (s.dir === 'out' ? rel.from === node.id && rel.to === other.id : rel.to === node.id && rel.from === other.id) &&
      (!s.kinds || s.kinds.includes(other.kind)),
  );
}

/**
 * The lines the frontier's steps follow: out along the outward types, in along the inward ones (two
 * calls at once), never both ways. A line read the wrong way is not only waste: every borough's plan
 * ALIGNS_WITH the VRU's, so reading that type both ways up from one action would read the country.
 */
async function expandSteps(store: GraphStore, direction: CascadeDirection, frontier: readonly GraphNode[], asOf: string | undefined): Promise<GraphRel[]> {
  const steps = frontier.flatMap((n) => CASCADE_STEPS[direction][n.kind] ?? []);
  const read = (dir: 'out' | 'in') => {
    const types = [...new Set(steps.filter((s) => s.dir === dir).map((s) => s.type))];
    return types.length === 0 ? Promise.resolve([]) : expandSome(store, { ids: frontier.map((n) => n.id), types, direction: dir, asOf });
  };
  const [out, inward] = await Promise.all([read('out'), read('in')]);
  return [...out, ...inward];
}

/** Up to two expands (lines out, lines in) and one getNodes per level. */
export async function gatherCascade(store: GraphStore, id: string, opts: CascadeOptions = {}): Promise<CascadeData> {
  if (opts.asOf !== undefined) checkDate(opts.asOf, 'asOf');
  const maxDepth = depthFor(opts.maxDepth);
  const [root] = await requireNodes(store, [id], 'node');
  const direction = directionFor(root, opts.direction);
  const nodes = new Map([[root.id, root]]);
  const rels: GraphRel[] = [];
  const seen = new Set([root.id]);
  let frontier = [root];
  // one level further than maxDepth is read so the result can say whether it was cut short
  for (let depth = 0; depth <= maxDepth && frontier.length > 0; depth++) {
    const found = await expandSteps(store, direction, frontier, opts.asOf);
    await fetchMissing(store, nodes, found.flatMap((r) => [r.from, r.to]));
    const next: GraphNode[] = [];
    for (const n of frontier)
      for (const rel of found) {
        const other = nodes.get(rel.from === n.id ? rel.to : rel.from);
        if (!other || (rel.from !== n.id && rel.to !== n.id) || !stepAlong(direction, n, rel, other)) continue;
        if (opts.asOf && !holdsAt(other, opts.asOf)) continue;
        rels.push(rel);
        if (!seen.has(other.id)) {
          seen.add(other.id);
          next.push(other);
        }
      }
    frontier = next;
  }
  return { root, direction, asOf: opts.asOf, maxDepth, nodes: [...nodes.values()], rels };
}

// ---------------------------------------------------------------- the pure part

const ROLE_ORDER: readonly CascadeRole[] = ['strategy', 'priority', 'requirement', 'action', 'lead', 'partner', 'overseer'];
const roleOfKind = (kind: NodeKind): CascadeRole =>
  kind === 'Strategy' ? 'strategy' : kind === 'Priority' ? 'priority' : kind === 'Requirement' ? 'requirement' : 'action';

export function buildCascade(data: CascadeData): CascadeResult {
  const { root, direction, asOf, maxDepth } = data;
  const g = new GraphIndex(data.nodes, data.rels).at(asOf);
  const placed = new Map<string, CascadeEntry>([[root.id, { node: root, role: roleOfKind(root.kind), depth: 0, links: [] }]]);
  const levels: CascadeLevel[] = [{ depth: 0, entries: [placed.get(root.id)!] }];
  let truncated = false;

  for (let depth = 1; ; depth++) {
    const level = new Map<string, CascadeEntry>();
    for (const parent of levels[depth - 1]!.entries)
      for (const { rel, other } of g.both(parent.node.id)) {
        const node = g.node(other);
        const step = node && stepAlong(direction, parent.node, rel, node);
        if (!node || !step || (placed.has(node.id) && !level.has(node.id))) continue;
        const role = step.role ?? roleOfKind(node.kind);
        const entry = level.get(node.id) ?? { node, role, depth, links: [] };
        // reached by several lines (an organisation that LEADS and DELIVERS): the stronger role wins
        if (ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(entry.role)) entry.role = role;
        entry.links.push({ parentId: parent.node.id, rel });
        level.set(node.id, entry);
      }
    if (level.size === 0) break;
    if (depth > maxDepth) {
      truncated = true;
      break;
    }
    for (const [id, entry] of level) placed.set(id, entry);
    const entries = [...level.values()].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || byName(a.node, b.node));
    levels.push({ depth, entries });
  }
  return { root, direction, asOf, levels, truncated };
}
