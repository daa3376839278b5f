// One synthetic community safety partnership: its plan, board, delivery groups, panels in three
// or four tiers (some reporting to two parents), its member organisations (regional, national and
// local) on those bodies, its priorities and actions, and its answer to the VRU mandatory actions.
// Small gaps are left on purpose (a panel with no chair, an action with no lead, an unanswered
// mandatory action) at rates like the real plans', so the analyses have findings to report.
import { planActions } from './actions.js';
import { NATIONAL_MEMBERS, nationalOrgId } from './national.js';
import { BODY_TEMPLATES, COORDINATION_BODIES, COUNCIL, LOCAL_ORGS, POSTS, THEMES, type Theme } from './pools.js';
import type { Rng } from './prng.js';
import type { BoroughServices, OrgRef } from './regions.js';
import { fill, SeedBuilder, SourceDoc, slugify, type SynthFile } from './text.js';
import { vruResponse } from './vru-response.js';

/** What the action plan and the VRU response need to know about the partnership. */
export interface PartnershipCtx {
  place: string;
  slug: string;
  /** the Partnership node's id */
  pid: string;
  name: string;
  rng: Rng;
  b: SeedBuilder;
  plan: SourceDoc;
  vru: SourceDoc;
  /** the plan's first year */
  year: number;
  members: OrgRef[];
  board: Body;
  groups: (Body & { theme: Theme })[];
  panels: (Body & { theme: string })[];
}

export interface Body {
  id: string;
  name: string;
  members: OrgRef[];
}

export interface PartnershipOut {
  file: SynthFile;
  docs: SourceDoc[];
  id: string;
}

