// Loads a folder of seed files into one graph batch, with every problem found in any file.
import { readFileSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { appendAll } from '../domain/append.js';
import { relId, type GraphBatch, type GraphNode, type GraphRel } from '../domain/model.js';
import { decodeSeedText, lazyLocator, parseSeedFile, type Locate, type Path, type SeedProblem } from './parse.js';
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

const isSeedFile = (name: string) => /\.ya?ml$/.test(name);

/**
 * Every *.yaml below dir, following symbolic links (a plans/ folder linked from elsewhere is read,
 * not skipped); a link that leads nowhere, or back into a folder already being read, is a problem.
 */
async function seedFiles(dir: string, problems: SeedProblem[], seen = new Set<string>()): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) {
    problems.push({ file: path.relative(process.cwd(), dir), line: 1, column: 1, message: 'this link leads back into a folder already read: remove it' });
    return [];
  }
  seen.add(real);
  const files: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    let kind: 'file' | 'dir' | 'other' = e.isFile() ? 'file' : e.isDirectory() ? 'dir' : 'other';
    if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      if (!target) {
        problems.push({ file: path.relative(process.cwd(), full), line: 1, column: 1, message: 'a symbolic link to nothing: its target is missing' });
        continue;
      }
      kind = target.isFile() ? 'file' : target.isDirectory() ? 'dir' : 'other';
    }
    if (kind === 'dir') appendAll(files, await seedFiles(full, problems, new Set(seen)));
    else if (kind === 'file' && isSeedFile(e.name)) files.push(full);
  }
  return files;
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

  for (const abs of await seedFiles(dir, problems)) {
    const file = path.relative(process.cwd(), abs);
    const decoded = decodeSeedText(file, await readFile(abs));
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      files.push({ file, nodes: 0, rels: 0 });
      continue;
    }
    const parsed = parseSeedFile(file, decoded.text);
    appendAll(problems, parsed.problems);
    if (!parsed.data) {
      files.push({ file, nodes: 0, rels: 0 });
      continue;
    }
    const found = entriesOf(file, parsed.data, lazyLocator(() => readFileSync(abs, 'utf8')));
    appendAll(nodes, found.nodes);
    appendAll(rels, found.rels);
    files.push({ file, nodes: found.nodes.length, rels: found.rels.length });
  }

  appendAll(problems, validateGraph(nodes, rels));
  const sourcesDir = opts.sourcesDir ?? defaultSourcesDir();
  const quoteCheck = await checkQuotes(nodes, rels, sourcesDir, dir);
  appendAll(problems, quoteCheck.problems);

  return {
    batch: { nodes: nodes.map((n) => n.item), rels: rels.map((r) => r.item) },
    problems,
    files,
    origins: { nodes, rels },
    quotes: { checked: quoteCheck.checked, dir: sourcesDir },
  };
}
