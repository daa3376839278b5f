// Small graphs for the analysis tests: plain nodes and lines, each with evidence.
import { relId, type GraphNode, type GraphRel, type NodeKind, type RelType } from '../../server/domain/model.js';

export const SOURCE = 'source/test-plan';

export function node(id: string, kind: NodeKind, name: string, extra: Partial<Omit<GraphNode, 'id' | 'kind' | 'name'>> = {}): GraphNode {
  return {
    id,
    kind,
    name,
    aliases: [],
    props: {},
    evidence: [{ source: SOURCE, locator: `where ${id} is named`, quote: name, basis: 'STATED' }],
    ...extra,
  };
}

export function rel(
  from: string,
  type: RelType,
  to: string,
  extra: Partial<Omit<GraphRel, 'id' | 'type' | 'from' | 'to'>> & { key?: string } = {},
): GraphRel {
  const { key, ...rest } = extra;
  return {
    id: relId(from, type, to, key),
    type,
    from,
    to,
    props: {},
    evidence: [{ source: SOURCE, locator: `line ${from} ${type} ${to}`, quote: `${from} ${type} ${to}`, basis: 'STATED' }],
    ...rest,
  };
}
