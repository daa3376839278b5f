// Reading and writing search's index (store/search-index.ts) in Neo4j, with the statements of
// search-cypher.ts. A block's `k` is generation, key and last joined by \u0001; its postings are stored front-coded.
import neo4j, { type RecordShape } from 'neo4j-driver';
import type { GraphNode, NodeKind } from '../../domain/model.js';
import { decodeEntries, encodeEntries, idOfRank, rankOfEntry } from '../search-entries.js';
import { BLOCK, blockCounts, buildBlocks, editBlocks, editedRanks, indexEdits, type Block } from '../search-index.js';
import { justAfter, type OpenKey, type SearchIndex } from '../search-streams.js';
import { TERMS_VERSION } from '../search-terms.js';
import type { ReadValue } from './codec.js';
import type { Detail } from './cypher-reads.js';
import { filterText } from '../text-fold.js';
import type { Statement } from './statement.js';
import * as S from './search-cypher.js';

export type Run = <P extends string>(s: Statement<P>, params: { [K in P]: unknown }) => Promise<RecordShape[]>;

const at = (g: number, key: string, rest = '') => `${g}\u0001${key}${rest}`;
const blockOf = (r: RecordShape): Block => ({ key: r.key as string, last: r.last as string, entries: decodeEntries(r.entries as string) });
const stored = (g: number, b: Block) => ({
  k: at(g, b.key, `\u0001${b.last}`),
  key: b.key,
  last: b.last,
  entries: encodeEntries(b.entries),
  ids: b.entries.map((e) => idOfRank(rankOfEntry(e))),
});
/** The range of `key`'s blocks from the one holding `rank` on. */
const from = (g: number, key: string, rank: string) => ({ from: at(g, key, `\u0001${rank}`), to: at(g, key, '\u0002') });

/** The block holding each rank key of each key, else (past the end) the key's last block, by "key\u0001rank". */
async function holding(run: Run, g: number, wanted: readonly { key: string; rank: string }[]): Promise<Map<string, Block>> {
  const id = (key: string, rank: string) => `${key}\u0001${rank}`;
  const found = new Map<string, Block>();
  if (wanted.length === 0) return found;
  // the statement returns rows in the order of its input, leaving out the rows with no block
  const held = (await run(S.SEARCH_FIRST_BLOCKS, { rows: wanted.map((w) => from(g, w.key, w.rank)) })).map(blockOf);
  for (const w of wanted) {
    const b = held.find((x) => x.key === w.key && x.last >= w.rank && !held.some((y) => y.key === w.key && y.last >= w.rank && y.last < x.last));
    if (b) found.set(id(w.key, w.rank), b);
  }
  const rest = [...new Set(wanted.filter((w) => !found.has(id(w.key, w.rank))).map((w) => w.key))];
  const lasts = new Map((rest.length === 0 ? [] : await run(S.SEARCH_LAST_BLOCKS, { rows: rest.map((key) => from(g, key, '')) })).map((r) => [r.key as string, blockOf(r)]));
  for (const w of wanted) if (!found.has(id(w.key, w.rank)) && lasts.has(w.key)) found.set(id(w.key, w.rank), lasts.get(w.key)!);
  return found;
}

/**
 * How many nodes beyond the page's size the opening read brings at most: the first postings of the
 * keys it opens are a page's likely hits, but some are another tier's or passed over. On the five
 * plans a page of 20 "MARAC" hits takes 25 of them, one of "community safety partnership" 36.
 */
const AHEAD_SPARE = 20;

/**
 * Search's index as a read view sees it: the opening read goes out at once, in the current
 * generation, and `pin` says which generation the view reads (that one, when this read is the
 * view's first: generation-reads.ts, adopt); in the rare case they differ it is read again there.
 * The opening read brings the nodes of the first postings of the keys it opens from their start
 * (of `read.detail`, with their text): a page's hits are read in the same round trip
 * unless the ranking needs a node it did not guess (a later page, or hits deep in a join).
 */
export function searchReader(run: Run, pin: (read: { g: number; version: string }) => Promise<number>, read: NodeReader, first: number): SearchIndex {
  let g = 0;
  const ahead = new Map<string, GraphNode>();
  const statement = S.searchOpenStatement(read.detail);
  return {
    open: async (ranges) => {
      const rows = ranges.map((r, i) => ({ i, from: r.lo, to: r.hi, at: r.after === null ? '' : justAfter(r.after), ahead: r.after === null ? first : 0 }));
      const most = neo4j.int(first + Math.min(first, AHEAD_SPARE));
      let [row] = await run(statement, { g: null, ranges: rows, most });
      g = Number(row!.g);
      const viewG = await pin({ g, version: String(row!.version) });
      if (viewG !== g) {
        // the graph moved on between the view's pin and this read: read the view's generation
        g = viewG;
        [row] = await run(statement, { g, ranges: rows, most });
      }
      for (const node of read.keep(row!.ahead as ReadValue[])) ahead.set(node.id, node);
      const opened = ranges.map((): OpenKey[] => []);
      for (const r of row!.opened as RecordShape[]) {
        opened[Number(r.i)]!.push({ key: r.key as string, blocks: Number(r.blocks), start: r.last === null ? null : blockOf(r) });
      }
      for (const keys of opened) keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return opened;
    },
    seek: async (key, rank) => {
      const [r] = await run(S.SEARCH_FIRST_BLOCKS, { rows: [from(g, key, rank)] });
      return r ? blockOf(r) : null;
    },
    nodes: async (ids) => {
      const missing = ids.filter((id) => !ahead.has(id));
      const found = new Map<string, GraphNode | null>();
      if (missing.length > 0) (await read.nodes(missing)).forEach((node, i) => found.set(missing[i]!, node));
      return ids.map((id) => ahead.get(id) ?? found.get(id) ?? null);
    },
  };
}

