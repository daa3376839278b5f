// The round trip on the real plan: Richmond's 2024 template read by the importer, set beside the
// curated Richmond 2024 answers, requirement by requirement.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildVruAlignment, VRU_FRAMEWORK_ID } from '../../server/domain/analysis/vru-alignment.js';
import type { GraphNode, GraphRel } from '../../server/domain/model.js';
import { knownFrom } from '../../server/import/known.js';
import { mapTemplate } from '../../server/import/map-template.js';
import { readTemplateFile } from '../../server/import/read.js';
import type { ImportResult } from '../../server/import/result.js';
import { buildSeedFile } from '../../server/import/seed-file.js';
import { entriesOf, loadSeedDir } from '../../server/seeds/load.js';
import { defaultSourcesDir } from '../../server/seeds/quotes.js';

export const RICHMOND_FILE = path.join(defaultSourcesDir(), 'richmond-violence-strategic-delivery-plan-2024.txt');
const CURATED = /^richmond\/vsdp-2024\/ma-/;

export interface Side {
  answered: boolean;
  leads: string[];
  respondents: string[];
  flags: string[];
}

export interface RoundTrip {
  result: ImportResult;
  byNumber: Map<string, { curated: Side; imported: Side }>;
}

function sides(nodes: GraphNode[], rels: GraphRel[], isAnswer: (id: string) => boolean): Map<string, Side> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const report = buildVruAlignment({
    framework: byId.get(VRU_FRAMEWORK_ID)!,
    partnerships: [byId.get('richmond/csp')!],
    nodes,
    rels,
  });
  const out = new Map<string, Side>();
  for (const row of report.themes.flatMap((t) => t.requirements)) {
    const cell = row.cells[0]!;
    const actions = cell.actions.filter((a) => isAnswer(a.action.id));
    out.set(row.number, {
      answered: actions.length > 0,
      leads: [...new Set(actions.flatMap((a) => a.leads.map((l) => l.leadId)))].sort(),
      respondents: [...new Set(actions.flatMap((a) => a.narratives.map((n) => n.respondentId ?? '')))].sort(),
      flags: [...cell.flags].sort(),
    });
  }
  return out;
}

export async function richmondRoundTrip(): Promise<RoundTrip> {
  const seeds = await loadSeedDir('seeds');
  const doc = await readTemplateFile(RICHMOND_FILE, await readFile(RICHMOND_FILE));
  const result = mapTemplate(doc, knownFrom(seeds.batch.nodes, seeds.batch.rels), { partnershipId: 'richmond/csp', year: '2024' });
  const file = buildSeedFile(result, { names: new Map(seeds.batch.nodes.map((n) => [n.id, n.name])) });
  const imported = entriesOf('imported.yaml', file, () => ({ line: 1, column: 1 }));

  const curated = sides(seeds.batch.nodes, seeds.batch.rels, (id) => CURATED.test(id));
  // the curated answers out, the imported ones in: the rest of the graph as it is
  const keep = (r: GraphRel) => !CURATED.test(r.from) && !CURATED.test(r.to);
  const nodes = [...seeds.batch.nodes.filter((n) => !CURATED.test(n.id)), ...imported.nodes.map((n) => n.item)];
  const rels = [...seeds.batch.rels.filter(keep), ...imported.rels.map((r) => r.item)];
  const mine = sides(nodes, rels, (id) => id.startsWith('richmond/vru-plan-2024/'));

  const byNumber = new Map<string, { curated: Side; imported: Side }>();
  for (const [n, c] of curated) byNumber.set(n, { curated: c, imported: mine.get(n)! });
  return { result, byNumber };
}
