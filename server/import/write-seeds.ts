// Writes an import into the seeds folder: the plan's seed file and its document's text, both
// written whole or not at all, and the end dates of the partnership's imported years set so that
// each year's answers hold until the next year's begin.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { collapse } from '../seeds/quotes.js';
import { seedFileSchema, type SeedFile } from '../seeds/schema.js';
import { ImportError } from './errors.js';
import type { ImportResult } from './result.js';
import { buildSeedFile, dumpSeed, IMPORTED_SOURCES_DIR, planIds, seedYaml, withEnd } from './seed-file.js';

export interface Written {
  seedFile: string;
  textFile: string;
  /** whether the seed file's contents changed (false: the same import again) */
  changed: boolean;
  /** earlier or later imported years whose end date was set */
  redated: string[];
}

/** Every quote must be in the kept text before anything is written: seeds:check would refuse it after. */
export function checkBeforeWriting(r: ImportResult, file: SeedFile): void {
  const text = collapse(r.text);
  for (const e of [...(file.nodes ?? []), ...(file.relationships ?? [])]) {
    for (const ev of e.evidence) {
      if (!text.includes(collapse(ev.quote))) throw new ImportError(r.file, ev.locator, `quote not found verbatim in the document's text: "${ev.quote.slice(0, 60)}"`);
    }
  }
  const parsed = seedFileSchema.safeParse(file);
  if (!parsed.success) throw new ImportError(r.file, '', `the seed file would not be valid: ${parsed.error.issues[0]?.message}`);
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/** The partnership's imported years in the plans folder, oldest first. */
async function importedYears(plansDir: string, prefix: string): Promise<string[]> {
  if (!existsSync(plansDir)) return [];
  const re = new RegExp(`^${prefix}-vru-(\\d{4})\\.yaml$`);
  return (await readdir(plansDir))
    .map((f) => re.exec(f)?.[1])
    .filter((y): y is string => !!y)
    .sort();
}

const endOf = (next: string | undefined) => (next ? String(Number(next) - 1) : undefined);

export async function writeImport(r: ImportResult, seedsDir: string, names: Map<string, string>): Promise<Written> {
  const ids = planIds(r.partnership.id, r.year);
  const plansDir = path.join(seedsDir, 'plans');
  const prefix = r.partnership.id.split('/')[0]!;
  const years = [...new Set([...(await importedYears(plansDir, prefix)), r.year])].sort();
  const next = years[years.indexOf(r.year) + 1];
  const file = buildSeedFile(r, { validTo: endOf(next), names });
  checkBeforeWriting(r, file);

  const seedFile = path.join(plansDir, `${ids.name}.yaml`);
  const textFile = path.join(seedsDir, IMPORTED_SOURCES_DIR, `${ids.name}.txt`);
  const yaml = seedYaml(r, file);
  const before = existsSync(seedFile) ? await readFile(seedFile, 'utf8') : null;
  await mkdir(path.dirname(textFile), { recursive: true });
  await mkdir(plansDir, { recursive: true });
  await writeAtomic(textFile, r.text);
  if (before !== yaml) await writeAtomic(seedFile, yaml);

  const redated: string[] = [];
  for (const [i, y] of years.entries()) {
    if (y === r.year) continue;
    const other = path.join(plansDir, `${prefix}-vru-${y}.yaml`);
    const text = await readFile(other, 'utf8');
    const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) as SeedFile;
    const head = text.split('\n').filter((l) => l.startsWith('#'));
    const redone = `${head.join('\n')}\n${dumpSeed(withEnd(data, endOf(years[i + 1])))}`;
    if (redone === text) continue;
    await writeAtomic(other, redone);
    redated.push(path.relative(process.cwd(), other));
  }
  return { seedFile, textFile, changed: before !== yaml, redated };
}
