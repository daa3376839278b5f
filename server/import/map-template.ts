// The mapping from a read document to the VRU template's answers: finds the header, reads each row's
// fields, decides its mandatory action, matches its leads and splits its narrative by respondent.
// Pure: what it finds goes into an ImportResult; only a file that is not the template is refused.
import type { GraphNode } from '../domain/model.js';
import { plainText } from '../domain/analysis/vru-narrative.js';
import { naturalCompare } from '../domain/analysis/shared.js';
import { collapse } from '../seeds/quotes.js';
import { classifyRow, type RowFields } from './classify-row.js';
import { ImportError } from './errors.js';
import type { Framework, Requirement } from './framework.js';
import { normaliseName, OrgMatcher, splitLeads, type OrgMatch } from './orgs.js';
import { splitNarrative, verbatimQuote } from './respondents.js';
import type { Answer, CellQuote, ImportResult, Problem, ProposedOrg } from './result.js';
import type { ReadDocument, TableRow } from './table.js';
import { columnMap, HEADINGS, isHeaderRow, type Column, type ColumnMap } from './template.js';

export interface KnownGraph {
  frameworks: Framework[];
  /** organisations and partnerships, to match leads and respondents */
  nodes: GraphNode[];
}

export interface MapOptions {
  partnershipId: string;
  year?: string;
}

interface MatchedRow {
  row: TableRow;
  fields: RowFields;
  requirement: Requirement;
}

interface RowsRead {
  matched: MatchedRow[];
  problems: Problem[];
  rowsRead: number;
  rowsSkipped: number;
  meanScore: number;
}

const short = (s: string) => {
  const t = collapse(plainText(s));
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
};

function readRows(doc: ReadDocument, fw: Framework): RowsRead {
  const problems: Problem[] = [];
  const matched: MatchedRow[] = [];
  const seen = new Map<string, string>();
  const hasHeader = doc.rows.some(isHeaderRow);
  let map: ColumnMap = {};
  let headerWidth = 0;
  let inTable = !hasHeader;
  let group: TableRow[] = [];
  let lastTheme: number | undefined;
  let rowsRead = 0;
  let rowsSkipped = 0;
  let scoreSum = 0;
  let scored = 0;

  doc.rows.forEach((row, i) => {
    if (isHeaderRow(row)) {
      group = isHeaderRow(doc.rows[i - 1] ?? { cells: [], positional: false, where: '', cellAt: () => '' }) ? [...group, row] : [row];
      map = columnMap(doc.file, group);
      headerWidth = group[0]!.cells.length;
      inTable = true;
      return;
    }
    const filled = row.cells.filter((c) => plainText(c) !== '').length;
    if (!inTable || filled < 2) {
      rowsSkipped++;
      return;
    }
    rowsRead++;
    const fields = classifyRow(row, map, headerWidth, fw);
    const v = fields.values;
    const themeLabel = v.theme ? /^\s*(\d{1,2})/.exec(plainText(v.theme))?.[1] : undefined;
    if (themeLabel) lastTheme = Number(themeLabel);
    const written = v.number ? /(\d{1,2}(?:\.\d{1,2})?)/.exec(v.number)?.[1] : undefined;
    let requirement = fields.match?.requirement;
    if (!requirement && !v.action && written) {
      const full = written.includes('.') ? written : lastTheme !== undefined ? `${lastTheme}.${written}` : undefined;
      requirement = fw.requirements.find((r) => r.number === full);
    }
    if (!requirement) {
      if (v.action) problems.push({ where: row.cellAt(fields.at.action!), message: `text matches no mandatory action of ${fw.name}: "${short(v.action)}"; the row is not imported` });
      else problems.push({ where: row.where, message: 'row has neither a mandatory action nor a number the template knows; it is not imported' });
      return;
    }
    if (fields.match) {
      scoreSum += fields.match.score;
      scored++;
    }
    if (!written) problems.push({ where: row.where, message: `row without a number; its wording is mandatory action ${requirement.number}` });
    else {
      const full = written.includes('.') ? written : `${requirement.theme}.${written}`;
      if (full !== requirement.number) {
        problems.push({ where: row.cellAt(fields.at.number!), message: `numbered ${written}, but its wording is mandatory action ${requirement.number}; taken as ${requirement.number}` });
      }
    }
    const first = seen.get(requirement.id);
    if (first) {
      problems.push({ where: row.where, message: `mandatory action ${requirement.number} appears twice (first at ${first}); this row is not imported` });
      return;
    }
    seen.set(requirement.id, row.where);
    matched.push({ row, fields, requirement });
  });
  for (const r of fw.requirements) {
    if (!seen.has(r.id)) problems.push({ where: '', message: `mandatory action ${r.number} (theme ${r.theme}, ${r.themeName}) has no row` });
  }
  return { matched, problems, rowsRead, rowsSkipped, meanScore: scored ? scoreSum / scored : 0 };
}

const slugOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'organisation';

/** The year the document is for: the one asked, else the first year in its name or front sheet. */
export function yearOf(doc: ReadDocument, asked?: string): string {
  if (asked !== undefined) {
    if (!/^\d{4}$/.test(asked)) throw new ImportError(doc.file, '', `--year must be four digits, not "${asked}"`);
    return asked;
  }
  const front = doc.text.slice(0, 2000);
  // not the template's own version ("Action Plans - 2023 Refresh", in every filled-in copy's header)
  const plain = /\b(20\d\d)\b(?!\s*refresh)/i;
  const found = plain.exec(doc.file) ?? plain.exec(front);
  if (!found) throw new ImportError(doc.file, '', 'no year in the file name or its first lines: give the year (--year YYYY)');
  return found[1]!;
}

