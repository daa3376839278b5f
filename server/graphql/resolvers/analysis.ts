// Root fields of the analyses (server/domain/analysis). The analyses read the store in a few
// batched calls; these resolvers check the arguments with the API's own names and codes, run
// the analysis, and prime the node loader with the nodes it read, so the nodes a result names
// resolve without another store call.
import {
  AnalysisInputError,
  cascade,
  compareStructure,
  DEFAULT_CASCADE_DEPTH,
  DEFAULT_INTERLOCKS,
  evaluateGovernance,
  gatherGovernance,
  readVruAlignment,
  readVruMatrix,
  sharedStructures,
  type CascadeDirection as DomainCascadeDirection,
  type Finding,
} from '../../domain/analysis/index.js';
import { todayIso } from '../../domain/analysis/shared.js';
import { personalDataShown } from '../../domain/personal-data.js';
import type { GraphNode, GraphRel } from '../../domain/model.js';
import { asks } from '../lookahead.js';
import { MAX_IDS, MAX_PAGE_SIZE, MAX_WALK_DEPTH, asOfArg, intArg } from '../args.js';
import type { Context } from '../context.js';
import { badInput, notFound } from '../errors.js';
import type { CascadeDirection, Resolvers } from '../generated/graphql.js';
import type { FindingModel } from '../mappers.js';

const DIRECTIONS: Record<CascadeDirection, DomainCascadeDirection> = { DOWN: 'down', UP: 'up' };

/** The fields of an AlignmentCell whose nodes resolve through the node loader. */
const CELL_DETAIL = ['gaps', 'responses'];

/**
 * The analysis's own input errors (a node of the wrong kind, a bad option) as BAD_USER_INPUT naming
 * `argument`; errors.ts classifies any other AnalysisInputError as BAD_USER_INPUT without one.
 */
async function analysing<T>(argument: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AnalysisInputError) throw badInput(error.message, argument);
    throw error;
  }
}

const article = (word: string): string => `${/^[AEIOU]/.test(word) ? 'an' : 'a'} ${word}`;

/** Checks through the loader that every id names a node (of `kind`, when given): NOT_FOUND on `argument` naming each that does not. */
async function requireExisting(ctx: Context, ids: readonly string[], argument: string, kind?: GraphNode['kind']): Promise<void> {
  const found = await ctx.loaders.nodes.loadMany(ids);
  const problems = found.flatMap((n, i) => {
    if (n instanceof Error) throw n;
    if (!n) return [`no node has id "${ids[i]}"`];
    return kind && n.kind !== kind ? [`"${n.id}" is ${article(n.kind)}, not ${article(kind)}`] : [];
  });
  if (problems.length > 0) throw notFound(`${argument}: ${problems.join('; ')}`, argument);
}

/** What the analysis read, handed to the loader: later fields that name these nodes cost no store call. */
function prime(ctx: Context, nodes: Iterable<GraphNode>): void {
  for (const n of nodes) ctx.loaders.nodes.prime(n.id, n);
}

/** The lines a finding names, from the lines the analysis read. */
function withLines(findings: readonly Finding[], rels: readonly GraphRel[]): FindingModel[] {
  const byId = new Map(rels.map((r) => [r.id, r]));
  return findings.map((f) => ({
    ...f,
    lines: f.relIds.map((id) => {
      const rel = byId.get(id);
      if (!rel) throw new Error(`finding ${f.ruleId} names line "${id}", which the analysis did not read`);
      return rel;
    }),
  }));
}

export const analysisQueryResolvers: Resolvers = {
  Query: {
    vruAlignment: async (_, a, ctx, info) => {
      const ids = [...new Set(a.partnershipIds)];
      if (ids.length === 0 || ids.length > MAX_IDS) {
        throw badInput(`partnershipIds: give from 1 to ${MAX_IDS} ids, got ${ids.length}`, 'partnershipIds');
      }
      await requireExisting(ctx, ids, 'partnershipIds', 'Partnership');
      // A matrix of flags is read from the columns the server keeps under the graph version this request
      // reads (and whether names are shown: the view differs); a cell's gaps and responses, which name
      // nodes by id (resolved through the loader, primed here), are read in full.
      if (!ctx.vruColumns || CELL_DETAIL.some((field) => asks(info, ['themes', 'requirements', 'cells', field]))) {
        const read = await analysing('partnershipIds', () => readVruAlignment(ctx.store, ids));
        prime(ctx, read.nodes);
        return read.report;
      }
      const kept = { columns: ctx.vruColumns, version: `${await ctx.store.graphVersion()} ${personalDataShown() ? 'names shown' : 'names withheld'}` };
      return analysing('partnershipIds', () => readVruMatrix(ctx.store, ids, kept));
    },

    governanceFindings: async (_, a, ctx) => {
      const asOf = asOfArg(a.asOf);
      await requireExisting(ctx, [a.partnershipId], 'partnershipId', 'Partnership');
      const data = await analysing('partnershipId', () => gatherGovernance(ctx.store, a.partnershipId));
      prime(ctx, data.nodes);
      return withLines(evaluateGovernance(data, { asOf, today: todayIso() }), data.rels);
    },

    cascade: async (_, a, ctx) => {
      const asOf = asOfArg(a.asOf);
      const maxDepth = intArg(a.depth, DEFAULT_CASCADE_DEPTH, 1, MAX_WALK_DEPTH, 'depth');
      await requireExisting(ctx, [a.id], 'id');
      const direction = a.direction ? DIRECTIONS[a.direction] : undefined;
      const result = await analysing('id', () => cascade(ctx.store, a.id, { direction, asOf, maxDepth }));
      prime(ctx, result.levels.flatMap((l) => l.entries.map((e) => e.node)));
      return result;
    },

    compareStructure: async (_, a, ctx) => {
      const from = asOfArg(a.from, 'from')!;
      const to = asOfArg(a.to, 'to')!;
      await requireExisting(ctx, [a.partnershipId], 'partnershipId', 'Partnership');
      if (a.toPartnershipId) await requireExisting(ctx, [a.toPartnershipId], 'toPartnershipId', 'Partnership');
      const diff = await analysing('partnershipId', () => compareStructure(ctx.store, a.partnershipId, from, to, a.toPartnershipId ?? a.partnershipId));
      prime(ctx, [...diff.bodies.added, ...diff.bodies.removed, ...diff.bodies.matched.flatMap((c) => [c.before, c.after])]);
      return diff;
    },

    sharedStructures: async (_, a, ctx) => {
      const asOf = asOfArg(a.asOf);
      const limit = intArg(a.first, DEFAULT_INTERLOCKS, 1, MAX_PAGE_SIZE, 'first');
      const report = await sharedStructures(ctx.store, { asOf, limit });
      prime(ctx, [
        ...report.spanning.map((s) => s.node),
        ...report.interlocks.flatMap((i) => [i.organisation, ...i.seats.map((s) => s.body)]),
      ]);
      return report;
    },
  },
};
