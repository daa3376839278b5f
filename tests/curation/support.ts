// A real govgraph HTTP server on an ephemeral port over a seeded SQLite file (or Neo4j), with the
// curation store beside it, accounts made by the users CLI's own code, and a fetch that keeps cookies.
import { runUsers } from '../../server/auth/users-cli.js';
import { registerSource } from '../../server/curation/sources.js';
import { authConfig, type AuthConfig } from '../../server/auth/config.js';
import { startServer, type RunningServer } from '../../server/http/app.js';
import type { GraphStore } from '../../server/store/contract.js';
import type { CurationStore } from '../../server/store/curation-contract.js';
import { silentLogger } from '../api/support/api.js';
import { openEngine, type Engine } from './engines.js';

export const PASSWORD = 'correct horse battery staple';

export interface Client {
  /** cookies this client holds, by name */
  cookies: Map<string, string>;
  fetch(path: string, init?: RequestInit & { origin?: string | null }): Promise<Response>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, init?: { bearer?: string; origin?: string | null }): Promise<{ data?: T; errors?: { message: string; extensions: { code: string; argument?: string } }[]; status: number }>;
  login(name: string, password?: string): Promise<Response>;
}

export interface Harness {
  store: GraphStore;
  /** SQLite: the database file */
  file?: string;
  curation: CurationStore;
  server: RunningServer;
  client(): Client;
  close(): Promise<void>;
}

/** Accounts every curation test has: editors and reviewers of Richmond, one of Havering, an admin. */
export const ACCOUNTS: Record<string, string[]> = {
  edith: ['editor:richmond/csp'],
  rita: ['reviewer:richmond/csp'],
  ruth: ['editor:richmond/csp', 'reviewer:richmond/csp'],
  harry: ['editor:havering/csp', 'reviewer:havering/csp'],
  ada: ['admin'],
  rory: [],
};

/**
 * `engine` neo4j needs NEO4J_URI and the Neo4j test lock (tests/curation/engines.ts); `served` is
 * the graph store as the server sees it (a fault injected over the real one), `store` stays the real one.
 */
export async function startHarness(config: Partial<AuthConfig> = {}, accounts = ACCOUNTS, engine: Engine = 'sqlite', served = (s: GraphStore) => s): Promise<Harness> {
  const { store, curation, file, close } = await openEngine(engine);
  for (const [name, roles] of Object.entries(accounts)) {
    await runUsers(['add', name, ...roles.flatMap((r) => ['--role', r])], curation, async () => PASSWORD, () => {});
  }
  await registerSource({ slug: MINUTES.slice('source/'.length), title: 'Richmond CSP minutes, March 2026', text: MINUTES_TEXT }, 'edith', store, curation, new Date());
  const server = await startServer({
    store: served(store),
    curation,
    port: 0,
    host: '127.0.0.1',
    logger: silentLogger,
    webDist: '/nonexistent',
    auth: { ...authConfig({}), ...config },
  });
  const client = (): Client => {
    const cookies = new Map<string, string>();
    const doFetch = async (path: string, init: RequestInit & { origin?: string | null } = {}) => {
      const headers = new Headers(init.headers);
      if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      const origin = init.origin === undefined ? server.url.replace('localhost', '127.0.0.1') : init.origin;
      if (origin) headers.set('origin', origin);
      const res = await fetch(`http://127.0.0.1:${server.port}${path}`, { ...init, headers, redirect: 'manual' });
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair!.indexOf('=');
        const [name, value] = [pair!.slice(0, eq), pair!.slice(eq + 1)];
        if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
        else cookies.set(name, value);
      }
      return res;
    };
    return {
      cookies,
      fetch: doFetch,
      async gql(query, variables, init = {}) {
        const res = await doFetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}) },
          body: JSON.stringify({ query, variables }),
          origin: init.origin,
        });
        return { ...((await res.json()) as object), status: res.status };
      },
      login: (name, password = PASSWORD) =>
        doFetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) }),
    };
  };
  return {
    store,
    file,
    curation,
    server,
    client,
    close: async () => {
      await server.close();
      await close();
    },
  };
}

/** Signs in and returns the client. */
export async function signedIn(h: Harness, name: string): Promise<Client> {
  const c = h.client();
  const res = await c.login(name);
  if (res.status !== 200) throw new Error(`sign-in of ${name} failed: ${res.status} ${await res.text()}`);
  return c;
}

export const DRB = 'richmond/daily-risk-briefing';
/** registered by every harness: the tests do not depend on where the plans' text files are */
export const MINUTES = 'source/richmond-csp-minutes-2026-03';
export const DRB_QUOTE = 'The Daily Risk Briefing is renamed the Daily Risk Meeting';
export const MINUTES_TEXT = `Richmond Community Safety Partnership, minutes of 12 March 2026.
Item 4. ${DRB_QUOTE} from April, and is chaired by the Council from then.
Item 5. A Knife Crime Panel is set up, reporting to the Partnership.`;

export const PROPOSE = `mutation($input: ChangeSetInput!) { proposeChange(input: $input) {
  id state author partnershipId summary evidence { basis source locator quote note }
  changes { target id op baseVersion before { name validTo } after { name validTo properties { key value } evidence { source quote } } } } }`;
export const REVIEW = `mutation($id: ID!, $d: ReviewDecision!, $r: String!) { reviewChange(id: $id, decision: $d, reason: $r) { id state review { reviewer decision reason } } }`;

export const renameDrb = (name: string, expectedVersion = 0, partnershipId = 'richmond/csp') => ({
  input: {
    partnershipId,
    summary: `rename to ${name}`,
    evidence: { source: MINUTES, locator: 'Item 4', quote: DRB_QUOTE },
    changes: [{ node: { id: DRB, expectedVersion, name } }],
  },
});
