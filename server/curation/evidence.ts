// The evidence of a change: a quote checked verbatim against its source's text, or the editor's
// attestation. An attestation becomes a Source node of its own (props.attested), whose text is the
// editor's note, so the graph marks what rests on someone's word and the seed export stays valid.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evidence, GraphNode } from '../domain/model.js';
import { collapse } from '../seeds/quotes.js';
import type { GraphStore } from '../store/contract.js';
import type { CurationStore } from '../store/curation-contract.js';
import { bad } from './errors.js';
import type { ChangeEvidence } from './model.js';

export interface EvidenceInput {
  source?: string | null;
  locator?: string | null;
  quote?: string | null;
  attestation?: string | null;
}

export const MAX_QUOTE = 300;
const MAX_NOTE = 2000;
const AT = 'input.evidence';

export interface ResolvedEvidence {
  record: ChangeEvidence;
  /** what each changed item gets in its evidence list */
  graph: Evidence;
  /** the attestation's own Source node, created with the change set */
  attestation?: GraphNode;
}

/** The text of a Source: registered by upload, or a plan file in the sources folder. */
export async function sourceText(id: string, graph: GraphStore, curation: CurationStore, sourcesDir: string): Promise<string | null> {
  const [registered] = await curation.getSourceTexts([id]);
  if (registered) return registered.text;
  const [node] = await graph.getNodes([id]);
  if (node?.kind !== 'Source') return null;
  if (node.props.attested === true) return node.text ?? '';
  const file = node.props.file;
  const abs = typeof file === 'string' ? path.join(sourcesDir, file) : '';
  return abs && existsSync(abs) ? readFile(abs, 'utf8') : null;
}

export async function resolveEvidence(
  input: EvidenceInput,
  ctx: { graph: GraphStore; curation: CurationStore; sourcesDir: string; author: string; changeSetId: string; at: string },
): Promise<ResolvedEvidence> {
  const note = input.attestation?.trim();
  if (note) {
    if (input.source || input.quote) throw bad('give either a source with a quote, or an attestation, not both', `${AT}.attestation`);
    if (note.length > MAX_NOTE) throw bad(`at most ${MAX_NOTE} characters`, `${AT}.attestation`);
    const id = `source/attested-${ctx.changeSetId}`;
    const quote = collapse(note).slice(0, MAX_QUOTE);
    const node: GraphNode = {
      id,
      kind: 'Source',
      name: `Attestation by ${ctx.author}, ${ctx.at.slice(0, 10)}`,
      aliases: [],
      text: note,
      props: { file: `attested-${ctx.changeSetId}.txt`, attested: true, attestedBy: ctx.author, basis: 'ATTESTED' },
      evidence: [{ source: id, locator: 'editor attestation', quote, basis: 'ATTESTED' }],
    };
    return { record: { kind: 'ATTESTED', note }, graph: { source: id, locator: 'editor attestation', quote, basis: 'ATTESTED' }, attestation: node };
  }
  const source = input.source?.trim();
  const locator = input.locator?.trim();
  const quote = input.quote?.trim();
  if (!source) throw bad('give a source (a Source id) with locator and quote, or an attestation', `${AT}.source`);
  if (!locator) throw bad('say where in the source (section, table, page)', `${AT}.locator`);
  if (!quote) throw bad('give the words of the source that say it', `${AT}.quote`);
  if (quote.length > MAX_QUOTE) throw bad(`a quote is at most ${MAX_QUOTE} characters`, `${AT}.quote`);
  const text = await sourceText(source, ctx.graph, ctx.curation, ctx.sourcesDir);
  if (text === null) throw bad(`"${source}" is not a Source whose text is available (register it first)`, `${AT}.source`);
  if (!collapse(text).includes(collapse(quote))) throw bad(`not found verbatim in ${source}: "${quote.slice(0, 80)}"`, `${AT}.quote`);
  return { record: { kind: 'SOURCE', source, locator, quote }, graph: { source, locator, quote, basis: 'STATED' } };
}
