// npm run export as a user runs it: a child process on a seeded SQLite file.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../server/export/cli.js';
import { useSeededStore } from './support.js';

const run = promisify(execFile);
const ctx = useSeededStore();
const out = mkdtempSync(path.join(tmpdir(), 'govgraph-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/export/cli.ts', ...args], { env: { ...process.env, GOVGRAPH_DB: ctx.seeded.file, NEO4J_URI: '' } })
    .then((r) => ({ code: 0, ...r }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

describe('npm run export', () => {
  it('writes a format for a partnership and a date to a file', async () => {
    const file = path.join(out, 'havering.json');
    const r = await cli(['popolo', '--partnership', 'havering/csp', '--as-at', '2018', '--out', file]);
    expect(r.stderr).toMatch(/export: popolo from SQLite at .* to .*havering\.json in [\d.]+ s/);
    expect(JSON.parse(readFileSync(file, 'utf8')).meta).toMatchObject({ asAt: '2018', partnerships: [{ id: 'havering/csp' }] });
  });

  it('into a folder, names the file for what it holds', async () => {
    const r = await cli(['graphml', '-p', 'richmond/csp', '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(out, 'govgraph-richmond-all-dates.graphml'), 'utf8')).toContain('<graphml');
  });

  it('says what is wrong and exits non-zero', async () => {
    expect(await cli(['popolo', '--as-at', '2018-13'])).toMatchObject({ code: 1, stderr: expect.stringContaining('asAt: "2018-13" is not a date') });
    expect(await cli(['pdf'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format "pdf" (one of: vru-csv, findings-csv, xlsx, popolo, graphml, cypher, seeds)') });
  });

  it('parses its arguments', () => {
    expect(parseCliArgs(['cypher', '-p', 'a/csp', '-p', 'b/csp', '--as-at', '2024'])).toEqual({ format: 'cypher', partnershipIds: ['a/csp', 'b/csp'], asAt: '2024', out: undefined });
    expect(parseCliArgs(['--help'])).toBe('help');
    expect(() => parseCliArgs([])).toThrow('name a format');
    expect(() => parseCliArgs(['cypher', '--colour'])).toThrow("Unknown option '--colour'");
    expect(() => parseCliArgs(['seeds'])).toThrow('seeds writes a folder of files: give --out <folder>');
  });
});
