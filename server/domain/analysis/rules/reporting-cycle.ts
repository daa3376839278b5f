import type { GraphRel } from '../../model.js';
import { validEnd, validStart } from '../../period.js';
import { mergeEvidence } from '../shared.js';
import type { Finding, GovernanceRule } from './types.js';

export const reportingCycle: GovernanceRule = {
  id: 'reporting-cycle',
  summary:
    "REPORTS_TO lines that go round in a circle through one of the partnership's bodies, at a time when all of them hold: " +
    'accountability has no top.',
  check({ graph, bodies }) {
    const lines = graph.rels.filter((r) => r.type === 'REPORTS_TO');
    const own = new Set(bodies.map((b) => b.id));
    const seen = new Set<string>();
    const findings: Finding[] = [];
    // Lines that hold together all hold at the latest of their starts, so looking at each start
    // finds every cycle, and never one made of lines from different years.
    for (const day of [...new Set(lines.map((r) => validStart(r.validFrom)))].sort()) {
      const live = lines.filter((r) => validStart(r.validFrom) <= day && validEnd(r.validTo) >= day);
      for (const component of cycles(live)) {
        const key = [...component].sort().join(' ');
        if (!component.some((id) => own.has(id)) || seen.has(key)) continue;
        seen.add(key);
        // in the order the circle is walked: the component lists its nodes in the order first met
        const at = (id: string) => component.indexOf(id);
        const loop = live.filter((r) => at(r.from) >= 0 && at(r.to) >= 0).sort((a, b) => at(a.from) - at(b.from) || at(a.to) - at(b.to));
        const names = component.map((id) => graph.name(id));
        findings.push({
          ruleId: 'reporting-cycle',
          severity: 'high',
          message:
            `${listed(names)} ${names.length === 1 ? 'reports to itself' : 'report to one another in a circle'} ` +
            `(${loop.map((r) => `${graph.name(r.from)} reports to ${graph.name(r.to)}`).join('; ')}), ` +
            'so no line of accountability leads out of it.',
          nodeIds: component,
          relIds: loop.map((r) => r.id),
          evidence: mergeEvidence(...loop),
        });
      }
    }
    return findings;
  },
};

const listed = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** Strongly connected components that hold a cycle (Tarjan), each in the order its nodes were first met. */
export function cycles(rels: readonly GraphRel[]): string[][] {
  const next = new Map<string, string[]>();
  for (const r of rels) next.set(r.from, [...(next.get(r.from) ?? []), r.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];

  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || next.get(v)?.includes(v)) found.push(component.reverse());
  };

  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return found;
}
