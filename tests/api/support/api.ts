import { afterAll, beforeAll } from 'vitest';
import { countingStore, type Call } from './counting.js';
import { seededStore, type TestStore } from './store.js';
// Running operations against the real Apollo server in process (executeOperation), with a
// fresh context (and so fresh DataLoaders) per operation, as over HTTP.
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { createContext, type Context } from '../../../server/graphql/context.js';
import { createApolloServer, type Logger } from '../../../server/graphql/server.js';
import type { GraphStore } from '../../../server/store/contract.js';

export interface Result<T = any> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export const silentLogger: Logger & { lines: string[] } = {
  lines: [],
  info() {},
  error(m) {
    this.lines.push(m);
  },
};

export interface TestApi {
  server: ApolloServer<Context>;
  run<T = any>(query: string, variables?: Record<string, unknown>): Promise<Result<T>>;
  /** runs and fails on any error */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Seeds a store and starts the API before a test file's tests, and stops both after them. With
 * `count`, the API reads the store through a recording proxy and `calls` lists every call made.
 */
export function useSeededApi(opts: { count?: boolean } = {}): { readonly seeded: TestStore; readonly api: TestApi; readonly calls: Call[] } {
  let seeded: TestStore | undefined;
  let api: TestApi | undefined;
  let calls: Call[] = [];
  beforeAll(async () => {
    seeded = await seededStore();
    let store = seeded.store;
    if (opts.count) ({ store, calls } = countingStore(store));
    api = await startApi(store);
  });
  afterAll(async () => {
    await api?.stop();
    await seeded?.dispose();
  });
  return {
    get seeded() {
      return seeded!;
    },
    get api() {
      return api!;
    },
    get calls() {
      return calls;
    },
  };
}

export async function startApi(store: GraphStore, opts: { production?: boolean; logger?: Logger } = {}): Promise<TestApi> {
  const server = createApolloServer({ production: opts.production ?? false, logger: opts.logger ?? silentLogger });
  await server.start();
  const run = async <T>(query: string, variables?: Record<string, unknown>): Promise<Result<T>> => {
    const res = await server.executeOperation<T>({ query, variables }, { contextValue: createContext(store, 'test-request') });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult as Result<T>;
  };
  return {
    server,
    run,
    data: async <T>(query: string, variables?: Record<string, unknown>) => {
      const r = await run<T>(query, variables);
      if (r.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(r.errors, null, 1)}`);
      return r.data as T;
    },
    stop: () => server.stop(),
  };
}

/** The code of the first error, and its path and argument when given. */
export function firstError(r: Result): { code: unknown; path?: readonly (string | number)[]; argument?: unknown; message: string } {
  const e = r.errors?.[0];
  if (!e) throw new Error(`expected an error, got data ${JSON.stringify(r.data).slice(0, 300)}`);
  return { code: e.extensions?.code, path: e.path, argument: e.extensions?.argument, message: e.message };
}
