// The static cost of an operation, priced once per document and per shape of its variables: the
// price (static-cost.ts) reads a variable only as a number (a `first`) or as a list's length (the
// `ids` asked for), so two requests of the same operation whose variables agree on those cost the
// same, and the second is a map read instead of a walk of the document. Keyed by the operation's
// node: Apollo's document cache hands the same parsed document to every request of one query text.
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { operationCost } from './static-cost.js';

type Variables = Readonly<Record<string, unknown>> | undefined;

/** Costs kept per operation: variables of many shapes (every `first` from 1 to 100) stay bounded. */
const MAX_SHAPES = 64;

/** What the price can read of a variable: its number, its length as a list, or nothing. */
const shape = (v: unknown): string => (typeof v === 'number' ? String(v) : Array.isArray(v) ? `[${v.length}]` : '');

export class CostCache {
  private readonly kept = new WeakMap<OperationDefinitionNode, Map<string, number>>();

  /** the schema the kept costs are of: the first one priced (a server has one) */
  private schema?: GraphQLSchema;

  cost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): number {
    this.schema ??= schema;
    // another schema (never in this server) is priced afresh
    if (schema !== this.schema) return operationCost(schema, document, operation, variables);
    let byShape = this.kept.get(operation);
    if (!byShape) this.kept.set(operation, (byShape = new Map()));
    let key = '';
    for (const d of operation.variableDefinitions ?? []) key += `${shape(variables?.[d.variable.name.value])},`;
    let cost = byShape.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, operation, variables);
      if (byShape.size >= MAX_SHAPES) byShape.clear();
      byShape.set(key, cost);
    }
    return cost;
  }
}
