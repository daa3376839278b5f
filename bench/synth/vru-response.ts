// A partnership's answer to the VRU mandatory actions, shaped like Richmond's completed template:
// one Action per mandatory action answered, its lead organisation, named lead and RAG when given,
// and one RESPONDS_TO per organisation that writes a narrative. Some actions go unanswered and
// some answers say nothing or say the provision is missing, as in real returns.
import { FRAMEWORK_ID, REQUIREMENTS } from './framework.js';
import type { PartnershipCtx } from './partnership.js';
import { EMPTY_NARRATIVES, NARRATIVE_GAPS, NARRATIVE_MIDDLES, NARRATIVE_OPENINGS, POSTS, RAGS } from './pools.js';
import type { OrgRef } from './regions.js';
import { lastSegment } from './text.js';

const VRU_YEAR = '2024';

function narrative(ctx: PartnershipCtx, org: OrgRef): string {
  const { rng } = ctx;
  if (rng.chance(0.06)) return rng.pick(EMPTY_NARRATIVES);
  const body = rng.pick([ctx.board, ...ctx.groups, ...ctx.panels]);
  const parts = [rng.pick(NARRATIVE_OPENINGS).replace('{O}', org.name).replace('{B}', body.name), ...rng.sample(NARRATIVE_MIDDLES, rng.int(1, 2))];
  if (rng.chance(0.1)) parts.push(rng.pick(NARRATIVE_GAPS));
  return parts.join(' ');
}

/** Writes the response; returns how many actions it holds. */
export function vruResponse(ctx: PartnershipCtx): number {
  const { b, vru, rng, pid, members, slug } = ctx;
  const planId = `${slug}/vru-plan-${VRU_YEAR}`;
  const dated = { validFrom: VRU_YEAR };

  vru.heading('Front sheet');
  b.node({
    id: planId,
    kind: 'Strategy',
    name: vru.title,
    partnership: pid,
    ...dated,
    props: { period: VRU_YEAR, publisher: ctx.name, sourceId: vru.id },
    evidence: [vru.cite('Front sheet', `This plan is the ${ctx.name} response to the VRU mandatory actions.`)],
  });
  b.rel('OVERSEES', pid, planId, vru.cite('Front sheet', `The ${ctx.name} Board signs off this plan.`), dated);
  b.rel('ALIGNS_WITH', planId, FRAMEWORK_ID, vru.cite('Front sheet', 'The plan follows the Violence and Vulnerability Reduction Action Plans 2023 refresh template.'), dated);

  const unanswered = new Set(rng.sample(REQUIREMENTS, rng.int(0, 5)).map((r) => r.id));
  let count = 0;
  for (const req of REQUIREMENTS) {
    if (unanswered.has(req.id)) continue;
    count++;
    const number = `${req.theme}.${req.number}`;
    const locator = `Action plan table, theme ${req.theme}, action ${req.number}`;
    const id = `${planId}/${lastSegment(req.id)}`;
    const lead = rng.chance(0.88) ? rng.pick(members) : undefined;
    const namedLead = rng.chance(0.55) ? rng.pick(POSTS) : undefined;
    const rag = rng.chance(0.65) ? rng.pick(RAGS) : undefined;
    const row = vru.cite(
      locator,
      `${number} ${req.name}. Lead organisation: ${lead?.name ?? 'not given'}.${namedLead ? ` Named lead: ${namedLead}.` : ''}${rag ? ` RAG: ${rag}.` : ''}`,
    );
    const props: Record<string, string> = { number };
    if (namedLead) props.namedLead = namedLead;
    if (rag) props.rag = rag;
    b.node({ id, kind: 'Action', name: req.name, partnership: pid, ...dated, props, evidence: [row] });
    b.rel('HAS_ACTION', planId, id, row, dated);
    if (lead) b.rel('LEADS', lead.id, id, row, dated);

    const respondents = lead ? [lead, ...rng.sample(members.filter((m) => m !== lead), rng.int(0, 2))] : rng.sample(members, rng.int(1, 2));
    for (const org of respondents) {
      const text = narrative(ctx, org);
      b.rel('RESPONDS_TO', id, req.id, vru.cite(`${locator}, narrative`, `${org.name}: ${text}`), {
        ...dated,
        key: lastSegment(org.id),
        props: { respondent: org.id, narrative: text },
      });
    }
  }
  return count;
}