export function buildPartnership(place: string, services: BoroughServices, rng: Rng): PartnershipOut {
  const slug = slugify(place);
  const pid = `${slug}/csp`;
  const name = `${place} Community Safety Partnership`;
  const abbr = `${place.split(' ').map((w) => w[0]).join('')}CSP`;
  const year = rng.pick([2022, 2023, 2024]);
  const plan = new SourceDoc(`source/${slug}-csp-plan`, `${slug}-community-safety-plan.txt`, `${name} Plan ${year}-${year + 3}`);
  const vru = new SourceDoc(`source/${slug}-vru-plan`, `${slug}-vru-action-plan-2024.txt`, `${place} Violence and Vulnerability Reduction Action Plan 2024`);
  const b = new SeedBuilder();
  const scope = { partnership: pid };

  for (const doc of [plan, vru]) {
    b.node({ id: doc.id, kind: 'Source', name: doc.title, props: { file: doc.file, title: doc.title, publisher: name, year: doc === plan ? year : 2024 }, evidence: [doc.titleEvidence()] });
  }

  plan.heading('1. Introduction');
  const intro = plan.cite('1. Introduction', `The ${name} (${abbr}) brings together the council, police, probation, health and fire services with local partners.`);
  b.node({ id: pid, kind: 'Partnership', name, aliases: [abbr, `${place} CSP`], text: `The statutory community safety partnership for ${place}.`, props: {}, evidence: [intro] });
  const area = `area/${slug}`;
  const covers = plan.cite('1. Introduction', `The Partnership works across the borough of ${place}.`);
  b.node({ id: area, kind: 'Area', name: place, props: { type: 'borough' }, evidence: [covers] });
  b.rel('COVERS', pid, area, covers);
  b.rel('PART_OF', area, services.bcuArea, plan.cite('1. Introduction', `${place} is policed by the ${services.bcu.name}.`));

  const planId = `${slug}/csp-plan-${year}`;
  b.node({
    id: planId,
    kind: 'Strategy',
    name: plan.title,
    ...scope,
    validTo: `${year + 3}-03`,
    props: { period: `${year}-${year + 3}`, publisher: name, sourceId: plan.id },
    evidence: [plan.cite('1. Introduction', `This plan sets out the priorities of the ${abbr} from April ${year} to March ${year + 3}.`)],
  });
  b.rel('OVERSEES', pid, planId, plan.cite('1. Introduction', `The ${abbr} agrees and monitors this plan.`));

  // ---------------------------------------------------------------- governance structure
  plan.heading('2. Governance structure');
  const bodyNode = (id: string, kind: 'Board' | 'SubGroup' | 'Panel', bodyName: string, tier: number, frequency: string, remit: string, aliases?: string[], status?: string) => {
    const ev = plan.cite('2. Governance structure', `The ${bodyName}${aliases ? ` (${aliases[0]})` : ''} meets ${frequency} and ${remit}.`);
    const props = { tier, frequency, ...(status ? { status, statusTo: String(year) } : {}) };
    b.node({ id, kind, name: bodyName, ...(aliases ? { aliases } : {}), text: `${remit[0]!.toUpperCase()}${remit.slice(1)}.`, ...scope, props, evidence: [ev] });
    return { id, name: bodyName, members: [] as OrgRef[] };
  };
  const reportsTo = (from: Body, to: Body | { id: string; name: string }, also = false) =>
    b.rel('REPORTS_TO', from.id, to.id, plan.cite('2. Governance structure', `The ${from.name} ${also ? 'also ' : ''}reports to the ${to.name}.`));

  const board = bodyNode(`${slug}/board`, 'Board', `${name} Board`, 1, 'quarterly', 'sets the strategic direction of the Partnership', [`${abbr} Board`]);
  reportsTo(board, { id: pid, name });

  const themes = rng.sample(THEMES, rng.int(3, 5));
  const groups = themes.map((theme) => {
    const g = bodyNode(`${slug}/${theme.key}-group`, 'SubGroup', theme.group, 2, rng.pick(['monthly', 'bi-monthly', 'quarterly']), `leads the priority to ${theme.priority.toLowerCase()}`, theme.groupAbbr ? [theme.groupAbbr] : undefined);
    reportsTo(g, board);
    return { ...g, theme };
  });
  const groupFor = (themeKey: string) => groups.find((g) => g.theme.key === themeKey);

  // panels of the partnership's own themes first, then others, so most sit under their theme's group
  const chosenKeys = new Set(themes.map((t) => t.key));
  const inTheme = rng.shuffle(BODY_TEMPLATES.filter((t) => chosenKeys.has(t.theme)));
  const others = rng.shuffle(BODY_TEMPLATES.filter((t) => !chosenKeys.has(t.theme)));
  const templates = [...inTheme, ...others].slice(0, rng.int(10, 20));
  const tier4 = new Set(rng.chance(0.6) ? rng.sample(templates.slice(1), rng.int(2, 5)).map((t) => t.slug) : []);
  const unanchored = rng.chance(0.05) ? rng.pick(templates.filter((t) => !tier4.has(t.slug))).slug : undefined;

  const panels: PartnershipCtx['panels'] = [];
  for (const t of templates.filter((x) => !tier4.has(x.slug))) {
    const status = rng.chance(0.03) ? 'to be set up' : undefined;
    const p = bodyNode(`${slug}/${t.slug}`, t.kind, t.name, 3, t.frequency, t.remit, t.abbr ? [t.abbr] : undefined, status);
    panels.push({ ...p, theme: t.theme });
    if (t.slug === unanchored) continue; // a gap: nobody it reports to is recorded
    reportsTo(p, groupFor(t.theme) ?? rng.pick(groups));
    if (rng.chance(0.2)) reportsTo(p, board, true);
  }
  // tier 4 sits under a tier-3 body that has a reporting line itself
  const tier3 = panels.filter((x) => x.id !== `${slug}/${unanchored}`);
  for (const t of templates.filter((x) => tier4.has(x.slug))) {
    const p = bodyNode(`${slug}/${t.slug}`, t.kind, t.name, 4, t.frequency, t.remit, t.abbr ? [t.abbr] : undefined);
    const sameTheme = tier3.filter((x) => x.theme === t.theme);
    const parent = rng.pick(sameTheme.length ? sameTheme : tier3);
    reportsTo(p, parent);
    const group = groupFor(t.theme);
    if (group && rng.chance(0.3)) reportsTo(p, group, true);
    panels.push({ ...p, theme: t.theme });
  }
  for (const p of panels) {
    if (!rng.chance(0.15)) continue;
    const to = rng.pick(panels);
    if (to.id !== p.id) b.rel('FEEDS_INTO', p.id, to.id, plan.cite('2. Governance structure', `The ${p.name} feeds information into the ${to.name}.`));
  }

  plan.heading('3. Links with other partnerships');
  for (const c of COORDINATION_BODIES) {
    if (!rng.chance(0.85)) continue;
    const cName = `${place} ${c.name}`;
    const id = `${slug}/${c.slug}`;
    b.node({ id, kind: c.kind, name: cName, aliases: [c.abbr], ...scope, props: { tier: 1 }, evidence: [plan.cite('3. Links with other partnerships', `The ${cName} (${c.abbr}) is a statutory partner body.`)] });
    if (rng.chance(0.85)) b.rel('LINKS_WITH', board.id, id, plan.cite('3. Links with other partnerships', `The ${board.name} co-ordinates its work with the ${cName}.`));
  }

  // ---------------------------------------------------------------- member organisations
  const members = memberOrganisations(place, slug, pid, services, rng, b, plan);
  const council = members.find((m) => m.id === `org/${slug}-council`)!;
  // the responsible authorities of a community safety partnership sit on its board
  const authorities = [council, services.bcu, services.pdu, services.fire, services.icb];

  plan.heading('4. Membership');
  const join = (org: OrgRef, body: Body, role: string) => {
    const as = role === 'responsible-authority' ? 'as a responsible authority' : role === 'attendee' ? 'as an attendee' : 'as a member';
    b.rel('MEMBER_OF', org.id, body.id, plan.cite('4. Membership', `${org.name} sits on the ${body.name} ${as}.`), { props: { role } });
    body.members.push(org);
  };
  const chair = (org: OrgRef, body: Body, role: 'chair' | 'vice-chair', post: string) =>
    b.rel('CHAIRS', org.id, body.id, plan.cite('4. Membership', `The ${post} of ${org.name} is ${role === 'chair' ? 'the chair' : 'vice-chair'} of the ${body.name}.`), { props: { role, post } });

  for (const org of authorities) join(org, board, 'responsible-authority');
  const rest = members.filter((m) => !authorities.includes(m));
  for (const org of rng.sample(rest, rng.int(4, 8))) join(org, board, 'member');
  chair(council, board, 'chair', 'Chief Executive');
  chair(services.bcu, board, 'vice-chair', 'Borough Commander');

  const seated = (body: Body, lo: number, hi: number) => {
    for (const org of rng.sample(members, rng.int(lo, hi))) join(org, body, rng.chance(0.1) ? 'attendee' : 'member');
    if (body.members.length > 0 && rng.chance(0.92)) chair(rng.pick(body.members), body, 'chair', rng.pick(POSTS));
  };
  for (const g of groups) seated(g, 6, 10);
  for (const p of panels) {
    const empty = rng.chance(0.03); // a gap: nobody is recorded on it
    seated(p, empty ? 0 : 4, empty ? 0 : 8);
  }
  // every member organisation sits on at least one body
  const sitting = new Set([board, ...groups, ...panels].flatMap((x) => x.members.map((m) => m.id)));
  const seatedBodies = [...groups, ...panels.filter((p) => p.members.length > 0)];
  for (const org of members) if (!sitting.has(org.id)) join(org, rng.pick(seatedBodies), 'member');

  const ctx: PartnershipCtx = { place, slug, pid, name, rng, b, plan, vru, year, members, board, groups, panels };
  const total = rng.int(150, 250);
  planActions(ctx, planId, total - vruResponse(ctx));

  return {
    id: pid,
    file: b.file(`partnerships/${slug}.yaml`, `${name}: its plan, structure, members, actions and VRU response (synthetic).`, {
      source: plan.id,
      validFrom: `${year}-04`,
    }),
    docs: [plan, vru],
  };
}

