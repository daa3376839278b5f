// The shape of a governance rule and of what it finds. A rule reads a prepared RuleContext and
// returns findings; it never touches the store, so each one is tested on a small built graph.
import type { Evidence, GraphNode } from '../../model.js';
import type { GraphIndex } from '../shared.js';

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** one sentence a manager understands, naming the bodies */
  message: string;
  /** the nodes the finding is about, the one to fix first */
  nodeIds: string[];
  /** the lines it is about (a cycle's lines), when any */
  relIds: string[];
  /** where the facts behind it are written */
  evidence: Evidence[];
}

export interface RuleContext {
  partnership: GraphNode;
  /** the date asked for; absent when the whole record is read */
  asOf?: string;
  /** the date timescales are judged at: asOf, or today */
  at: string;
  /** the graph as at asOf (the whole record without one): the partnership's nodes, their neighbours, the lines up from its bodies */
  graph: GraphIndex;
  /** the whole record whatever asOf says, for rules that compare plan years */
  record: GraphIndex;
  /** the partnership's bodies in `graph`, the Partnership node first */
  bodies: GraphNode[];
  /** the partnership's actions in `graph` */
  actions: GraphNode[];
}

export interface GovernanceRule {
  id: string;
  /** what the rule looks for, for the rule list in the API and docs */
  summary: string;
  check(ctx: RuleContext): Finding[];
}
