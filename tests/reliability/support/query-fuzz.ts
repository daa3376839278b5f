// Random read queries built from the schema, reproducible from a seed: each one starts at a root
// field with plausible arguments (ids of real nodes, dates, small pages) and descends, favouring
// list fields, so nested fan-outs (lines > from > lines ...) are common. They stay within the
// parser's limits (depth, aliases, tokens) most of the time, so the cost limit and the runtime
// budget, not the parser, are what they meet.
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { LIMITS } from '../../../server/graphql/limits.js';
import { typeDefs } from '../../../server/graphql/schema.js';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real ids of the seeds, well connected ones first (the MPS sits on most bodies), and one unknown. */
const IDS = ['org/mps', 'havering/csp', 'richmond/csp', 'havering/dv-marac', 'richmond/daily-risk-briefing', 'vru/action-plan-2023', 'org/nobody'];
const DATES = ['2019-04-01', '2023-01-01', '2025-06-30'];

export interface FuzzQuery {
  query: string;
  /** list fields nested in the deepest path, for reporting */
  listDepth: number;
}

export class QueryFuzzer {
  private readonly schema: GraphQLSchema = buildSchema(typeDefs);
  private aliases = 0;
  private listDepth = 0;

  constructor(private readonly random: () => number) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private value(type: GraphQLInputType, name: string, depth = 0): string | undefined {
    const t = getNullableType(type);
    if (isListType(t)) {
      const one = this.value(t.ofType, name, depth);
      return one === undefined ? undefined : `[${one}]`;
    }
    if (isEnumType(t)) return this.pick(t.getValues()).name;
    if (isInputObjectType(t)) {
      if (depth > 1) return undefined;
      const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type) || this.random() < 0.3);
      const parts = fields.map((f) => [f.name, this.value(f.type, f.name, depth + 1)] as const);
      if (parts.some(([, v]) => v === undefined)) return undefined;
      return `{ ${parts.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
    }
    if (isScalarType(t)) {
      switch (t.name) {
        case 'ID':
          return JSON.stringify(/partnership/i.test(name) ? this.pick(['havering/csp', 'richmond/csp']) : this.pick(IDS));
        case 'Int':
          return String(/depth/i.test(name) ? 1 + Math.floor(this.random() * 10) : this.pick([1, 5, 20, 100]));
        case 'Float':
          return '0.5';
        case 'Boolean':
          return this.random() < 0.5 ? 'true' : 'false';
        default:
          return JSON.stringify(/as ?of|from|to|since|date/i.test(name) ? this.pick(DATES) : this.pick(['MARAC', 'violence', 'Havering']));
      }
    }
    return undefined;
  }

  /** Arguments for a field: every required one, some optional ones; undefined when one cannot be made. */
  private args(args: readonly GraphQLArgument[]): string | undefined {
    const given: string[] = [];
    for (const a of args) {
      if (!isNonNullType(a.type) && this.random() < 0.6) continue;
      const v = this.value(a.type, a.name);
      if (v === undefined) {
        if (isNonNullType(a.type)) return undefined;
        continue;
      }
      given.push(`${a.name}: ${v}`);
    }
    return given.length ? `(${given.join(', ')})` : '';
  }

  /** A selection on a type, `depth` levels left; lists are chosen three times as often as scalars. */
  private selection(type: GraphQLNamedType, depth: number, lists: number): string {
    if (isObjectType(type)) return this.fields(type, depth, lists);
    if (!isAbstractType(type)) return '';
    // an interface's own fields half the time, else a concrete type's through an inline fragment
    if (isInterfaceType(type) && this.random() < 0.5) return this.fields(type, depth, lists);
    const c = this.pick(this.schema.getPossibleTypes(type));
    return `__typename ... on ${c.name} { ${this.fields(c, depth, lists)} }`;
  }

  private fields(type: GraphQLObjectType | GraphQLInterfaceType, depth: number, lists: number): string {
    const all = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
    const leaves = all.filter((f) => !isObjectType(getNamedType(f.type)) && !isAbstractType(getNamedType(f.type)));
    const nested = depth > 0 ? all.filter((f) => !leaves.includes(f)) : [];
    // every type has a leaf to ask for: __typename where it has no field of its own
    const out: string[] = [leaves.length ? this.pick(leaves).name : '__typename'];
    // each field at most once at a level: the same field twice with other arguments is a validation error
    const weighted = nested.flatMap((f) => (isListType(getNullableType(f.type)) ? [f, f, f] : [f]));
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    const count = nested.length ? 1 + Math.floor(this.random() * 2) : 0;
    for (let i = 0; i < count; i++) chosen.add(this.pick(weighted));
    for (const f of chosen) {
      const args = this.args(f.args);
      if (args === undefined) continue;
      const isList = isListType(getNullableType(f.type)) || getNamedType(f.type).name.endsWith('Connection');
      this.listDepth = Math.max(this.listDepth, lists + (isList ? 1 : 0));
      const inner = this.selection(getNamedType(f.type), depth - 1, lists + (isList ? 1 : 0));
      if (!inner) continue;
      // an alias now and then, within the parser's limit
      const alias = this.aliases < LIMITS.maxAliases && this.random() < 0.15 ? `a${this.aliases++}: ` : '';
      out.push(`${alias}${f.name}${args} { ${inner} }`);
    }
    return out.join(' ');
  }

  next(): FuzzQuery {
    this.aliases = 0;
    this.listDepth = 0;
    const query = this.schema.getQueryType()!;
    for (;;) {
      const root = this.pick(Object.values(query.getFields()));
      const args = this.args(root.args);
      if (args === undefined) continue;
      const named = getNamedType(root.type);
      const depth = 3 + Math.floor(this.random() * (LIMITS.maxDepth - 5));
      const inner = this.selection(named, depth, isListType(getNullableType(root.type)) ? 1 : 0);
      const text = inner ? `{ ${root.name}${args} { ${inner} } }` : `{ ${root.name}${args} }`;
      return { query: text, listDepth: this.listDepth };
    }
  }
}

/** The fan-out of issue 10 that took 7 s and 14 MB, its fifteen aliases that killed the server, and variants of both. */
export function issue10Queries(): { name: string; query: string }[] {
  const FANOUT = 'node(id: "org/mps") { lines { from { lines { from { lines { from { id } } } } } } }';
  const aliased = (n: number, body: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;
  const TO = FANOUT.replaceAll('from', 'to');
  const BOTH = 'node(id: "org/mps") { lines { from { lines { to { lines { from { id name evidence { quote } } } } } } } }';
  const FRAGMENT = 'node(id: "org/mps") { ...F } } fragment F on Node { lines { from { lines { from { lines { from { id } } } } } } }';
  return [
    { name: 'the fan-out', query: `{ ${FANOUT} }` },
    { name: 'fifteen aliases of it', query: aliased(15, FANOUT) },
    { name: 'fifteen aliases towards `to`', query: aliased(15, TO) },
    { name: 'fifteen aliases, from and to, with evidence', query: aliased(15, BOTH) },
    { name: 'through a fragment', query: `{ ${FRAGMENT}` },
    { name: 'fourteen aliases and a fragment', query: `{ ${Array.from({ length: 14 }, (_, i) => `a${i}: node(id: "org/mps") { ...F }`).join(' ')} } fragment F on Node { lines { from { lines { from { lines { from { id } } } } } } }` },
    { name: 'one level deeper', query: '{ node(id: "org/mps") { lines { from { lines { from { lines { from { lines { from { id } } } } } } } } } }' },
    { name: 'from a partnership', query: aliased(15, 'node(id: "havering/csp") { lines { from { lines { from { lines { from { id } } } } } } }') },
  ];
}
