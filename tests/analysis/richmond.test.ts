// The analyses on the curated seeds, against facts the source plans state: Richmond's answers to
// the VRU template (2024), what its governance lacks, and what changed since its 2017 plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStructure, governanceFindings, vruAlignment, type VruAlignmentReport } from '../../server/domain/analysis/index.js';
import type { GraphStore } from '../../server/store/contract.js';
import { openSqliteStore } from '../../server/store/sqlite/store.js';
import { loadSeedDir } from '../../server/seeds/load.js';

let store: GraphStore;
let vru: VruAlignmentReport;
beforeAll(async () => {
  const seeds = await loadSeedDir('seeds');
  store = openSqliteStore(':memory:');
  await store.writeBatch(seeds.batch, { replace: true });
  vru = await vruAlignment(store, ['richmond/csp', 'havering/csp']);
});
afterAll(async () => {
  await store.close();
});

const cell = (number: string, i = 0) => vru.themes.flatMap((t) => t.requirements).find((r) => r.number === number)!.cells[i]!;
const count = (i: number, flag: string) => vru.totals[i]!.flags.find((f) => f.flag === flag)!.count;

describe('Richmond against the VRU template (2024)', () => {
  it('answers all 53 mandatory actions, leaving the named lead and RAG empty throughout', () => {
    expect(vru.themes).toHaveLength(8);
    expect(vru.totals[0]).toMatchObject({ partnershipId: 'richmond/csp', requirements: 53, responded: 53 });
    expect(count(0, 'NO_NAMED_LEAD')).toBe(53);
    expect(count(0, 'NO_RAG')).toBe(53);
    expect(count(0, 'NO_RESPONSE')).toBe(0);
  });

  it('flags "No Comment" (1.6) and "No comment received." (5.3) as answers without substance', () => {
    expect(cell('1.6').flags).toContain('NO_SUBSTANCE');
    expect(cell('5.3').flags).toContain('NO_SUBSTANCE');
    expect(count(0, 'NO_SUBSTANCE')).toBe(2);
  });

  it('flags the multi-agency panel Richmond says it does not have (2.4), not work to fill gaps (8.9)', () => {
    expect(cell('2.4').gaps.filter((g) => g.flag === 'PROVISION_MISSING').map((g) => g.detail)).toEqual([
      expect.stringContaining(`"don't have"`),
    ]);
    expect(cell('8.9').flags).not.toContain('PROVISION_MISSING');
  });

  it('shows Havering, which has no VRU plan, as no response everywhere', () => {
    expect(vru.totals[1]).toMatchObject({ partnershipId: 'havering/csp', requirements: 53, responded: 0 });
    expect(count(1, 'NO_RESPONSE')).toBe(53);
  });
});

describe("Richmond's governance", () => {
  it('lacks only the health and wellbeing board among the links VRU action 1.1 asks for (the 2024 plan never names one)', async () => {
    const links = (await governanceFindings(store, 'richmond/csp', '2024')).filter((f) => f.ruleId === 'missing-coordination-link');
    expect(links.map((f) => f.message)).toEqual([expect.stringContaining('the health and wellbeing board')]);
  });

  it('names bodies of the 2017 plan that the 2024 plan leaves out, such as the Prevent steering group', async () => {
    const dropped = (await governanceFindings(store, 'richmond/csp')).filter((f) => f.ruleId === 'body-dropped-from-later-plan');
    expect(dropped.map((f) => f.message)).toContainEqual(expect.stringMatching(/^Richmond Prevent steering group is named in .*2017.* but not in the later .*2024/));
  });

  it('compares 2017 with 2024: the violence strategic delivery group is new, and the 2017 lines end', async () => {
    const d = await compareStructure(store, 'richmond/csp', '2017', '2024');
    expect(d.bodies.added.map((b) => b.name)).toContain('Richmond Violence Strategic Delivery Group');
    expect(d.lines.removed.length).toBeGreaterThan(0);
    expect(d.lines.added.length).toBeGreaterThan(d.lines.removed.length);
  });
});
