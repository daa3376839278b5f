// Rules a batch must keep before either engine writes any of it: allowlisted kinds and types
// (Neo4j labels come from them), plan dates, property shapes a Neo4j property can hold, unique
// ids, and relationship ids that name their own ends (engines look a relationship up by its id).
import { EVIDENCE_BASES, isNodeKind, isRelType, NODE_KINDS, REL_TYPES, relId, type GraphBatch, type Props } from '../domain/model.js';
import { isPlanDate } from '../domain/period.js';
import { StoreInputError } from './errors.js';
import { PROP_KEY } from './validate.js';

const MAX_REPORTED = 20;

const isOptionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

function propsProblem(props: unknown): string | null {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) return 'props must be an object';
  for (const [key, value] of Object.entries(props as Props)) {
    if (!PROP_KEY.test(key)) return `property name "${key}" is not an identifier`;
    const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
    if (Array.isArray(value)) {
      const kinds = new Set(value.map((v) => typeof v));
      if (!value.every(scalar) || kinds.size > 1 || kinds.has('boolean')) {
        return `property "${key}" must be a list of strings or a list of numbers`;
      }
    } else if (!scalar(value)) {
      return `property "${key}" must be a string, a finite number, a boolean or a list`;
    }
  }
  return null;
}

function evidenceProblem(evidence: unknown): string | null {
  if (!Array.isArray(evidence)) return 'evidence must be a list';
  for (const [i, e] of evidence.entries()) {
    const ev = e as Record<string, unknown> | null;
    if (!ev || typeof ev.source !== 'string' || typeof ev.locator !== 'string' || typeof ev.quote !== 'string') {
      return `evidence[${i}] must have string source, locator and quote`;
    }
    if (!(EVIDENCE_BASES as readonly unknown[]).includes(ev.basis)) {
      return `evidence[${i}].basis must be ${EVIDENCE_BASES.join(', ')}, not ${JSON.stringify(ev.basis)}`;
    }
    if (ev.note !== undefined && typeof ev.note !== 'string') return `evidence[${i}].note must be a string`;
  }
  return null;
}

function periodProblems(item: { validFrom?: unknown; validTo?: unknown }): string[] {
  const out: string[] = [];
  for (const k of ['validFrom', 'validTo'] as const) {
    const v = item[k];
    if (v !== undefined && v !== null && (typeof v !== 'string' || !isPlanDate(v))) {
      out.push(`${k} ${JSON.stringify(v)} is not a plan date (yyyy, yyyy-mm or yyyy-mm-dd)`);
    }
  }
  return out;
}

/**
 * Throws a StoreInputError listing the batch's problems, if any. Returns the ids that relationships
 * point at but the batch does not hold: the engine must find them in the store (or, when the batch
 * replaces the store, report them missing).
 */
export function checkBatch(batch: GraphBatch): string[] {
  const problems: string[] = [];
  if (!batch || !Array.isArray(batch.nodes) || !Array.isArray(batch.rels)) {
    throw new StoreInputError('writeBatch: a batch needs nodes and rels lists');
  }

  const nodeIds = new Set<string>();
  for (const [i, n] of batch.nodes.entries()) {
    const at = `node ${typeof n?.id === 'string' && n.id ? `"${n.id}"` : `#${i}`}`;
    const bad = (msg: string) => problems.push(`${at}: ${msg}`);
    if (typeof n?.id !== 'string' || n.id === '') {
      bad('id must be a non-empty string');
      continue;
    }
    if (nodeIds.has(n.id)) bad('duplicate node id in the batch');
    nodeIds.add(n.id);
    if (!isNodeKind(n.kind)) bad(`unknown kind "${String(n.kind)}" (known: ${NODE_KINDS.join(', ')})`);
    if (typeof n.name !== 'string') bad('name must be a string');
    if (!Array.isArray(n.aliases) || !n.aliases.every((a) => typeof a === 'string')) bad('aliases must be a list of strings');
    for (const k of ['text', 'partnership', 'note'] as const) if (!isOptionalString(n[k])) bad(`${k} must be a string`);
    periodProblems(n).forEach(bad);
    const pp = propsProblem(n.props);
    if (pp) bad(pp);
    const ep = evidenceProblem(n.evidence);
    if (ep) bad(ep);
  }

  const relIds = new Set<string>();
  const outside = new Set<string>();
  for (const [i, r] of batch.rels.entries()) {
    const at = `relationship ${typeof r?.id === 'string' && r.id ? `"${r.id}"` : `#${i}`}`;
    const bad = (msg: string) => problems.push(`${at}: ${msg}`);
    if (typeof r?.id !== 'string' || typeof r.from !== 'string' || typeof r.to !== 'string') {
      bad('id, from and to must be strings');
      continue;
    }
    if (relIds.has(r.id)) bad('duplicate relationship id in the batch');
    relIds.add(r.id);
    if (!isRelType(r.type)) {
      bad(`unknown type "${String(r.type)}" (known: ${REL_TYPES.join(', ')})`);
    } else {
      const base = relId(r.from, r.type, r.to);
      if (r.id !== base && !(r.id.startsWith(`${base}#`) && r.id.length > base.length + 1)) {
        bad(`id must be "${base}" or "${base}#<key>" (see relId in domain/model.ts)`);
      }
    }
    if (!isOptionalString(r.note)) bad('note must be a string');
    periodProblems(r).forEach(bad);
    const pp = propsProblem(r.props);
    if (pp) bad(pp);
    const ep = evidenceProblem(r.evidence);
    if (ep) bad(ep);
    for (const end of [r.from, r.to]) if (!nodeIds.has(end)) outside.add(end);
  }

  // A node listed after the relationship that needs it is still in the batch.
  for (const id of nodeIds) outside.delete(id);

  if (problems.length) {
    const more = problems.length > MAX_REPORTED ? `\n  ... and ${problems.length - MAX_REPORTED} more` : '';
    throw new StoreInputError(
      `writeBatch: ${problems.length} problem(s), nothing written:\n  ${problems.slice(0, MAX_REPORTED).join('\n  ')}${more}`,
    );
  }
  return [...outside];
}

/** The error for relationships whose ends are in neither the batch nor the store. */
export function missingEndsError(batch: GraphBatch, missing: ReadonlySet<string>): StoreInputError {
  const lines = batch.rels
    .flatMap((r) => [r.from, r.to].filter((end) => missing.has(end)).map((end) => `relationship "${r.id}": node "${end}" does not exist`))
    .slice(0, MAX_REPORTED);
  return new StoreInputError(`writeBatch: relationships point at nodes in neither the batch nor the store, nothing written:\n  ${lines.join('\n  ')}`);
}
