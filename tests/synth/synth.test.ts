// The synthetic national generator: same arguments give the same bytes, each partnership has the
// shape the issue asks for, and a small set passes the seed loader (schema, references, cycles,
// quotes) and reads in the VRU alignment and governance analyses like the real seeds.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNational } from '../../bench/synth/generate.js';
import { createRng } from '../../bench/synth/prng.js';
import { writeSynthSet } from '../../bench/synth/writer.js';
import { buildVruAlignment, VRU_FRAMEWORK_ID } from '../../server/domain/analysis/vru-alignment.js';
import { evaluateGovernance } from '../../server/domain/analysis/governance.js';
import type { GraphBatch, GraphNode } from '../../server/domain/model.js';
import { loadSeedDir, type SeedLoadResult } from '../../server/seeds/load.js';
import { formatProblem } from '../../server/seeds/parse.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'synth-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file below dir, as relative path -> contents. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, abs), readFileSync(abs, 'utf8'));
  }
  return out;
}

describe('the seeded random source', () => {
  it('repeats for a seed, differs between seeds, and forks independently of draw order', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    const a = createRng(1);
    a.next();
    expect(a.fork('x').next()).toBe(createRng(1).fork('x').next());
    expect(createRng(1).fork('x').next()).not.toBe(createRng(1).fork('y').next());
  });

  it('samples distinct items and keeps int within its bounds', () => {
    const rng = createRng(3);
    const s = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(s).size).toBe(4);
    for (let i = 0; i < 200; i++) expect(rng.int(2, 4)).toBeGreaterThanOrEqual(2);
    expect(Array.from({ length: 200 }, () => rng.int(2, 4)).every((x) => x <= 4)).toBe(true);
  });
});

describe('generateNational', () => {
  it('writes byte-identical files for the same arguments, and different ones for another seed', async () => {
    await writeSynthSet(path.join(tmp, 'a'), generateNational({ partnerships: 4, seed: 11 }));
    await writeSynthSet(path.join(tmp, 'b'), generateNational({ partnerships: 4, seed: 11 }));
    await writeSynthSet(path.join(tmp, 'c'), generateNational({ partnerships: 4, seed: 12 }));
    const [a, b, c] = ['a', 'b', 'c'].map((d) => snapshot(path.join(tmp, d)));
    expect(a!.size).toBeGreaterThan(8);
    expect([...b!.keys()]).toEqual([...a!.keys()]);
    for (const [file, text] of a!) expect(b!.get(file), file).toBe(text);
    expect([...a!].some(([file, text]) => c!.get(file) !== text)).toBe(true);
  });

  it('rejects a partnership count it cannot generate, naming the argument', () => {
    expect(() => generateNational({ partnerships: 0, seed: 1 })).toThrow(/partnerships must be a whole number/);
    expect(() => generateNational({ partnerships: 2.5, seed: 1 })).toThrow(/partnerships/);
    expect(() => generateNational({ partnerships: 2, seed: 1.5 })).toThrow(/seed must be a whole number/);
  });

  it('refuses to overwrite a folder that an earlier run did not write', async () => {
    const other = path.join(tmp, 'not-synth');
    await writeSynthSet(path.join(other, 'x'), generateNational({ partnerships: 1, seed: 1 }));
    writeFileSync(path.join(other, 'keep.txt'), 'mine');
    await expect(writeSynthSet(other, generateNational({ partnerships: 1, seed: 1 }))).rejects.toThrow(/refusing to write into/);
    expect(readFileSync(path.join(other, 'keep.txt'), 'utf8')).toBe('mine');
  });
});

