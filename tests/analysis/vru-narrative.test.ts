import { describe, expect, it } from 'vitest';
import { hasNoSubstance, MISSING_PROVISION_PHRASES, missingProvision, plainText } from '../../server/domain/analysis/vru-narrative.js';

describe('hasNoSubstance', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['No Comment', 'the Richmond 2024 answer to 1.6'],
    ['No comment received.', 'the Richmond 2024 answer to 5.3'],
    ['<p>N/A</p>', 'N/A in a paragraph'],
    ['none', 'none'],
    ['AFC - No comment', 'a service label then no comment'],
    ['MPS', 'a service label alone'],
    ['TBC', 'to be confirmed'],
  ])('fires on %j (%s)', (text) => {
    expect(hasNoSubstance(text)).toBe(true);
  });

  it('fires when there is no narrative at all', () => {
    expect(hasNoSubstance(undefined)).toBe(true);
  });

  it.each([
    '<p>MPS Schools police officers providing advice to schools</p>',
    'No comment on stop and search was received, but the panel meets monthly.',
    'None of the schools opted out: all run Operation Encompass.',
  ])('stays quiet on an answer with content: %j', (text) => {
    expect(hasNoSubstance(text)).toBe(false);
  });
});

describe('missingProvision', () => {
  // one sentence per phrase in the list, so each entry is pinned by a test
  const FIRING: Record<string, string> = {
    'no-x-in-place': 'There is no formal referral pathway in place for adults.',
    'not-in-place': 'A protocol is not yet in place.',
    'not-currently': 'Mentoring is not currently offered in the borough.',
    'currently-no': 'There is currently no dedicated worker.',
    'do-not-have': 'AFC We don\u2019t have a panel that specifically has a remit to respond to those at risk.',
    'does-not-exist': 'Such a forum does not exist locally.',
    'there-is-no': 'There are no Trauma and A&E centres in Richmond.',
    'not-yet-set-up': 'The group has not yet been established.',
    'lack-of': 'A lack of funding limits this work.',
    gap: 'We have identified a gap in provision for young adults.',
  };

  it('has a firing example for every phrase in the list', () => {
    expect(Object.keys(FIRING).sort()).toEqual(MISSING_PROVISION_PHRASES.map((p) => p.id).sort());
  });

  it.each(Object.entries(FIRING))('%s fires on %j', (id, sentence) => {
    expect(missingProvision(sentence).map((m) => m.phrase)).toContain(id);
  });

  it('returns the words that matched', () => {
    expect(missingProvision('<p>AFC We don\u2019t have a panel.</p>')).toEqual([{ phrase: 'do-not-have', text: "don't have" }]);
  });

  it.each([
    ['a gap analysis', 'a gap analysis against existing evidence of effective practice to inform the local action plan.'],
    [
      'work to find and fill gaps (Richmond 2024, 8.9)',
      'VAWG Are currently working on our needs assessment to identify solutions to any over/under representations, community needs or gaps in provision to ensure targeted outreach to fill gaps.',
    ],
    ['a client, not a provision', 'Support for young people not currently in education, employment or training.'],
    ['a provision that is in place', 'A referral pathway is in place and reviewed annually.'],
    ['an ordinary answer', '<p>MPS Schools police officers and school safeguarding leads are notified as part of Op Encompass</p>'],
  ])('stays quiet on %s', (_, text) => {
    expect(missingProvision(text)).toEqual([]);
  });

  it('reads each sentence apart, so a gap in one is not excused by filling in another', () => {
    const text = 'We will fill gaps where we can. There is a gap in provision for over-18s.';
    expect(missingProvision(text).map((m) => m.phrase)).toEqual(['gap']);
  });
});

describe('plainText', () => {
  it('turns block tags into line breaks and drops the rest', () => {
    expect(plainText('<p>One <b>two</b></p><p>Three</p>')).toBe('One two\nThree');
  });
});
