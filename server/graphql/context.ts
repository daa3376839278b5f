// What every resolver receives: the store, this request's DataLoaders, its id and its budget.
import type { CurationContext } from '../auth/context.js';
import type { VruColumnCache } from '../domain/analysis/vru-column-cache.js';
import { personalDataShown } from '../domain/personal-data.js';
import type { GraphStore } from '../store/contract.js';
import { withholdingPersonalData } from '../store/withhold-personal-data.js';
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
  /** VRU alignment columns the server keeps for its store between requests; absent: every request reads its own */
  vruColumns?: VruColumnCache;
}

/** Unless GOVGRAPH_PERSONAL_DATA=show, the request reads the store with people's names withheld. */
export function createContext(store: GraphStore, requestId: string, limits: BudgetLimits = LIMITS): Context {
  const view = personalDataShown() ? store : withholdingPersonalData(store);
  return { store: view, loaders: createLoaders(view), requestId, budget: new Budget(limits) };
}
