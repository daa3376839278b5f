// The stores a curation harness runs on: a seeded SQLite file with its curation store beside it,
// or the Neo4j database at NEO4J_URI, seeded the same way, with its curation labels cleared before
// and after (approvals a test leaves would make the next reseed of the shared database refuse).
import { loadSeedDir } from '../../server/seeds/load.js';
import type { GraphStore } from '../../server/store/contract.js';
import type { CurationStore } from '../../server/store/curation-contract.js';
import { openCurationStore } from '../../server/store/curation-open.js';
import { openStore } from '../../server/store/open.js';
import { SqliteCurationStore } from '../../server/store/sqlite/curation.js';
import { SEEDS_DIR, seededStore } from '../api/support/store.js';

export type Engine = 'sqlite' | 'neo4j';

/** Both engines when NEO4J_URI is set, else SQLite alone: for describe.each. */
export const ENGINES: Engine[] = process.env.NEO4J_URI ? ['sqlite', 'neo4j'] : ['sqlite'];

export interface EngineStores {
  store: GraphStore;
  curation: CurationStore;
  /** SQLite: the database file */
  file?: string;
  close(): Promise<void>;
}

const neo4jEnv = (): NodeJS.ProcessEnv => ({ NEO4J_URI: process.env.NEO4J_URI, NEO4J_USER: process.env.NEO4J_USER, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD });

async function clearCuration(): Promise<void> {
  const neo4j = (await import('neo4j-driver')).default;
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  try {
    // test data only: the curation labels of this test database
    await driver.executeQuery('MATCH (n) WHERE n:CurUser OR n:CurSession OR n:CurHit OR n:CurSource OR n:CurChangeSet OR n:CurVersion OR n:CurAudit OR n:CurCounter DETACH DELETE n');
  } finally {
    await driver.close();
  }
}

/** A caller of the neo4j engine holds the Neo4j test lock (tests/store/neo4j-lock.ts) while it runs. */
export async function openEngine(engine: Engine): Promise<EngineStores> {
  if (engine === 'sqlite') {
    const seeded = await seededStore();
    const curation = new SqliteCurationStore(seeded.file);
    return {
      store: seeded.store,
      curation,
      file: seeded.file,
      close: async () => {
        await curation.close();
        await seeded.dispose();
      },
    };
  }
  const { batch, problems } = await loadSeedDir(SEEDS_DIR);
  if (problems.length > 0) throw new Error(`seeds/ has ${problems.length} problems (npm run seeds:check)`);
  await clearCuration();
  const store = await openStore(neo4jEnv());
  await store.writeBatch(batch, { replace: true });
  const curation = await openCurationStore(neo4jEnv());
  return {
    store,
    curation,
    close: async () => {
      await curation.close();
      await store.close();
      await clearCuration();
    },
  };
}
