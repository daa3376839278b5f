// Selection sets built from schema.graphql, so the parity operations ask for every field of what
// they return (to a depth) and grow with the schema: a field added later is compared too.
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '../../server/graphql/schema.js';

export const schema: GraphQLSchema = buildSchema(typeDefs);

/** A field is asked for without arguments, so one with a required argument is left out. */
const askable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** In a fragment on one of several types, fields are aliased by type: two types' `parts` may differ in shape. */
function fieldsOf(type: GraphQLObjectType, depth: number, aliased: boolean): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (!askable(f)) continue;
    const named = getNamedType(f.type);
    const name = aliased ? `${type.name}_${f.name}: ${f.name}` : f.name;
    if (isLeafType(named)) parts.push(name);
    else if (depth > 0) parts.push(`${name} ${selection(named, depth - 1)}`);
  }
  return parts.join(' ');
}

/** Every askable field of `type`, objects to `depth` more levels; each possible type of an interface or union. */
export function selection(type: GraphQLNamedType, depth: number): string {
  if (isAbstractType(type)) {
    const shapes = schema.getPossibleTypes(type).map((t) => `... on ${t.name} { ${fieldsOf(t, depth, true) || '__typename'} }`);
    return `{ __typename ${shapes.join(' ')} }`;
  }
  if (isObjectType(type)) return `{ ${fieldsOf(type, depth, false) || '__typename'} }`;
  return '';
}

/** `root(args) { every field to depth }` for a field of Query. */
export function rootQuery(field: string, args: string, depth: number): string {
  const f = schema.getQueryType()!.getFields()[field];
  if (!f) throw new Error(`Query has no field ${field}`);
  return `{ ${field}${args ? `(${args})` : ''} ${selection(getNamedType(f.type), depth)} }`;
}
