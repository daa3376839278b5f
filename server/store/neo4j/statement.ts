// A Cypher statement with the parameters it declares (tests/store/cypher-lint.test.ts lints each).
// Both Neo4j stores run only statements made here, so none can alter the audit record (append-only.ts).
import { auditWrite } from './append-only.js';

export interface Statement<P extends string = string> {
  readonly name: string;
  readonly params: readonly P[];
  readonly text: string;
}

export function statement<P extends string>(name: string, params: readonly P[], text: string): Statement<P> {
  const refused = auditWrite(text);
  if (refused) throw new Error(`Cypher statement ${name} could change or remove an audit entry, which is append-only: ${refused}`);
  return { name, params, text: text.trim() };
}

/** One statement per name of an allowlist (a kind or a type, written as a literal). */
export const byName = <K extends string, P extends string>(names: readonly K[], make: (name: K) => Statement<P>): Record<K, Statement<P>> =>
  Object.fromEntries(names.map((k) => [k, make(k)])) as Record<K, Statement<P>>;
