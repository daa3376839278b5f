// Files the importer must refuse: each with a message naming the file and the row or cell, and
// (through the command) nothing written.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateRequirements, templateRows } from '../../bench/synth/vru-template/answers.js';
import { templateDocx } from '../../bench/synth/vru-template/write.js';
import { createRng } from '../../bench/synth/prng.js';
import { ImportError } from '../../server/import/errors.js';
import { knownFrom } from '../../server/import/known.js';
import { mapTemplate, type KnownGraph } from '../../server/import/map-template.js';
import { readTemplateFile } from '../../server/import/read.js';
import { loadSeedDir } from '../../server/seeds/load.js';
import { defaultSourcesDir } from '../../server/seeds/quotes.js';

let dir: string;
let known: KnownGraph;
const rows = templateRows(createRng(3), templateRequirements());

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'govgraph-malformed-'));
  const seeds = await loadSeedDir('seeds');
  known = knownFrom(seeds.batch.nodes, seeds.batch.rels);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(file: string, data: Buffer): Promise<ImportError> {
  try {
    const doc = await readTemplateFile(file, data);
    mapTemplate(doc, known, { partnershipId: 'havering/csp', year: '2025' });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error(`${file} was not refused`);
}

async function xlsx(header: string[], body: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan');
  sheet.addRow(header);
  for (const r of body) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('malformed files are refused, naming the file and where', () => {
  it('a truncated Word document', async () => {
    const whole = await templateDocx('Havering 2025', rows);
    const e = await refusal('havering-2025.docx', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(e.message).toMatch(/^havering-2025\.docx: not readable as a Word document \(it may be truncated or another format\)/);
  });

  it('a spreadsheet with the columns in another order', async () => {
    const r = rows[0]!;
    const data = await xlsx(
      ['Theme', 'Action No', 'RAG', 'VRU Mandatory Action', 'Narrative of Current Provision/Delivery', 'Lead Organisation/Service'],
      [['1. GOVERNANCE', '1', 'Red', r.text, 'MPS - the panel meets monthly.', 'MPS']],
    );
    const e = await refusal('moved.xlsx', data);
    expect(e.where).toBe('Plan!E1');
    expect(e.message).toContain('moved.xlsx: Plan!E1: the columns are in another order than the template\'s: "Narrative of Current Provision/Delivery" (Plan!E1) stands before "Lead Organisation/Service" (Plan!F1)');
  });

  it('an empty table', async () => {
    const e = await refusal('empty.csv', Buffer.from('Theme,Action No,RAG,VRU Mandatory Action,Named Lead and Role,Lead Organisation/Service,Narrative of Current Provision/Delivery\n\n'));
    expect(e.message).toBe('empty.csv: row 1: the table is empty: no rows under its header');
  });

  it('a header without the template\'s columns', async () => {
    const e = await refusal('short.xlsx', await xlsx(['Theme', 'VRU Mandatory Action', 'Owner'], [['1', rows[0]!.text, 'MPS']]));
    expect(e.message).toBe('short.xlsx: Plan row 1: the header row lacks the template\'s column(s) "Lead Organisation/Service", "Narrative of Current Provision/Delivery"');
  });

  it('another plan altogether', async () => {
    const file = path.join(defaultSourcesDir(), 'havering-community-safety-partnership-plan-2017-2020.txt');
    const e = await refusal(file, await readFile(file));
    expect(e.message).toMatch(/^havering-community-safety-partnership-plan-2017-2020\.txt: line \d+ to line \d+: not the VRU action plan template: none of its \d+ rows reads as a mandatory action/);
  });

  it('a 50 MB file, before reading it', async () => {
    const e = await refusal('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a'));
    expect(e.message).toBe('huge.txt: the file is 50.0 MB; a VRU template is at most 10.0 MB, so it is not read');
  });
});

describe('npm run import refuses and writes nothing', () => {
  const snapshot = async (root: string) => {
    const files = (await readdir(root, { recursive: true })).sort();
    return Promise.all(files.map(async (f) => `${f} ${(await stat(path.join(root, f))).mtimeMs}`));
  };

  it.each([
    ['a wrong template', 'havering-plan.txt', async () => readFile(path.join(defaultSourcesDir(), 'havering-community-safety-partnership-plan-2017-2020.txt')), /not the VRU action plan template/],
    ['a truncated docx', 'havering-2025.docx', async () => (await templateDocx('Havering 2025', rows)).subarray(0, 4000), /not readable as a Word document/],
  ])('%s', async (_what, name, make, message) => {
    const seedsDir = path.join(dir, `seeds-${name}`);
    await cp('seeds', seedsDir, { recursive: true });
    const file = path.join(dir, name);
    await writeFile(file, await make());
    const before = await snapshot(seedsDir);
    const run = spawnSync('npx', ['tsx', 'server/import/cli.ts', 'vru', file, '--partnership', 'havering/csp', '--year', '2025', '--seeds', seedsDir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`import refused, nothing written: ${name}: `));
    expect(run.stderr).toMatch(message);
    expect(await snapshot(seedsDir)).toEqual(before);
  }, 120_000);
});
