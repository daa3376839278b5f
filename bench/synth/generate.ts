// The whole synthetic national set, in memory: national and regional files, the VRU framework,
// and one file per partnership, each with the source documents its evidence quotes. Pure and
// deterministic: the same options give the same files.
import { frameworkFile } from './framework.js';
import { nationalFile } from './national.js';
import { buildPartnership } from './partnership.js';
import { placeNames } from './pools.js';
import { createRng } from './prng.js';
import { buildRegions } from './regions.js';
import type { SourceDoc, SynthFile } from './text.js';

export interface SynthOptions {
  partnerships: number;
  seed: number;
}

export interface SynthSet {
  options: SynthOptions;
  files: SynthFile[];
  sources: { file: string; text: string }[];
  /** the Partnership node ids, in generation order */
  partnershipIds: string[];
}

export const MAX_PARTNERSHIPS = 4800;

export function generateNational(options: SynthOptions): SynthSet {
  const { partnerships, seed } = options;
  if (!Number.isInteger(partnerships) || partnerships < 1 || partnerships > MAX_PARTNERSHIPS)
    throw new RangeError(`partnerships must be a whole number from 1 to ${MAX_PARTNERSHIPS}, not ${partnerships}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);

  const rng = createRng(seed);
  const places = placeNames(partnerships, rng.fork('places').shuffle);
  const regions = buildRegions(places, rng.fork('regions'));
  const parts = places.map((place, i) => buildPartnership(place, regions.services[i]!, rng.fork(`partnership:${place}`)));

  const made: { file: SynthFile; docs: SourceDoc[] }[] = [nationalFile(), frameworkFile(), ...regions.files].map(({ file, doc }) => ({ file, docs: [doc] }));
  made.push(...parts);
  return {
    options,
    files: made.map((m) => m.file),
    sources: made.flatMap((m) => m.docs).map((d) => ({ file: d.file, text: d.text() })),
    partnershipIds: parts.map((p) => p.id),
  };
}
