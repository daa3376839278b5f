// A set of synthetic filled-in templates with their known answers, for the import tests and the
// import benchmark: the four formats in turn, for the real seeds' partnerships, year after year.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRng } from '../prng.js';
import { expectedAnswers, templateRequirements, templateRows, type ExpectedAnswer } from './answers.js';
import { TEMPLATE_FORMATS, writeTemplate } from './write.js';

export const TEMPLATE_PARTNERSHIPS = ['havering/csp', 'wandsworth/csp', 'rbkc/skcp', 'richmond/csp'];
export const FIRST_YEAR = 2025;

export interface SynthTemplate {
  file: string;
  partnershipId: string;
  year: string;
  answers: ExpectedAnswer[];
}

export interface TemplateManifest {
  seed: number;
  templates: SynthTemplate[];
}

export const TEMPLATE_MANIFEST = 'templates.json';

/** Template i: format i mod 4, partnership i mod 4 shifted by the round, a year per round. */
export async function writeSynthTemplates(outDir: string, count: number, seed: number): Promise<TemplateManifest> {
  const requirements = templateRequirements();
  await mkdir(outDir, { recursive: true });
  const templates: SynthTemplate[] = [];
  for (let i = 0; i < count; i++) {
    const rng = createRng(seed).fork(`template-${i}`);
    const format = TEMPLATE_FORMATS[i % TEMPLATE_FORMATS.length]!;
    const round = Math.floor(i / TEMPLATE_PARTNERSHIPS.length);
    const partnershipId = TEMPLATE_PARTNERSHIPS[(i + round) % TEMPLATE_PARTNERSHIPS.length]!;
    const borough = partnershipId.split('/')[0]!;
    const year = String(FIRST_YEAR + round);
    const rows = templateRows(rng, requirements);
    const file = `${borough}-vru-${year}.${format}`;
    await writeFile(path.join(outDir, file), await writeTemplate(format, `${borough} Violence and Vulnerability Reduction Action Plan ${year}`, rows));
    templates.push({ file, partnershipId, year, answers: expectedAnswers(rows, borough) });
  }
  const manifest = { seed, templates };
  await writeFile(path.join(outDir, TEMPLATE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
