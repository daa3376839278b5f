// Governance findings (domain/analysis/governance.ts and rules/): the nodes a finding is about
// resolve through the node loader, which the root field primed with every node the rules read.
import { RULES, type Severity as DomainSeverity } from '../../domain/analysis/index.js';
import type { Resolvers, Severity } from '../generated/graphql.js';
import { requiredNode } from './node.js';

const SEVERITY: Record<DomainSeverity, Severity> = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };

export const governanceResolvers: Resolvers = {
  Finding: {
    severity: (f) => SEVERITY[f.severity],
    rule: (f) => {
      const rule = RULES.find((r) => r.id === f.ruleId);
      if (!rule) throw new Error(`finding names rule "${f.ruleId}", which is not in the registry`);
      return rule;
    },
    nodes: (f, _, ctx) => Promise.all(f.nodeIds.map((id) => requiredNode(ctx, id, 'finding node'))),
  },
};