describe('a small national set (3 partnerships)', () => {
  const dir = path.join(tmp, 'small');
  let loaded: SeedLoadResult;
  let batch: GraphBatch;
  let pids: string[];
  beforeAll(async () => {
    const set = generateNational({ partnerships: 3, seed: 1 });
    pids = set.partnershipIds;
    const written = await writeSynthSet(dir, set);
    loaded = await loadSeedDir(written.seedsDir, { sourcesDir: written.sourcesDir });
    batch = loaded.batch;
  });

  const nodesOf = (pid: string, kinds: string[]) => batch.nodes.filter((n) => n.partnership === pid && kinds.includes(n.kind));
  const relsFrom = (type: string, ids: Set<string>) => batch.rels.filter((r) => r.type === type && ids.has(r.from));

  it('passes the seed loader with every quote checked against its synthetic source text', () => {
    expect(loaded.quotes.checked).toBe(true);
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(pids).toHaveLength(3);
  });

  it('holds the VRU framework with the real ids: 8 themes, 53 mandatory actions each PART_OF its theme', () => {
    const requirements = batch.nodes.filter((n) => n.kind === 'Requirement');
    expect(requirements).toHaveLength(53);
    expect(requirements.map((r) => r.id)).toContain('vru/ma-8-11');
    const themes = batch.rels.filter((r) => r.type === 'HAS_PRIORITY' && r.from === VRU_FRAMEWORK_ID).map((r) => r.to);
    expect(themes.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `vru/theme-${i + 1}`).sort());
    for (const r of requirements) {
      const [, t] = /^vru\/ma-(\d+)-\d+$/.exec(r.id)!;
      expect(batch.rels.some((x) => x.type === 'PART_OF' && x.from === r.id && x.to === `vru/theme-${t}`), r.id).toBe(true);
    }
  });

  it('gives each partnership a board, 3-5 delivery groups and 10-20 panels and groups in tiers 3-4', () => {
    for (const pid of pids) {
      const bodies = nodesOf(pid, ['Board', 'SubGroup', 'Panel']);
      const tier = (n: GraphNode) => n.props.tier;
      expect(bodies.filter((b) => b.kind === 'Board' && tier(b) === 1 && b.id.endsWith('/board')), pid).toHaveLength(1);
      const groups = bodies.filter((b) => tier(b) === 2);
      expect(groups.length, pid).toBeGreaterThanOrEqual(3);
      expect(groups.length, pid).toBeLessThanOrEqual(5);
      const lower = bodies.filter((b) => (tier(b) as number) >= 3);
      expect(lower.length, pid).toBeGreaterThanOrEqual(10);
      expect(lower.length, pid).toBeLessThanOrEqual(20);
      expect(lower.every((b) => tier(b) === 3 || tier(b) === 4), pid).toBe(true);
    }
  });

  it('has bodies reporting to two parents, and every REPORTS_TO line inside the partnership or to it', () => {
    const reports = batch.rels.filter((r) => r.type === 'REPORTS_TO');
    const parents = new Map<string, number>();
    for (const r of reports) parents.set(r.from, (parents.get(r.from) ?? 0) + 1);
    expect([...parents.values()].some((n) => n >= 2)).toBe(true);
    const scope = new Map(batch.nodes.map((n) => [n.id, n.partnership ?? n.id]));
    for (const r of reports) expect(scope.get(r.to), r.id).toBe(scope.get(r.from));
  });

  it('reports only upwards: every REPORTS_TO line goes to a body of a higher tier', () => {
    const tier = new Map(batch.nodes.map((n) => [n.id, n.props.tier]));
    for (const r of batch.rels.filter((x) => x.type === 'REPORTS_TO')) {
      const [from, to] = [tier.get(r.from), tier.get(r.to)];
      if (typeof to === 'number') expect(to, r.id).toBeLessThan(from as number);
    }
  });

  it('seats 30-60 member organisations per partnership, some shared with other partnerships', () => {
    const seatedIn = new Map<string, Set<string>>();
    for (const pid of pids) {
      const bodies = new Set(nodesOf(pid, ['Partnership', 'Board', 'SubGroup', 'Panel']).map((b) => b.id));
      const orgs = new Set(batch.rels.filter((r) => r.type === 'MEMBER_OF' && bodies.has(r.to)).map((r) => r.from));
      expect(orgs.size, pid).toBeGreaterThanOrEqual(30);
      expect(orgs.size, pid).toBeLessThanOrEqual(60);
      for (const o of orgs) seatedIn.set(o, (seatedIn.get(o) ?? new Set()).add(pid));
    }
    const shared = [...seatedIn].filter(([, ps]) => ps.size > 1).map(([o]) => o);
    expect(shared.some((o) => /police-bcu|pdu|icb/.test(o))).toBe(true);
  });

  it('gives each partnership 150-250 actions, with leads and timescales, and due dates where a timescale gives one', () => {
    for (const pid of pids) {
      const actions = nodesOf(pid, ['Action']);
      expect(actions.length, pid).toBeGreaterThanOrEqual(150);
      expect(actions.length, pid).toBeLessThanOrEqual(250);
      const led = new Set(relsFrom('LEADS', new Set(batch.nodes.map((n) => n.id))).map((r) => r.to));
      expect(actions.filter((a) => led.has(a.id)).length / actions.length, pid).toBeGreaterThan(0.8);
      const planned = actions.filter((a) => a.props.timescale !== undefined);
      expect(planned.length, pid).toBeGreaterThan(90);
      expect(planned.some((a) => typeof a.props.due === 'string')).toBe(true);
    }
  });

  it('answers the VRU requirements per organisation (respondent, narrative, key) with some gaps', () => {
    for (const pid of pids) {
      const own = new Set(nodesOf(pid, ['Action']).map((a) => a.id));
      const answers = relsFrom('RESPONDS_TO', own);
      expect(new Set(answers.map((r) => r.to)).size, pid).toBeGreaterThanOrEqual(48);
      for (const r of answers) {
        expect(typeof r.props.respondent, r.id).toBe('string');
        expect(typeof r.props.narrative, r.id).toBe('string');
        expect(r.id.endsWith(`#${String(r.props.respondent).replace(/^org\//, '')}`), r.id).toBe(true);
      }
    }
  });

  it('puts evidence on every node and relationship', () => {
    expect([...batch.nodes, ...batch.rels].filter((x) => x.evidence.length === 0)).toEqual([]);
  });

  it('reads in the VRU alignment and governance analyses, with gaps and findings to report', () => {
    const byId = new Map(batch.nodes.map((n) => [n.id, n]));
    const report = buildVruAlignment({
      framework: byId.get(VRU_FRAMEWORK_ID)!,
      partnerships: pids.map((p) => byId.get(p)!),
      nodes: batch.nodes,
      rels: batch.rels,
    });
    expect(report.themes).toHaveLength(8);
    for (const t of report.totals) {
      expect(t.requirements).toBe(53);
      expect(t.responded).toBeGreaterThanOrEqual(48);
    }
    const flagged = report.totals.flatMap((t) => t.flags.filter((f) => f.count > 0).map((f) => f.flag));
    expect(flagged).toEqual(expect.arrayContaining(['NO_NAMED_LEAD', 'NO_RAG']));

    const findings = pids.flatMap((pid) => evaluateGovernance({ partnership: byId.get(pid)!, nodes: batch.nodes, rels: batch.rels }, { today: '2026-01-01' }));
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(2);
  });
});
