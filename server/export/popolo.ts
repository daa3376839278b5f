// The graph as Popolo-style JSON (http://www.popoloproject.com/specs/): bodies and organisations as
// organizations, the posts the plans name (a chair's or lead's post, held on behalf of an organisation),
// memberships with roles and dates, areas, and the sources of each. The holders of posts are persons
// only when the scope allows personal data (the slice has already dropped them otherwise). Lines Popolo has no class for
// go in `relationships`, the plans' other nodes in `other_nodes`, and the cited documents in
// `documents`. popolo-schema.json is the schema; tests validate every export against it.
import { BODY_KINDS, type Evidence, type GraphNode, type GraphRel } from '../domain/model.js';
import { textProp } from '../domain/analysis/shared.js';
import type { GraphStore } from '../store/contract.js';
import type { ExportFormat } from './formats.js';
import { exportFileName } from './formats.js';
import { gatherSlice, type GraphSlice } from './graph-slice.js';
import { exportMeta, type ExportMeta } from './meta.js';
import { resolveScope } from './scope.js';

type Json = Record<string, unknown>;

export interface PopoloExport {
  meta: ExportMeta;
  organizations: Json[];
  persons: Json[];
  posts: Json[];
  memberships: Json[];
  areas: Json[];
  relationships: Json[];
  other_nodes: Json[];
  documents: Json[];
}

const ORGANIZATION_KINDS: readonly string[] = [...BODY_KINDS, 'Organisation'];
const MEMBERSHIP_TYPES: readonly string[] = ['MEMBER_OF', 'CHAIRS'];

/** Drops absent and empty fields, so the JSON holds only what is known. */
function compact(o: Json): Json {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)),
  );
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function toPopolo(slice: GraphSlice): PopoloExport {
  const byId = new Map(slice.nodes.map((n) => [n.id, n]));
  const sources = (evidence: readonly Evidence[]): Json[] =>
    evidence.map((e) => {
      const doc = byId.get(e.source);
      const url = doc ? textProp(doc, 'url') : undefined;
      return compact({ url, note: `${doc?.name ?? e.source}, ${e.locator}`, source_id: e.source, locator: e.locator, quote: e.quote, basis: e.basis, inference: e.note });
    });
  const others = (n: GraphNode) => n.aliases.map((name) => ({ name }));
  const outgoing = new Map<string, GraphRel[]>();
  for (const r of slice.rels) {
    const list = outgoing.get(r.from);
    if (list) list.push(r);
    else outgoing.set(r.from, [r]);
  }
  const out = (id: string, type: string) => (outgoing.get(id) ?? []).filter((r) => r.type === type);

  const organizations: Json[] = [];
  const areas: Json[] = [];
  const otherNodes: Json[] = [];
  const documents: Json[] = [];
  for (const n of slice.nodes) {
    if (ORGANIZATION_KINDS.includes(n.kind)) {
      // Popolo has one parent: the organisation a unit is part of, else the one body it reports to
      const parent = out(n.id, 'PART_OF')[0] ?? (out(n.id, 'REPORTS_TO').length === 1 ? out(n.id, 'REPORTS_TO')[0] : undefined);
      organizations.push(
        compact({
          id: n.id,
          name: n.name,
          other_names: others(n),
          classification: textProp(n, 'type') ? `${n.kind}: ${textProp(n, 'type')}` : n.kind,
          description: n.text,
          parent_id: parent?.to,
          area_id: out(n.id, 'COVERS')[0]?.to,
          partnership_id: n.partnership,
          founding_date: n.validFrom,
          dissolution_date: n.validTo,
          note: n.note,
          props: n.props,
          sources: sources(n.evidence),
        }),
      );
    } else if (n.kind === 'Area') {
      areas.push(compact({ id: n.id, name: n.name, classification: textProp(n, 'type'), parent_id: out(n.id, 'PART_OF')[0]?.to, other_names: others(n), sources: sources(n.evidence) }));
    } else if (n.kind === 'Source') {
      documents.push(compact({ id: n.id, title: n.name, props: n.props, sources: sources(n.evidence) }));
    } else {
      otherNodes.push(
        compact({
          id: n.id,
          kind: n.kind,
          name: n.name,
          other_names: others(n),
          description: n.text,
          partnership_id: n.partnership,
          start_date: n.validFrom,
          end_date: n.validTo,
          note: n.note,
          props: n.props,
          sources: sources(n.evidence),
        }),
      );
    }
  }

  const persons = new Map<string, Json>();
  const posts = new Map<string, Json>();
  const memberships: Json[] = [];
  const relationships: Json[] = [];
  const dates = (r: GraphRel) => ({ start_date: r.validFrom, end_date: r.validTo });
  for (const r of slice.rels) {
    if (!MEMBERSHIP_TYPES.includes(r.type)) {
      relationships.push(compact({ id: r.id, type: r.type, source_id: r.from, target_id: r.to, ...dates(r), note: r.note, props: r.props, sources: sources(r.evidence) }));
      continue;
    }
    const role = textProp(r, 'role') ?? (r.type === 'CHAIRS' ? 'chair' : 'member');
    const postLabel = textProp(r, 'post');
    const holder = textProp(r, 'holder');
    const personId = holder ? `person/${slug(holder)}` : undefined;
    if (personId && holder) persons.set(personId, { id: personId, name: holder });
    // a post belongs to the body it sits on; the same words on the same body are one post
    const postId = postLabel ? `${r.to}/post/${slug(postLabel)}` : undefined;
    if (postId && !posts.has(postId)) {
      posts.set(postId, compact({ id: postId, label: postLabel, role, organization_id: r.to, sources: sources(r.evidence) }));
    }
    memberships.push(
      compact({
        id: r.id,
        label: `${byId.get(r.from)?.name ?? r.from} ${role} of ${byId.get(r.to)?.name ?? r.to}`,
        role,
        organization_id: r.to,
        member: { '@type': 'Organization', id: r.from },
        post_id: postId,
        person_id: personId,
        on_behalf_of_id: textProp(r, 'onBehalfOf') ?? (postId ? r.from : undefined),
        ...dates(r),
        note: r.note,
        sources: sources(r.evidence),
      }),
    );
  }
  return {
    meta: exportMeta(slice.scope, 'popolo'),
    organizations,
    persons: [...persons.values()],
    posts: [...posts.values()],
    memberships,
    areas,
    relationships,
    other_nodes: otherNodes,
    documents,
  };
}

export const popoloFormat: ExportFormat = {
  name: 'popolo',
  summary: 'the graph as Popolo-style JSON: organizations, posts, memberships with roles and dates, areas, sources',
  async produce(store: GraphStore, req) {
    const slice = await gatherSlice(store, await resolveScope(store, req));
    return [{ name: exportFileName(req.partnershipIds, req.asAt, 'popolo.json'), contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(toPopolo(slice), null, 2)}\n` }];
  },
};
