// The export tests' store: the curated seeds in a temporary SQLite file (as the API tests use),
// and the slice an export of it holds, as the oracle.
import { afterAll, beforeAll } from 'vitest';
import { gatherSlice, type GraphSlice } from '../../server/export/graph-slice.js';
import { resolveScope, type ExportRequest } from '../../server/export/scope.js';
import { seededStore, type TestStore } from '../api/support/store.js';

export function useSeededStore(): { readonly seeded: TestStore } {
  let seeded: TestStore | undefined;
  beforeAll(async () => {
    seeded = await seededStore();
  });
  afterAll(async () => {
    await seeded?.dispose();
  });
  return {
    get seeded() {
      return seeded!;
    },
  };
}

export const sliceOf = async (t: TestStore, req: ExportRequest): Promise<GraphSlice> => gatherSlice(t.store, await resolveScope(t.store, req));

export const text = (body: string | Uint8Array): string => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));
