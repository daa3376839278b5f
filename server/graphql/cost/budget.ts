// The per-request budget: whatever an operation's shape, it may resolve at most so many list
// items and run so long. Every list field's resolver is wrapped (resolvers written here and the
// default ones alike) to charge the items it returns and to refuse once the budget is spent, so a
// fan-out the static cost under-estimated stops where it really gets expensive: past the budget
// every list resolves empty and the answer is one QUERY_TOO_COMPLEX error (plugin.ts). Response bytes
// are capped where the result is serialized (see plugin.ts).
import { buildSchema, defaultFieldResolver, getNullableType, isListType, isObjectType, type GraphQLFieldResolver } from 'graphql';

export interface BudgetLimits {
  /** list items resolved, over every list field of the request */
  maxObjects: number;
  /** wall time from the start of the request */
  maxMillis: number;
}

/** For in-process runs that must see whole answers (the parity suite): no plugin reports a spent budget there. */
export const UNLIMITED: BudgetLimits = { maxObjects: Infinity, maxMillis: Infinity };

export class Budget {
  objects = 0;
  /** why the request was stopped, once it was: the plugin then answers with that alone */
  exceeded?: string;
  private readonly deadline: number;

  constructor(readonly limits: BudgetLimits) {
    this.deadline = performance.now() + limits.maxMillis;
  }

  /**
   * Whether the budget is spent. Once it is, lists resolve empty instead of throwing: a level of
   * thousands of lists would otherwise build thousands of errors, all discarded for the one answer.
   */
  exhausted(): boolean {
    if (this.exceeded === undefined) {
      if (this.objects > this.limits.maxObjects) this.exceeded = `the request resolves more than ${this.limits.maxObjects} list items`;
      else if (performance.now() > this.deadline) this.exceeded = `the request runs longer than ${this.limits.maxMillis} ms`;
    }
    return this.exceeded !== undefined;
  }

  /** Counts items read or resolved; false when that spent the budget. */
  charge(items: number): boolean {
    this.objects += items;
    return !this.exhausted();
  }
}

interface WithBudget {
  budget: Budget;
}

type Resolver = GraphQLFieldResolver<unknown, WithBudget>;
type ResolverMap = Record<string, Record<string, unknown>>;

const charged = (result: unknown, budget: Budget): unknown => (!Array.isArray(result) || budget.charge(result.length) ? result : []);

function wrap(resolve: Resolver): Resolver {
  return (parent, args, ctx, info) => {
    if (ctx.budget.exhausted()) return [];
    const result = resolve(parent, args, ctx, info);
    return result instanceof Promise ? result.then((r) => charged(r, ctx.budget)) : charged(result, ctx.budget);
  };
}

/**
 * The resolver map with every list field of the schema's object types charged to ctx.budget.
 * Fields without a resolver of their own get the default one, wrapped.
 */
export function withBudget<R extends object>(resolvers: R, typeDefs: string): R {
  const schema = buildSchema(typeDefs);
  const out: ResolverMap = { ...(resolvers as ResolverMap) };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const own = out[type.name]?.[field.name];
      if (own !== undefined && typeof own !== 'function') continue;
      out[type.name] = { ...out[type.name], [field.name]: wrap((own as Resolver | undefined) ?? defaultFieldResolver) };
    }
  }
  return out as R;
}
