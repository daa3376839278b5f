// REPORTS_TO lines that go round in a circle at a time when all of them hold. One function for
// the seed check (seeds/validate.ts) and the governance rule (analysis/rules/reporting-cycle.ts):
// A→B in 2017-2019 and B→A from 2021 is a restructure, not a cycle.
import type { GraphRel } from './model.js';
import { validEnd, validStart } from './period.js';

export interface ReportingCycle {
  /** the bodies of the circle, in the order it is walked */
  nodeIds: string[];
  /** its REPORTS_TO lines that hold at that time, in the same order */
  rels: GraphRel[];
}

/** Every REPORTS_TO cycle among `rels` whose lines hold together, each set of bodies once. */
export function reportingCycles(rels: readonly GraphRel[]): ReportingCycle[] {
  const lines = rels.filter((r) => r.type === 'REPORTS_TO');
  const seen = new Set<string>();
  const found: ReportingCycle[] = [];
  // Lines that hold together all hold at the latest of their starts, so looking at each start
  // finds every cycle, and never one made of lines from different years.
  for (const day of [...new Set(lines.map((r) => validStart(r.validFrom)))].sort()) {
    const live = lines.filter((r) => validStart(r.validFrom) <= day && validEnd(r.validTo) >= day);
    for (const component of stronglyConnected(live)) {
      const key = [...component].sort().join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      // in the order the circle is walked: the component lists its nodes in the order first met
      const at = (id: string) => component.indexOf(id);
      const loop = live.filter((r) => at(r.from) >= 0 && at(r.to) >= 0).sort((a, b) => at(a.from) - at(b.from) || at(a.to) - at(b.to));
      found.push({ nodeIds: component, rels: loop });
    }
  }
  return found;
}

/** Strongly connected components that hold a cycle (Tarjan), each in the order its nodes were first met. */
function stronglyConnected(rels: readonly GraphRel[]): string[][] {
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
