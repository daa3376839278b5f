// The seed file an import writes: the plan as a Strategy, its document as a Source whose text is
// kept beside the seeds, one Action per answered mandatory action with its leads and one
// RESPONDS_TO per responding organisation, every fact with the cell it came from.
import jsyaml from 'js-yaml';
import type { SeedFile, SeedNode, SeedRel } from '../seeds/schema.js';
import type { Answer, CellQuote, ImportResult } from './result.js';

/** Where imported documents' texts are kept, relative to the seeds folder (see server/seeds/quotes.ts). */
export const IMPORTED_SOURCES_DIR = 'sources';

export interface PlanIds {
  /** seeds/plans/<name>.yaml and seeds/sources/<name>.txt */
  name: string;
  source: string;
  strategy: string;
  action(number: string): string;
}

export function planIds(partnershipId: string, year: string): PlanIds {
  const p = partnershipId.split('/')[0]!;
  return {
    name: `${p}-vru-${year}`,
    source: `source/${p}-vru-${year}`,
    strategy: `${p}/vru-plan-${year}`,
    action: (number) => `${p}/vru-plan-${year}/ma-${number.replace('.', '-')}`,
  };
}

type Basis = 'STATED' | 'INFERRED' | 'TEMPLATE';
const ev = (q: CellQuote, basis: Basis = 'STATED', note?: string) => ({ basis, locator: q.locator, quote: q.quote, ...(note ? { note } : {}) });
/** The row's mandatory action in the VRU's words: it says which action the row answers, not what the borough does. */
const rowOf = (a: Answer) => ev(a.quotes.action, 'TEMPLATE', `The VRU's wording of mandatory action ${a.number}, which this row answers.`);
const firstLine = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l.length > 0) ?? '';
const clip = (s: string) => (s.length <= 300 ? s : s.slice(0, s.lastIndexOf(' ', 300)).trim());

function answerEntries(r: ImportResult, ids: PlanIds, a: Answer, names: Map<string, string>): { node: SeedNode; rels: SeedRel[] } {
  const id = ids.action(a.number);
  const rowEvidence = [rowOf(a), ...[a.quotes.lead, a.quotes.namedLead, a.quotes.rag].filter((q): q is CellQuote => !!q).map((q) => ev(q))];
  const props: Record<string, string | string[]> = { number: a.number };
  if (a.leadAsWritten) props['leadAsWritten'] = a.leadAsWritten;
  if (a.namedLead) props['namedLead'] = a.namedLead;
  if (a.rag) props['rag'] = a.rag;
  if (a.emptyColumns.length) props['emptyColumns'] = a.emptyColumns;
  const node: SeedNode = {
    id,
    kind: 'Action',
    name: `${r.partnership.name} response to VRU ${a.number} (${r.year})`,
    text: a.responses.map((x) => x.narrative).join(' ') || undefined,
    props,
    evidence: rowEvidence,
  };
  if (!node.text) delete node.text;
  const rels: SeedRel[] = [{ type: 'HAS_ACTION', from: ids.strategy, to: id, evidence: [rowOf(a)] }];
  for (const lead of a.leads) {
    if (!lead.id || rels.some((x) => x.type === 'LEADS' && x.from === lead.id)) continue;
    const near = lead.how === 'near-spelling';
    const rel: SeedRel = {
      type: 'LEADS',
      from: lead.id,
      to: id,
      evidence: [near ? ev(a.quotes.lead!, 'INFERRED', `Written "${lead.written}", taken as ${lead.name} by its near spelling.`) : ev(a.quotes.lead!)],
    };
    if (near) rel.note = `Written "${lead.written}"; matched to ${lead.name} by near spelling.`;
    if (lead.how === 'unknown') rel.note = `Written "${lead.written}"; no known organisation matched, so one is proposed.`;
    rels.push(rel);
  }
  const responses = a.responses.length
    ? a.responses
    : // an answer with no narrative still answers: recorded as written, empty, so the matrix shows it
      [{ respondentId: a.leads.find((l) => l.id)?.id ?? r.partnership.id, narrative: '', quote: '' }];
  for (const x of responses) {
    const quote = x.quote ? ev({ locator: `${a.narrativeLocator}, ${names.get(x.respondentId) ?? x.respondentId}`, quote: x.quote }) : rowEvidence.at(-1)!;
    rels.push({
      type: 'RESPONDS_TO',
      from: id,
      to: a.requirementId,
      key: x.respondentId.split('/').pop()!,
      props: { respondent: x.respondentId, narrative: x.narrative },
      ...(x.narrative ? {} : { note: 'The narrative cell is empty.' }),
      evidence: [quote],
    });
  }
  return { node, rels };
}

