// The VRU frameworks the graph knows (a Strategy with themes as Priorities and mandatory actions as
// Requirements), and which mandatory action a row's wording is: the wording, not the row's number,
// decides, because PDF exports move rows and theme labels away from where they belong.
import type { GraphNode, GraphRel } from '../domain/model.js';
import { plainText } from '../domain/analysis/vru-narrative.js';

export interface Requirement {
  id: string;
  /** "4.10" */
  number: string;
  theme: number;
  themeName: string;
  words: Set<string>;
}

export interface Framework {
  id: string;
  name: string;
  requirements: Requirement[];
}

/** Below this a row's wording is not taken for a mandatory action. */
export const MATCH_THRESHOLD = 0.6;

export const wordsOf = (text: string): Set<string> =>
  new Set(
    plainText(text)
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );

/** Dice's coefficient of two word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

export interface ActionMatch {
  requirement: Requirement;
  score: number;
}

/** The mandatory action whose wording is closest; a near tie goes to the one with the row's number. */
export function matchAction(fw: Framework, text: string, number?: string): ActionMatch | null {
  const words = wordsOf(text);
  if (words.size === 0) return null;
  const scored = fw.requirements.map((requirement) => ({ requirement, score: similarity(words, requirement.words) })).sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < MATCH_THRESHOLD) return null;
  const tie = scored.find((s) => best.score - s.score < 0.05 && number !== undefined && s.requirement.number === number);
  return tie ?? best;
}

export function frameworksFrom(nodes: readonly GraphNode[], rels: readonly GraphRel[]): Framework[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const themesOf = new Map<string, GraphNode[]>();
  const reqsOf = new Map<string, GraphNode[]>();
  for (const r of rels) {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (r.type === 'HAS_PRIORITY' && from?.kind === 'Strategy' && to?.kind === 'Priority') themesOf.set(from.id, [...(themesOf.get(from.id) ?? []), to]);
    if (r.type === 'PART_OF' && from?.kind === 'Requirement' && to?.kind === 'Priority') reqsOf.set(to.id, [...(reqsOf.get(to.id) ?? []), from]);
  }
  const out: Framework[] = [];
  for (const [id, themes] of themesOf) {
    const requirements = themes.flatMap((t) =>
      (reqsOf.get(t.id) ?? []).map((q) => ({
        id: q.id,
        number: String(q.props['number'] ?? ''),
        theme: Number(t.props['number'] ?? q.props['theme']),
        themeName: t.name,
        words: wordsOf(q.text ?? q.name),
      })),
    );
    if (requirements.length > 0) out.push({ id, name: byId.get(id)!.name, requirements });
  }
  return out;
}
