// npm run import -- vru <file> --partnership <id> [--year YYYY] [--dry-run] [--seeds dir]
// Reads a filled-in VRU template, prints the report, and writes seeds/plans/<borough>-vru-<year>.yaml
// with the document's text in seeds/sources/. Exit 1, writing nothing, on a file it cannot import.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from './errors.js';
import { seedsForImport } from './known.js';
import { mapTemplate, yearOf } from './map-template.js';
import { checkSize, readTemplateFile } from './read.js';
import { formatReport } from './report.js';
import { planIds } from './seed-file.js';
import { writeImport } from './write-seeds.js';

const USAGE = 'usage: npm run import -- vru <file> --partnership <id> [--year YYYY] [--dry-run] [--seeds dir]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      partnership: { type: 'string' },
      year: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      seeds: { type: 'string', default: 'seeds' },
    },
  });
  const [what, file] = positionals;
  if (what !== 'vru' || !file || !values.partnership) {
    console.error(USAGE);
    return 2;
  }
  const size = await stat(file).catch(() => null);
  if (!size?.isFile()) throw new ImportError(file, '', 'no such file');
  checkSize(file, size.size);
  const doc = await readTemplateFile(file, await readFile(file));

  const year = yearOf(doc, values.year);
  const { seeds, known, names } = await seedsForImport(file, values.seeds, values.partnership, year);
  const result = mapTemplate(doc, known, { partnershipId: values.partnership, year });
  console.log(formatReport(result));

  if (values['dry-run']) {
    console.log('dry run: nothing written');
    return 0;
  }
  // a curated plan that already answers the framework for this year would be answered twice
  const target = new RegExp(`(^|/)plans/${planIds(result.partnership.id, result.year).name}\\.yaml$`);
  const requirementIds = new Set(result.answers.map((a) => a.requirementId));
  const curated = seeds.origins.rels.filter(
    (r) =>
      r.item.type === 'RESPONDS_TO' &&
      requirementIds.has(r.item.to) &&
      !target.test(r.file) &&
      r.item.validFrom?.slice(0, 4) === result.year &&
      seeds.batch.nodes.find((n) => n.id === r.item.from)?.partnership === result.partnership.id,
  );
  if (curated.length > 0) {
    throw new ImportError(
      file,
      '',
      `${curated[0]!.file} already answers ${new Set(curated.map((r) => r.item.to)).size} mandatory actions for ${result.partnership.id} in ${result.year}; importing would answer them twice (use --dry-run to compare)`,
    );
  }
  const written = await writeImport(result, values.seeds, names);
  const rel = (p: string) => path.relative(process.cwd(), p);
  console.log(written.changed ? `wrote ${rel(written.seedFile)} and ${rel(written.textFile)}` : `${rel(written.seedFile)} is unchanged`);
  for (const f of written.redated) console.log(`set the end date of ${f}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    if (e instanceof ImportError) {
      console.error(`import refused, nothing written: ${e.message}`);
      process.exitCode = 1;
    } else throw e;
  },
);