function memberOrganisations(place: string, slug: string, pid: string, services: BoroughServices, rng: Rng, b: SeedBuilder, plan: SourceDoc): OrgRef[] {
  plan.heading('5. Partner organisations');
  const wanted = rng.int(30, 60);
  const regional = [services.bcu, services.pdu, services.icb, services.fire, ...[services.force, services.acuteTrust, services.mentalHealthTrust, services.pcc, services.vru, services.probation].filter(() => rng.chance(0.6))];
  const national = rng.sample(NATIONAL_MEMBERS, rng.int(2, 6)).map((o) => ({ id: nationalOrgId(o.slug), name: o.name, type: o.type }));

  const local = (t: { slug: string; name: string; type: string; service?: boolean }): OrgRef => {
    const id = `org/${slug}-${t.slug}`;
    const orgName = t.service ? `${place} ${t.name}` : fill(t.name, place);
    const ev = plan.cite('5. Partner organisations', `${orgName} is a partner of the ${place} Community Safety Partnership.`);
    b.node({ id, kind: 'Organisation', name: orgName, partnership: pid, props: { type: t.type }, evidence: [ev] });
    if (t.service) b.rel('PART_OF', id, `org/${slug}-council`, plan.cite('5. Partner organisations', `${orgName} is part of ${place} Council.`));
    return { id, name: orgName, type: t.type };
  };
  const council = local(COUNCIL);
  b.rel('COVERS', council.id, `area/${slug}`, plan.cite('5. Partner organisations', `${place} Council is the local authority for ${place}.`));
  const [communitySafety, ...localPool] = LOCAL_ORGS;
  const localCount = Math.max(0, wanted - regional.length - national.length - 2);
  const locals = [council, local(communitySafety!), ...rng.sample(localPool, localCount).map(local)];
  return [...regional, ...national, ...locals];
}
