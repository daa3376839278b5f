// Which generation of the graph each read names (cypher.ts: a seed writes a new generation beside
// the current one, then switches). The store itself reads the current one, statement by statement.
// A read view (one per GraphQL request) pins one generation and the graph's version with its first
// read, so that all its reads see one graph: that read is sent in its pinning form (cypher.ts,
// pinning), which reads the pin in the same statement, with the generation the latest view pinned
// as its guess; no statement of its own, no round trip more. In the rare case the guess was wrong
// (a seed switched generations meanwhile) the read is sent again with the pinned generation. Reads
// sent while the pin is on its way go out with the guess too, and are checked against it.
import type { RecordShape } from 'neo4j-driver';
import * as C from './cypher.js';
import type { Statement } from './cypher.js';

export type Run = (text: string, params: Record<string, unknown>) => Promise<RecordShape[]>;

export interface Pin {
  g: number;
  version: string;
}

/** Shared by a store and its views: the generation the latest view pinned (null before any). */
export interface LastPinned {
  g: number | null;
}

/** A statement's parameters but the generation, which read() adds. */
export type Params<P extends string> = { [K in Exclude<P, 'g'>]: unknown };

const PIN_COLUMNS = new Set(['pinG', 'pinVersion']);

export class GenerationReads {
  /** A view's pin, once a read has taken it. */
  private pin: Promise<Pin> | null = null;

  constructor(
    private readonly run: Run,
    /** whether these are a read view's reads (pinned), not the store's (each of the current generation) */
    private readonly view: boolean,
    private readonly lastPinned: LastPinned,
  ) {}

  async read<P extends string>(s: Statement<P>, params: Params<P>): Promise<RecordShape[]> {
    if (!s.params.includes('g' as P)) return this.run(s.text, params);
    if (!this.view) return this.run(s.text, { ...params, g: await this.current() });
    const guess = this.lastPinned.g;
    if (guess === null) return this.run(s.text, { ...params, g: (await this.pinned()).g });
    if (this.pin === null) return this.pinningRead(s, params, guess);
    const [records, { g }] = await Promise.all([this.run(s.text, { ...params, g: guess }), this.pin]);
    return g === guess ? records : this.run(s.text, { ...params, g });
  }

  /** The view's pin; a statement of its own (VIEW_STATE) when no read has taken it yet. */
  pinned(): Promise<Pin> {
    this.pin ??= this.settle(this.run(C.VIEW_STATE.text, {}).then(([r]) => ({ g: Number(r?.g ?? 0), version: String(r?.version ?? 0) })));
    return this.pin;
  }

  /**
   * The generation a read of the current one (search's opening read) is to be taken in: its own,
   * which becomes the view's pin when none is taken yet, else the view's.
   */
  async adopt(read: Pin): Promise<number> {
    if (!this.view) return read.g;
    this.pin ??= this.settle(Promise.resolve(read));
    return (await this.pin).g;
  }

  /** After a write through the view: its next read pins again, and sees the write. */
  forget(): void {
    this.pin = null;
  }

  async graphVersion(): Promise<string> {
    if (this.view) return (await this.pinned()).version;
    const [record] = await this.run(C.GRAPH_VERSION.text, {});
    return String(record?.version ?? 0);
  }

  private async current(): Promise<number> {
    return Number((await this.run(C.CURRENT_GENERATION.text, {}))[0]?.g ?? 0);
  }

  /** Keeps the pin as the latest; a failure reaches the reads that wait for it, never unhandled. */
  private settle(pin: Promise<Pin>): Promise<Pin> {
    const kept = pin.then((p) => {
      this.lastPinned.g = p.g;
      return p;
    });
    kept.catch(() => undefined);
    return kept;
  }

  private async pinningRead<P extends string>(s: Statement<P>, params: Params<P>, guess: number): Promise<RecordShape[]> {
    const sent = this.run(C.pinning(s).text, { ...params, g: guess });
    // one row at least: the statement's rows, or one of nulls for none
    this.pin = this.settle(sent.then(([r]) => ({ g: Number(r?.pinG ?? 0), version: String(r?.pinVersion ?? 0) })));
    const [records, { g }] = await Promise.all([sent, this.pin]);
    if (g !== guess) return this.run(s.text, { ...params, g });
    return records.filter((r) => Object.entries(r).some(([k, v]) => !PIN_COLUMNS.has(k) && v !== null));
  }
}
