// Reads one seed file: YAML syntax, then the zod schema. Data is read with js-yaml, an order of
// magnitude faster than a parser that keeps source ranges (a national seed set is 125 MB); the
// line and column of a problem come from `yaml`'s ranged parse, run only for a file that has one.
import jsyaml from 'js-yaml';
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

/**
 * A locator that parses the text with source ranges on first use. A ranged document costs many
 * times the file's size, so none is kept for a file without problems.
 */
export function lazyLocator(readText: () => string): Locate {
  let locate: Locate | undefined;
  return (path) => {
    if (!locate) {
      const lines = new LineCounter();
      locate = locator(parseDocument(readText(), { lineCounter: lines }), lines);
    }
    return locate(path);
  };
}

export function parseSeedFile(file: string, text: string): ParsedSeedFile {
  let raw: unknown;
  try {
    // the YAML 1.2 core schema, as `yaml` reads it: "2017-04-01" stays a string, not a Date
    raw = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch (e) {
    if (!(e instanceof jsyaml.YAMLException)) throw e;
    return { file, problems: [{ file, line: e.mark.line + 1, column: e.mark.column + 1, message: `YAML: ${e.reason}` }] };
  }

  const parsed = seedFileSchema.safeParse(raw ?? {});
  if (parsed.success) return { file, data: parsed.data, problems: [] };

  const locate = lazyLocator(() => text);
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    // an unknown key is reported at the key itself, not at its parent object
    const at = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...path, issue.keys[0]!] : path;
    return { file, ...locate(at), message: `${path.join('.') || '(file)'}: ${issue.message}` };
  });
  return { file, problems };
}
