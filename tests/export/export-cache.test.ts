// Downloads kept under the graph's version and made one at a time (server/export/export-cache.ts):
// over the real HTTP server, a download asked again of an unchanged graph reads nothing but the
// graph's version, and one after a write is made again; the cache itself coalesces a question
// asked twice at once and refuses past its waiting limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/http/app.js';
import { ExportBusyError, ExportCache, type ExportFile } from '../../server/export/export-cache.js';
import { countingStore } from '../api/support/counting.js';
import { useSeededStore } from './support.js';

const ctx = useSeededStore();
let server: RunningServer;
let counted: ReturnType<typeof countingStore>;
beforeAll(async () => {
  counted = countingStore(ctx.seeded.store);
  server = await startServer({ store: counted.store, port: 0, host: '127.0.0.1', webDist: '/nonexistent', logger: { info() {}, error() {} } });
});
afterAll(() => server?.close());

const download = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

describe('GET /export/<format> keeps its files under the graph version', () => {
  it('sends a file asked again of an unchanged graph as kept, and makes it again after a write', async () => {
    const path = '/export/popolo?partnership=havering/csp&asAt=2018';
    const first = await download(path);
    counted.calls.length = 0;
    expect(await download(path)).toEqual(first);
    expect(counted.calls.map((c) => c.method)).toEqual(['graphVersion']);

    // the same node written again: the write succeeds, so the version moves on
    const [node] = await ctx.seeded.store.getNodes(['havering/csp']);
    await ctx.seeded.store.writeBatch({ nodes: [node!], rels: [] });
    counted.calls.length = 0;
    expect(JSON.parse((await download(path)).toString('utf8')).meta).toEqual(JSON.parse(first.toString('utf8')).meta);
    expect(counted.calls.map((c) => c.method)).toContain('getNodes');
  });
});

describe('the export cache', () => {
  const file = (name: string): ExportFile => ({ name, contentType: 'text/plain', body: Buffer.from(name) });

  it('makes a question asked twice at once once, and refuses another past its waiting limit', async () => {
    const cache = new ExportCache({ running: 1, waiting: 0, keptBytes: 1024 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let made = 0;
    const make = async () => {
      made++;
      await gate;
      return file('a');
    };
    const first = cache.get('a', make);
    const again = cache.get('a', make);
    await expect(cache.get('b', async () => file('b'))).rejects.toThrow(ExportBusyError);
    release();
    expect((await first).name).toBe('a');
    expect(await again).toBe(await first);
    expect(made).toBe(1);
    // its turn over, the next question is made
    expect((await cache.get('b', async () => file('b'))).name).toBe('b');
  });

  it('keeps no failed file, and no file larger than a quarter of what it keeps', async () => {
    const cache = new ExportCache({ running: 1, waiting: 4, keptBytes: 16 });
    await expect(cache.get('x', async () => Promise.reject(new Error('store gone')))).rejects.toThrow('store gone');
    expect((await cache.get('x', async () => file('x'))).name).toBe('x');
    let made = 0;
    const big = async () => (made++, file('a file of more than four bytes'));
    await cache.get('big', big);
    await cache.get('big', big);
    expect(made).toBe(2);
  });
});
