// What every resolver receives: the store, this request's DataLoaders and its id.
import type { CurationContext } from '../auth/context.js';
import type { GraphStore } from '../store/contract.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** x-request-id of the HTTP request (or a fresh one), logged with internal errors */
  requestId: string;
  /** the signed-in account and the curation service; absent where curation is not set up */
  curation?: CurationContext;
}

export const createContext = (store: GraphStore, requestId: string): Context => ({
  store,
  loaders: createLoaders(store),
  requestId,
});
