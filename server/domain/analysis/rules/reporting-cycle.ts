import { reportingCycles } from '../../reporting-cycles.js';
import { mergeEvidence } from '../shared.js';
import type { Finding, GovernanceRule } from './types.js';

export const reportingCycle: GovernanceRule = {
  id: 'reporting-cycle',
  summary:
    "REPORTS_TO lines that go round in a circle through one of the partnership's bodies, at a time when all of them hold: " +
    'accountability has no top.',
  check({ graph, bodies }) {
    const own = new Set(bodies.map((b) => b.id));
    const findings: Finding[] = [];
    for (const { nodeIds, rels: loop } of reportingCycles(graph.rels)) {
      if (!nodeIds.some((id) => own.has(id))) continue;
      const names = nodeIds.map((id) => graph.name(id));
      findings.push({
        ruleId: 'reporting-cycle',
        severity: 'high',
        message:
          `${listed(names)} ${names.length === 1 ? 'reports to itself' : 'report to one another in a circle'} ` +
          `(${loop.map((r) => `${graph.name(r.from)} reports to ${graph.name(r.to)}`).join('; ')}), ` +
          'so no line of accountability leads out of it.',
        nodeIds,
        relIds: loop.map((r) => r.id),
        evidence: mergeEvidence(...loop),
      });
    }
    return findings;
  },
};

const listed = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
