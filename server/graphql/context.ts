// What every resolver receives: the store, this request's DataLoaders, its id and its budget.
import type { CurationContext } from '../auth/context.js';
import type { GraphStore } from '../store/contract.js';
import { Budget, type BudgetLimits } from './cost/budget.js';
import { LIMITS } from './limits.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** x-request-id of the HTTP request (or a fresh one), logged with internal errors */
  requestId: string;
  /** list items resolved and time spent so far: a request over it ends with QUERY_TOO_COMPLEX */
  budget: Budget;
  /** the signed-in account and the curation service; absent where curation is not set up */
  curation?: CurationContext;
}

export const createContext = (store: GraphStore, requestId: string, limits: BudgetLimits = LIMITS): Context => ({
  store,
  loaders: createLoaders(store),
  requestId,
  budget: new Budget(limits),
});
