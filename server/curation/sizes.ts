// How long the names and ids a client gives may be. Neo4j indexes ids (a node's, a source's), and
// search's keys (each name and alias whole, each word of a text, with the name and id of the node
// it finds), in range indexes whose keys are at most some 8 KB: a longer value fails the write
// with "Property value is too large to index", a fault (INTERNAL) where SQLite takes it, found by
// the abusive-client hunt (a source with a 60,000-character slug; a proposed body with such an id
// would have failed at its approval). These bounds keep every such key well inside it (in 4-byte
// characters too) and far above any real plan's: the seeds' longest id is under 80 characters,
// their longest name under 150.
import { bad } from './errors.js';

export const MAX_ID = 200;
export const MAX_NAME = 300;
/** a word of a text: a long URL fits */
export const MAX_WORD = 500;

/** Throws BAD_USER_INPUT at `at` when `value` is longer than `max` characters. */
export function checkLength(value: string | null | undefined, max: number, at: string): void {
  if (value && value.length > max) throw bad(`at most ${max} characters (this is ${value.length})`, at);
}

/** Throws BAD_USER_INPUT at `at` when a word of `text` is longer than MAX_WORD characters. */
export function checkWords(text: string | null | undefined, at: string): void {
  if (!text || text.length <= MAX_WORD) return;
  const long = text.split(/\s+/).find((w) => w.length > MAX_WORD);
  if (long) throw bad(`a word of at most ${MAX_WORD} characters (one here has ${long.length})`, at);
}
