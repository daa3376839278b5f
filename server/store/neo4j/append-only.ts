// The audit record is append-only on Neo4j too. SQLite refuses UPDATE and DELETE on cur_audit with
// triggers; Neo4j Community has neither triggers nor write privileges per label, so the guard sits
// where every Cypher statement of both Neo4j stores is made (statement.ts): a statement that could
// change or remove an audit entry (:CurAudit) cannot be made, so the store cannot load with one.
// What it refuses: SET, REMOVE, DELETE or MERGE on a variable bound to :CurAudit, MERGE of a
// :CurAudit pattern (ON MATCH would change one), and SET, REMOVE or DELETE on a node bound
// without a label (it could be an audit entry). Creating entries (APPEND_AUDIT) and reading them stay.

const KEYWORDS = /\b(MATCH|OPTIONAL|WHERE|WITH|RETURN|UNWIND|CREATE|MERGE|SET|REMOVE|DELETE|DETACH|CALL|ORDER|LIMIT|SKIP|UNION|FOREACH|ON)\b/;

/** Variables of node patterns: `(a:CurAudit ...)` and label-less `(n)` / `(n {..})`. */
function boundNodes(text: string): { audit: Set<string>; unlabelled: Set<string> } {
  const audit = new Set<string>();
  const labelled = new Set<string>();
  const bare = new Set<string>();
  // not a function's call (`count(r)`), nor `CALL (n) { ... }`, whose parentheses import variables into a subquery
  for (const m of text.matchAll(/(?<![\w.])(?<!\bCALL\s*)\(\s*([A-Za-z_]\w*)\s*(:[^)]*|\{[^)]*|)\)/g)) {
    const [, name, rest] = m;
    if (/^:[\s\S]*\bCurAudit\b/.test(rest!)) audit.add(name!);
    if (rest!.startsWith(':')) labelled.add(name!);
    else bare.add(name!);
  }
  // `WITH a AS b`: b is the same entry
  for (const m of text.matchAll(/\b([A-Za-z_]\w*)\s+AS\s+([A-Za-z_]\w*)/gi)) if (audit.has(m[1]!)) audit.add(m[2]!);
  return { audit, unlabelled: new Set([...bare].filter((v) => !labelled.has(v))) };
}

/** The variables a statement's SET, REMOVE and DELETE clauses write to. */
function writtenVariables(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(SET|REMOVE|DELETE)\b([\s\S]*?)(?=$|\b(?:MATCH|OPTIONAL|WHERE|WITH|RETURN|UNWIND|CREATE|MERGE|CALL|ORDER|LIMIT|FOREACH|ON|SET|REMOVE|DELETE|DETACH)\b|\})/g)) {
    // items are comma-separated: `SET a.x = 1, b:Label`, `DELETE a, b`; each starts with its variable
    for (const item of splitTopLevel(m[2]!)) {
      const name = /^\s*([A-Za-z_]\w*)/.exec(item)?.[1];
      if (name && !KEYWORDS.test(name)) out.push(name);
    }
  }
  return out;
}

/** Splits on commas outside brackets and braces, so `SET n = {a: 1, b: 2}` is one item. */
function splitTopLevel(clause: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < clause.length; i++) {
    const c = clause[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      items.push(clause.slice(start, i));
      start = i + 1;
    }
  }
  items.push(clause.slice(start));
  return items;
}

/** Why a statement could change or remove an audit entry, or undefined when it cannot. */
export function auditWrite(text: string): string | undefined {
  // comments and string literals say nothing about what a statement does
  const code = text.replace(/\/\/[^\n]*/g, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  if (/\bMERGE\s*\([^)]*:\s*[^)]*\bCurAudit\b/.test(code)) return 'it MERGEs an audit entry (ON MATCH would change one)';
  const { audit, unlabelled } = boundNodes(code);
  for (const v of writtenVariables(code)) {
    if (audit.has(v)) return `it writes to or deletes "${v}", an audit entry`;
    if (unlabelled.has(v)) return `it writes to or deletes "${v}", a node matched without a label, which could be an audit entry`;
  }
  return undefined;
}
