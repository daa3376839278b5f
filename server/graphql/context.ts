// What every resolver receives: the store, this request's DataLoaders and its id.
import type { GraphStore } from '../store/contract.js';
import { personalDataShown } from '../domain/personal-data.js';
import { withholdingPersonalData } from '../store/withhold-personal-data.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** x-request-id of the HTTP request (or a fresh one), logged with internal errors */
  requestId: string;
}

/** Unless GOVGRAPH_PERSONAL_DATA=show, the request reads the store with people's names withheld. */
export function createContext(store: GraphStore, requestId: string): Context {
  const view = personalDataShown() ? store : withholdingPersonalData(store);
  return { store: view, loaders: createLoaders(view), requestId };
}
