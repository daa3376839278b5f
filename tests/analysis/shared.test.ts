import { describe, expect, it } from 'vitest';
import { checkDate, GraphIndex, mergeEvidence, naturalCompare, normName, short } from '../../server/domain/analysis/shared.js';
import { node, rel } from './fixtures.js';

describe('GraphIndex', () => {
  const a = node('a', 'Board', 'A', { validFrom: '2017', validTo: '2020' });
  const b = node('b', 'Board', 'B');
  const ab = rel('a', 'REPORTS_TO', 'b');
  const bx = rel('b', 'LINKS_WITH', 'x', { validFrom: '2021' });

  it('holds each line once, by direction and type', () => {
    const g = new GraphIndex([a, b], [ab, ab, bx]);
    expect(g.rels).toHaveLength(2);
    expect(g.out('a').map((r) => r.id)).toEqual([ab.id]);
    expect(g.in('b', ['REPORTS_TO']).map((r) => r.id)).toEqual([ab.id]);
    expect(g.in('b', ['LINKS_WITH'])).toEqual([]);
    expect(g.both('b').map(({ other }) => other)).toEqual(['x', 'a']);
    expect(g.name('x')).toBe('x');
  });

  it('as at a date keeps the nodes and lines that hold then, and lines to nodes it does not hold', () => {
    const g = new GraphIndex([a, b], [ab, bx]);
    const in2018 = g.at('2018');
    expect([...in2018.nodes.keys()]).toEqual(['a', 'b']);
    expect(in2018.rels.map((r) => r.id)).toEqual([ab.id]);
    const in2024 = g.at('2024');
    expect([...in2024.nodes.keys()]).toEqual(['b']);
    // a's line goes with a; the line to x (outside the slice) holds from 2021
    expect(in2024.rels.map((r) => r.id)).toEqual([bx.id]);
    expect(g.at(undefined)).toBe(g);
  });
});

describe('helpers', () => {
  it('checkDate names the argument', () => {
    expect(checkDate('2024-02', 'asOf')).toBe('2024-02');
    expect(() => checkDate('2024-13', 'asOf')).toThrow('asOf: "2024-13" is not a date (use yyyy, yyyy-mm or yyyy-mm-dd)');
  });

  it('normName compares names by their words', () => {
    expect(normName('Health & Well-being Board')).toBe('health and well being board');
  });

  it('naturalCompare orders numbers as numbers', () => {
    expect(['1.10', '1.2', '2.1', '1.1'].sort(naturalCompare)).toEqual(['1.1', '1.2', '1.10', '2.1']);
  });

  it('short cuts long text at a word', () => {
    expect(short('Arrange regular meetings', 90)).toBe('Arrange regular meetings');
    expect(short('Arrange regular meetings of the Richmond Prevent steering group, twice a year', 40)).toBe('Arrange regular meetings of the...');
  });

  it('mergeEvidence keeps each entry once', () => {
    const a = node('a', 'Board', 'A');
    expect(mergeEvidence(a, a, node('b', 'Board', 'B'))).toHaveLength(2);
  });
});
