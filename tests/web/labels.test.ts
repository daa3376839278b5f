import { describe, expect, it } from 'vitest';
import { abbreviation, displayName, nodeLabel, wrap } from '../../web/src/chart/labels.js';

describe('node labels', () => {
  it('wraps words into lines and cuts a word longer than a line', () => {
    expect(wrap('Multi-Agency Risk Assessment Conference', 24)).toEqual(['Multi-Agency Risk', 'Assessment Conference']);
    expect(wrap('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali…']);
    expect(wrap('  ', 10)).toEqual([]);
  });

  it('leads with the abbreviation, writes the kind, and stops at three lines of name', () => {
    const l = nodeLabel('Multi-Agency Risk Assessment Conference', 'MARAC', 'Panel');
    expect(l.lines).toEqual(['MARAC: Multi-Agency Risk', 'Assessment Conference', '[Panel]']);
    const long = nodeLabel('Supporting the most prolific and/or high harm offenders priority delivery group', null, 'Sub-group');
    expect(long.lines).toHaveLength(4);
    expect(long.lines[2]!.endsWith('…')).toBe(true);
    expect(long.height).toBeGreaterThan(l.height);
  });

  it('takes only a short alias as an abbreviation', () => {
    expect(abbreviation(['Domestic Violence MARAC', 'MARAC'], 'Domestic Violence Multi-Agency Risk Assessment Conference')).toBe('MARAC');
    expect(abbreviation(['TTCG'], 'TTCG')).toBeNull();
    expect(abbreviation(['Channel'], 'Channel Panel')).toBeNull();
    expect(abbreviation(['Channel', 'HCSP'], 'Havering Community Safety Partnership')).toBe('Channel');
    expect(abbreviation(['Havering CSP', 'HCSP'], 'Havering CSP Board')).toBe('HCSP');
    expect(displayName('Tasking group', [null, undefined])).toBe('Tasking group');
  });
});
