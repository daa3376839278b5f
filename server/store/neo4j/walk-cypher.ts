// The walk of domain/walk.ts in one statement, and with it what a partnership's chart adds to it
// (domain/plan-bodies.ts, WalkQuery.planBodies), so a structure chart is one statement and one round
// trip. The walk is a breadth-first search written out level by level, each level expanding only
// the one before and passing over what is met already: half the server's time of the
// shortest-path search it replaces (ANY SHORTEST from the roots, which searched a path to each node).
import { BODY_KINDS, type RelType } from '../../domain/model.js';
import { WALK_DIRECTION } from '../../domain/walk.js';
import type { Direction } from '../contract.js';
import { caseName, detailCase, holds, lineList, nodeMap, once, typeList, type Detail } from './cypher-reads.js';
import type { Statement } from './statement.js';

export type WalkParam = 'g' | 'ids' | 'asOfStart' | 'asOfEnd';

const list = (names: readonly string[]) => `[${names.map((x) => `'${x}'`).join(', ')}]`;

/** One step of the walk from x to y: each line followed only in its walk direction (WALK_DIRECTION), to a node that holds. */
function hop(types: readonly RelType[]): string {
  const t = typeList(types);
  const sorted = [...types].sort();
  const of = (d: Direction) => sorted.filter((x) => WALK_DIRECTION[x] === d);
  if (of('in').length === sorted.length) return `(x)<-[r${t}]-(y) WHERE ${holds('r')} AND ${holds('y')}`;
  if (of('out').length === sorted.length) return `(x)-[r${t}]->(y) WHERE ${holds('r')} AND ${holds('y')}`;
  // (a line of the pattern is of one of the types: with none of one way, the other way's test needs no type)
  const [inward, outward] = [of('in'), of('out')];
  const ways = [
    ...(inward.length ? [outward.length ? `(startNode(r) = y AND type(r) IN ${list(inward)})` : 'startNode(r) = y'] : []),
    ...(outward.length ? [inward.length ? `(startNode(r) = x AND type(r) IN ${list(outward)})` : 'startNode(r) = x'] : []),
    ...(of('both').length ? [`type(r) IN ${list(of('both'))}`] : []),
  ];
  return `(x)-[r${t}]-(y) WHERE ${holds('r')} AND ${holds('y')} AND (${ways.join(' OR ')})`;
}

/**
 * From the roots that hold in the period, within `depth` steps, each node at its least depth
 * (`levels`: the nodes first met at each depth, roots at 0), then every line of the types among
 * the nodes reached (`rels`). With `planBodies`, also the governance bodies of each root that is a
 * partnership that the walk did not reach (`missing`), and in `rels` the lines of the types joining
 * them to the nodes reached or to each other: what domain/plan-bodies.ts adds to the chart.
 */
export function walkStatement(types: readonly RelType[], depth: number, detail: Detail = 'full', planBodies = false): Statement<WalkParam> {
  if (types.length === 0) throw new Error('a walk needs at least one relationship type');
  return once(caseName(['WALK', ...detailCase(detail), ...(planBodies ? ['PLAN_BODIES'] : []), depth, ...[...types].sort()]), ['g', 'ids', 'asOfStart', 'asOfEnd'], () => {
    // made once per case (once), not on every walk
    const t = typeList(types);
    const levels = Array.from(
      { length: depth },
      () => `CALL (f, seen) {
  UNWIND f AS x
  MATCH ${hop(types)} AND NOT y IN seen
  RETURN collect(DISTINCT y) AS next
}
WITH roots, next AS f, seen + next AS seen, levels + [next] AS levels`,
    );
    const bodies = `CALL (roots, seen) {
  UNWIND roots AS p
  MATCH (m:Node)
  WHERE p.kind = 'Partnership' AND m.g = $g AND m.partnership = p.id AND m.kind IN ${list(BODY_KINDS)} AND ${holds('m')} AND NOT m IN seen
  RETURN collect(DISTINCT m) AS bodies
}
`;
    return `
UNWIND $ids AS id
MATCH (s:Node {g: $g, id: id})
WHERE ${holds('s')}
WITH collect(s) AS roots
WITH roots, roots AS f, roots AS seen, [roots] AS levels
${levels.join('\n')}
${planBodies ? bodies : ''}CALL (${planBodies ? 'seen, bodies' : 'seen'}) {
  WITH ${planBodies ? 'seen + bodies' : 'seen'} AS drawn
  UNWIND drawn AS a
  MATCH (a)-[r${t}]->(b)
  WHERE b IN drawn AND ${holds('r')}
  RETURN collect(${lineList('r', 'a', 'b', detail)}) AS rels
}
RETURN [l IN levels | [n IN l | ${nodeMap('n', detail)}]] AS levels, rels${planBodies ? `, [m IN bodies | ${nodeMap('m', detail)}] AS missing` : ''}`;
  });
}
