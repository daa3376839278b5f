// The GraphQL path warmed at start, as ELK is (layout-warmup.ts): measured on the web bench, a
// freshly started server took about 200 ms (and several times that on a loaded machine) for its
// first request and again for its first structure chart, the time the HTTP route (persisted query,
// response cache, compression), Apollo's pipeline, the chart's resolvers and the store's statements
// take to compile, while later ones take a few ms; that was on the critical path of the first
// visitor's chart (issue 15). Warming Apollo alone, with a query text of its own, left the route
// and the app's own documents cold: the first visitor's chart data still took 300-550 ms at load
// 10-14 (data.ts of the web bench's notes). So the warm-up asks what the web app asks, over HTTP
// on loopback, by the hashes its build registered: the partnerships, the charts of the first few
// partnerships (each a new answer, so each is executed), then a reporting chain and a search. Its
// answers are kept under variables no visitor sends (the root alone; the app sends its depth,
// lines, date and grouping too; the id or text alone, where the app sends its date or page size),
// so no answer is kept for a visitor. On Neo4j this is also what /readyz waits for (app.ts): the
// statements these send are the ones a just-started Neo4j compiles slowly. A server without the
// web build (an API-only deployment) registers no queries: it is asked the same queries, the app's
// documents as its build would register them, by their text in a POST, as an API client asks (the
// route's common path, lean-operation.ts), so its Neo4j compiles the same statements.
import { persistedQueries } from '../../web/build/persisted-queries.js';

/** Charts asked for: V8 compiles the resolvers' paths over a few runs, not one. */
const CHART_RUNS = 4;

/** The web app's queries by hash, and whether the server registered them (it serves the build that does). */
interface Queries {
  texts: ReadonlyMap<string, string>;
  registered: boolean;
}

/** The hash of the query whose operation is `name`. */
function hashOf({ texts }: Queries, name: string): string | undefined {
  for (const [hash, text] of texts) if (new RegExp(`^query ${name}\\b`).test(text)) return hash;
  return undefined;
}

/** What browsers accept. */
const ACCEPT = { accept: 'application/json', 'accept-encoding': 'br, gzip' };

/** Asks the query of `hash` with `variables`: by its hash (a GET, as the web app asks) when the server registered it, else by its text (a POST). */
async function ask(url: string, queries: Queries, hash: string, variables: object): Promise<unknown> {
  let res: Response;
  if (queries.registered) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const search = new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify(extensions) });
    // the header the route's CSRF check wants of a GET
    res = await fetch(`${url}/graphql?${search}`, { headers: { ...ACCEPT, 'apollo-require-preflight': 'true' } });
  } else {
    const body = JSON.stringify({ query: queries.texts.get(hash), variables });
    res = await fetch(`${url}/graphql`, { method: 'POST', headers: { ...ACCEPT, 'content-type': 'application/json' }, body });
  }
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body.data;
}

/**
 * Asks the server at `url` for the partnerships, the first ones' structure charts, the first one's
 * reporting chain and a search for its name, each in its own task, as the web app of the build
 * whose `registered` queries it serves asks for them (with none registered: the app's queries by
 * their text); a build without those queries, or a graph with no partnership, asks for nothing
 * more. The ids of the partnerships, for the chart pages' warm-up (first-chart-page.ts).
 */
export async function warmGraphql(url: string, registered: ReadonlyMap<string, string>): Promise<string[]> {
  const queries: Queries = registered.size > 0 ? { texts: registered, registered: true } : { texts: new Map(Object.entries(persistedQueries())), registered: false };
  const [partnershipsHash, chartHash] = [hashOf(queries, 'Partnerships'), hashOf(queries, 'StructureChart')];
  if (!partnershipsHash || !chartHash) return [];
  const { partnerships } = (await ask(url, queries, partnershipsHash, {})) as { partnerships: { id: string; name: string }[] };
  const between = () => new Promise((resolve) => setImmediate(resolve));
  for (const p of partnerships.slice(0, CHART_RUNS)) {
    await between();
    await ask(url, queries, chartHash, { rootIds: [p.id] });
  }
  // a partnership is a governance body: its chain is the chart page's first details' read
  const [chainHash, searchHash, first] = [hashOf(queries, 'ReportingChain'), hashOf(queries, 'Search'), partnerships[0]];
  if (first && chainHash) await between().then(() => ask(url, queries, chainHash, { id: first.id }));
  if (first && searchHash) await between().then(() => ask(url, queries, searchHash, { text: first.name }));
  return partnerships.map((p) => p.id);
}
