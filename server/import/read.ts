// Reads a filled-in template in any form a borough sends, refusing what it cannot read with the
// file named. The format is the file name's extension: the contents of each are too different to guess.
import path from 'node:path';
import { ImportError } from './errors.js';
import { readDocx } from './read-docx.js';
import { readCsv, readXlsx } from './read-sheet.js';
import { readText } from './read-text.js';
import type { ReadDocument } from './table.js';
import { checkTextShape } from './text-bounds.js';
import { checkZipBounds } from './zip-bounds.js';

/** A filled-in template is a few hundred KB; anything far larger is not one, and would only cost memory. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const IMPORT_EXTENSIONS = ['.docx', '.xlsx', '.csv', '.txt'] as const;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function checkSize(file: string, bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(file, '', `the file is ${mb(bytes)}; a VRU template is at most ${mb(MAX_IMPORT_BYTES)}, so it is not read`);
  }
  if (bytes === 0) throw new ImportError(file, '', 'the file is empty');
}

export async function readTemplateFile(file: string, data: Buffer): Promise<ReadDocument> {
  checkSize(file, data.length);
  const ext = path.extname(file).toLowerCase();
  const name = path.basename(file);
  try {
    switch (ext) {
      case '.docx':
        checkZipBounds(name, data);
        return await readDocx(name, data);
      case '.xlsx':
        checkZipBounds(name, data);
        return await readXlsx(name, data);
      case '.csv':
        checkTextShape(name, data, true);
        return await readCsv(name, data);
      case '.txt': {
        if (data.includes(0)) throw new ImportError(name, '', 'the file holds binary data, not text');
        checkTextShape(name, data, false);
        return readText(name, data.toString('utf8'));
      }
      default:
        throw new ImportError(name, '', `cannot read "${ext || 'no extension'}" files; send ${IMPORT_EXTENSIONS.join(', ')}`);
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const what = { '.docx': 'a Word document', '.xlsx': 'an Excel workbook', '.csv': 'a CSV file' }[ext] ?? 'the file';
    throw new ImportError(name, '', `not readable as ${what} (it may be truncated or another format): ${(e as Error).message}`);
  }
}
