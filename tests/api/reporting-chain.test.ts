// server/domain/reporting-chain.ts on small hand-made graphs: forks, cycles, the cut-off.
import { describe, expect, it } from 'vitest';
import { reportingChains } from '../../server/domain/reporting-chain.js';

const lines = (...pairs: [string, string][]) => pairs.map(([from, to]) => ({ from, to }));

describe('reportingChains', () => {
  it('is the body alone when it reports to none', () => {
    expect(reportingChains('board', [])).toEqual([['board']]);
  });

  it('follows one line all the way up', () => {
    expect(reportingChains('panel', lines(['panel', 'group'], ['group', 'board']))).toEqual([['panel', 'group', 'board']]);
  });

  it('forks where a body reports to two bodies, in id order whatever the input order', () => {
    const graph = lines(['marac', 'vawg'], ['marac', 'csp'], ['vawg', 'csp']);
    const expected = [
      ['marac', 'csp'],
      ['marac', 'vawg', 'csp'],
    ];
    expect(reportingChains('marac', graph)).toEqual(expected);
    expect(reportingChains('marac', [...graph].reverse())).toEqual(expected);
  });

  it('ignores lines that do not lead up from the body', () => {
    expect(reportingChains('a', lines(['a', 'b'], ['c', 'b'], ['b', 'top'], ['x', 'y']))).toEqual([['a', 'b', 'top']]);
  });

  it('ends a path before a body it already passed (cycles)', () => {
    expect(reportingChains('a', lines(['a', 'b'], ['b', 'c'], ['c', 'a']))).toEqual([['a', 'b', 'c']]);
  });

  it('drops only the looping step when there is another way up', () => {
    expect(reportingChains('a', lines(['a', 'b'], ['b', 'a'], ['b', 'top']))).toEqual([['a', 'b', 'top']]);
  });

  it('counts repeated lines once', () => {
    expect(reportingChains('a', lines(['a', 'b'], ['a', 'b']))).toEqual([['a', 'b']]);
  });

  it('stops at the limit in a lattice of forks', () => {
    // 10 levels of two parents each: 1024 paths
    const graph = [];
    for (let level = 0; level < 10; level++) {
      for (const from of level === 0 ? ['start'] : [`l${level}a`, `l${level}b`]) {
        graph.push({ from, to: `l${level + 1}a` }, { from, to: `l${level + 1}b` });
      }
    }
    expect(reportingChains('start', graph)).toHaveLength(200);
    expect(reportingChains('start', graph, 5)).toHaveLength(5);
  });
});
