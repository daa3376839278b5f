import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedDir } from '../../server/seeds/load.js';
import { formatProblem } from '../../server/seeds/parse.js';

const SOURCE_TEXT = 'The Board meets   quarterly.\nIt is chaired by the\tChief Executive.\n';

const REFERENCE = `
nodes:
  - id: source/plan
    kind: Source
    name: A plan
    props: { file: plan.txt }
    evidence:
      - source: source/plan
        locator: title
        quote: The Board meets quarterly.
        basis: STATED
  - id: x/csp
    kind: Partnership
    name: X Community Safety Partnership
    aliases: [XCSP]
    evidence:
      - source: source/plan
        locator: title
        quote: The Board
        basis: STATED
`;

/** Writes seed files and a sources folder into a temp dir and loads them. */
async function load(files: Record<string, string>) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'seeds-'));
  await mkdir(path.join(root, 'seeds'));
  await mkdir(path.join(root, 'sources'));
  await writeFile(path.join(root, 'sources', 'plan.txt'), SOURCE_TEXT);
  await writeFile(path.join(root, 'seeds', 'reference.yaml'), REFERENCE);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, 'seeds', name), text);
  const result = await loadSeedDir(path.join(root, 'seeds'), { sourcesDir: path.join(root, 'sources') });
  return { ...result, messages: result.problems.map((p) => formatProblem({ ...p, file: path.basename(p.file) })) };
}

const plan = (body: string) => `defaults:\n  source: source/plan\n  partnership: x/csp\n${body}`;

