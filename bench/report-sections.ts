// docs/BENCHMARKS.md as the bench runner rewrites it: one section per part between markers, kept
// from the last run for the parts not run this time, and the notes written by hand after a part (up
// to the next part) kept after it whether or not it runs again.

export interface ReportSections {
  sections: Map<string, string>;
  notes: Map<string, string>;
}

const PART = /<!-- part:(\S+) -->\n([\s\S]*?)<!-- \/part -->([\s\S]*?)(?=<!-- part:|$)/g;

export function readSections(previous: string): ReportSections {
  const sections = new Map<string, string>();
  const notes = new Map<string, string>();
  for (const m of previous.matchAll(PART)) {
    sections.set(m[1]!, m[2]!);
    if (m[3]!.trim()) notes.set(m[1]!, m[3]!.trim());
  }
  return { sections, notes };
}

/** The parts in name order, each followed by its notes. */
export function writeSections({ sections, notes }: ReportSections): string {
  return [...sections.keys()]
    .sort()
    .map((k) => `<!-- part:${k} -->\n${sections.get(k)}<!-- /part -->${notes.has(k) ? `\n\n${notes.get(k)}` : ''}`)
    .join('\n\n');
}
