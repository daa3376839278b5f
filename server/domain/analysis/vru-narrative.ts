// How a borough's narrative against a VRU mandatory action is read for gaps: an answer with
// nothing in it (NO_SUBSTANCE), and an answer that itself says the provision asked for is missing
// (PROVISION_MISSING). The phrase lists are explicit so a reviewer can see, and a test can pin,
// exactly what raises each flag.

/** Whole answers that say nothing, compared after plainText, a leading service label and end punctuation are removed. */
export const NO_SUBSTANCE_ANSWERS: readonly string[] = [
  '',
  'no comment',
  'no comments',
  'no comment received',
  'no response',
  'no response received',
  'no update',
  'no narrative',
  'n/a',
  'na',
  'none',
  'nil',
  'tbc',
  'to be confirmed',
  'not applicable',
  'not known',
  'unknown',
  '-',
];

export interface MissingProvisionPhrase {
  id: string;
  pattern: RegExp;
  /** the phrase does not count when this matches the sentence before it (work to find or fill a gap is not a gap) */
  unlessBefore?: RegExp;
}

export const MISSING_PROVISION_PHRASES: readonly MissingProvisionPhrase[] = [
  // "there is no formal panel in place", "no protocol is in place"
  { id: 'no-x-in-place', pattern: /\bno\b[^.;:!?]{0,60}?\bin place\b/i },
  { id: 'not-in-place', pattern: /\bnot (?:yet |currently )?in place\b/i },
  // a verb must follow: "not currently in education" describes a client, not a provision
  {
    id: 'not-currently',
    pattern:
      /\bnot currently (?:available|offered|provided|delivered|commissioned|funded|running|resourced|established|possible|have|exist)\b/i,
  },
  { id: 'currently-no', pattern: /\bcurrently (?:no|none|nothing)\b/i },
  { id: 'do-not-have', pattern: /\b(?:do not|don't|does not|doesn't) (?:currently |yet )?have\b/i },
  { id: 'does-not-exist', pattern: /\b(?:does not|doesn't|do not|don't) (?:yet |currently )?exist\b/i },
  { id: 'there-is-no', pattern: /\bthere (?:is|are|was|were) no\b/i },
  { id: 'not-yet-set-up', pattern: /\bnot yet (?:been )?(?:established|set up|developed|agreed|implemented|commissioned|started)\b/i },
  { id: 'lack-of', pattern: /\black of\b/i },
  // "there is a gap in provision", "we have identified a gap"; not "a gap analysis", "to identify gaps", "to fill gaps"
  {
    id: 'gap',
    pattern: /\bgaps?\b(?! analysis)/i,
    unlessBefore: /\b(?:identify|identifying|fill|filling|close|closing|address|addressing|reduce|reducing|map|mapping)\b/i,
  },
];

/** The narrative as plain text: tags out (block tags as line breaks), entities and curly apostrophes normalised. */
export function plainText(narrative: string): string {
  return narrative
    .replace(/<\/?(?:p|li|ul|ol|br|div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Longer than any NO_SUBSTANCE_ANSWERS entry with a service label, paragraph tags and punctuation around it. */
const NO_SUBSTANCE_MAX_LENGTH = 80;

/** True when the answer says nothing: empty, "No comment", "N/A", "None", ... (see NO_SUBSTANCE_ANSWERS). */
export function hasNoSubstance(narrative: string | undefined): boolean {
  // a long answer is never one of the short empty ones: skip the regexes over it
  if ((narrative?.length ?? 0) > NO_SUBSTANCE_MAX_LENGTH) return false;
  const text = plainText(narrative ?? '')
    .replace(/\s+/g, ' ')
    // a service label alone ("AFC", "MPS -") carries no answer
    .replace(/^[A-Z]{2,6}\b\s*[-:\u2013]?\s*/, '')
    .toLowerCase()
    .replace(/^["']+|["'.!\s]+$/g, '');
  return NO_SUBSTANCE_ANSWERS.includes(text);
}

export interface MissingProvisionMatch {
  /** id of the phrase in MISSING_PROVISION_PHRASES */
  phrase: string;
  /** the words of the narrative that matched */
  text: string;
}

/**
 * Answers by narrative: a matrix of many partnerships reads the same narratives over and over (every
 * request, every borough that copied the template's words, and again after a write, which drops the
 * kept columns but changes few answers), and the sentence split and the phrases are most of the
 * matrix's own cost. Bounded: emptied when full. Room for every narrative of a national set (the
 * 300-partnership synthetic set has 27,575 distinct ones, the 1,000-set 91,220): at 20,000 it
 * was emptied before a pass over all partnerships ended, and the first matrix of the 300-set after a
 * write cost about a sixth more; the text kept is some 20-30 MB on the 1,000-set.
 */
const readNarratives = new Map<string, readonly MissingProvisionMatch[]>();
const NARRATIVES_KEPT = 100_000;

/** Where the narrative says the provision is missing, one match per phrase and sentence. */
export function missingProvision(narrative: string | undefined): MissingProvisionMatch[] {
  const key = narrative ?? '';
  let found = readNarratives.get(key);
  if (!found) {
    if (readNarratives.size >= NARRATIVES_KEPT) readNarratives.clear();
    found = Object.freeze(findMissingProvision(key));
    readNarratives.set(key, found);
  }
  return found.map((m) => ({ ...m }));
}

function findMissingProvision(narrative: string): MissingProvisionMatch[] {
  const text = plainText(narrative);
  // A sentence is a piece of the text cut at non-word characters, so a phrase found in a sentence is
  // found in the whole text too: most answers have none, and skip the split and the per-sentence tests.
  if (!MISSING_PROVISION_PHRASES.some(({ pattern }) => pattern.test(text))) return [];
  const out: MissingProvisionMatch[] = [];
  for (const sentence of text.split(/(?<=[.!?;])\s+|\n+|\s*\u2022\s*/)) {
    for (const { id, pattern, unlessBefore } of MISSING_PROVISION_PHRASES) {
      const m = pattern.exec(sentence);
      if (!m) continue;
      if (unlessBefore && unlessBefore.test(sentence.slice(0, m.index))) continue;
      out.push({ phrase: id, text: m[0] });
    }
  }
  return out;
}