describe('seed validator', () => {
  it('loads a clean folder with defaults applied and quotes matched across white space', async () => {
    const r = await load({
      'plan.yaml': plan(`nodes:
  - id: x/board
    kind: Board
    name: X Board
    validFrom: "2017-04"
    evidence:
      - locator: s1
        quote: "meets quarterly. It is chaired by the Chief Executive."
        basis: STATED
relationships:
  - type: REPORTS_TO
    from: x/board
    to: x/csp
    validTo: 2020
    evidence:
      - locator: s1
        quote: The Board
        basis: STATED
`),
    });
    expect(r.messages).toEqual([]);
    expect(r.quotes.checked).toBe(true);
    const board = r.batch.nodes.find((n) => n.id === 'x/board')!;
    expect(board).toMatchObject({ partnership: 'x/csp', validFrom: '2017-04', aliases: [] });
    expect(board.evidence[0]!.source).toBe('source/plan');
    expect(r.batch.rels[0]).toMatchObject({ id: 'x/board REPORTS_TO x/csp', validTo: '2020' });
    expect(r.files.map((f) => [path.basename(f.file), f.nodes, f.rels])).toEqual([
      ['plan.yaml', 1, 1],
      ['reference.yaml', 2, 0],
    ]);
  });

  it('reports a YAML syntax error with its line', async () => {
    const r = await load({ 'bad.yaml': 'nodes:\n  - id: [x\n' });
    expect(r.messages[0]).toMatch(/^bad\.yaml:\d+:\d+: YAML: /);
  });

  it('reports schema problems at the offending value: unknown kind, bad slug, bad date, empty quote, unknown field', async () => {
    const r = await load({
      'plan.yaml': plan(`nodes:
  - id: x/panel
    kind: Committee
    name: A panel
    evidence:
      - locator: s1
        quote: The Board
  - id: "X Bad Id"
    kind: Panel
    name: Bad
    validFrom: 2017/18
    colour: red
    evidence:
      - locator: s1
        quote: "  "
`),
    });
    const text = r.messages.join('\n');
    expect(text).toMatch(/plan\.yaml:6:11: nodes\.0\.kind: /);
    expect(text).toMatch(/plan\.yaml:11:9: nodes\.1\.id: must be a lower-case slug/);
    expect(text).toMatch(/plan\.yaml:14:16: nodes\.1\.validFrom: must be a plan date/);
    expect(text).toMatch(/plan\.yaml:15:13: nodes\.1: Unrecognized key.*colour/);
    expect(text).toMatch(/plan\.yaml:18:16: nodes\.1\.evidence\.0\.quote: quote is empty/);
  });

  it('reports a duplicate key with its line, and reads an unquoted date as a plan date', async () => {
    const dup = await load({ 'dup.yaml': 'nodes:\n  - id: x/a\n    id: x/b\n' });
    expect(dup.messages[0]).toMatch(/^dup\.yaml:3:\d+: YAML: duplicated mapping key/);
    const dated = await load({
      'plan.yaml': plan('nodes:\n  - { id: x/a, kind: Panel, name: A, validFrom: 2017-04-01, evidence: [{ locator: s, quote: The Board, basis: STATED }] }\n'),
    });
    expect(dated.messages).toEqual([]);
    expect(dated.batch.nodes.find((n) => n.id === 'x/a')!.validFrom).toBe('2017-04-01');
  });

  it('reports missing evidence', async () => {
    const r = await load({ 'plan.yaml': plan('nodes:\n  - id: x/a\n    kind: Panel\n    name: A\n    evidence: []\n') });
    expect(r.messages.join('\n')).toMatch(/plan\.yaml:8:15: nodes\.0\.evidence: every fact needs at least one evidence entry/);
  });

  it('reports duplicate ids, unknown references, wrong endpoint kinds, a quote not in its source, and dates out of order', async () => {
    const r = await load({
      'plan.yaml': plan(`nodes:
  - id: x/csp
    kind: Board
    name: Again
    evidence: [{ locator: s1, quote: The Board, basis: STATED }]
  - id: x/action
    kind: Action
    name: Do it
    partnership: x/nowhere
    validFrom: "2020"
    validTo: "2019"
    props: { due: soon }
    evidence: [{ locator: s1, quote: "The Board meets monthly", basis: STATED }]
relationships:
  - type: REPORTS_TO
    from: x/action
    to: x/missing
    evidence: [{ locator: s1, quote: The Board, source: source/other, basis: STATED }]
`),
    });
    const text = r.messages.join('\n');
    // files load in name order, so the reference file's x/csp is the second definition
    expect(text).toMatch(/reference\.yaml:12:9: duplicate node id "x\/csp" \(first defined at .*plan\.yaml:5\)/);
    expect(text).toContain('plan.yaml:12:18: unknown partnership "x/nowhere"');
    expect(text).toContain('plan.yaml:14:14: validTo "2019" is before validFrom "2020"');
    expect(text).toContain('plan.yaml:15:19: props.due must be a plan date');
    expect(text).toContain('plan.yaml:16:38: quote not found verbatim in source/plan');
    expect(text).toContain('plan.yaml:19:11: REPORTS_TO from must be Partnership or Board or SubGroup or Panel or Organisation, but "x/action" is an Action');
    expect(text).toContain('plan.yaml:20:9: to: unknown node "x/missing"');
    expect(text).toContain('plan.yaml:21:57: unknown source "source/other"');
  });

  it('reports a REPORTS_TO cycle once, and duplicate relationships without a key', async () => {
    const line = (from: string, to: string, key = '') =>
      `  - { type: REPORTS_TO, from: ${from}, to: ${to}${key}, evidence: [{ locator: s, quote: The Board, basis: STATED }] }\n`;
    const r = await load({
      'plan.yaml': plan(`nodes:
  - { id: x/a, kind: Panel, name: A, evidence: [{ locator: s, quote: The Board, basis: STATED }] }
  - { id: x/b, kind: Panel, name: B, evidence: [{ locator: s, quote: The Board, basis: STATED }] }
  - { id: x/c, kind: Panel, name: C, evidence: [{ locator: s, quote: The Board, basis: STATED }] }
relationships:
${line('x/a', 'x/b')}${line('x/b', 'x/c')}${line('x/c', 'x/a')}${line('x/a', 'x/b')}${line('x/a', 'x/b', ', key: second')}`),
    });
    const cycles = r.messages.filter((m) => m.includes('cycle'));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatch(/REPORTS_TO cycle: x\/\w -> x\/\w -> x\/\w -> x\/\w/);
    expect(r.messages.filter((m) => m.includes('duplicate relationship'))).toEqual([
      expect.stringMatching(/^plan\.yaml:12:5: duplicate relationship "x\/a REPORTS_TO x\/b" \(first at .*plan\.yaml:9\); give one a distinct key$/),
    ]);
  });

  it('asks every evidence entry how the fact is known, and an inferred one how it is inferred', async () => {
    const r = await load({
      'plan.yaml': plan(`nodes:
  - id: x/a
    kind: Panel
    name: A
    evidence:
      - locator: s
        quote: The Board
  - { id: x/b, kind: Panel, name: B, evidence: [{ locator: s, quote: The Board, basis: INFERRED }] }
  - { id: x/c, kind: Panel, name: C, evidence: [{ locator: s, quote: The Board, basis: GUESSED }] }
  - { id: x/d, kind: Panel, name: D, evidence: [{ locator: s, quote: The Board, basis: INFERRED, note: "from the table row" }] }
`),
    });
    expect(r.messages).toEqual([
      expect.stringMatching(/^plan\.yaml:9:9: nodes\.0\.evidence\.0\.basis: basis must be STATED, INFERRED, TEMPLATE or ATTESTED/),
      expect.stringMatching(/^plan\.yaml:11:\d+: nodes\.1\.evidence\.0\.note: an INFERRED fact needs a note saying how it is inferred$/),
      expect.stringMatching(/^plan\.yaml:12:\d+: nodes\.2\.evidence\.0\.basis: basis must be STATED, INFERRED, TEMPLATE or ATTESTED/),
    ]);
  });

  it('holds delivery, commissioning and supersession to their ends', async () => {
    const ev = 'evidence: [{ locator: s, quote: The Board, basis: STATED }]';
    const r = await load({
      'plan.yaml': plan(`nodes:
  - { id: x/service, kind: Organisation, name: A service, ${ev} }
  - { id: x/provider, kind: Organisation, name: A provider, ${ev} }
  - { id: x/board, kind: Board, name: A board, ${ev} }
  - { id: x/old-board, kind: SubGroup, name: An old board, ${ev} }
  - { id: x/plan, kind: Strategy, name: A plan, ${ev} }
  - { id: x/action, kind: Action, name: An action, ${ev} }
relationships:
  - { type: DELIVERED_BY, from: x/service, to: x/provider, ${ev} }
  - { type: COMMISSIONS, from: x/board, to: x/service, ${ev} }
  - { type: SUPERSEDES, from: x/board, to: x/old-board, ${ev} }
  - { type: DELIVERED_BY, from: x/service, to: x/board, ${ev} }
  - { type: COMMISSIONS, from: x/action, to: x/service, ${ev} }
  - { type: SUPERSEDES, from: x/board, to: x/plan, ${ev} }
`),
    });
    expect(r.messages).toEqual([
      expect.stringMatching(/^plan\.yaml:15:\d+: DELIVERED_BY to must be Organisation, but "x\/board" is a Board$/),
      expect.stringMatching(/^plan\.yaml:16:\d+: COMMISSIONS from must be .*Organisation, but "x\/action" is an Action$/),
      expect.stringMatching(/^plan\.yaml:17:\d+: SUPERSEDES joins like with like, but "x\/board" is a Board and "x\/plan" is a Strategy$/),
    ]);
  });

  it('holds every entry that names a person to list them, so the name can be withheld', async () => {
    const r = await load({
      'plan.yaml': plan(`nodes:
  - { id: x/a, kind: Panel, name: A, props: { holder: Board Chair }, evidence: [{ locator: s, quote: The Board, basis: STATED }] }
  - { id: x/b, kind: Panel, name: B, note: "Led by Board  Chair.", evidence: [{ locator: s, quote: The Board, basis: STATED }] }
  - { id: x/c, kind: Panel, name: C, note: "Led by Board Chair.", props: { peopleNamed: [Board Chair] }, evidence: [{ locator: s, quote: The Board, basis: STATED }] }
`),
    });
    expect(r.messages).toEqual([
      expect.stringMatching(/^plan\.yaml:6:5: names a person \("Board Chair"\) without listing them in props\.holder or props\.peopleNamed/),
    ]);
  });

  it('says when it could not check quotes because the sources are absent', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'seeds-'));
    await writeFile(path.join(root, 'reference.yaml'), REFERENCE);
    const r = await loadSeedDir(root, { sourcesDir: path.join(root, 'no-such-folder') });
    expect(r.quotes.checked).toBe(false);
    expect(r.problems).toEqual([]);
  });
});
