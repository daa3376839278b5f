// Connecting to Neo4j: the driver, the schema, and the home database named once.
import neo4j, { type Driver } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors.js';
import { firstLine } from './unreachable.js';
import * as C from './cypher.js';
import { Neo4jStore } from './store.js';
import { Writer } from './writes.js';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  /** default: the server's default database */
  database?: string;
}

/** Connects, checks the server answers, and creates the schema if missing. */
export async function openNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const auth = config.password !== undefined ? neo4j.auth.basic(config.user ?? 'neo4j', config.password) : undefined;
  let driver: Driver;
  let database: string | undefined;
  try {
    // Integers come back as JS numbers: counts and props here are far below 2^53.
    driver = neo4j.driver(config.uri, auth, { disableLosslessIntegers: true });
  } catch (err) {
    throw new StoreUnavailableError(`cannot use Neo4j URI ${config.uri}: ${firstLine(err)}`);
  }
  try {
    await driver.verifyConnectivity({ database: config.database });
    for (const s of C.SCHEMA) await driver.executeQuery(s.text, {}, { routing: neo4j.routing.WRITE, database: config.database });
    const { summary } = await driver.executeQuery(C.AWAIT_INDEXES.text, {}, { routing: neo4j.routing.WRITE, database: config.database });
    // The user's home database, named from now on: a session that names none asks the router for
    // a routing table first, one more round trip on every request. A new home database set by an
    // administrator is taken up at the next start.
    database = config.database ?? summary.database.name ?? undefined;
    await new Writer(driver, database).adopt();
  } catch (err) {
    await driver.close();
    throw new StoreUnavailableError(`cannot reach Neo4j at ${config.uri}${config.database ? ` (database ${config.database})` : ''}: ${firstLine(err)}`);
  }
  return new Neo4jStore(driver, { ...config, database });
}
