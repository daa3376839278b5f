// Curation queries and mutations (schema.graphql, "Curation"): thin wrappers over the curation
// service, which authorises every call itself (server/curation/viewer.ts) whatever the UI shows.
import { GraphQLError } from 'graphql';
import { CurationError } from '../../curation/errors.js';
import { registerSource } from '../../curation/sources.js';
import { editorOf, grantOf, isAdmin, reviewerOf, signedIn } from '../../curation/viewer.js';
import type { CurationContext } from '../../auth/context.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { intArg } from '../args.js';
import { badInput, ErrorCode } from '../errors.js';
import { ConflictError } from '../../store/curation-contract.js';

/**
 * The HTTP server sets curation up when it is given a curation store (main.ts always gives one);
 * a read-only API started without one (startServer without `curation`, an in-process harness)
 * answers its curation fields with NOT_SUPPORTED: what was asked, not a fault of the server.
 */
function curation(ctx: Context): CurationContext {
  if (!ctx.curation) {
    throw new GraphQLError('curation is not available on this server: it serves the graph read-only, without accounts, change sets or their history', {
      extensions: { code: ErrorCode.NOT_SUPPORTED },
    });
  }
  return ctx.curation;
}

/** A refusal keeps its code and names the argument at fault. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof CurationError) {
      throw new GraphQLError(err.message, { originalError: err, extensions: { code: err.code, ...(err.argument ? { argument: err.argument } : {}) } });
    }
    if (err instanceof ConflictError) {
      throw new GraphQLError(err.message, { originalError: err, extensions: { code: ErrorCode.CONFLICT, conflicts: err.conflicts } });
    }
    throw err;
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export const curationQueryResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, ctx) => ctx.curation?.viewer ?? null,
    // proposals are not yet part of the public record: only signed-in accounts see them
    changeSet: (_p, { id }, ctx) =>
      guard(async () => {
        signedIn(curation(ctx).viewer);
        return (await curation(ctx).service.store.getChangeSets([id]))[0] ?? null;
      }),
    changeSets: (_p, args, ctx) =>
      guard(async () => {
        const c = curation(ctx);
        const who = signedIn(c.viewer);
        const author = args.mine ? who.name : undefined;
        return c.service.store.listChangeSets({
          partnership: args.partnershipId ?? undefined,
          state: args.state ?? undefined,
          author,
          first: intArg(args.first, 50, 1, 200, 'first'),
          before: args.before ?? undefined,
        });
      }),
    history: async (_p, { id, withLines }, ctx) => {
      const store = curation(ctx).service.store;
      // every line the node ever had: the graph keeps ended lines, with their end date
      const lines = withLines ? (await ctx.store.expand({ ids: [id], direction: 'both' })).map((r) => r.id) : [];
      const [entries, [version]] = await Promise.all([store.history(id, ...lines), store.versions([id])]);
      return { id, version: version!, entries };
    },
    changedSince: async (_p, args, ctx) => {
      if (!ISO_INSTANT.test(args.since) || Number.isNaN(Date.parse(args.since))) {
        throw badInput(`since: "${args.since}" is not an ISO 8601 instant like 2026-01-31T09:00:00Z`, 'since');
      }
      return curation(ctx).service.store.audit({
        partnership: args.partnershipId,
        since: new Date(args.since).toISOString(),
        first: intArg(args.first, 100, 1, 500, 'first'),
      });
    },
    registeredSources: (_p, _a, ctx) =>
      guard(async () => {
        signedIn(curation(ctx).viewer);
        return curation(ctx).service.store.listSourceTexts();
      }),
  },
  Mutation: {
    proposeChange: (_p, { input }, ctx) => guard(() => curation(ctx).service.propose(curation(ctx).viewer, input)),
    reviewChange: (_p, { id, decision, reason }, ctx) => guard(() => curation(ctx).service.review(curation(ctx).viewer, id, decision, reason)),
    withdrawChange: (_p, { id }, ctx) => guard(() => curation(ctx).service.withdraw(curation(ctx).viewer, id)),
    registerSource: (_p, { input }, ctx) =>
      guard(async () => {
        const c = curation(ctx);
        const who = signedIn(c.viewer);
        if (!isAdmin(who) && editorOf(who).length === 0) throw new CurationError('FORBIDDEN', `${who.name} is not an editor`);
        return registerSource(input, who.name, c.service.graph, c.service.store, new Date());
      }),
    createApiToken: (_p, { label }, ctx) =>
      guard(async () => {
        const c = curation(ctx);
        const who = signedIn(c.viewer);
        if (who.via !== 'cookie') throw new CurationError('FORBIDDEN', 'an API token is made from a signed-in web session, not from another token');
        if (!label.trim()) throw new CurationError('BAD_USER_INPUT', 'label: must not be empty', 'label');
        const t = await c.issueToken(who, label.trim());
        return { token: t.token, label: label.trim(), expiresAt: t.expiresAt };
      }),
  },
  Viewer: {
    grants: (v) => v.roles.map(grantOf),
    admin: (v) => isAdmin(v),
    editorOf: (v) => editorOf(v),
    reviewerOf: (v) => reviewerOf(v),
  },
};
