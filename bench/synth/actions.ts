// A partnership's priorities (one per delivery group, sometimes one more the board keeps), how
// each is measured, and the action plan under them: leads, partners, timescales and status.
import { strategyId } from './national.js';
import type { Body, PartnershipCtx } from './partnership.js';
import { ACTION_VERBS, POSTS, THEMES, type Theme } from './pools.js';
import type { OrgRef } from './regions.js';

export interface Priority {
  id: string;
  number: number;
  theme: Theme;
  /** the body that oversees it */
  owner: Body;
  measures: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUARTER_END = ['06', '09', '12', '03'];

/** A timescale as a plan writes it, and the plan date it gives when it gives one. */
function timescale(ctx: PartnershipCtx): { timescale: string } | { timescale: string; due: string } {
  const { rng, year } = ctx;
  const r = rng.next();
  if (r < 0.2) return { timescale: rng.pick(['Ongoing', 'Throughout the plan', 'Annually']) };
  if (r < 0.45) {
    const y = year + rng.int(1, 3);
    return { timescale: `March ${y}`, due: `${y}-03` };
  }
  if (r < 0.7) {
    const y = year + rng.int(0, 2);
    const q = rng.int(1, 4);
    return { timescale: `Q${q} ${y}/${String((y + 1) % 100).padStart(2, '0')}`, due: `${q === 4 ? y + 1 : y}-${QUARTER_END[q - 1]}` };
  }
  if (r < 0.9) {
    const y = year + rng.int(0, 2);
    const m = rng.int(1, 12);
    return { timescale: `By ${MONTHS[m - 1]} ${y}`, due: `${y}-${String(m).padStart(2, '0')}` };
  }
  const y = year + rng.int(1, 3);
  return { timescale: String(y), due: String(y) };
}

function priorities(ctx: PartnershipCtx, planId: string): Priority[] {
  const { b, plan, rng, pid, groups, board } = ctx;
  const owned = groups.map((g) => ({ theme: g.theme, owner: g as Body }));
  const spare = THEMES.filter((t) => !groups.some((g) => g.theme.key === t.key));
  const all = rng.chance(0.4) && spare.length ? [...owned, { theme: rng.pick(spare), owner: board as Body }] : owned;

  plan.heading('6. Priorities');
  return all.map(({ theme, owner }, i): Priority => {
    const n = i + 1;
    const id = `${ctx.slug}/priority-${n}`;
    const ev = plan.cite('6. Priorities', `Priority ${n}: ${theme.priority}.`);
    b.node({ id, kind: 'Priority', name: theme.priority, partnership: pid, props: { number: n }, evidence: [ev] });
    b.rel('HAS_PRIORITY', planId, id, ev);
    b.rel('OVERSEES', owner.id, id, plan.cite('6. Priorities', `The ${owner.name} oversees priority ${n}.`));
    for (const key of rng.sample(theme.strategies, rng.int(1, theme.strategies.length))) {
      const s = strategyId(key);
      b.rel('ALIGNS_WITH', id, s, plan.cite('6. Priorities', `Priority ${n} supports the national ${key.replace(/-/g, ' ')} work.`));
    }
    const measures = rng.sample(theme.measures, rng.int(2, 3)).map((m, j) => {
      const mid = `${id}/measure-${j + 1}`;
      const target = rng.pick(['Reduce', 'Increase', 'Maintain']);
      const ev = plan.cite('6. Priorities', `Priority ${n} measure ${j + 1}: ${m} (${target.toLowerCase()}).`);
      b.node({ id: mid, kind: 'Measure', name: m, text: `${target}: ${m.toLowerCase()}.`, partnership: pid, props: { target, unit: 'count' }, evidence: [ev] });
      b.rel('MEASURED_BY', id, mid, ev);
      return mid;
    });
    return { id, number: n, theme, owner, measures };
  });
}

/** The priorities and `count` actions spread over them. */
export function planActions(ctx: PartnershipCtx, planId: string, count: number): Priority[] {
  const { b, plan, rng, pid, members, panels } = ctx;
  const list = priorities(ctx, planId);
  plan.heading('7. Action plan');
  const perPriority = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const p = i < list.length ? list[i]! : rng.pick(list);
    const j = (perPriority.get(p.id) ?? 0) + 1;
    perPriority.set(p.id, j);
    const number = `${p.number}.${j}`;
    const id = `${ctx.slug}/action-${p.number}-${j}`;
    const name = rng.pick(ACTION_VERBS).replace('{o}', rng.pick(p.theme.objects));
    const when = timescale(ctx);
    const status: Record<string, string> = rng.chance(0.45) ? { status: rng.pick(['On track', 'Complete', 'Delayed', 'Not started']) } : {};

    const r = rng.next();
    const leadAsWritten: Record<string, string> = r >= 0.04 && r < 0.07 ? { leadAsWritten: 'All partners' } : {};
    const ev = plan.cite(`7. Action plan, priority ${p.number}`, `Action ${number}: ${name}. Timescale: ${when.timescale}.`);
    b.node({
      id,
      kind: 'Action',
      name,
      text: `${name} in ${ctx.place}.`,
      partnership: pid,
      props: { number, category: rng.pick(['continue', 'differently']), ...when, ...status, ...leadAsWritten },
      evidence: [ev],
    });
    b.rel('HAS_ACTION', p.id, id, ev);

    let leads: OrgRef[] = [];
    if (r >= 0.07 && r < 0.15) {
      b.rel('LEADS', p.owner.id, id, plan.cite(`7. Action plan, priority ${p.number}`, `Action ${number} is led by the ${p.owner.name}.`));
    } else if (r >= 0.15) {
      leads = rng.sample(members, r < 0.3 ? 2 : 1);
      for (const lead of leads) {
        const post = rng.chance(0.3) ? { props: { post: rng.pick(POSTS) } } : {};
        b.rel('LEADS', lead.id, id, plan.cite(`7. Action plan, priority ${p.number}`, `Action ${number} is led by ${lead.name}.`), post);
      }
    }
    for (const partner of rng.sample(members.filter((m) => !leads.includes(m)), rng.int(0, 3))) {
      b.rel('DELIVERS', partner.id, id, plan.cite(`7. Action plan, priority ${p.number}`, `Action ${number} is delivered with ${partner.name}.`));
    }
    const themed = panels.filter((x) => x.theme === p.theme.key);
    if (themed.length && rng.chance(0.25)) {
      const overseer = rng.pick(themed);
      b.rel('OVERSEES', overseer.id, id, plan.cite(`7. Action plan, priority ${p.number}`, `The ${overseer.name} oversees action ${number}.`));
    }
    if (rng.chance(0.1)) {
      b.rel('MEASURED_BY', id, rng.pick(p.measures), plan.cite(`7. Action plan, priority ${p.number}`, `Action ${number} is measured against priority ${p.number}'s measures.`));
    }
  }
  return list;
}
