// The Neo4j engine's mapping between domain objects and property maps, without a database.
import { describe, expect, it } from 'vitest';
import { CORE_NODE, CORE_REL, nodeFrom, nodeRow, relFrom, relRow } from '../../server/store/neo4j/codec.js';
import { NODES, RELS } from './fixture.js';

const isPropertyValue = (v: unknown): boolean =>
  ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => ['string', 'number'].includes(typeof x)));

describe('Neo4j codec', () => {
  it.each(NODES.map((n) => [n.id, n] as const))('node %s round-trips through its property map', (_id, n) => {
    const row = nodeRow(n);
    expect(row.kind).toBe(n.kind);
    expect(Object.values(row.props).every(isPropertyValue)).toBe(true);
    expect(nodeFrom(row.props)).toEqual(n);
  });

  it.each(RELS.map((r) => [r.id, r] as const))('relationship %s round-trips through its property map', (_id, r) => {
    const row = relRow(r);
    expect(Object.values(row.props).every(isPropertyValue)).toBe(true);
    expect(relFrom(row.props, row.type, row.from, row.to)).toEqual(r);
  });

  // a core read's list, as Neo4j gives it for the stored map: the fields CORE_NODE names, props as pairs, absent ones null
  const coreList = (props: Record<string, unknown>, fields: readonly string[]) =>
    fields.map((f) => (f === 'props' ? Object.entries(props).filter(([k]) => k.startsWith('prop_')) : (props[f] ?? null)));

  it.each(NODES.map((n) => [n.id, n] as const))('node %s read as a core list is the node without its text, note and evidence; with its text, as search reads it', (_id, n) => {
    const { text: _text, note: _note, ...core } = n;
    const props = nodeRow(n).props;
    expect(nodeFrom(coreList(props, CORE_NODE.slice(0, -1)))).toEqual({ ...core, evidence: [] });
    // as the map read without them gives it
    expect(nodeFrom(coreList(props, CORE_NODE.slice(0, -1)))).toEqual(nodeFrom({ ...props, text: null, note: null }, false));
    expect(nodeFrom(coreList(props, CORE_NODE))).toEqual(nodeFrom({ ...props, note: null }, false));
  });

  it.each(RELS.map((r) => [r.id, r] as const))('relationship %s read as a core list is the line without its note and evidence', (_id, r) => {
    const { note: _note, ...core } = r;
    const row = relRow(r);
    expect(relFrom(coreList(row.props, CORE_REL), row.type, row.from, row.to)).toEqual({ ...core, evidence: [] });
  });

  it('prefixes props so they cannot overwrite the fixed properties', () => {
    const n = { ...NODES[0]!, props: { name: 'not the name', id: 'not the id' } };
    const row = nodeRow(n);
    expect(row.props).toMatchObject({ id: n.id, name: n.name, prop_name: 'not the name', prop_id: 'not the id' });
    expect(nodeFrom(row.props)).toEqual(n);
  });

  it('leaves empty aliases and evidence out, and reads them back as empty lists', () => {
    const bare = { ...NODES[0]!, aliases: [], evidence: [], props: { empty: [] as string[] } };
    const row = nodeRow(bare);
    expect(Object.keys(row.props)).not.toContain('aliases');
    expect(Object.keys(row.props)).not.toContain('evidence');
    expect(nodeFrom(row.props)).toEqual(bare);
  });

  it('stores normalised validity, and evidence as one JSON string', () => {
    const jag = NODES.find((n) => n.id === 'havering/jag')!;
    expect(nodeRow(jag).props).toMatchObject({ validStart: '2017-04-01', validEnd: '2019-12-31', evidence: JSON.stringify(jag.evidence) });
    expect(nodeRow(NODES[0]!).props).toMatchObject({ validStart: '0000-01-01', validEnd: '9999-12-31' });
  });

  it('reads the evidence of a graph written before as parallel lists', () => {
    const jag = NODES.find((n) => n.id === 'havering/jag')!;
    const { evidence, ...props } = nodeRow(jag).props;
    const lists = {
      evSource: jag.evidence.map((e) => e.source),
      evLocator: jag.evidence.map((e) => e.locator),
      evQuote: jag.evidence.map((e) => e.quote),
      evBasis: jag.evidence.map((e) => e.basis),
      evNote: jag.evidence.map((e) => e.note ?? ''),
    };
    expect(evidence).toBeDefined();
    expect(nodeFrom({ ...props, ...lists })).toEqual(jag);
  });
});
