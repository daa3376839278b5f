import { describe, expect, it } from 'vitest';
import type { GraphRel } from '../../server/domain/model.js';
import { personalDataShown, withoutPersonalData, WITHHELD } from '../../server/domain/personal-data.js';

// the Wandsworth plan's signature: a post (Chief Executive) and the person who held it
const chair: GraphRel = {
  id: 'org/lb-wandsworth CHAIRS wandsworth/csp',
  type: 'CHAIRS',
  from: 'org/lb-wandsworth',
  to: 'wandsworth/csp',
  note: 'Signed by Paul Martin, Chief Executive, as Chair.',
  props: { role: 'chair', post: 'Chief Executive', holder: 'Paul Martin' },
  evidence: [{ source: 'source/wandsworth-csp-plan-2017', locator: 'Introduction, signatures', quote: 'Paul  Martin Chief Executive Chair', basis: 'STATED' }],
};

describe('personal data', () => {
  it('hides by default, shows only with GOVGRAPH_PERSONAL_DATA=show, and refuses a value it does not know', () => {
    expect(personalDataShown({})).toBe(false);
    expect(personalDataShown({ GOVGRAPH_PERSONAL_DATA: 'hide' })).toBe(false);
    expect(personalDataShown({ GOVGRAPH_PERSONAL_DATA: 'show' })).toBe(true);
    expect(() => personalDataShown({ GOVGRAPH_PERSONAL_DATA: 'yes' })).toThrow(/GOVGRAPH_PERSONAL_DATA must be "show" or "hide".*"yes"/);
  });

  it('takes the holder out of the props and the name out of the note and the quote, keeping the post', () => {
    const out = withoutPersonalData(chair, false);
    expect(out.props).toEqual({ role: 'chair', post: 'Chief Executive' });
    expect(out.note).toBe(`Signed by ${WITHHELD}, Chief Executive, as Chair.`);
    expect(out.evidence[0]!.quote).toBe(`${WITHHELD} Chief Executive Chair`);
    expect(chair.props.holder).toBe('Paul Martin'); // the record itself is untouched
  });

  it('gives the record back as it is when shown, or when it holds no personal data', () => {
    expect(withoutPersonalData(chair, true)).toBe(chair);
    const plain = { ...chair, props: { role: 'chair' } };
    expect(withoutPersonalData(plain, false)).toBe(plain);
  });
});
