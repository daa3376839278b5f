// The report printed before anything is written: what was read, what was answered, how each lead
// was matched, and every problem, each with where it is in the file.
import type { ImportResult } from './result.js';

export interface LeadSummary {
  written: string;
  id?: string;
  name?: string;
  how: 'name' | 'near-spelling' | 'unknown';
  closest: { id: string; name: string }[];
  numbers: string[];
}

/** Each distinct lead name as written, with the answers that name it. */
export function leadSummary(r: ImportResult): LeadSummary[] {
  const byWritten = new Map<string, LeadSummary>();
  for (const a of r.answers) {
    for (const l of a.leads) {
      const had = byWritten.get(l.written);
      if (had) had.numbers.push(a.number);
      else byWritten.set(l.written, { written: l.written, id: l.id, name: l.name, how: l.how, closest: l.closest, numbers: [a.number] });
    }
  }
  return [...byWritten.values()];
}

export function formatReport(r: ImportResult): string {
  const leads = leadSummary(r);
  const matched = leads.filter((l) => l.how !== 'unknown');
  const unmatched = leads.filter((l) => l.how === 'unknown');
  const out = [
    `${r.file} (${r.format}) for ${r.partnership.name} (${r.partnership.id}), ${r.year}`,
    `template: ${r.template.name} (${r.template.frameworkId}); ${r.template.matchedRows} rows match its mandatory actions, mean wording similarity ${r.template.meanScore.toFixed(2)}`,
    `rows read: ${r.rowsRead} table rows (${r.rowsSkipped} other lines: headings, front sheet, page headers)`,
    `actions answered: ${r.answers.length}${r.unanswered.length ? `; rows left empty: ${r.unanswered.join(', ')}` : ''}`,
    `leads matched: ${matched.length}`,
    ...matched.map((l) => `  "${l.written}" -> ${l.name} (${l.id})${l.how === 'near-spelling' ? ' by near spelling' : ''}: ${l.numbers.join(', ')}`),
    `leads unmatched: ${unmatched.length}${unmatched.length ? ' (proposed as new organisations, flagged for review)' : ''}`,
    ...unmatched.map(
      (l) => `  "${l.written}" -> proposed ${l.id}: ${l.numbers.join(', ')}; closest known: ${l.closest.map((c) => `${c.name} (${c.id})`).join(', ') || 'none'}`,
    ),
    `problems: ${r.problems.length}`,
    ...r.problems.map((p) => `  ${p.where ? `${p.where}: ` : ''}${p.message}`),
  ];
  return out.join('\n');
}
