// Governance findings: the rules of ./rules run over one partnership's slice of the graph.
import { MAX_DEPTH, type GraphStore } from '../../store/contract.js';
import { RULES, ruleContext, SEVERITIES, type Finding, type GovernanceData, type GovernanceRule } from './rules/index.js';
import { GOVERNANCE_REQUIREMENT_ID } from './rules/missing-coordination-link.js';
import { checkDate, endsOf, expandSome, fetchMissing, isBody, requirePartnerships, todayIso } from './shared.js';
import { listAll } from '../../store/list-all.js';

export async function governanceFindings(store: GraphStore, partnershipId: string, asOf?: string): Promise<Finding[]> {
  if (asOf !== undefined) checkDate(asOf, 'asOf');
  return evaluateGovernance(await gatherGovernance(store, partnershipId), { asOf, today: todayIso() });
}

/**
 * Four batched calls: the partnership's nodes (paged), every line of them, the REPORTS_TO chains
 * up from its bodies (a cycle may run through another partnership's bodies), and the nodes at the
 * far ends. The whole record is read: the date is applied by the rules.
 */
export async function gatherGovernance(store: GraphStore, partnershipId: string): Promise<GovernanceData> {
  const [partnership] = await requirePartnerships(store, [partnershipId]);
  const nodes = new Map([[partnership.id, partnership]]);
  for (const n of await listAll(store, { partnership: partnershipId })) nodes.set(n.id, n);
  const own = [...nodes.values()];
  const [lines, upward] = await Promise.all([
    expandSome(store, { ids: own.map((n) => n.id), direction: 'both' }),
    store.traverse({ ids: own.filter(isBody).map((n) => n.id), types: ['REPORTS_TO'], direction: 'out', maxDepth: MAX_DEPTH }),
  ]);
  await fetchMissing(store, nodes, [...endsOf(lines), ...endsOf(upward.rels), GOVERNANCE_REQUIREMENT_ID]);
  return { partnership, nodes: [...nodes.values()], rels: [...lines, ...upward.rels] };
}

/** Every rule's findings, the most severe first, then in registry order. `today` judges timescales when no asOf is given. */
export function evaluateGovernance(
  data: GovernanceData,
  when: { asOf?: string; today: string },
  rules: readonly GovernanceRule[] = RULES,
): Finding[] {
  const ctx = ruleContext(data, when);
  const severity = (f: Finding) => SEVERITIES.indexOf(f.severity);
  const order = (f: Finding) => rules.findIndex((r) => r.id === f.ruleId);
  return rules
    .flatMap((rule) => rule.check(ctx))
    .sort((a, b) => severity(a) - severity(b) || order(a) - order(b));
}