export function buildSeedFile(r: ImportResult, opts: { validTo?: string; names: Map<string, string> }): SeedFile {
  const ids = planIds(r.partnership.id, r.year);
  const heading = clip(firstLine(r.text));
  const where = ev({ locator: 'first line of the document', quote: heading });
  const names = new Map(opts.names);
  for (const p of r.proposed) names.set(p.id, p.written);
  const nodes: SeedNode[] = [
    {
      id: ids.source,
      kind: 'Source',
      name: `${r.partnership.name} VRU action plan ${r.year} (${r.file})`,
      props: { textFile: `${IMPORTED_SOURCES_DIR}/${ids.name}.txt`, title: heading, year: Number(r.year), importedFrom: r.file, format: r.format },
      evidence: [where],
    },
    {
      id: ids.strategy,
      kind: 'Strategy',
      name: `${r.partnership.name} VRU action plan ${r.year}`,
      props: { sourceId: ids.source, period: r.year, template: r.template.frameworkId },
      note: `Imported from ${r.file}: the ${r.template.name} filled in for ${r.partnership.name}.`,
      evidence: [where],
    },
  ];
  for (const p of r.proposed) {
    const first = r.answers.find((a) => a.leads.some((l) => l.id === p.id))!;
    nodes.push({
      id: p.id,
      kind: 'Organisation',
      name: p.written,
      props: { proposed: true },
      note: `Proposed by the import: the lead "${p.written}" (actions ${p.numbers.join(', ')}) matches no known organisation; the closest known are ${p.closest.map((c) => `${c.name} (${c.id})`).join(', ') || 'none'}.`,
      evidence: [ev(first.quotes.lead!)],
    });
  }
  const relationships: SeedRel[] = [];
  for (const a of r.answers) {
    const e = answerEntries(r, ids, a, names);
    nodes.push(e.node);
    relationships.push(...e.rels);
  }
  return withEnd({ defaults: { source: ids.source, partnership: r.partnership.id, validFrom: r.year }, nodes, relationships }, opts.validTo);
}

/**
 * The year's answers end where the next imported year's begin; the document and the organisations
 * it proposed do not end with them (a later year's answers may name the same organisation).
 */
export function withEnd(file: SeedFile, validTo: string | undefined): SeedFile {
  const lasting = (kind: string) => kind === 'Source' || kind === 'Organisation';
  const end = <T extends { validTo?: string }>(e: T): T => {
    const { validTo: _, ...rest } = e;
    return (validTo ? { ...rest, validTo } : rest) as T;
  };
  return {
    ...file,
    nodes: (file.nodes ?? []).map((n) => (lasting(n.kind) ? n : end(n))),
    relationships: (file.relationships ?? []).map(end),
  };
}

export function seedYaml(r: ImportResult, file: SeedFile): string {
  const head = [
    `# ${r.partnership.name}: VRU action plan ${r.year}, imported by \`npm run import -- vru\` from ${r.file} (${r.format}).`,
    `# Template: ${r.template.name}. ${r.answers.length} answered mandatory actions. Re-import the file rather than edit`,
    `# this by hand; the document's text is kept in seeds/${IMPORTED_SOURCES_DIR}/ so every quote is checked verbatim.`,
  ];
  return `${head.join('\n')}\n${dumpSeed(file)}`;
}

export const dumpSeed = (file: SeedFile): string => jsyaml.dump(file, { lineWidth: 120, noRefs: true, quotingType: '"' });
