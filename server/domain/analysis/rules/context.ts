// Prepares what every rule reads: the partnership's slice of the graph as at the date asked
// for (and as a whole record), its bodies and its actions.
import type { GraphNode, GraphRel } from '../../model.js';
import { byName, GraphIndex, isBody, naturalCompare } from '../shared.js';
import type { RuleContext } from './types.js';

/** The partnership's nodes, every node one line away from them, and the nodes up its bodies' REPORTS_TO chains. */
export interface GovernanceData {
  partnership: GraphNode;
  nodes: GraphNode[];
  rels: GraphRel[];
}

export function ruleContext(data: GovernanceData, when: { asOf?: string; today: string }): RuleContext {
  const pid = data.partnership.id;
  const record = new GraphIndex([data.partnership, ...data.nodes], data.rels);
  const graph = record.at(when.asOf);
  const all = [...graph.nodes.values()];
  const bodies = all
    .filter((n) => isBody(n) && (n.id === pid || n.partnership === pid))
    .sort((a, b) => Number(b.id === pid) - Number(a.id === pid) || byName(a, b));
  const actions = all.filter((n) => n.kind === 'Action' && n.partnership === pid).sort((a, b) => naturalCompare(a.id, b.id));
  return { partnership: data.partnership, asOf: when.asOf, at: when.asOf ?? when.today, graph, record, bodies, actions };
}
