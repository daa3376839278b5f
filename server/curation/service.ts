// The curation service: proposes change sets (authorised, evidenced, versioned), reviews them
// (four eyes), and writes approved ones to the graph through the store's writeBatch, so caches
// keyed by the graph's version see them. Approval is recorded first, then applied: a crash or a
// failed write in between leaves an approved, unapplied change set that recoverApproved (apply.ts)
// writes at the next start, or at the next approval, whichever comes first.
import { randomBytes } from 'node:crypto';
import { relId, type GraphNode, type GraphRel } from '../domain/model.js';
import { holdsAt } from '../domain/period.js';
import type { GraphStore } from '../store/contract.js';
import { ConflictError, type CurationStore } from '../store/curation-contract.js';
import { applyChangeSet, recoverApproved } from './apply.js';
import { explained } from './conflicts.js';
import { endChange, lineChange, nodeChange, type LineInput, type NodeInput } from './changes.js';
import { bad, CurationError } from './errors.js';
import { resolveEvidence, type EvidenceInput } from './evidence.js';
import type { Change, ChangeSet } from './model.js';
import { requireEditor, requireReviewer, signedIn, type Viewer } from './viewer.js';

export interface ChangeInput {
  node?: NodeInput | null;
  line?: LineInput | null;
  end?: { id: string; expectedVersion: number; validTo: string } | null;
  chair?: { bodyId: string; chairId: string; from: string; role?: string | null; post?: string | null } | null;
}

export interface ChangeSetInput {
  partnershipId: string;
  summary: string;
  evidence: EvidenceInput;
  changes: ChangeInput[];
}

export interface CurationOptions {
  /** reviewers may not approve their own change sets (GOVGRAPH_REVIEW_OWN=allow turns it off) */
  fourEyes: boolean;
  /** the source plans, for quote checks */
  sourcesDir: string;
  now?: () => Date;
}

export const MAX_CHANGES = 100;

export class Curation {
  private readonly now: () => Date;

  constructor(
    readonly graph: GraphStore,
    readonly store: CurationStore,
    readonly opts: CurationOptions,
  ) {
    this.now = opts.now ?? (() => new Date());
  }

  async propose(viewer: Viewer | null, input: ChangeSetInput): Promise<ChangeSet> {
    const author = requireEditor(viewer, input.partnershipId);
    const [partnership] = await this.graph.getNodes([input.partnershipId]);
    if (partnership?.kind !== 'Partnership') throw new CurationError('NOT_FOUND', `no partnership "${input.partnershipId}"`, 'input.partnershipId');
    const summary = input.summary.trim();
    if (!summary) throw bad('say what changed and why', 'input.summary');
    if (input.changes.length === 0 || input.changes.length > MAX_CHANGES) throw bad(`give from 1 to ${MAX_CHANGES} changes`, 'input.changes');
    const at = this.now().toISOString();
    const id = `cs-${at.slice(0, 10)}-${randomBytes(5).toString('hex')}`;
    const evidence = await resolveEvidence(input.evidence, { graph: this.graph, curation: this.store, sourcesDir: this.opts.sourcesDir, author: author.name, changeSetId: id, at });
    const changes = await this.buildChanges(input, evidence.graph, author);
    if (evidence.attestation) changes.push({ target: 'node', id: evidence.attestation.id, op: 'create', baseVersion: 0, before: null, after: evidence.attestation });
    const seen = new Set<string>();
    for (const c of changes) {
      if (seen.has(c.id)) throw bad(`"${c.id}" is changed twice in one change set`, 'input.changes');
      seen.add(c.id);
    }
    await explained(this.store, () => this.checkVersions(changes));
    const cs: ChangeSet = { id, partnership: input.partnershipId, author: author.name, summary, evidence: evidence.record, changes, state: 'PROPOSED', createdAt: at, applied: false };
    await this.store.createChangeSet(cs);
    return cs;
  }

