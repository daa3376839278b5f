import { describe, expect, it } from 'vitest';
import { abbreviation, displayName, nodeLabel, wrap } from '../../web/src/chart/labels.js';

describe('node labels', () => {
  it('wraps words into lines and breaks a word longer than a line without cutting it', () => {
    expect(wrap('Multi-Agency Risk Assessment Conference', 24)).toEqual(['Multi-Agency Risk', 'Assessment Conference']);
    expect(wrap('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali-', 'fragilist-', 'icexpiali-', 'docious']);
    expect(wrap('  ', 10)).toEqual([]);
  });

  it('leads with the abbreviation, writes the kind and a note, and never cuts a long name', () => {
    const l = nodeLabel('Multi-Agency Risk Assessment Conference', 'MARAC', 'Panel');
    expect(l.lines).toEqual(['MARAC: Multi-Agency Risk', 'Assessment Conference', '[Panel]']);
    const name = 'Supporting the most prolific and/or high harm offenders priority delivery group';
    const long = nodeLabel(name, null, 'Sub-group', 'no stated line');
    expect(long.lines.slice(0, -2).join(' ')).toBe(name);
    expect(long.lines.slice(-2)).toEqual(['[Sub-group]', 'no stated line']);
    expect(long.lines.join('')).not.toContain('…');
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
