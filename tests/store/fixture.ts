// A small governance graph for the store tests: a MARAC that reports to two parents, lines that
// hold only in some years, a cycle of information flow, keyed duplicate lines, and text that
// mentions an abbreviation some other node has as its alias.
import { relId, type Evidence, type GraphBatch, type GraphNode, type GraphRel, type NodeKind, type RelType } from '../../server/domain/model.js';

const ev = (locator: string, quote = locator): Evidence[] => [{ source: 'source/havering-csp-plan-2017', locator, quote, basis: 'STATED' }];

const node = (id: string, kind: NodeKind, name: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind,
  name,
  aliases: [],
  props: {},
  evidence: ev(`node ${id}`),
  ...extra,
});

const rel = (from: string, type: RelType, to: string, extra: Partial<GraphRel> & { key?: string } = {}): GraphRel => {
  const { key, ...rest } = extra;
  return { id: relId(from, type, to, key), type, from, to, props: {}, evidence: ev(`${type} line`), ...rest };
};

export const NODES: GraphNode[] = [
  node('area/london', 'Area', 'London', { props: { type: 'region' } }),
  node('havering/csp', 'Partnership', 'Havering Community Safety Partnership', {
    aliases: ['CSP', 'HCSP'],
    partnership: 'havering/csp',
    props: { tier: 1 },
  }),
  node('havering/board', 'Board', 'Safer Havering Board', { partnership: 'havering/csp', props: { tier: 2, frequency: 'quarterly' } }),
  node('havering/vawg', 'SubGroup', 'Violence Against Women and Girls Delivery Group', {
    aliases: ['VAWG Group'],
    partnership: 'havering/csp',
    props: { tier: 3, frequency: 'monthly' },
  }),
  node('havering/marac', 'Panel', 'Multi-Agency Risk Assessment Conference', {
    aliases: ['MARAC'],
    text: 'Monthly meeting to discuss high risk domestic abuse cases.',
    partnership: 'havering/csp',
    props: { tier: 4, frequency: 'monthly', statutory: true },
    note: 'The plan does not say who chairs it.',
    evidence: [
      { source: 'source/havering-csp-plan-2017', locator: '5A Governance, structure table', quote: 'MARAC', basis: 'STATED' },
      {
        source: 'source/havering-csp-plan-2017',
        locator: 'Appendix 6',
        quote: 'Multi-Agency Risk Assessment Conference',
        basis: 'INFERRED',
        note: 'the chart names it in the third tier',
      },
    ],
  }),
  node('havering/mappa', 'Panel', 'Multi-Agency Public Protection Arrangements', {
    aliases: ['MAPPA'],
    partnership: 'havering/csp',
    props: { tier: 4, statutory: false, recommendations: ['3', '7'] },
  }),
  node('havering/jag', 'Panel', 'Joint Action Group', {
    aliases: ['JAG'],
    partnership: 'havering/csp',
    validFrom: '2017-04',
    validTo: '2019',
    props: { tier: 4, frequency: 'monthly' },
  }),
  node('org/met-police', 'Organisation', 'Metropolitan Police Service', {
    aliases: ['MPS', 'Met Police'],
    text: 'Chairs the MARAC and refers high risk cases to the MARAC.',
    props: { type: 'police' },
  }),
  node('havering/action-dv-1', 'Action', 'Refresh the domestic abuse protocol', {
    text: 'Refresh the MARAC operating protocol with partners.',
    partnership: 'havering/csp',
    props: { number: '1.2', fundingAmount: 5000, due: '2018' },
  }),
];

export const RELS: GraphRel[] = [
  // the MARAC reports to two parents; the line to the VAWG group holds 2017-2019 only
  rel('havering/marac', 'REPORTS_TO', 'havering/vawg', { validFrom: '2017', validTo: '2019' }),
  rel('havering/marac', 'REPORTS_TO', 'havering/board', { validFrom: '2017-04' }),
  rel('havering/vawg', 'REPORTS_TO', 'havering/board'),
  rel('havering/mappa', 'REPORTS_TO', 'havering/board', { note: 'Statutory, reports for information.' }),
  rel('havering/board', 'REPORTS_TO', 'havering/csp'),
  // information flows round a cycle
  rel('havering/jag', 'FEEDS_INTO', 'havering/vawg'),
  rel('havering/vawg', 'FEEDS_INTO', 'havering/jag'),
  rel('havering/marac', 'LINKS_WITH', 'havering/mappa'),
  rel('org/met-police', 'CHAIRS', 'havering/marac', { props: { role: 'chair', post: 'DI, Public Protection' } }),
  // two lines of one type between the same nodes, told apart by key
  rel('org/met-police', 'MEMBER_OF', 'havering/csp', { key: 'responsible-authority', props: { role: 'responsible-authority' } }),
  rel('org/met-police', 'MEMBER_OF', 'havering/csp', { key: 'attendee', props: { role: 'attendee' }, validTo: '2018' }),
  rel('org/met-police', 'LEADS', 'havering/action-dv-1'),
  rel('havering/csp', 'COVERS', 'area/london'),
];

export const fixture = (): GraphBatch => structuredClone({ nodes: NODES, rels: RELS });

export const nodeById = (id: string): GraphNode => NODES.find((n) => n.id === id)!;
export const relById = (id: string): GraphRel => RELS.find((r) => r.id === id)!;
export const ids = <T extends { id: string }>(items: readonly T[]): string[] => items.map((i) => i.id);
