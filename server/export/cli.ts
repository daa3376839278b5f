// npm run export -- <format> [--partnership <id>]... [--as-at <date>] [--out <file or folder>]
//
// Writes an export of the configured store (NEO4J_URI or GOVGRAPH_DB, see store/open.ts). The
// formats are listed in formats.ts (add one there); `npm run export -- --help` names them. With no
// --partnership, every partnership (the national set); with no --as-at, the whole record. One file
// goes to stdout unless --out names a file or an existing folder; a format that writes several
// files needs --out to be a folder.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { GraphStore } from '../store/contract.js';
import { describeStore, openStore } from '../store/open.js';
import { FORMATS, findFormat, type ExportFile } from './formats.js';

const usage = (): string =>
  [
    'usage: npm run export -- <format> [--partnership <id>]... [--as-at <yyyy|yyyy-mm|yyyy-mm-dd>] [--out <file or folder>]',
    'formats:',
    ...FORMATS.map((f) => `  ${f.name.padEnd(14)} ${f.summary}`),
  ].join('\n');

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliArgs {
  format: string;
  partnershipIds: string[];
  asAt?: string;
  out?: string;
}

export function parseCliArgs(argv: readonly string[]): CliArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        partnership: { type: 'string', short: 'p', multiple: true },
        'as-at': { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (parsed.values.help) return 'help';
  const [format, ...rest] = parsed.positionals;
  if (!format) throw new UsageError('name a format');
  if (rest.length) throw new UsageError(`unexpected argument(s): ${rest.join(' ')}`);
  const known = findFormat(format);
  if (!known) throw new UsageError(`unknown format "${format}" (one of: ${FORMATS.map((f) => f.name).join(', ')})`);
  // refused before the (long) export runs, not after
  if (known.folder && parsed.values.out === undefined) throw new UsageError(`${format} writes a folder of files: give --out <folder>`);
  return { format, partnershipIds: parsed.values.partnership ?? [], asAt: parsed.values['as-at'], out: parsed.values.out };
}

const isFolder = async (p: string): Promise<boolean> => (await stat(p).catch(() => null))?.isDirectory() ?? false;

/** Writes the files where --out says; returns the paths written ("-" for stdout). */
export async function writeFiles(files: readonly ExportFile[], out: string | undefined): Promise<string[]> {
  if (out === undefined) {
    if (files.length !== 1) throw new UsageError(`this format writes ${files.length} files: give --out <folder>`);
    process.stdout.write(files[0]!.body);
    return ['-'];
  }
  const folder = files.length > 1 || (await isFolder(out));
  if (folder) await mkdir(out, { recursive: true });
  const paths = files.map((f) => (folder ? path.join(out, f.name) : out));
  // a format may lay its files out in sub-folders (seeds: plans/, reference/, sources/)
  await Promise.all(paths.map((p) => mkdir(path.dirname(p), { recursive: true })));
  await Promise.all(files.map((f, i) => writeFile(paths[i]!, f.body)));
  return paths;
}

export async function runExport(store: GraphStore, args: CliArgs): Promise<ExportFile[]> {
  return findFormat(args.format)!.produce(store, { partnershipIds: args.partnershipIds, asAt: args.asAt });
}

async function main(argv: readonly string[]): Promise<number> {
  // a reader that stops early (| head) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    console.error(`export: ${(e as Error).message}\n${usage()}`);
    return 2;
  }
  if (args === 'help') {
    console.log(usage());
    return 0;
  }
  let store: GraphStore;
  try {
    store = await openStore();
  } catch (e) {
    console.error(`export: ${(e as Error).message}`);
    return 1;
  }
  try {
    const started = performance.now();
    const written = await writeFiles(await runExport(store, args), args.out);
    if (!written.includes('-')) console.error(`export: ${args.format} from ${describeStore()} to ${written.join(', ')} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return 0;
  } catch (e) {
    console.error(`export: ${(e as Error).message}`);
    return e instanceof UsageError ? 2 : 1;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