  private async buildChanges(input: ChangeSetInput, evidence: GraphNode['evidence'][number], who: Viewer): Promise<Change[]> {
    const p = input.partnershipId;
    const ids = input.changes.flatMap((c) => [c.node?.id, c.line?.from, c.line?.to, c.end?.id, c.chair?.bodyId, c.chair?.chairId].filter((x): x is string => !!x));
    const nodes = new Map((await this.graph.getNodes(ids)).filter((n): n is GraphNode => n !== null).map((n) => [n.id, n]));
    const out: Change[] = [];
    for (const [i, c] of input.changes.entries()) {
      const at = `input.changes.${i}`;
      const set = [c.node, c.line, c.end, c.chair].filter((x) => x !== null && x !== undefined).length;
      if (set !== 1) throw bad('set exactly one of node, line, end, chair', at);
      if (c.node) {
        const change = nodeChange(c.node, nodes.get(c.node.id) ?? null, p, evidence, `${at}.node`);
        this.inScope(who, p, (change.after as GraphNode).partnership, `${at}.node.id`, change.id);
        nodes.set(change.id, change.after as GraphNode);
        out.push(change);
      } else if (c.line) {
        const id = relId(c.line.from, c.line.type as GraphRel['type'], c.line.to, c.line.key ?? undefined);
        const [current] = await this.graph.getRels([id]);
        const change = lineChange(c.line, current, nodes, evidence, `${at}.line`);
        this.lineInScope(who, p, change.after as GraphRel, nodes, `${at}.line`);
        out.push(change);
      } else if (c.end) {
        const item = nodes.get(c.end.id) ?? (await this.graph.getRels([c.end.id]))[0];
        if (!item) throw new CurationError('NOT_FOUND', `no node or line "${c.end.id}"`, `${at}.end.id`);
        if ('type' in item) {
          // a line's scope is its ends' partnership: load the ends the change set does not name itself
          const ends = [item.from, item.to].filter((e) => !nodes.has(e));
          for (const n of await this.graph.getNodes(ends)) if (n) nodes.set(n.id, n);
          this.lineInScope(who, p, item, nodes, `${at}.end`);
        } else this.inScope(who, p, item.partnership, `${at}.end.id`, item.id);
        out.push(endChange(item, c.end.expectedVersion, c.end.validTo, evidence, `${at}.end`));
      } else if (c.chair) {
        out.push(...(await this.chairChanges(c.chair, nodes, evidence, who, p, `${at}.chair`)));
      }
    }
    return out;
  }

  /** Ends every open CHAIRS line into the body at `from`, and adds the new chair's line from then. */
  private async chairChanges(c: NonNullable<ChangeInput['chair']>, nodes: Map<string, GraphNode>, evidence: GraphNode['evidence'][number], who: Viewer, p: string, at: string): Promise<Change[]> {
    const body = nodes.get(c.bodyId);
    if (!body) throw new CurationError('NOT_FOUND', `no body "${c.bodyId}"`, `${at}.bodyId`);
    this.inScope(who, p, body.partnership, `${at}.bodyId`, body.id);
    const open = (await this.graph.expand({ ids: [c.bodyId], types: ['CHAIRS'], direction: 'in' })).filter((r) => holdsAt(r, c.from) && r.from !== c.chairId);
    const versions = await this.store.versions(open.map((r) => r.id));
    const ended = open.map((r, i) => endChange(r, versions[i]!, c.from, evidence, `${at}.from`));
    const props = [{ key: 'role', value: c.role ?? 'chair' }, ...(c.post ? [{ key: 'post', value: c.post }] : [])];
    const [current] = await this.graph.getRels([relId(c.chairId, 'CHAIRS', c.bodyId)]);
    const [version] = await this.store.versions([relId(c.chairId, 'CHAIRS', c.bodyId)]);
    const added = lineChange(
      { type: 'CHAIRS', from: c.chairId, to: c.bodyId, expectedVersion: current ? version! : 0, validFrom: c.from, validTo: current?.validTo ? '' : undefined /* re-opens an ended line */, properties: props },
      current,
      nodes.has(c.chairId) ? nodes : new Map([...nodes, ...(await this.graph.getNodes([c.chairId])).filter((n): n is GraphNode => !!n).map((n) => [n.id, n] as const)]),
      evidence,
      at,
    );
    return [...ended, added];
  }

