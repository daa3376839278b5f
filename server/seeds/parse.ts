// Reads one seed file: YAML syntax, then the zod schema, keeping the line and column of every value
// so each problem can point at the place to fix.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { seedFileSchema, type SeedFile } from './schema.js';

export interface SeedProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type Path = readonly (string | number)[];

export type Locate = (path: Path) => { line: number; column: number };

export interface ParsedSeedFile {
  file: string;
  /** undefined when the file has syntax or schema problems */
  data?: SeedFile;
  problems: SeedProblem[];
}

export const formatProblem = (p: SeedProblem): string => `${p.file}:${p.line}:${p.column}: ${p.message}`;

/** The position of the value at path, or of its nearest ancestor that exists. */
function locator(doc: Document, lines: LineCounter): Locate {
  return (path: Path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number] } | null | undefined)?.range;
      if (range) {
        const pos = lines.linePos(range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
}

const parse = (text: string) => {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  return { doc, lines };
};

/**
 * A locator that parses the text again on first use. A parsed document with its source ranges
 * costs many times the file's size, so a large seed set keeps none of them: positions are only
 * needed for the few entries that have a problem.
 */
export function lazyLocator(readText: () => string): Locate {
  let locate: Locate | undefined;
  return (path) => {
    if (!locate) {
      const { doc, lines } = parse(readText());
      locate = locator(doc, lines);
    }
    return locate(path);
  };
}

export function parseSeedFile(file: string, text: string): ParsedSeedFile {
  const { doc, lines } = parse(text);
  const locate = locator(doc, lines);
  const problems: SeedProblem[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return { file, line: pos.line, column: pos.col, message: `YAML: ${e.message.split('\n')[0]}` };
  });
  if (problems.length > 0) return { file, problems };

  const parsed = seedFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      // an unknown key is reported at the key itself, not at its parent object
      const at = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...path, issue.keys[0]!] : path;
      problems.push({ file, ...locate(at), message: `${path.join('.') || '(file)'}: ${issue.message}` });
    }
    return { file, problems };
  }
  return { file, data: parsed.data, problems };
}
