// Importing Richmond's real 2024 template reproduces the curated Richmond 2024 answers. The one
// difference left is the importer reading the file differently from the curator, explained.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { richmondRoundTrip, RICHMOND_FILE, type RoundTrip } from './richmond.js';

/** Where the importer and the curated seeds differ, and why. */
const EXPLAINED: Record<string, { field: 'leads' | 'respondents'; why: string }> = {
  '4.4': {
    field: 'respondents',
    why: 'AFC\'s part starts in the middle of KRSCP\'s paragraph ("...by the VCA subgroup AFC Exclusions data..."); the curator split it, the importer splits only at paragraph starts',
  },
};

describe.skipIf(!existsSync(RICHMOND_FILE))('round trip: Richmond 2024 template against the curated seeds', () => {
  let rt: RoundTrip;
  beforeAll(async () => {
    rt = await richmondRoundTrip();
  }, 60_000);

  it('reads every mandatory action and reports no problem', () => {
    expect(rt.result.template.frameworkId).toBe('vru/action-plan-2023');
    expect(rt.result.answers).toHaveLength(53);
    expect(rt.result.problems).toEqual([]);
  });

  it('answers the same 53 mandatory actions', () => {
    const both = [...rt.byNumber.values()].filter((x) => x.curated.answered && x.imported.answered);
    expect(both).toHaveLength(53);
  });

  it('gives the same vruAlignment flags for every mandatory action', () => {
    for (const [n, x] of rt.byNumber) expect(x.imported.flags, n).toEqual(x.curated.flags);
  });

  it('agrees on leads and respondents except where explained', () => {
    const differences: string[] = [];
    for (const [n, x] of rt.byNumber) {
      for (const field of ['leads', 'respondents'] as const) {
        if (JSON.stringify(x.curated[field]) !== JSON.stringify(x.imported[field])) differences.push(`${n} ${field}`);
      }
    }
    expect(differences.sort()).toEqual(Object.entries(EXPLAINED).map(([n, e]) => `${n} ${e.field}`).sort());
    const agree = (f: 'leads' | 'respondents') => [...rt.byNumber.values()].filter((x) => JSON.stringify(x.curated[f]) === JSON.stringify(x.imported[f])).length;
    // the agreement figure, as the issue asks: 53 of 53 for leads (the curated seeds now record both leads of
    // 5.5, "Housing partners / Community Safety", as the importer reads them) and 52 of 53 for respondents
    expect([agree('leads'), agree('respondents')]).toEqual([53, 52]);
  });

  it('keeps "No Comment" and "No comment received." as written', () => {
    const said = (n: string) => rt.result.answers.find((a) => a.number === n)!.responses.map((r) => r.narrative);
    expect(said('1.6')).toEqual(['No Comment']);
    expect(said('5.3')).toEqual(['No comment received.']);
  });
});
