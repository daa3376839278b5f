// The export formats, by the name the CLI (`npm run export -- <format>`) and the HTTP routes
// (/export/<format>) take. To add a format, write a module exporting an ExportFormat and list it here.
import type { GraphStore } from '../store/contract.js';
import type { ExportRequest } from './scope.js';
import { findingsCsvFormat, vruCsvFormat } from './csv.js';
import { cypherFormat } from './cypher-script.js';
import { graphmlFormat } from './graphml.js';
import { popoloFormat } from './popolo.js';
import { seedsFormat } from './seeds.js';
import { xlsxFormat } from './xlsx.js';

export interface ExportFile {
  /** file name, no folder */
  name: string;
  contentType: string;
  body: string | Uint8Array;
}

export interface ExportFormat {
  /** the CLI and URL name, e.g. "graphml" */
  name: string;
  /** one line for --help */
  summary: string;
  /**
   * Writes a folder of files: the CLI wants --out to be a folder, and GET /export/<format> refuses it
   * before producing anything (seeds, the whole graph, takes about a minute on 300 partnerships).
   */
  folder?: boolean;
  /** every format writes one file unless it says `folder` */
  produce(store: GraphStore, req: ExportRequest): Promise<ExportFile[]>;
}

export const FORMATS: readonly ExportFormat[] = [vruCsvFormat, findingsCsvFormat, xlsxFormat, popoloFormat, graphmlFormat, cypherFormat, seedsFormat];

export function findFormat(name: string): ExportFormat | undefined {
  return FORMATS.find((f) => f.name === name);
}

/** A file name that says what the export holds: govgraph-<partnership or "national">-<date>.<ext>. */
export function exportFileName(partnershipIds: readonly string[], asAt: string | undefined, ext: string): string {
  const who = partnershipIds.length === 0 ? 'national' : partnershipIds.length === 1 ? partnershipIds[0]!.replace(/\/.*$/, '') : `${partnershipIds.length}-partnerships`;
  return `govgraph-${who}-${asAt ?? 'all-dates'}.${ext}`;
}
