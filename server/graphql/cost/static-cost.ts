// The static cost of an operation before it runs: every field selected costs 1 times the product
// of the expected sizes of the lists above it, so a nested list fan-out multiplies as it will at
// run time. Fragments are expanded where they are spread. Variables are read (a `first: $n`
// costs n), so this runs once the operation is resolved, not as a validation rule.
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../args.js';
import { DEFAULT_LIST_SIZE, LIST_SIZES } from './list-sizes.js';

type Variables = Readonly<Record<string, unknown>> | undefined;

/** The expected number of items of a list field, from its arguments or the table. */
/** The `first` a field asks for (its default when not given), within the page limit. */
function pageSize(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): number | undefined {
  const first = argument(def, node, 'first', variables);
  return typeof first === 'number' ? Math.max(0, Math.min(first, MAX_PAGE_SIZE)) : undefined;
}

function argument(def: GraphQLField<unknown, unknown>, node: FieldNode, name: string, variables: Variables): unknown {
  const argDef = def.args.find((a) => a.name === name);
  const given = node.arguments?.find((a) => a.name.value === name);
  if (!argDef) return undefined;
  return given ? valueOf(given.value, variables) : argDef.defaultValue;
}

function listSize(parent: Composite, def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables, page: number | undefined): number {
  const arg = (name: string) => argument(def, node, name, variables);
  const first = pageSize(def, node, variables) ?? page;
  if (first !== undefined) return first;
  const ids = arg('ids') ?? arg('partnershipIds');
  if (Array.isArray(ids)) return Math.max(1, ids.length);
  const ownKey = `${parent.name}.${def.name}`;
  const interfaceKey = parent.getInterfaces ? parent.getInterfaces().map((i) => `${i.name}.${def.name}`).find((k) => k in LIST_SIZES) : undefined;
  return LIST_SIZES[ownKey] ?? (interfaceKey ? LIST_SIZES[interfaceKey] : undefined) ?? LIST_SIZES[def.name] ?? DEFAULT_LIST_SIZE;
}

// Types are told apart by shape, not instanceof: under vitest Apollo's schema and this module can
// load two copies of graphql-js (CommonJS and ESM).
interface Composite { name: string; getFields?: () => Record<string, GraphQLField<unknown, unknown>>; getInterfaces?: () => readonly { name: string }[] }

/** How many list levels a type has: [[GovernanceBody!]!]! is two. (By its wrappers: printing the type to count brackets cost more than the rest of the pricing.) */
function listDepth(type: GraphQLType): number {
  let levels = 0;
  for (let t: GraphQLType = type; 'ofType' in t; t = t.ofType) if ((t as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] === 'GraphQLList') levels++;
  return levels;
}

function namedType(type: GraphQLType): GraphQLNamedType {
  let t: GraphQLType = type;
  while ('ofType' in t) t = t.ofType;
  return t;
}

/** An object, interface or union type: one a selection set applies to (input types have no interfaces). */
const isComposite = (t: unknown): t is Composite => typeof t === 'object' && t !== null && ('getInterfaces' in t || 'getTypes' in t);

/** The value of a literal or variable argument: only numbers and lists matter here. */
function valueOf(node: ValueNode, variables: Variables): unknown {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.LIST) return node.values;
  return undefined;
}

export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // cost is linear in the multiplier, so a fragment's cost per unit is computed once however often
  // it is spread (fragments spreading fragments twice over would otherwise cost 2^n to price)
  const perFragment = new Map<string, number>();

  /** The cost of a selection set per item of the parent. */
  const cost = (set: SelectionSetNode, parent: Composite, spreading: ReadonlySet<string>, page?: number): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) {
          total += 1;
          continue;
        }
        const def = parent.getFields?.()[sel.name.value];
        // an unknown field fails validation before this runs
        if (!def) continue;
        const levels = listDepth(def.type);
        const items = levels === 0 ? 1 : listSize(parent, def, sel, variables, page) ** levels;
        const child = namedType(def.type);
        // the lists of a page (a connection's nodes and edges) are as long as the page asked for
        const childPage = levels === 0 ? pageSize(def, sel, variables) : undefined;
        total += items * (1 + (sel.selectionSet && isComposite(child) ? cost(sel.selectionSet, child, spreading, childPage) : 0));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (isComposite(on)) total += cost(sel.selectionSet, on, spreading, page);
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        // a fragment that spreads itself is refused by validation; never loop on one
        if (!fragment || spreading.has(name)) continue;
        const key = `${name}@${page ?? ''}`;
        let unit = perFragment.get(key);
        if (unit === undefined) {
          const on = schema.getType(fragment.typeCondition.name.value);
          unit = isComposite(on) ? cost(fragment.selectionSet, on, new Set([...spreading, name]), page) : 0;
          perFragment.set(key, unit);
        }
        total += unit;
      }
    }
    return total;
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return root ? cost(operation.selectionSet, root as Composite, new Set()) : 0;
}
