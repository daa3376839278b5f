// Checks of resolver arguments, each failing with BAD_USER_INPUT that names the argument.
import { isPlanDate, parsePeriod } from '../domain/period.js';
import { decodeSearchCursor } from '../store/cursor.js';
import { badInput } from './errors.js';

/** Largest `first` of a connection or search. */
export const MAX_PAGE_SIZE = 100;
/** Deepest walk of subtree and structureChart. */
export const MAX_WALK_DEPTH = 10;
/** Most roots of one structureChart, and most ids of `nodes`. */
export const MAX_ROOTS = 20;
export const MAX_IDS = 100;

/** A plan date or nothing; `argument` names it in the error. */
export function asOfArg(value: string | null | undefined, argument = 'asOf'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isPlanDate(value)) throw badInput(`${argument}: "${value}" is not a date (use yyyy, yyyy-mm or yyyy-mm-dd)`, argument);
  return value;
}

export function intArg(value: number | null | undefined, fallback: number, min: number, max: number, argument: string): number {
  const n = value ?? fallback;
  if (n < min || n > max) throw badInput(`${argument}: must be from ${min} to ${max}, got ${n}`, argument);
  return n;
}

export const pageSizeArg = (value: number | null | undefined, argument = 'first'): number =>
  intArg(value, 20, 0, MAX_PAGE_SIZE, argument);

/** A non-empty, trimmed string. */
export function textArg(value: string, argument: string): string {
  const t = value.trim();
  if (!t) throw badInput(`${argument}: must not be empty`, argument);
  return t;
}

/** A search hit's cursor or nothing, checked here so that the error names the argument. */
export function searchAfterArg(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  try {
    decodeSearchCursor(value, 'search');
  } catch {
    throw badInput(`after: "${value}" is not a cursor of this search (use the cursor of one of its hits)`, 'after');
  }
  return value;
}

/** First day and last day of a plan date argument. */
export function periodArg(value: string, argument: string): { start: string; end: string } {
  const p = parsePeriod(value);
  if (!p) throw badInput(`${argument}: "${value}" is not a date (use yyyy, yyyy-mm or yyyy-mm-dd)`, argument);
  return p;
}
