// Every quote must be verbatim from its source plan. PDF conversions break lines and cells
// unpredictably, so white space is collapsed on both sides before comparing. The five plans are
// read from the shared sources folder (props.file); a document brought in by the VRU template
// import keeps its text beside the seeds (props.textFile, relative to the seeds folder), so its
// quotes are checked even where the shared folder is absent.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphNode, GraphRel } from '../domain/model.js';
import type { SeedProblem } from './parse.js';
import type { Located } from './validate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const defaultSourcesDir = (): string =>
  process.env.GOVGRAPH_SOURCES ?? path.resolve(repoRoot, '../shared/sources');

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface QuoteCheck {
  checked: boolean;
  problems: SeedProblem[];
  /** how many quotes were compared */
  count: number;
}

export async function checkQuotes(
  nodes: Located<GraphNode>[],
  rels: Located<GraphRel>[],
  sourcesDir: string,
  seedsDir?: string,
): Promise<QuoteCheck> {
  const shared = existsSync(sourcesDir);
  const texts = new Map<string, string | null>();
  for (const n of nodes) {
    if (n.item.kind !== 'Source') continue;
    const file = n.item.props['file'];
    const kept = n.item.props['textFile'];
    let abs = '';
    if (typeof kept === 'string' && seedsDir) abs = path.join(seedsDir, kept);
    else if (!shared) continue;
    else if (typeof file === 'string') abs = path.join(sourcesDir, file);
    texts.set(n.item.id, abs && existsSync(abs) ? collapse(await readFile(abs, 'utf8')) : null);
  }
  if (!shared && texts.size === 0) return { checked: false, problems: [], count: 0 };

  const problems: SeedProblem[] = [];
  let count = 0;
  for (const e of [...nodes, ...rels] as Located<GraphNode | GraphRel>[]) {
    e.item.evidence.forEach((ev, i) => {
      const text = texts.get(ev.source);
      if (text === undefined) return; // an unknown source is the validator's to report, or the shared folder is absent
      if (text === null) {
        problems.push({ ...e.locate(['evidence', i, 'source']), message: `source "${ev.source}" has no readable props.file in ${sourcesDir} (or props.textFile in the seeds folder)` });
        return;
      }
      count++;
      if (!text.includes(collapse(ev.quote))) {
        problems.push({ ...e.locate(['evidence', i, 'quote']), message: `quote not found verbatim in ${ev.source}: "${ev.quote.slice(0, 80)}"` });
      }
    });
  }
  return { checked: true, problems, count };
}
