// How many levels of a relationship field a query asks for: `reportingBodies { node { ...
// reportingBodies { node { id } } } }` asks for two. The loaders then fetch them all in one
// traversal, instead of one store call per level.
import { Kind, print, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields of a selection set, through inline fragments and fragment spreads (each spread once). */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return (set?.selections ?? []).flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, fragments, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return fieldsOf(fragments[s.name.value]?.selectionSet, fragments, seen);
  });
}

/** The arguments as written (a variable by its name), for comparing one use of a field with another. */
const argsOf = (f: FieldNode): string => (f.arguments ?? []).map((a) => `${a.name.value}:${print(a.value)}`).sort().join(',');

/**
 * Levels of this field the query asks for from here: 1, plus one for each level where the same
 * field, with the same arguments, is asked for again on the `node` of the lines it returns.
 * At most `most`.
 */
export function levelsAsked(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, most: number): number {
  let level = info.fieldNodes;
  let levels = 1;
  while (levels < most) {
    const name = level[0]!.name.value;
    const args = argsOf(level[0]!);
    const below = level
      .flatMap((f) => fieldsOf(f.selectionSet, info.fragments))
      .filter((f) => f.name.value === 'node')
      .flatMap((n) => fieldsOf(n.selectionSet, info.fragments))
      .filter((f) => f.name.value === name && argsOf(f) === args);
    if (below.length === 0) return levels;
    level = below;
    levels++;
  }
  return levels;
}

/** The fields of this field's value that the query asks for, by name (through fragments): `selected(info, new Set(['reportsTo']))`. */
export function selected(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, names: ReadonlySet<string>): FieldNode[] {
  return info.fieldNodes.flatMap((f) => fieldsOf(f.selectionSet, info.fragments)).filter((f) => names.has(f.name.value));
}

/** Whether the query asks, below this field, for the field at `path` (through fragments): `asks(info, ['cells', 'gaps'])`. */
export function asks(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    level = level.flatMap((f) => fieldsOf(f.selectionSet, info.fragments)).filter((f) => f.name.value === name);
    if (level.length === 0) return false;
  }
  return true;
}
