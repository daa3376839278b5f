// Checks of query input shared by both engines, so a bad request fails the same way on SQLite
// and Neo4j, with a message that says which argument is wrong and why.
import { NODE_KINDS, REL_TYPES, isNodeKind, isRelType, type NodeKind, type RelType } from '../domain/model.js';
import { parsePeriod, type Period } from '../domain/period.js';
import { filterQuery } from './text-fold.js';
import {
  MAX_DEPTH,
  MAX_PAGE,
  type Direction,
  type ExpandQuery,
  type ListQuery,
  type PropFilter,
  type PropOp,
  type WalkQuery,
} from './contract.js';
import { decodeCursor } from './cursor.js';
import { StoreInputError } from './errors.js';

/** Validity of everything when no asOf is given: every stored period overlaps it. */
export const ALL_TIME: Period = { start: '0000-01-01', end: '9999-12-31' };

export const PROP_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
const PROP_OPS: readonly PropOp[] = ['eq', 'lt', 'lte', 'gt', 'gte'];
const DIRECTIONS: readonly Direction[] = ['out', 'in', 'both'];

export function checkIds(ids: unknown, where: string): string[] {
  if (!Array.isArray(ids)) throw new StoreInputError(`${where}: ids must be a list of node ids`);
  for (const id of ids) {
    if (typeof id !== 'string') throw new StoreInputError(`${where}: ids must be strings, got ${JSON.stringify(id)}`);
  }
  return ids as string[];
}

export function checkAsOf(asOf: string | undefined, where: string): Period {
  if (asOf === undefined || asOf === null) return ALL_TIME;
  const p = typeof asOf === 'string' ? parsePeriod(asOf) : null;
  if (!p) throw new StoreInputError(`${where}: asOf "${String(asOf)}" is not a date (use yyyy, yyyy-mm or yyyy-mm-dd)`);
  return p;
}

/** null means every type; an empty list means none. */
export function checkTypes(types: readonly string[] | undefined, where: string): RelType[] | null {
  if (types === undefined || types === null) return null;
  for (const t of types) {
    if (!isRelType(t)) throw new StoreInputError(`${where}: unknown relationship type "${t}" (known: ${REL_TYPES.join(', ')})`);
  }
  return [...types] as RelType[];
}

/** null means every kind; an empty list means none. */
export function checkKinds(kinds: readonly string[] | undefined, where: string): NodeKind[] | null {
  if (kinds === undefined || kinds === null) return null;
  for (const k of kinds) {
    if (!isNodeKind(k)) throw new StoreInputError(`${where}: unknown node kind "${k}" (known: ${NODE_KINDS.join(', ')})`);
  }
  return [...kinds] as NodeKind[];
}

export function checkFirst(first: unknown, where: string): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw new StoreInputError(`${where}: first must be a whole number from 0 to ${MAX_PAGE}, got ${String(first)}`);
  }
  return first;
}

export interface ExpandArgs {
  ids: string[];
  types: RelType[] | null;
  direction: Direction;
  period: Period;
  /** null: lines to any node */
  farPartnerships: string[] | null;
}

export function checkExpand(q: ExpandQuery, where: string): ExpandArgs {
  if (!DIRECTIONS.includes(q.direction)) {
    throw new StoreInputError(`${where}: direction must be one of ${DIRECTIONS.join(', ')}, got ${String(q.direction)}`);
  }
  return {
    ids: [...new Set(checkIds(q.ids, where))],
    types: checkTypes(q.types, where),
    direction: q.direction,
    period: checkAsOf(q.asOf, where),
    farPartnerships: q.farPartnerships === undefined || q.farPartnerships === null ? null : [...new Set(checkIds(q.farPartnerships, `${where}: farPartnerships`))],
  };
}

export function checkDepth(maxDepth: unknown, where: string): number {
  if (typeof maxDepth !== 'number' || !Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_DEPTH) {
    throw new StoreInputError(`${where}: maxDepth must be a whole number from 1 to ${MAX_DEPTH}, got ${String(maxDepth)}`);
  }
  return maxDepth;
}

export function checkPropFilters(props: readonly PropFilter[] | undefined, where: string): PropFilter[] {
  for (const f of props ?? []) {
    if (typeof f.key !== 'string' || !PROP_KEY.test(f.key)) {
      throw new StoreInputError(`${where}: property filter key "${String(f.key)}" is not a property name ([A-Za-z][A-Za-z0-9_]*)`);
    }
    if (!PROP_OPS.includes(f.op)) {
      throw new StoreInputError(`${where}: property filter on "${f.key}": op must be one of ${PROP_OPS.join(', ')}, got ${String(f.op)}`);
    }
    const t = typeof f.value;
    if (t !== 'string' && t !== 'boolean' && !(t === 'number' && Number.isFinite(f.value))) {
      throw new StoreInputError(`${where}: property filter on "${f.key}": value must be a string, a finite number or a boolean`);
    }
  }
  return [...(props ?? [])];
}

export interface ListArgs {
  kinds: NodeKind[] | null;
  partnership: string | null;
  ids: string[] | null;
  /** folded (text-fold.ts filterQuery); null when absent or without a word */
  text: string | null;
  props: PropFilter[];
  period: Period;
  first: number;
  /** id of the last item of the previous page */
  after: string | null;
  count: boolean;
  /** ListQuery.named, each once */
  named: string[];
}

export function checkList(q: ListQuery): ListArgs {
  const where = 'listNodes';
  const text = typeof q.text === 'string' ? filterQuery(q.text) : '';
  return {
    kinds: checkKinds(q.kinds, where),
    partnership: q.partnership ?? null,
    ids: q.ids === undefined || q.ids === null ? null : checkIds(q.ids, where),
    text: text === '' ? null : text,
    props: checkPropFilters(q.props, where),
    period: checkAsOf(q.asOf, where),
    first: checkFirst(q.first, where),
    after: q.after === undefined || q.after === null ? null : decodeCursor(q.after, where),
    count: q.count === true,
    named: q.named === undefined || q.named === null ? [] : [...new Set(checkIds(q.named, where))],
  };
}

export interface WalkArgs {
  rootIds: string[];
  depth: number;
  types: RelType[];
  asOf: string | undefined;
  period: Period;
  planBodies: boolean;
}

export function checkWalk(q: WalkQuery): WalkArgs {
  const where = 'walk';
  if (typeof q.depth !== 'number' || !Number.isInteger(q.depth) || q.depth < 0 || q.depth > MAX_DEPTH) {
    throw new StoreInputError(`${where}: depth must be a whole number from 0 to ${MAX_DEPTH}, got ${String(q.depth)}`);
  }
  return {
    rootIds: [...new Set(checkIds(q.rootIds, where))],
    depth: q.depth,
    types: [...new Set(checkTypes(q.types ?? [], where))],
    asOf: q.asOf,
    period: checkAsOf(q.asOf, where),
    planBodies: q.planBodies === true,
  };
}
