// Which requests read without evidence (server/graphql/evidence-free.ts): only queries whose every
// field is known not to read it; tests/parity checks that their answers are the same either way.
import { buildSchema, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { evidenceFree, FREE, readOptions, TEXTS } from '../../server/graphql/evidence-free.js';
import { typeDefs } from '../../server/graphql/schema.js';

describe('evidenceFree', () => {
  it('is true for a chart, a reporting chain, a search and a page of bodies that ask no evidence', () => {
    expect(evidenceFree('{ structureChart(rootIds: ["a"], depth: 4) { nodes { data { elementId label } classes } edges { data { source target } } } }')).toBe(true);
    expect(evidenceFree('query($id: ID!) { reportingChain(id: $id) { id name kind tier } }')).toBe(true);
    expect(evidenceFree('{ search(text: "MARAC", first: 20) { score matched node { id name kind } } }')).toBe(true);
    expect(evidenceFree('{ bodies(first: 20) { nodes { ...B } } } fragment B on GovernanceBody { id name }')).toBe(true);
  });

  it('is false when any field reads evidence, through a fragment or an alias too, or is not known', () => {
    expect(evidenceFree('{ node(id: "a") { id evidence { quote } } }')).toBe(false);
    expect(evidenceFree('{ node(id: "a") { ...F } } fragment F on Node { quotes: evidence { quote } }')).toBe(false);
    expect(evidenceFree('{ structureChart(rootIds: ["a"]) { sources { id title } } }')).toBe(false);
    expect(evidenceFree('{ governanceFindings(partnershipId: "a") { ruleId message } }')).toBe(false);
    expect(evidenceFree('{ vruAlignment(partnershipIds: ["a"]) { totals { responses } } }')).toBe(false);
  });

  it('decides a field by the type it is selected on, not by its name', () => {
    // `target` is free on a chart's edge, not on a Measure; `nodes` on a connection, not a Finding's
    expect(evidenceFree('{ structureChart(rootIds: ["a"]) { edges { data { source target } } } }')).toBe(true);
    expect(evidenceFree('{ node(id: "a") { ... on Measure { target } } }')).toBe(false);
    expect(evidenceFree('{ node(id: "a") { ...M } } fragment M on Measure { goal: target }')).toBe(false);
    // a listed field of an interface is free on the types implementing it, through an inline fragment too
    expect(evidenceFree('{ node(id: "a") { ... on Panel { name tier reportsTo { ... on BodyLine { type node { id } } } } } }')).toBe(true);
    // a field the schema lacks on that type is not known to be free
    expect(evidenceFree('{ node(id: "a") { score } }')).toBe(false);
  });

  it('lists only fields the schema has', () => {
    const schema = buildSchema(typeDefs);
    const missing = Object.entries(FREE).flatMap(([type, fields]) => {
      const t = schema.getType(type);
      const have = t && (isObjectType(t) || isInterfaceType(t)) ? t.getFields() : {};
      return fields.filter((f) => !(f in have)).map((f) => `${type}.${f}`);
    });
    expect(missing).toEqual([]);
    expect(Object.entries(TEXTS).flatMap(([type, fields]) => fields.filter((f) => !FREE[type]?.includes(f)))).toEqual([]);
  });

  it('is false for a mutation, a document that does not parse, and a request without its text', () => {
    expect(evidenceFree('mutation { node(id: "a") { id } }')).toBe(false);
    expect(evidenceFree('{ node(id: "a") { id ')).toBe(false);
    expect(evidenceFree(undefined)).toBe(false);
    expect(evidenceFree(null)).toBe(false);
  });

  it('reads without texts too when no text or note is asked (through a fragment or an alias too), and everything when evidence is', () => {
    expect(readOptions('{ node(id: "a") { id name ... on GovernanceBody { reportingBodies { node { id name } } } } }')).toEqual({ evidence: false, text: false });
    expect(readOptions('{ search(text: "MARAC", first: 20) { score matched node { id name kind } } }')).toEqual({ evidence: false, text: false });
    expect(readOptions('{ node(id: "a") { id text } }')).toEqual({ evidence: false, text: true });
    expect(readOptions('{ node(id: "a") { ...F } } fragment F on GovernanceBody { reportsTo { words: note } }')).toEqual({ evidence: false, text: true });
    expect(readOptions('{ node(id: "a") { ... on GovernanceBody { reportsTo { ...L } } } } fragment L on Line { why: note }')).toEqual({ evidence: false, text: true });
    expect(readOptions('{ search(text: "x") { node { ... on Action { about: text } } } }')).toEqual({ evidence: false, text: true });
    expect(readOptions('{ node(id: "a") { id evidence { quote } } }')).toEqual({ evidence: true, text: true });
    expect(readOptions(undefined)).toEqual({ evidence: true, text: true });
  });
});
