// Reads one seed file: YAML syntax, then the zod schema. Data is read with js-yaml, an order of
// magnitude faster than a parser that keeps source ranges (a national seed set is 125 MB); the
// line and column of a problem come from `yaml`'s ranged parse, run only for a file that has one.
import jsyaml from 'js-yaml';
import { LineCounter, parseAllDocuments, parseDocument, type Document } from 'yaml';
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

/** Where `yaml` sees the first error or a second document; the file's start when it sees none. */
function firstProblemPosition(text: string): { line: number; column: number } {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines });
  const list = Array.isArray(docs) ? docs : [];
  const offset = list.flatMap((d) => d.errors.map((e) => e.pos[0]))[0] ?? list[1]?.range[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
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

/** Keys that would reach Object.prototype in code that copies props: never accepted. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The file's text, or a problem at the first byte that is not UTF-8 (decoding it would store
 * U+FFFD in place of what the curator wrote).
 */
export function decodeSeedText(file: string, bytes: Uint8Array): { text: string } | { problem: SeedProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const at = text.indexOf('\uFFFD');
    const before = text.slice(0, Math.max(at, 0)).split('\n');
    return { problem: { file, line: before.length, column: before[before.length - 1]!.length + 1, message: 'the file is not valid UTF-8 here: save it as UTF-8' } };
  }
}

/** Paths of every reserved key in the parsed data. */
function reservedKeyPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => reservedKeyPaths(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.getOwnPropertyNames(value).flatMap((k) =>
    RESERVED_KEYS.has(k) ? [[...path, k]] : reservedKeyPaths((value as Record<string, unknown>)[k], [...path, k]),
  );
}

export function parseSeedFile(file: string, text: string): ParsedSeedFile {
  let raw: unknown;
  try {
    // the YAML 1.2 core schema, as `yaml` reads it: "2017-04-01" stays a string, not a Date
    raw = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch (e) {
    // js-yaml gives no position for some problems (a second document in the file): then the
    // ranged parser, which knows where every document starts, says where
    const reason = e instanceof jsyaml.YAMLException ? e.reason : (e as Error).message;
    const at = e instanceof jsyaml.YAMLException && e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : firstProblemPosition(text);
    return { file, problems: [{ file, ...at, message: `YAML: ${reason}` }] };
  }

  const reserved = reservedKeyPaths(raw);
  if (reserved.length > 0) {
    const locate = lazyLocator(() => text);
    return {
      file,
      problems: reserved.map((p) => ({ file, ...locate(p), message: `${p.join('.')}: "${String(p[p.length - 1])}" is a reserved name and cannot be a key` })),
    };
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
