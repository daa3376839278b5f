// The cost limits, as hooks of the server's request plugin (server.ts): the static cost is
// checked once the operation and its variables are known (priced once per document and shape of
// its variables: cost-cache.ts), a spent runtime budget (budget.ts) turns the whole answer into one
// QUERY_TOO_COMPLEX error (not one per list field it stopped), and an answer too large to send is
// replaced by one.
import type { GraphQLResponse } from '@apollo/server';
import { GraphQLError, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { Budget } from './budget.js';
import { CostCache } from './cost-cache.js';

export interface CostLimits {
  /** static cost (static-cost.ts) an operation may have */
  maxCost: number;
  /** bytes of a serialized answer */
  maxResponseBytes: number;
}

const tooComplexError = (message: string) => ({ message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });

export interface CostChecks {
  /** Throws QUERY_TOO_COMPLEX (a 400) when the operation's static cost is over the limit. */
  check(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>> | undefined): void;
  /** Replaces the answer with one QUERY_TOO_COMPLEX error when the request spent its budget. */
  report(response: GraphQLResponse, budget: Budget): void;
}

export function costChecks(limits: CostLimits): CostChecks {
  const costs = new CostCache();
  return {
    check(schema, document, operation, variables) {
      const cost = costs.cost(schema, document, operation, variables);
      if (cost > limits.maxCost) {
        throw new GraphQLError(`Query cost ${Math.round(cost)} is over the limit of ${limits.maxCost}: ask for fewer fields, smaller pages or less nesting of lists`, {
          extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: Math.round(cost), maxCost: limits.maxCost, http: { status: 400 } },
        });
      }
    },
    report(response, budget) {
      const reason = budget.exceeded;
      if (reason === undefined || response.body.kind !== 'single') return;
      response.body.singleResult = { errors: [tooComplexError(`${reason}: ask for fewer or smaller lists`)] };
    },
  };
}

/** Serializes an answer, or says it is too large when it is over the byte limit. */
export const stringifyWithin =
  (maxBytes: number) =>
  (result: FormattedExecutionResult): string => {
    const json = JSON.stringify(result);
    // length counts UTF-16 units: a byte count needs the slower Buffer.byteLength only near the edge
    if (json.length * 3 <= maxBytes || Buffer.byteLength(json) <= maxBytes) return json;
    return JSON.stringify({ errors: [tooComplexError(`the answer is larger than ${maxBytes} bytes: ask for fewer or smaller lists`)] });
  };
