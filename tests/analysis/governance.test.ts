import { describe, expect, it } from 'vitest';
import { evaluateGovernance } from '../../server/domain/analysis/governance.js';
import { RULES } from '../../server/domain/analysis/rules/index.js';
import { node, rel } from './fixtures.js';

const P = 'p/csp';
const partnership = node(P, 'Partnership', 'Testham Community Safety Partnership', { partnership: P });

describe('the rule registry', () => {
  it('holds each rule once, under its own id', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'no-reporting-line',
      'reporting-cycle',
      'missing-coordination-link',
      'action-without-lead',
      'overdue-action-without-status',
      'body-without-members',
      'body-without-chair',
      'body-dropped-from-later-plan',
      'fact-not-stated',
      'likely-duplicate',
    ]);
  });
});

describe('evaluateGovernance', () => {
  const panel = node('p/marac', 'Panel', 'MARAC', { partnership: P });
  const board = node('p/board', 'Board', 'Testham Executive', { partnership: P });
  const action = node('p/a1', 'Action', 'Review the panel', { partnership: P, props: { due: '2019', leadAsWritten: 'CSS' } });
  const data = {
    partnership,
    nodes: [panel, board, action],
    rels: [rel('p/board', 'REPORTS_TO', P), rel('org/mps', 'CHAIRS', 'p/board')],
  };

  it('runs every rule and puts the most severe first, then in registry order', () => {
    const findings = evaluateGovernance(data, { today: '2024-06-01' });
    expect(findings.map((f) => [f.severity, f.ruleId, f.nodeIds[0]])).toEqual([
      ['high', 'no-reporting-line', 'p/marac'],
      ['medium', 'missing-coordination-link', P],
      ['medium', 'missing-coordination-link', P],
      ['medium', 'missing-coordination-link', P],
      ['medium', 'missing-coordination-link', P],
      ['medium', 'overdue-action-without-status', 'p/a1'],
      ['medium', 'body-without-members', 'p/marac'],
    ]);
  });

  it('judges timescales at asOf when one is given', () => {
    const findings = evaluateGovernance(data, { asOf: '2019', today: '2024-06-01' });
    expect(findings.some((f) => f.ruleId === 'overdue-action-without-status')).toBe(false);
  });

  it('runs only the rules it is given', () => {
    const only = RULES.filter((r) => r.id === 'body-without-members');
    expect(evaluateGovernance(data, { today: '2024-06-01' }, only).map((f) => f.ruleId)).toEqual(['body-without-members']);
  });
});
