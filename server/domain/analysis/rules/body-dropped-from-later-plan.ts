import type { GraphNode } from '../../model.js';
import { validStart } from '../../period.js';
import { byName, isBody, mergeEvidence, namesOf, naturalCompare, normName, periodOf, textProp, type GraphIndex } from '../shared.js';
import type { GovernanceRule, RuleContext } from './types.js';

interface Plan {
  strategy: GraphNode;
  sourceId: string;
  start: string;
}

/**
 * The partnership's own plans: its Strategy nodes that are one of the source plans
 * (props.sourceId) and say when they start, oldest first; with a date asked for, only the plans
 * begun by then (a plan not yet written cannot leave a body out).
 */
export function plansOf({ record, partnership, asOf }: RuleContext): Plan[] {
  const until = asOf ? periodOf(asOf).end : undefined;
  return [...record.nodes.values()]
    .flatMap((s) => {
      const sourceId = textProp(s, 'sourceId');
      return s.kind === 'Strategy' && s.partnership === partnership.id && sourceId && s.validFrom
        ? [{ strategy: s, sourceId, start: validStart(s.validFrom) }]
        : [];
    })
    .filter((p) => !until || p.start <= until)
    .sort((a, b) => naturalCompare(a.start, b.start));
}

/** Sources that name a body: its own evidence and that of every line it has. */
function sourcesNaming(record: GraphIndex, body: GraphNode): Set<string> {
  return new Set([body, ...record.both(body.id).map(({ rel }) => rel)].flatMap((x) => x.evidence.map((e) => e.source)));
}

/**
 * What the slice quotes of each source, reduced by normName and padded with spaces for
 * whole-word lookups: every evidence quote citing it, and the narratives of the lines it evidences.
 */
function quotedText(record: GraphIndex): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const item of [...record.nodes.values(), ...record.rels])
    for (const e of item.evidence) {
      const narrative = 'type' in item ? textProp(item, 'narrative') : undefined;
      parts.set(e.source, [...(parts.get(e.source) ?? []), e.quote, ...(narrative ? [narrative] : [])]);
    }
  return new Map([...parts].map(([source, texts]) => [source, ` ${texts.map(normName).join(' ')} `]));
}

/**
 * Whether running text names a body. Names too short to look for ("DA") are left out, and so are
 * names that are part of another body's name in the same plan ("VAWG Board" inside "Local Met
 * VAWG board"), which the text cannot tell apart.
 */
const mentions = (text: string | undefined, names: string[], others: string[]): boolean =>
  text !== undefined &&
  names.some((n) => n.length >= 3 && text.includes(` ${n} `) && !others.some((o) => ` ${o} `.includes(` ${n} `)));

/**
 * A plan names a body when the body's evidence or the evidence of one of its lines cites the
 * plan, or when the plan's quoted text (quotes citing it, narratives it evidences) has the
 * body's name or an alias as whole words. A body is dropped from a later plan when a plan of the
 * partnership names it, a plan of the same partnership that starts after the latest plan naming
 * it does not, and no body that later plan names carries the same name or alias (a body kept
 * under a new id is not dropped).
 * Evidence, not validity, decides: a plan is read whole, so a body it never mentions is absent
 * from it, while validTo is the curator's reading and is often left open.
 */
export const bodyDroppedFromLaterPlan: GovernanceRule = {
  id: 'body-dropped-from-later-plan',
  summary:
    "A body named in one of the partnership's plans and absent from a later plan of the same partnership " +
    '(the later plan evidences neither it, nor a line of it, nor a body of the same name, and its quoted text never names it).',
  check(ctx) {
    const { record, partnership } = ctx;
    const plans = plansOf(ctx);
    if (plans.length < 2) return [];
    const bodies = [...record.nodes.values()].filter((n) => isBody(n) && n.partnership === partnership.id && n.id !== partnership.id).sort(byName);
    const quoted = quotedText(record);
    const evidenced = new Map(bodies.map((b) => [b.id, sourcesNaming(record, b)]));
    // a body a plan evidences is named by it already, so its names are only the others' for a mention
    const evidencedNames = new Map(
      plans.map((p) => [p.sourceId, bodies.filter((b) => evidenced.get(b.id)!.has(p.sourceId)).flatMap(namesOf)]),
    );
    const naming = new Map(
      bodies.map((b) => {
        const sources = new Set(evidenced.get(b.id));
        for (const p of plans)
          if (mentions(quoted.get(p.sourceId), namesOf(b), evidencedNames.get(p.sourceId)!)) sources.add(p.sourceId);
        return [b.id, sources];
      }),
    );
    const namesIn = new Map(
      plans.map((p) => [p.sourceId, new Set(bodies.filter((b) => naming.get(b.id)!.has(p.sourceId)).flatMap(namesOf))]),
    );

    return bodies.flatMap((b) => {
      const namedBy = plans.filter((p) => naming.get(b.id)!.has(p.sourceId));
      const latest = namedBy[namedBy.length - 1];
      if (!latest) return [];
      const own = namesOf(b);
      const missing = plans.filter((p) => p.start > latest.start && !own.some((n) => namesIn.get(p.sourceId)!.has(n)));
      if (missing.length === 0) return [];
      const ended = b.validTo ? ` (its record ends ${b.validTo})` : '';
      return [
        {
          ruleId: 'body-dropped-from-later-plan',
          severity: 'low' as const,
          message:
            `${b.name} is named in ${latest.strategy.name} but not in the later ${missing.map((p) => p.strategy.name).join(' or ')}${ended}: ` +
            'it may have been stood down, merged or renamed, or left out of the later plan.',
          nodeIds: [b.id, latest.strategy.id, ...missing.map((p) => p.strategy.id)],
          relIds: [],
          evidence: mergeEvidence(b),
        },
      ];
    });
  },
};