/** How a store reads search's nodes: by id, or kept from the values another read brought (of `detail`, with their text). */
export interface NodeReader {
  detail: Detail;
  nodes: SearchIndex['nodes'];
  keep(values: readonly ReadValue[]): GraphNode[];
}

/** Rows of search fields as nodes, enough for postingKeys and rankKey. */
const fieldsOf = (r: RecordShape): GraphNode => ({
  id: r.id as string,
  kind: r.kind as NodeKind,
  name: r.name as string,
  aliases: r.aliases as string[],
  ...(typeof r.text === 'string' ? { text: r.text } : {}),
  props: {},
  evidence: [],
});

const CHUNK = 20 * BLOCK;
async function create(run: Run, g: number, blocks: readonly Block[]): Promise<void> {
  for (let i = 0; i < blocks.length; i += CHUNK) await run(S.CREATE_SEARCH_BLOCKS, { g, layout: TERMS_VERSION, rows: blocks.slice(i, i + CHUNK).map((b) => stored(g, b)) });
}
async function count(run: Run, g: number, deltas: ReadonlyMap<string, number>): Promise<void> {
  const rows = [...deltas].filter(([, delta]) => delta !== 0).map(([key, delta]) => ({ k: at(g, key), key, delta }));
  for (let i = 0; i < rows.length; i += CHUNK) await run(S.COUNT_SEARCH_KEYS, { g, rows: rows.slice(i, i + CHUNK) });
}

/** A seed's index, written in bounded transactions (`each` runs one). */
export async function seedSearch(each: (work: (run: Run) => Promise<void>) => Promise<void>, g: number, nodes: readonly GraphNode[]): Promise<void> {
  const blocks = buildBlocks(nodes);
  for (let i = 0; i < blocks.length; i += CHUNK) await each((run) => create(run, g, blocks.slice(i, i + CHUNK)));
  const counts = [...blockCounts(blocks)];
  for (let i = 0; i < counts.length; i += CHUNK) await each((run) => count(run, g, new Map(counts.slice(i, i + CHUNK))));
}

/** The index of generation g made again from its nodes, into an index emptied first (DELETE_SEARCH_GENERATIONS runs on its own). */
export async function reindexSearch(run: Run, g: number): Promise<void> {
  const blocks = buildBlocks((await run(S.ALL_SEARCH_FIELDS, { g })).map(fieldsOf));
  await create(run, g, blocks);
  await count(run, g, blockCounts(blocks));
}

/**
 * Every node's filter text (searchLc) of generation g folded again by this code (text-fold.ts), in
 * bounded transactions (`each` runs one) before search's index is made again: until that is done the
 * index stays old, so an opening that dies part way folds them all again next time.
 */
export async function refoldFilterText(each: (work: (run: Run) => Promise<void>) => Promise<void>, g: number): Promise<void> {
  let rows: { id: string; text: string }[] = [];
  await each(async (run) => {
    rows = (await run(S.ALL_SEARCH_FIELDS, { g })).map(fieldsOf).map((n) => ({ id: n.id, text: filterText([n.name, ...n.aliases, n.text]) }));
  });
  for (let i = 0; i < rows.length; i += CHUNK) await each((run) => run(S.SET_FILTER_TEXT, { g, rows: rows.slice(i, i + CHUNK) }).then(() => undefined));
}

/** An upsert's changes, inside its transaction (which holds the generation's lock, so upserts take turns). */
export async function updateSearch(run: Run, g: number, changed: readonly GraphNode[]): Promise<void> {
  const old = (await run(S.SEARCH_FIELDS, { g, ids: changed.map((n) => n.id) })).map(fieldsOf);
  const edits = indexEdits(old, changed);
  const wanted = [...edits].flatMap(([key, e]) => editedRanks(e).map((rank) => ({ key, rank })));
  const found = await holding(run, g, wanted);
  const drop: string[] = [];
  const make: Block[] = [];
  const deltas = new Map<string, number>();
  for (const [key, e] of edits) {
    const blocks = editedRanks(e).map((rank) => found.get(`${key}\u0001${rank}`)).filter((b): b is Block => !!b);
    const { replaced, blocks: next } = editBlocks(key, blocks, e);
    drop.push(...replaced.map((b) => stored(g, b).k));
    make.push(...next);
    deltas.set(key, next.length - replaced.length);
  }
  if (drop.length) await run(S.DELETE_SEARCH_BLOCKS, { ks: drop });
  await create(run, g, make);
  await count(run, g, deltas);
}