  /** `what` is named in the message: a web form shows it beside the field, without the argument. */
  private inScope(who: Viewer, p: string, scope: string | undefined, at: string, what: string): void {
    if (scope === p) return;
    if (who.roles.includes('admin')) return;
    const why = scope ? `belongs to ${scope}, not to ${p}` : `is shared by every partnership, not only ${p}: an admin changes it`;
    throw new CurationError('FORBIDDEN', `${at}: ${what} ${why}`, at);
  }

  private lineInScope(who: Viewer, p: string, r: GraphRel, nodes: Map<string, GraphNode>, at: string): void {
    if ([nodes.get(r.from)?.partnership, nodes.get(r.to)?.partnership].includes(p)) return;
    this.inScope(who, p, nodes.get(r.to)?.partnership ?? nodes.get(r.from)?.partnership, at, r.id);
  }

  private async checkVersions(changes: Change[]): Promise<void> {
    const current = await this.store.versions(changes.map((c) => c.id));
    const conflicts = changes.map((c, i) => ({ id: c.id, expected: c.baseVersion, actual: current[i]! })).filter((c) => c.expected !== c.actual);
    if (conflicts.length) throw new ConflictError(conflicts);
  }

  async review(viewer: Viewer | null, id: string, decision: 'APPROVED' | 'REJECTED', reason: string): Promise<ChangeSet> {
    const [cs] = await this.store.getChangeSets([id]);
    if (!cs) throw new CurationError('NOT_FOUND', `no change set "${id}"`, 'id');
    const reviewer = requireReviewer(viewer, cs.partnership);
    if (this.opts.fourEyes && reviewer.name === cs.author) {
      throw new CurationError('FORBIDDEN', `${reviewer.name} proposed ${id}: another reviewer must review it (or withdraw it)`);
    }
    const why = reason.trim();
    if (!why) throw bad('give a reason', 'reason');
    if (cs.state !== 'PROPOSED') throw bad(`${id} is already ${cs.state}`, 'id');
    const review = { reviewer: reviewer.name, decision, reason: why, at: this.now().toISOString() };
    // a stale change set can always be rejected: only approval checks versions
    if (decision === 'REJECTED') return this.store.reject(id, review);
    const approved = await explained(this.store, () => this.store.approve(id, review));
    await applyChangeSet(this.graph, this.store, approved);
    // one a failed write left approved but not in the graph waits no longer than this (writing
    // the newest state again is harmless if another process is writing it at the same time)
    await recoverApproved(this.graph, this.store);
    return { ...approved, applied: true };
  }

  /**
   * Its author takes back a change set still waiting for review, whatever roles they hold now:
   * one an approved change overtook could otherwise wait for a reviewer forever.
   */
  async withdraw(viewer: Viewer | null, id: string): Promise<ChangeSet> {
    const who = signedIn(viewer);
    const [cs] = await this.store.getChangeSets([id]);
    if (!cs) throw new CurationError('NOT_FOUND', `no change set "${id}"`, 'id');
    if (cs.author !== who.name) throw new CurationError('FORBIDDEN', `${who.name} did not propose ${id}: only its author, ${cs.author}, withdraws it (a reviewer rejects it)`, 'id');
    if (cs.state !== 'PROPOSED') throw bad(`${id} is already ${cs.state}`, 'id');
    return this.store.withdraw(id, this.now().toISOString());
  }

}
