// Loads a folder of seed files into one graph batch, with every problem found in any file.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { relId, type GraphBatch, type GraphNode, type GraphRel } from '../domain/model.js';
import { lazyLocator, parseSeedFile, type Locate, type Path, type SeedProblem } from './parse.js';
import type { SeedEvidence, SeedFile } from './schema.js';
import { validateGraph, type Located } from './validate.js';
import { checkQuotes, defaultSourcesDir } from './quotes.js';

export type { SeedProblem } from './parse.js';

export interface SeedFileSummary {
  file: string;
  nodes: number;
  rels: number;
}

export interface SeedLoadResult {
  batch: GraphBatch;
  problems: SeedProblem[];
  files: SeedFileSummary[];
  /** entries with the file they came from, for per-file reports */
  origins: { nodes: Located<GraphNode>[]; rels: Located<GraphRel>[] };
  /** how the quote check went: checked against this folder, or skipped because it is absent */
  quotes: { checked: true; dir: string } | { checked: false; dir: string };
}

export interface LoadOptions {
  /** where the source plans are; default ../shared/sources beside the repo, or GOVGRAPH_SOURCES */
  sourcesDir?: string;
}

async function seedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function entriesOf(file: string, data: SeedFile, locate: Locate) {
  const d = data.defaults ?? {};
  const at = (p: Path) => ({ file, ...locate(p) });
  const evidence = (list: SeedEvidence[]) =>
    list.map((e) => ({ source: e.source ?? d.source ?? '', locator: e.locator, quote: e.quote, basis: e.basis, ...(e.note ? { note: e.note } : {}) }));

  const nodes: Located<GraphNode>[] = (data.nodes ?? []).map((n, i) => ({
    file,
    locate: (p: Path) => at(['nodes', i, ...p]),
    item: {
      id: n.id,
      kind: n.kind,
      name: n.name,
      aliases: n.aliases ?? [],
      text: n.text,
      partnership: n.partnership ?? d.partnership,
      validFrom: n.validFrom ?? d.validFrom,
      validTo: n.validTo ?? d.validTo,
      note: n.note,
      props: n.props ?? {},
      evidence: evidence(n.evidence),
    },
  }));
  const rels: Located<GraphRel>[] = (data.relationships ?? []).map((r, i) => ({
    file,
    locate: (p: Path) => at(['relationships', i, ...p]),
    item: {
      id: relId(r.from, r.type, r.to, r.key),
      type: r.type,
      from: r.from,
      to: r.to,
      validFrom: r.validFrom ?? d.validFrom,
      validTo: r.validTo ?? d.validTo,
      note: r.note,
      props: r.props ?? {},
      evidence: evidence(r.evidence),
    },
  }));
  return { nodes, rels };
}

/** Reads every *.yaml below dir. Problems are reported all at once; the batch is only usable when there are none. */
export async function loadSeedDir(dir: string, opts: LoadOptions = {}): Promise<SeedLoadResult> {
  const problems: SeedProblem[] = [];
  const nodes: Located<GraphNode>[] = [];
  const rels: Located<GraphRel>[] = [];
  const files: SeedFileSummary[] = [];

  for (const abs of await seedFiles(dir)) {
    const file = path.relative(process.cwd(), abs);
    const parsed = parseSeedFile(file, await readFile(abs, 'utf8'));
    problems.push(...parsed.problems);
    if (!parsed.data) {
      files.push({ file, nodes: 0, rels: 0 });
      continue;
    }
    const found = entriesOf(file, parsed.data, lazyLocator(() => readFileSync(abs, 'utf8')));
    nodes.push(...found.nodes);
    rels.push(...found.rels);
    files.push({ file, nodes: found.nodes.length, rels: found.rels.length });
  }

  problems.push(...validateGraph(nodes, rels));
  const sourcesDir = opts.sourcesDir ?? defaultSourcesDir();
  const quoteCheck = await checkQuotes(nodes, rels, sourcesDir, dir);
  problems.push(...quoteCheck.problems);

  return {
    batch: { nodes: nodes.map((n) => n.item), rels: rels.map((r) => r.item) },
    problems,
    files,
    origins: { nodes, rels },
    quotes: { checked: quoteCheck.checked, dir: sourcesDir },
  };
}
