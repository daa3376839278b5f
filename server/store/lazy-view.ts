// A request's read view opened at its first read, not when the request arrives: a request that
// reads nothing from the store (`{ __typename }`, a query refused by validation or cost, an error
// before execution) then never begins a read transaction (SQLite) nor pins a generation (Neo4j).
// Its reads still see one state: the view's, from its first read on (GraphStore.readView's rule).
import type { ExpandQuery, GraphBatch, GraphStore, ListQuery, ReadViewOptions, SearchQuery, TraverseQuery, WalkQuery, WriteOptions } from './contract.js';

export interface LazyView extends GraphStore {
  /** whether a read has opened the view */
  readonly opened: boolean;
}

class Lazy implements LazyView {
  private view?: Promise<GraphStore>;
  private closed = false;

  constructor(
    private readonly store: GraphStore,
    private readonly options: ReadViewOptions,
  ) {}

  get engine() {
    return this.store.engine;
  }

  get opened(): boolean {
    return this.view !== undefined;
  }

  private open(): Promise<GraphStore> {
    if (this.closed) return Promise.reject(new Error('this request\'s read view is closed: its request has ended'));
    return (this.view ??= this.store.readView(this.options));
  }

  // methods on the prototype, not fields: a request makes one of these, and no closures with it
  async getNodes(ids: readonly string[]) {
    return (await this.open()).getNodes(ids);
  }
  async getRels(ids: readonly string[]) {
    return (await this.open()).getRels(ids);
  }
  async expand(q: ExpandQuery) {
    return (await this.open()).expand(q);
  }
  async traverse(q: TraverseQuery) {
    return (await this.open()).traverse(q);
  }
  async listNodes(q: ListQuery) {
    return (await this.open()).listNodes(q);
  }
  async walk(q: WalkQuery) {
    return (await this.open()).walk(q);
  }
  async search(q: SearchQuery) {
    return (await this.open()).search(q);
  }
  async writeBatch(batch: GraphBatch, opts?: WriteOptions) {
    return (await this.open()).writeBatch(batch, opts);
  }
  async graphVersion() {
    return (await this.open()).graphVersion();
  }
  async stats() {
    return (await this.open()).stats();
  }
  async ping() {
    return (await this.open()).ping();
  }

  /** A view's view is itself (GraphStore.readView). */
  async readView(): Promise<GraphStore> {
    return this;
  }

  /** Ends the view if a read opened it; no read may follow. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.view) await (await this.view).close();
  }
}

/** A read view of `store` with `options`, opened by its first read; close() must be called as for any view. */
export const lazyReadView = (store: GraphStore, options: ReadViewOptions = {}): LazyView => new Lazy(store, options);
