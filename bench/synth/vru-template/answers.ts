// Known answers for a synthetic filled-in VRU template: what a borough writes in each row, and what
// the importer must give back (the organisations it should match, the respondents and narratives).
// Leads include misspelt names (matched by near spelling) and one organisation the graph does not
// know (proposed). The mandatory actions' wording is the real template's, from seeds/reference.
import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import type { Rng } from '../prng.js';

export interface TemplateRequirement {
  number: string;
  theme: number;
  themeName: string;
  text: string;
}

export interface TemplateRow extends TemplateRequirement {
  rag: string;
  namedLead: string;
  /** the lead cell as written */
  lead: string;
  /** the narrative cell's paragraphs as written */
  paragraphs: string[];
}

export interface ExpectedAnswer {
  number: string;
  leads: string[];
  namedLead?: string;
  rag?: string;
  responses: { respondent: string; narrative: string }[];
}

/** Each as written, with the organisation it means; null for the one the graph does not know. */
const LEADS: { written: string; label: string; id: string | null }[] = [
  { written: 'MPS', label: 'MPS', id: 'org/mps' },
  { written: 'Metropolitan Polise Service', label: 'MPS', id: 'org/mps' },
  { written: 'Probation Service', label: 'Probation', id: 'org/probation-service' },
  { written: 'Probaton Service', label: 'Probation', id: 'org/probation-service' },
  { written: 'London Fire Brigade', label: 'LFB', id: 'org/london-fire-brigade' },
  { written: 'London Fire Brigdae', label: 'LFB', id: 'org/london-fire-brigade' },
  { written: 'MOPAC', label: 'MOPAC', id: 'org/mopac' },
  { written: 'Northfield Youth Hub', label: 'Northfield Youth Hub', id: null },
];

const SENTENCES = [
  'A monthly panel reviews every referral and agrees a plan with partners.',
  'Officers attend the partnership meeting and share the violence data each quarter.',
  'Schools receive sessions on knife crime, consent and online harm.',
  'Funding from the grant pays for two youth workers until March.',
  'The team works with housing providers to spot early signs of exploitation.',
  'Victims are referred to specialist support within two working days.',
];
const PEOPLE = ['Jane Okafor, Head of Community Safety', 'Sam Patel, Superintendent', 'Ruth Evans, Senior Probation Officer'];
const RAGS = ['Red', 'Amber', 'Green'];

export function templateRequirements(frameworkFile = 'seeds/reference/vru-framework.yaml'): TemplateRequirement[] {
  const data = jsyaml.load(readFileSync(frameworkFile, 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as {
    nodes: { id: string; kind: string; name: string; text?: string; props?: Record<string, unknown> }[];
  };
  const themes = new Map(data.nodes.filter((n) => n.kind === 'Priority').map((n) => [Number(n.props?.['number']), n.name]));
  return data.nodes
    .filter((n) => n.kind === 'Requirement')
    .map((n) => ({ number: String(n.props?.['number']), theme: Number(n.props?.['theme']), themeName: themes.get(Number(n.props?.['theme'])) ?? '', text: n.text ?? n.name }));
}

export function templateRows(rng: Rng, requirements: readonly TemplateRequirement[]): TemplateRow[] {
  return requirements.map((req) => {
    const kind = rng.next();
    if (kind < 0.06) return { ...req, rag: '', namedLead: '', lead: '', paragraphs: [] };
    // two leads are always two organisations: a misspelling and its right spelling would be one
    const ids = rng.sample([...new Set(LEADS.map((l) => l.id))], rng.chance(0.3) ? 2 : 1);
    const leads = ids.map((id) => rng.pick(LEADS.filter((l) => l.id === id)));
    const paragraphs =
      kind < 0.12 ? ['No comment'] : kind < 0.16 ? [] : leads.map((l) => `${l.label} - ${rng.sample(SENTENCES, rng.int(1, 2)).join(' ')}`);
    return {
      ...req,
      rag: rng.chance(0.7) ? rng.pick(RAGS) : '',
      namedLead: rng.chance(0.5) ? rng.pick(PEOPLE) : '',
      lead: leads.map((l) => l.written).join(', '),
      paragraphs,
    };
  });
}

/** What the importer must give back for a row, for a partnership whose id starts with `borough/`. */
export function expectedAnswers(rows: readonly TemplateRow[], borough: string): ExpectedAnswer[] {
  const idOf = (written: string) => {
    const l = LEADS.find((x) => x.written === written)!;
    return l.id ?? `org/${borough}-${written.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  };
  return rows
    .filter((r) => r.lead || r.paragraphs.length || r.rag || r.namedLead)
    .map((r) => {
      const leads = r.lead ? r.lead.split(', ').map(idOf) : [];
      const byLabel = (p: string) => idOf(LEADS.find((l) => p.startsWith(`${l.label} - `) && r.lead.split(', ').includes(l.written))!.written);
      const responses =
        r.paragraphs.length === 0
          ? [{ respondent: leads[0]!, narrative: '' }]
          : r.paragraphs[0] === 'No comment'
            ? [{ respondent: leads[0]!, narrative: 'No comment' }]
            : r.paragraphs.map((p) => ({ respondent: byLabel(p), narrative: p }));
      return {
        number: r.number,
        leads: [...new Set(leads)],
        ...(r.namedLead ? { namedLead: r.namedLead } : {}),
        ...(r.rag ? { rag: r.rag } : {}),
        responses,
      };
    });
}
