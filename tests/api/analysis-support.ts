// What the analysis API tests share: the source plans as text (the oracle for expected answers)
// and the check that every evidence quote the API returns is written in the plan it names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { quotedIn } from './support/quotes.js';
import { collapse, defaultSourcesDir } from '../../server/seeds/quotes.js';

export const PLANS = {
  havering2017: 'havering-community-safety-partnership-plan-2017-2020.txt',
  rbkc2019: 'kensington-chelsea-building-safer-communities-2019.txt',
  richmond2017: 'richmond-community-safety-plan-2017-2021.txt',
  richmond2024: 'richmond-violence-strategic-delivery-plan-2024.txt',
  wandsworth2017: 'wandsworth-community-safety-partnership-plan-2017-2021.txt',
} as const;

export const planText = (file: string): string => readFileSync(path.join(defaultSourcesDir(), file), 'utf8');

export const EVIDENCE = 'evidence { locator quote source { id file } }';

export interface EvidenceResult {
  quote: string;
  source: { file: string };
}

/** Every quote is in the plan its source names (white space collapsed, as the seed check does; names withheld). */
export function expectQuotedFromSources(evidence: EvidenceResult[]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    expect(quotedIn(planText(e.source.file), e.quote), `quote not in ${e.source.file}: ${e.quote}`).toBe(true);
  }
}

/** How often `phrase` occurs in the plan, ignoring case and line breaks. */
export const occurrences = (file: string, phrase: string): number =>
  collapse(planText(file)).toLowerCase().split(collapse(phrase).toLowerCase()).length - 1;
