// The bench's pipelines in process (bench/national/pipelines.ts), run as the speed part runs them:
// in the in-process ceiling's own process, built as the servers are. They must answer alike, or the
// costs set side by side would be of different work: graphql-js alone, graphql-http's handler as the
// peer runs it, and Apollo Server as the real route's lean path, on the seeded plans.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCeilingProcess, type CeilingProcess } from '../../bench/national/server-process.js';
import { seededStore, type TestStore } from '../api/support/store.js';

let t: TestStore;
let ceiling: CeilingProcess;
beforeAll(async () => {
  t = await seededStore();
  ceiling = await startCeilingProcess(t.file);
});
afterAll(async () => {
  await ceiling?.stop();
  await t?.dispose();
});

const ops = [
  { name: 'reportingChain', label: 'chain', query: 'query($id: ID!) { reportingChain(id: $id) { id name kind tier } }', variables: { id: 'havering/dv-marac' } },
  { name: 'search', label: 'search', query: 'query($text: String!) { search(text: $text, first: 5) { score node { id name } } }', variables: { text: 'MARAC' } },
];

it.each(ops)('measures $name through each pipeline, each answering as graphql-js does', async (op) => {
  const costs = await ceiling.pipelines(op, 0.02, 1);
  expect(Object.keys(costs).sort()).toEqual(['apollo', 'graphql-http', 'graphql-js']);
  for (const cost of Object.values(costs)) expect(cost).toBeGreaterThan(0);
});

it('refuses an operation that fails, rather than measure its errors', async () => {
  const failing = { ...ops[0]!, query: 'query($id: ID!) { reportingChain(id: $id) { nope } }' };
  await expect(ceiling.pipelines(failing, 0.02, 1)).rejects.toThrow(/reportingChain fails in process/);
});
