// Proposes pairs of bodies, or of organisations, that may be one thing recorded twice: the
// plans name the same body differently ("Safeguarding Adults Board", "Adult's Safeguarding
// Partnership"), and curators merge some and keep others apart. A proposal is for a curator to
// confirm or dismiss; a pair already joined by SUPERSEDES or PART_OF is a known relation, not one.
// Only pairs of one partnership's scope are compared: every borough has a MARAC of its own.
import type { GraphNode } from '../../model.js';
import { isBody, mergeEvidence, type GraphIndex } from '../shared.js';
import type { Finding, GovernanceRule } from './types.js';

const RULE = 'likely-duplicate';

const STOP = new Set(['the', 'and', 'of', 'for', 'a', 'an', 'in', 's']);
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !STOP.has(w))
    // "Operations Group" and "Operation Group" are one name
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));
const key = (s: string): string => words(s).join(' ');

/** Share of the words the two names have in common (Jaccard). */
function likeness(a: string, b: string): number {
  const [x, y] = [new Set(words(a)), new Set(words(b))];
  const common = [...x].filter((w) => y.has(w)).length;
  return common / (x.size + y.size - common || 1);
}

/** The members and chairs of a body, as a sorted key, when it has three or more (two co-chairs are common to many meetings). */
function seats(graph: GraphIndex, id: string): string | null {
  const from = [...new Set(graph.in(id, ['MEMBER_OF', 'CHAIRS']).map((r) => r.from))].sort();
  return from.length >= 3 ? from.join('|') : null;
}

/** Why the two may be one, or null. */
function reason(graph: GraphIndex, a: GraphNode, b: GraphNode): string | null {
  const namesA = [a.name, ...a.aliases];
  const namesB = [b.name, ...b.aliases];
  const shared = namesA.find((n) => n.length <= 12 && namesB.some((m) => key(m) === key(n)) && key(n));
  if (shared) return `both are called "${shared}"`;
  if (key(a.name) === key(b.name)) return 'their names differ only in punctuation, plurals or small words';
  if (likeness(a.name, b.name) >= 0.75) return 'their names are nearly the same';
  const sa = isBody(a) ? seats(graph, a.id) : null;
  if (sa && sa === seats(graph, b.id)) return 'the same organisations sit on both';
  return null;
}

const related = (graph: GraphIndex, a: string, b: string): boolean =>
  graph.out(a, ['SUPERSEDES', 'PART_OF']).some((r) => r.to === b) || graph.out(b, ['SUPERSEDES', 'PART_OF']).some((r) => r.to === a);

export const likelyDuplicate: GovernanceRule = {
  id: RULE,
  summary:
    'Two bodies, or two organisations, that may be one recorded twice (a shared abbreviation, near-identical names, the same members): for a curator to confirm or dismiss.',
  check({ graph, partnership }) {
    const all = [...graph.nodes.values()].filter((n) => isBody(n) || n.kind === 'Organisation');
    const ours = (n: GraphNode) => n.id === partnership.id || n.partnership === partnership.id;
    const findings: Finding[] = [];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i]!, all[j]!].sort((x, y) => (x.id < y.id ? -1 : 1)) as [GraphNode, GraphNode];
        // each borough has its own MARAC: only entries of one plan's scope (or both of none) are compared
        if (isBody(a) !== isBody(b) || a.partnership !== b.partnership || !(ours(a) || ours(b)) || related(graph, a.id, b.id)) continue;
        const why = reason(graph, a, b);
        if (!why) continue;
        findings.push({
          ruleId: RULE,
          severity: 'low',
          message: `${a.name} (${a.id}) and ${b.name} (${b.id}) may be the same: ${why}. A curator should confirm or dismiss.`,
          nodeIds: [a.id, b.id],
          relIds: [],
          evidence: mergeEvidence(a, b),
        });
      }
    }
    return findings.sort((x, y) => (x.message < y.message ? -1 : 1));
  },
};
