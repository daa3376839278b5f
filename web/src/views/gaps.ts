// How the review views show a VRU gap flag: a label in words, an icon and a level. The level
// gives a cell its colour and border pattern; the words and the icon say the same, so colour
// never carries the meaning alone.
import type { GapFlag } from '../generated/graphql.js';

export interface FlagStyle {
  label: string;
  /** what a reviewer reads it as */
  meaning: string;
  level: 0 | 1 | 2 | 3;
}

export const GAP_FLAGS: Record<GapFlag, FlagStyle> = {
  NO_RESPONSE: { label: 'No response', meaning: 'No action of the partnership answers it.', level: 3 },
  NO_LEAD: { label: 'No lead', meaning: 'No lead organisation is recorded.', level: 2 },
  NO_SUBSTANCE: { label: 'Nothing of substance', meaning: 'An answer is empty or only says “No comment”, “N/A” or the like.', level: 2 },
  PROVISION_MISSING: { label: 'Provision missing', meaning: 'An answer says the provision is missing (the words are quoted; a reviewer judges).', level: 2 },
  NO_NAMED_LEAD: { label: 'No named lead', meaning: 'The template’s Named Lead and Role is empty.', level: 1 },
  NO_RAG: { label: 'No RAG rating', meaning: 'No red, amber or green rating is recorded.', level: 1 },
};

/** In the order a reviewer reads them (the API's GapFlag order). */
export const FLAG_ORDER: GapFlag[] = ['NO_RESPONSE', 'NO_LEAD', 'NO_NAMED_LEAD', 'NO_RAG', 'NO_SUBSTANCE', 'PROVISION_MISSING'];

export const LEVELS = [
  { level: 0, icon: '✓', label: 'No gaps' },
  { level: 1, icon: '○', label: 'Template not filled in (no named lead or RAG rating)' },
  { level: 2, icon: '!', label: 'Answered, with a gap (no lead, nothing of substance, provision missing)' },
  { level: 3, icon: '✕', label: 'No response' },
] as const;

/** A cell's level: that of its worst flag, 0 for none. */
export const levelOf = (flags: readonly GapFlag[]): 0 | 1 | 2 | 3 => flags.reduce<0 | 1 | 2 | 3>((m, f) => (GAP_FLAGS[f].level > m ? GAP_FLAGS[f].level : m), 0);

/** The flags of a cell, worst first (then in reading order). */
export const byLevel = (flags: readonly GapFlag[]): GapFlag[] =>
  [...flags].sort((a, b) => GAP_FLAGS[b].level - GAP_FLAGS[a].level || FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b));
