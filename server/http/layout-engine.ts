// ELK for POST /layout and the server-drawn first chart, on a worker thread of its own. ELK's
// layered layout runs synchronously, and its cost grows steeply with a graph's lines: a hostile
// client's 300 boxes and 1,200 random lines took 3-12 s, which on the process's own thread held every
// other request (GraphQL, health checks) that long. Here it holds only the worker: one layout at a
// time, a few waiting, each within a time limit past which the worker is ended and a new one started.
// A layout refused for either reason is a LayoutBusyError; the browser then lays the chart out in
// its own worker, as it does for any chart the server does not lay out.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A layout the server will not make now: too many waiting, or past the time limit. */
export class LayoutBusyError extends Error {}

export interface LayoutLimits {
  /** how long one layout may take, ms: a borough's chart takes tens of ms once ELK is warm */
  timeoutMs: number;
  /** layouts waiting behind the running one; more are refused at once */
  maxWaiting: number;
}

export const DEFAULT_LAYOUT_LIMITS: LayoutLimits = { timeoutMs: 10_000, maxWaiting: 8 };

// CommonJS (an eval'd worker is one): the module is the constructor, also its own `.default`
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ELK = require(workerData.elk);
const elk = new (ELK.default ?? ELK)();
parentPort.on('message', (graph) => {
  elk.layout(graph).then(
    (out) => parentPort.postMessage({ out }),
    (e) => parentPort.postMessage({ error: String((e && e.message) || e) }),
  );
});`;

interface Job {
  graph: unknown;
  resolve(out: unknown): void;
  reject(e: Error): void;
}

export class LayoutEngine {
  private worker: Worker | null = null;
  private running: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly waiting: Job[] = [];

  constructor(private readonly limits: LayoutLimits = DEFAULT_LAYOUT_LIMITS) {}

  /** ELK's answer for `graph`; rejects with LayoutBusyError, or with ELK's own error for a graph it cannot lay out. */
  layout<T>(graph: unknown): Promise<T> {
    if (this.running && this.waiting.length >= this.limits.maxWaiting) {
      return Promise.reject(new LayoutBusyError(`the server is laying out ${this.waiting.length + 1} charts already: try again shortly, or lay it out in the browser`));
    }
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ graph, resolve: resolve as (out: unknown) => void, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) return;
    this.running = job;
    const worker = this.ensureWorker();
    worker.ref();
    this.timer = setTimeout(() => {
      // ELK cannot be interrupted inside its worker: the worker goes, and the next job gets a new one
      this.dropWorker();
      this.settle((j) => j.reject(new LayoutBusyError(`the layout took longer than ${this.limits.timeoutMs / 1000} s: lay it out in the browser`)));
    }, this.limits.timeoutMs);
    worker.postMessage(job.graph);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const elk = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { elk } });
    worker.on('message', (m: { out?: unknown; error?: string }) => this.settle((j) => (m.error === undefined ? j.resolve(m.out) : j.reject(new Error(m.error)))));
    worker.on('error', (e) => {
      this.dropWorker();
      this.settle((j) => j.reject(e));
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.settle((j) => j.reject(new Error('the layout worker stopped')));
    });
    return (this.worker = worker);
  }

  private dropWorker(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }

  /** Ends the running job with `how`, then starts the next. */
  private settle(how: (job: Job) => void): void {
    const job = this.running;
    if (!job) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    how(job);
    this.next();
    // idle, the worker must not keep a stopping server's process alive
    if (!this.running) this.worker?.unref();
  }
}
