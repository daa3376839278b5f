// The Neo4j GraphQL Library (@neo4j/graphql, Apache-2.0, a dev dependency) serving the same Neo4j
// data as our server: the graph's nodes as one type with their reporting lines, answered through
// graphql-http on node:http (the lightest transport, so the library's own cost shows). It knows
// nothing of generations, dates, kinds or ordering: the questions name the current generation and
// the kinds themselves, and answers are compared as sets.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import neo4j, { type Driver } from 'neo4j-driver';

// Node is a name the library keeps for Relay, so the type is Body; g is written as a float.
const TYPE_DEFS = `
type Body @node(labels: ["Node"]) {
  id: ID!
  g: Float!
  kind: String!
  name: String!
  partnership: String
  reportsTo: [Body!]! @relationship(type: "REPORTS_TO", direction: OUT)
  reportingBodies: [Body!]! @relationship(type: "REPORTS_TO", direction: IN)
}`;

export interface LibraryPeer {
  url: string;
  /** the generation current now, which every question must name */
  generation: number;
  close(): Promise<void>;
}

export async function startLibraryPeer(env: NodeJS.ProcessEnv = process.env): Promise<LibraryPeer> {
  const driver: Driver = neo4j.driver(env.NEO4J_URI!, env.NEO4J_PASSWORD ? neo4j.auth.basic(env.NEO4J_USER || 'neo4j', env.NEO4J_PASSWORD) : undefined);
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const [record] = (await driver.executeQuery("MATCH (m:GraphMeta {key: 'graph'}) RETURN m.current AS g", {}, { database: env.NEO4J_DATABASE || undefined })).records;
  const generation = Number(record?.get('g'));
  const handler = createHandler({ schema, context: () => (env.NEO4J_DATABASE ? { sessionConfig: { database: env.NEO4J_DATABASE } } : {}) });
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    generation,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
