// A quote the API returns is verbatim from its plan, except where a person's name is withheld
// (server/domain/personal-data.ts): each part around "[name withheld]" must be in the plan, in order.
import { collapse } from '../../../server/seeds/quotes.js';
import { WITHHELD } from '../../../server/domain/personal-data.js';

export function quotedIn(planText: string, quote: string): boolean {
  const text = collapse(planText);
  const parts = collapse(quote).split(WITHHELD).map((p) => p.trim());
  let at = 0;
  for (const part of parts) {
    const i = text.indexOf(part, at);
    if (i < 0) return false;
    at = i + part.length;
  }
  return true;
}
