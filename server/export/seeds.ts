// npm run export -- seeds --out <dir>: the whole graph as it stands, approved curation changes
// included, as seed YAML that npm run seeds:check accepts, so a council can keep its record in
// version control. One file per partnership (plans/<partnership>.yaml: its nodes and the lines
// from them), one for what no partnership owns (reference/shared.yaml), and sources/ with the text
// of every source the quotes are checked against (GOVGRAPH_SOURCES=<dir>/sources npm run seeds:check <dir>).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import type { Evidence, GraphNode, GraphRel } from '../domain/model.js';
import { personalDataShown } from '../domain/personal-data.js';
import { defaultSourcesDir } from '../seeds/quotes.js';
import type { GraphStore } from '../store/contract.js';
import { openCurationStore } from '../store/curation-open.js';
import { listAll } from '../store/list-all.js';
import type { ExportFile, ExportFormat } from './formats.js';
import { namesIn, withholder } from './withhold.js';

const evidence = (list: Evidence[]) => list.map((e) => ({ source: e.source, locator: e.locator, quote: e.quote, basis: e.basis, ...(e.note ? { note: e.note } : {}) }));

const nodeEntry = (n: GraphNode) => ({
  id: n.id,
  kind: n.kind,
  name: n.name,
  ...(n.aliases.length ? { aliases: n.aliases } : {}),
  ...(n.text !== undefined ? { text: n.text } : {}),
  ...(n.partnership ? { partnership: n.partnership } : {}),
  ...(n.validFrom ? { validFrom: n.validFrom } : {}),
  ...(n.validTo ? { validTo: n.validTo } : {}),
  ...(n.note ? { note: n.note } : {}),
  ...(Object.keys(n.props).length ? { props: n.props } : {}),
  evidence: evidence(n.evidence),
});

const relEntry = (r: GraphRel) => {
  const key = r.id.includes('#') ? r.id.slice(r.id.indexOf('#') + 1) : undefined;
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    ...(key ? { key } : {}),
    ...(r.validFrom ? { validFrom: r.validFrom } : {}),
    ...(r.validTo ? { validTo: r.validTo } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(Object.keys(r.props).length ? { props: r.props } : {}),
    evidence: evidence(r.evidence),
  };
};

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The text of a Source for its file: an attestation's note, a registered upload, or a plan in the sources folder. */
export type SourceTextOf = (source: GraphNode) => Promise<string | null>;

/** `showPersonal`: people's names stay in (the personal-data setting); otherwise they are withheld as in every export. */
export async function seedFiles(store: GraphStore, textOf: SourceTextOf, showPersonal: boolean): Promise<ExportFile[]> {
  const allNodes = (await listAll(store, {})).sort(byId);
  const allRels: GraphRel[] = [];
  for (let i = 0; i < allNodes.length; i += 1000) allRels.push(...(await store.expand({ ids: allNodes.slice(i, i + 1000).map((n) => n.id), direction: 'out' })));
  const withhold = withholder(namesIn([...allNodes, ...allRels]), showPersonal);
  const nodes = allNodes.map(withhold);
  const rels = allRels.map(withhold);
  const owner = new Map(nodes.map((n) => [n.id, n.partnership ? `plans/${n.partnership.replace(/\//g, '-')}.yaml` : 'reference/shared.yaml']));
  const files = new Map<string, { nodes: GraphNode[]; rels: GraphRel[] }>();
  const fileOf = (name: string) => files.get(name) ?? files.set(name, { nodes: [], rels: [] }).get(name)!;
  for (const n of nodes) fileOf(owner.get(n.id)!).nodes.push(n);
  for (const r of rels.sort(byId)) fileOf(owner.get(r.from)!).rels.push(r);
  const out: ExportFile[] = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, f]) => ({
    name,
    contentType: 'application/yaml',
    body:
      '# Written by npm run export -- seeds: the graph with its approved changes. Check with\n' +
      '# GOVGRAPH_SOURCES=<this folder>/sources npm run seeds:check <this folder>\n' +
      YAML.stringify({ nodes: f.nodes.map(nodeEntry), relationships: f.rels.map(relEntry) }, { lineWidth: 0 }),
  }));
  for (const s of nodes.filter((n) => n.kind === 'Source' && typeof n.props.file === 'string')) {
    const text = await textOf(s);
    if (text !== null) out.push({ name: `sources/${String(s.props.file)}`, contentType: 'text/plain', body: text });
  }
  return out;
}

export const seedsFormat: ExportFormat = {
  name: 'seeds',
  summary: 'seed YAML of the whole graph with approved changes, and its sources (a folder: --out <dir>)',
  folder: true,
  async produce(store, req) {
    // registered sources' text lives in the curation store beside the graph (same configuration)
    const curation = await openCurationStore();
    const plans = defaultSourcesDir();
    try {
      return await seedFiles(store, async (s) => {
        if (s.props.attested === true) return s.text ?? '';
        const [registered] = await curation.getSourceTexts([s.id]);
        if (registered) return registered.text;
        const file = path.join(plans, String(s.props.file));
        return existsSync(file) ? readFile(file, 'utf8') : null;
      }, req.personalData ?? personalDataShown());
    } finally {
      await curation.close();
    }
  },
};
