// The rules that read how facts are known and which entries may be one: fact-not-stated, likely-duplicate.
import { describe, expect, it } from 'vitest';
import type { Evidence, GraphNode, GraphRel } from '../../server/domain/model.js';
import { ruleContext } from '../../server/domain/analysis/rules/context.js';
import { factNotStated } from '../../server/domain/analysis/rules/fact-not-stated.js';
import { RULES } from '../../server/domain/analysis/rules/index.js';
import { likelyDuplicate } from '../../server/domain/analysis/rules/likely-duplicate.js';
import type { GovernanceRule } from '../../server/domain/analysis/rules/types.js';
import { node, rel, SOURCE } from './fixtures.js';

const P = 'p/csp';
const partnership = node(P, 'Partnership', 'Testham Community Safety Partnership', { partnership: P, aliases: ['CSP'] });
const body = (id: string, kind: GraphNode['kind'], name: string, extra: Partial<GraphNode> = {}) => node(id, kind, name, { partnership: P, ...extra });
const run = (rule: GovernanceRule, nodes: GraphNode[], rels: GraphRel[]) =>
  rule.check(ruleContext({ partnership, nodes, rels }, { today: '2024-06-01' }));
const ev = (basis: Evidence['basis'], note?: string): Evidence => ({ source: SOURCE, locator: 'table', quote: 'q', basis, ...(note ? { note } : {}) });

describe('fact-not-stated', () => {
  const cdp = body('p/cdp', 'Partnership', 'Combatting Drugs Partnership');
  const sab = body('p/sab', 'Board', 'Safeguarding Adults Board');
  const panel = body('p/panel', 'Panel', 'Risk Panel', { evidence: [ev('INFERRED', 'named in the third tier of the chart')] });

  it('lists a line that rests only on the template, one on inference (with how), and a body named only by inference', () => {
    const found = run(factNotStated, [cdp, sab, panel], [
      rel(P, 'LINKS_WITH', 'p/cdp', { evidence: [ev('TEMPLATE')] }),
      rel(P, 'LINKS_WITH', 'p/sab', { evidence: [ev('TEMPLATE'), ev('INFERRED', 'the board is described in the answer.')] }),
      rel('p/panel', 'REPORTS_TO', P, { evidence: [ev('INFERRED', 'x'), ev('STATED')] }),
    ]);
    expect(found.map((f) => f.message)).toEqual([
      'Risk Panel rests only on inference (named in the third tier of the chart).',
      `"Testham Community Safety Partnership links with Combatting Drugs Partnership" rests only on the VRU template's request, not on the borough's answer.`,
      `"Testham Community Safety Partnership links with Safeguarding Adults Board" rests only on inference and the VRU template's request (the board is described in the answer).`,
    ]);
    expect(found[1]).toMatchObject({ ruleId: 'fact-not-stated', severity: 'low', relIds: [`${P} LINKS_WITH p/cdp`] });
  });

  it('makes one finding of the lines of one kind from one node that fall short for the same reason, listing each', () => {
    const heading = 'listed under the priority heading.';
    const actions = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'].map((a) => body(`p/${a}`, 'Action', `Action ${a}`));
    const found = run(factNotStated, [cdp, ...actions], [
      ...actions.map((a) => rel(P, 'HAS_ACTION', a.id, { evidence: [ev('INFERRED', heading)] })),
      rel(P, 'HAS_ACTION', 'p/cdp', { evidence: [ev('INFERRED', 'another reason')] }),
    ]);
    expect(found.map((f) => f.message)).toEqual([
      `7 lines "Testham Community Safety Partnership has action …" rest only on inference (listed under the priority heading): Action a1; Action a2; Action a3; Action a4; Action a5 and 2 more.`,
      `"Testham Community Safety Partnership has action Combatting Drugs Partnership" rests only on inference (another reason).`,
    ]);
    expect(found[0]!.relIds).toHaveLength(7);
    expect(found[0]!.nodeIds).toEqual([P, ...actions.map((a) => a.id)]);
  });

  it('is quiet when every fact has a stated quote', () => {
    expect(run(factNotStated, [cdp], [rel(P, 'LINKS_WITH', 'p/cdp')])).toEqual([]);
  });
});

describe('likely-duplicate', () => {
  it('proposes a shared abbreviation, near-identical names and the same members, within one plan only', () => {
    const a = body('p/vawg-board', 'Board', 'Strategic VAWG Board', { aliases: ['VAWG Board'] });
    const b = body('p/vawg-board-2', 'Board', 'VAWG Board');
    const c = body('p/ops', 'SubGroup', 'VAWG Operations Group');
    const d = body('p/ops-2', 'SubGroup', 'VAWG Operation Group');
    const otherBorough = node('q/vawg-board', 'Board', 'VAWG Board', { partnership: 'q/csp' });
    const orgs = ['org/a', 'org/b', 'org/c'].map((id) => node(id, 'Organisation', id));
    const e = body('p/jag', 'SubGroup', 'Joint Action Group');
    const f = body('p/tasking', 'SubGroup', 'Tasking Meeting');
    const seats = orgs.flatMap((o) => [rel(o.id, 'MEMBER_OF', 'p/jag'), rel(o.id, 'MEMBER_OF', 'p/tasking')]);
    const found = run(likelyDuplicate, [a, b, c, d, e, f, otherBorough, ...orgs], seats);
    expect(found.map((x) => x.nodeIds)).toEqual([
      ['p/jag', 'p/tasking'],
      ['p/vawg-board', 'p/vawg-board-2'],
      ['p/ops', 'p/ops-2'],
    ]);
    expect(found.map((x) => x.message.split(': ')[1])).toEqual([
      'the same organisations sit on both. A curator should confirm or dismiss.',
      'both are called "VAWG Board". A curator should confirm or dismiss.',
      'their names differ only in punctuation, plurals or small words. A curator should confirm or dismiss.',
    ]);
  });

  it('leaves alone a pair the graph already relates (a body superseding another)', () => {
    const old = body('p/vawg-board', 'Board', 'VAWG Board');
    const next = body('p/vawg-group', 'SubGroup', 'VAWG Board group', { aliases: ['VAWG Board'] });
    expect(run(likelyDuplicate, [old, next], [rel('p/vawg-group', 'SUPERSEDES', 'p/vawg-board')])).toEqual([]);
  });

  it('is in the registry governanceFindings runs', () => {
    expect(RULES.map((r) => r.id)).toEqual(expect.arrayContaining(['fact-not-stated', 'likely-duplicate']));
  });
});