export function mapTemplate(doc: ReadDocument, known: KnownGraph, opts: MapOptions): ImportResult {
  const partnership = known.nodes.find((n) => n.id === opts.partnershipId && n.kind === 'Partnership');
  if (!partnership) throw new ImportError(doc.file, '', `unknown partnership "${opts.partnershipId}" (give the id of a Partnership in the graph, e.g. "richmond/csp")`);
  if (known.frameworks.length === 0) throw new ImportError(doc.file, '', 'the graph holds no VRU framework to map the template to');
  if (doc.rows.length === 0) throw new ImportError(doc.file, '', 'the file holds no table rows (an empty table?)');

  const tries = known.frameworks.map((fw) => ({ fw, read: readRows(doc, fw) }));
  const { fw, read } = tries.sort((a, b) => b.read.matched.length - a.read.matched.length)[0]!;
  const header = doc.rows.find(isHeaderRow);
  if (header && read.rowsRead === 0) throw new ImportError(doc.file, header.where, 'the table is empty: no rows under its header');
  if (read.matched.length === 0) {
    const last = doc.rows.at(-1)!.where;
    throw new ImportError(
      doc.file,
      `${doc.rows[0]!.where} to ${last}`,
      `not the VRU action plan template: none of its ${doc.rows.length} rows reads as a mandatory action of ${known.frameworks.map((f) => f.name).join(' or ')}`,
    );
  }
  // after the template check: a file that is not the template is not asked for its year first
  const year = yearOf(doc, opts.year);

  const matcher = new OrgMatcher(known.nodes, partnership.id);
  const pslug = partnership.id.split('/')[0]!;
  const proposed = new Map<string, ProposedOrg>();
  const answers: Answer[] = [];
  const unanswered: string[] = [];

  const proposedId = (name: string) => `org/${pslug}-${slugOf(name)}`;
  const leadIds = new Set<string>();
  const proposedByName = new Map<string, string>();
  for (const { fields } of read.matched) {
    for (const name of splitLeads(plainText(fields.values.lead ?? ''), matcher)) {
      const id = matcher.match(name).id;
      if (id) leadIds.add(id);
      else proposedByName.set(normaliseName(name), proposedId(name));
    }
  }
  const labels = { matcher, leads: leadIds, proposed: proposedByName };

  for (const { row, fields, requirement } of read.matched) {
    const v = fields.values;
    const at = fields.at;
    const locate = (col: Column) => `theme ${requirement.theme} (${requirement.themeName}), action ${requirement.number.split('.')[1]}, ${HEADINGS[col]} (${row.cellAt(at[col]!)})`;
    const quoteOf = (col: Column): CellQuote | undefined => (v[col] ? { locator: locate(col), quote: verbatimQuote(v[col]!) } : undefined);
    if (!v.lead && !v.namedLead && !v.rag && !v.narrative) {
      unanswered.push(requirement.number);
      continue;
    }
    const leads: OrgMatch[] = splitLeads(plainText(v.lead ?? ''), matcher).map((name) => {
      const m = matcher.match(name);
      if (m.how !== 'unknown') return m;
      const id = proposedId(name);
      const p = proposed.get(id) ?? { id, written: name, closest: m.closest, numbers: [] };
      p.numbers.push(requirement.number);
      proposed.set(id, p);
      return { ...m, id, name };
    });
    const defaultRespondent = leads[0]?.id ?? partnership.id;
    const responses = v.narrative ? splitNarrative(v.narrative, labels, defaultRespondent) : [];
    answers.push({
      requirementId: requirement.id,
      number: requirement.number,
      theme: requirement.theme,
      themeName: requirement.themeName,
      where: row.where,
      leadAsWritten: v.lead ? collapse(plainText(v.lead)) : undefined,
      leads,
      namedLead: v.namedLead ? collapse(plainText(v.namedLead)) : undefined,
      rag: v.rag ? collapse(plainText(v.rag)) : undefined,
      responses,
      emptyColumns: (['rag', 'namedLead', 'lead', 'narrative'] as const).filter((c) => !v[c]).map((c) => HEADINGS[c]),
      quotes: {
        action: v.action ? quoteOf('action')! : { locator: `${locate('number')}`, quote: verbatimQuote(v.number!) },
        lead: quoteOf('lead'),
        namedLead: quoteOf('namedLead'),
        rag: quoteOf('rag'),
        narrative: quoteOf('narrative'),
      },
      narrativeLocator: v.narrative ? locate('narrative') : '',
    });
  }
  answers.sort((a, b) => naturalCompare(a.number, b.number));

  return {
    file: doc.file,
    format: doc.format,
    partnership,
    year,
    template: { frameworkId: fw.id, name: fw.name, matchedRows: read.matched.length, meanScore: read.meanScore },
    rowsRead: read.rowsRead,
    rowsSkipped: read.rowsSkipped,
    answers,
    unanswered,
    proposed: [...proposed.values()],
    problems: read.problems,
    text: doc.text,
  };
}
