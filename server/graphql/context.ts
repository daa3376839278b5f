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

export interface ContextOptions {
  limits?: BudgetLimits;
  curation?: CurationContext;
  vruColumns?: VruColumnCache;
}

/**
 * The store as this request may read it and its loaders are made when a resolver first asks for
 * them: a request that reads nothing (`{ __typename }`, one refused before execution) makes
 * neither. Fields, not #private ones: Apollo copies the context's own properties into a fresh
 * object of the same prototype for each operation.
 */
class RequestContext implements Context {
  budget: Budget;
  private readStore?: GraphStore;
  private madeLoaders?: Loaders;

  constructor(
    private readonly source: GraphStore,
    readonly requestId: string,
    limits: BudgetLimits,
    readonly curation: CurationContext | undefined,
    readonly vruColumns: VruColumnCache | undefined,
  ) {
    this.budget = new Budget(limits);
  }

  /** Unless GOVGRAPH_PERSONAL_DATA=show, the store with people's names withheld. */
  get store(): GraphStore {
    return (this.readStore ??= personalDataShown() ? this.source : withholdingPersonalData(this.source));
  }

  get loaders(): Loaders {
    return (this.madeLoaders ??= createLoaders(this.store));
  }
}

/** A request's context on `store` (its read view): limits LIMITS unless given. */
export function createContext(store: GraphStore, requestId: string, opts: ContextOptions = {}): Context {
  return new RequestContext(store, requestId, opts.limits ?? LIMITS, opts.curation, opts.vruColumns);
}
