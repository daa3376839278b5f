// The cost limits as Apollo hooks: the static cost is priced once the operation and its variables
// are known, a spent runtime budget (budget.ts) turns the whole answer into one QUERY_TOO_COMPLEX
// error (not one per list field it stopped), and an answer too large to send is replaced by one.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { Budget } from './budget.js';
import { operationCost } from './static-cost.js';

export interface CostLimits {
  /** static cost (static-cost.ts) an operation may have */
  maxCost: number;
  /** bytes of a serialized answer */
  maxResponseBytes: number;
}

const tooComplexError = (message: string) => ({ message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });

export function costPlugin(limits: CostLimits): ApolloServerPlugin<{ budget: Budget }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${Math.round(cost)} is over the limit of ${limits.maxCost}: ask for fewer fields, smaller pages or less nesting of lists`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: Math.round(cost), maxCost: limits.maxCost, http: { status: 400 } },
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          const reason = contextValue.budget.exceeded;
          if (reason === undefined || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [tooComplexError(`${reason}: ask for fewer or smaller lists`)] };
        },
      };
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
