// The store the API tests run on: a temporary SQLite file seeded from seeds/ by the project's
// own loader, so every expected answer below comes from the curated plans.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeedDir } from '../../../server/seeds/load.js';
import type { GraphBatch } from '../../../server/domain/model.js';
import type { GraphStore } from '../../../server/store/contract.js';
import { openSqliteStore } from '../../../server/store/sqlite/store.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));

export interface TestStore {
  store: GraphStore;
  file: string;
  /** what was loaded: the oracle for expected answers that are sets of seed entries */
  batch: GraphBatch;
  /** closes the store and removes its folder */
  dispose(): Promise<void>;
}

export async function seededStore(): Promise<TestStore> {
  const dir = mkdtempSync(path.join(tmpdir(), 'govgraph-api-'));
  const file = path.join(dir, 'graph.sqlite');
  const store = openSqliteStore(file);
  const { batch, problems } = await loadSeedDir(SEEDS_DIR);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((p) => JSON.stringify(p)).join('\n');
    throw new Error(`seeds/ has ${problems.length} problems (npm run seeds:check):\n${shown}`);
  }
  await store.writeBatch(batch, { replace: true });
  return {
    store,
    file,
    batch,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
