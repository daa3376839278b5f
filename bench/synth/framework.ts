// The synthetic set's own copy of the London VRU action plan template: the Strategy, its 8
// themes and 53 mandatory actions, with the ids of the real seeds (seeds/reference/vru-framework.yaml)
// so the VRU alignment and governance analyses read it as they read the real one.
import { SeedBuilder, SourceDoc, type SynthFile } from './text.js';

export const FRAMEWORK_ID = 'vru/action-plan-2023';
export const VRU_ORG_ID = 'org/vru-network';

export const VRU_THEMES: { name: string; requirements: string[] }[] = [
  {
    name: 'Governance',
    requirements: [
      'Local co-ordination arrangements and structure chart',
      'Violence performance as standing items on CSP agendas',
      'Regular violence assessment meeting',
      'Monthly Tactical Tasking Co-ordination Group',
      'Serious Violence Duty plans complement Combatting Drugs Partnership work',
      'Principles: child first, evidence based, trauma-informed',
    ],
  },
  {
    name: 'Analysis & Enforcement',
    requirements: [
      'Strategic Needs Assessment for a public health approach',
      'Data sources for the strategic assessment and tactical delivery',
      'Police tactical plan',
      'Multi-agency panel for those at risk of violence and exploitation',
      'Analysis of violence affecting children and young people',
      'Needs and risks of women impacted by violence',
      'Information-sharing training for front line staff',
      'Disproportionality in impact, take-up and outcomes',
    ],
  },
  {
    name: 'Reducing Access to Weapons',
    requirements: ['Joint programme of actions to remove weapons', 'Knife education covers the consequences of buying online'],
  },
  {
    name: 'Safeguarding and Educating Children and Young People',
    requirements: [
      'Safe, inclusive, trauma-informed and anti-racist education settings',
      "Violence in schools' safeguarding policies",
      'Partnership work to minimise school exclusions',
      'Monitoring exclusions and persistent absence',
      'Corporate parenting and support for children in care and care leavers',
      'Collaboration with parents and carers',
      'Evidence-based programmes in schools',
      'Police officers in schools',
      'Support for students in PRUs and alternative provision',
      'Contextual safeguarding of public locations',
      'Operation Encompass in all schools',
      'Primary to secondary school transition',
    ],
  },
  {
    name: 'Working with Communities and Neighbourhoods to Reduce Violence',
    requirements: [
      'CSP work with communities, young people, the VCS and businesses',
      'Community tensions monitoring',
      'Community involvement in stop and search',
      'Partnership response to serious violence critical incidents',
      'Links with housing providers',
      'Capacity building in hyper local areas',
    ],
  },
  {
    name: 'Supporting Victims of Violence and Vulnerability',
    requirements: [
      'Multi-agency assessment and referral through a safeguarding hub',
      'Referrals and support for victims under 25 and victims of domestic abuse',
      'Trauma-informed needs assessment and therapeutic support',
      'Safeguarding information from trauma and A&E centres',
    ],
  },
  {
    name: 'Positive Diversion from Violence',
    requirements: [
      'Bespoke community sentence interventions',
      'Effective operation of IOM',
      'Licence conditions for violent offenders',
      'Referral of children arrested to support services',
    ],
  },
  {
    name: 'Tackling Violence Against Women and Girls',
    requirements: [
      'Online list of local VAWG support services',
      'Cross-borough reciprocal agreements and pan-London provision',
      'Local VAWG training offer for professionals',
      "Children's Social Care policies on perpetrators of domestic abuse",
      'MOPAC-led VAWG needs assessments',
      'Preventing harmful attitudes towards women and girls',
      'VAWG as a Strategic Policing Requirement',
      'VAWG in public spaces and the night time economy',
      'Disproportionality and an intersectional approach to VAWG',
      'Public health approach to VAWG with the health economy',
      'Data on child and adolescent to parent violence and abuse',
    ],
  },
];

export const themeId = (t: number): string => `vru/theme-${t}`;
export const requirementId = (t: number, n: number): string => `vru/ma-${t}-${n}`;

export interface Requirement {
  id: string;
  theme: number;
  number: number;
  name: string;
}

export const REQUIREMENTS: Requirement[] = VRU_THEMES.flatMap((theme, ti) =>
  theme.requirements.map((name, ri) => ({ id: requirementId(ti + 1, ri + 1), theme: ti + 1, number: ri + 1, name })),
);

export function frameworkFile(): { file: SynthFile; doc: SourceDoc } {
  const doc = new SourceDoc(
    'source/vru-action-plan-template',
    'vru-action-plan-template-2023.txt',
    'Violence and Vulnerability Reduction Action Plans - 2023 Refresh (synthetic template)',
  );
  const b = new SeedBuilder();
  b.node({ id: doc.id, kind: 'Source', name: doc.title, props: { file: doc.file, title: doc.title, publisher: 'Violence Reduction Unit Network', year: 2023 }, evidence: [doc.titleEvidence()] });

  doc.heading('Purpose');
  const purpose = doc.cite('Purpose', 'Every borough answers each mandatory action with its lead organisation, named lead, RAG rating and a narrative of current provision.');
  b.node({
    id: FRAMEWORK_ID,
    kind: 'Strategy',
    name: 'Violence and Vulnerability Reduction Action Plan (2023 refresh)',
    aliases: ['VRU action plan', 'VRU mandatory actions'],
    text: 'The VRU action plan template: eight themes of mandatory actions that each borough answers.',
    props: { period: '2023', publisher: 'Violence Reduction Unit Network' },
    evidence: [purpose],
  });
  b.rel('OVERSEES', VRU_ORG_ID, FRAMEWORK_ID, doc.cite('Purpose', 'The Violence Reduction Unit Network sets the mandatory actions and reviews each borough plan.'));

  VRU_THEMES.forEach((theme, ti) => {
    const t = ti + 1;
    doc.heading(`Theme ${t}`);
    const heading = doc.cite(`Theme ${t} heading`, `${t}. ${theme.name.toUpperCase()}`);
    b.node({ id: themeId(t), kind: 'Priority', name: theme.name, props: { number: t }, evidence: [heading] });
    b.rel('HAS_PRIORITY', FRAMEWORK_ID, themeId(t), heading);
  });
  for (const r of REQUIREMENTS) {
    const ev = doc.cite(`Theme ${r.theme}, action ${r.number}`, `Mandatory action ${r.theme}.${r.number}: ${r.name}.`);
    b.node({ id: r.id, kind: 'Requirement', name: r.name, text: `${r.name}.`, props: { number: `${r.theme}.${r.number}`, theme: r.theme }, evidence: [ev] });
    b.rel('PART_OF', r.id, themeId(r.theme), ev);
  }
  return {
    file: b.file('framework/vru-framework.yaml', 'The synthetic copy of the VRU action plan template (2023 refresh): 8 themes, 53 mandatory actions.', {
      source: doc.id,
      validFrom: '2023',
    }),
    doc,
  };
}
