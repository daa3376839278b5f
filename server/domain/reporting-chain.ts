// Reporting chains: every path up the REPORTS_TO lines from a body to a body that reports to
// none. Matrix lines are real in these plans (a panel reporting to two groups), so a chain forks.

/** Paths are cut off after this many, so a dense lattice of forks cannot blow up a response. */
export const MAX_CHAINS = 200;

export interface ReportingLine {
  /** the body that reports */
  from: string;
  /** the body it reports to */
  to: string;
}

/**
 * Every path from `start` up `lines`, `start` first, each ending at a body that reports to none.
 * Cycle-safe: a step that would revisit a body already on the path is not taken, and a path
 * whose every next step would loop ends where it is. Parents are visited in id order, so the
 * result does not depend on the order of `lines`.
 */
export function reportingChains(start: string, lines: readonly ReportingLine[], limit = MAX_CHAINS): string[][] {
  const parents = new Map<string, string[]>();
  for (const { from, to } of lines) {
    const list = parents.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    parents.set(from, list);
  }
  for (const list of parents.values()) list.sort();

  const chains: string[][] = [];
  const path = [start];
  const onPath = new Set(path);
  const visit = (id: string): void => {
    if (chains.length >= limit) return;
    const next = (parents.get(id) ?? []).filter((p) => !onPath.has(p));
    if (next.length === 0) {
      chains.push([...path]);
      return;
    }
    for (const p of next) {
      path.push(p);
      onPath.add(p);
      visit(p);
      path.pop();
      onPath.delete(p);
    }
  };
  visit(start);
  return chains;
}
