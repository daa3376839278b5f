// graphql 16 validates an operation of a type the schema has no root for (a subscription: this
// schema has none) and fails it only when run, with an error of no code that the server reports as
// its own fault (INTERNAL, masked, status 200, an error in the log). graphql 17's
// KnownOperationTypesRule refuses it in validation instead, as this rule does: the client is told
// what it sent wrong (GRAPHQL_VALIDATION_FAILED, 400).
import { GraphQLError, type ValidationRule } from 'graphql';

export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
    }
  },
});
