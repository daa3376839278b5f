// A .docx or .xlsx is a zip archive, and its readers (mammoth, exceljs: JSZip underneath) inflate
// each part whole into memory before looking at it. A zip bomb sent as one (1 MB of deflated
// spaces that inflate to 1 GB) took the server to 2.3-3.4 GB for 7-17 s per anonymous upload (the
// abusive-client hunt), and the sizes an archive declares may lie. So the parts are inflated here
// first, with node's zlib capped at what is left of the budget: the bytes counted are those an
// archive really holds. A filled-in template holds about 100 KB; the budget is far above any real
// one (images included: they are stored, not shrunk, and the upload is at most 10 MB).
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './errors.js';

export const MAX_UNZIPPED_BYTES = 32 * 1024 * 1024;
/**
 * Of which XML (the parts its reader parses into objects, where images are only kept): a sheet of
 * 32 MB of small cells, 2.2 MB zipped, took one request 6.5 s and 760 MB; a template's XML is some
 * 100 KB.
 */
export const MAX_UNZIPPED_XML_BYTES = 8 * 1024 * 1024;
/** a template has a few dozen parts */
export const MAX_ZIP_ENTRIES = 1000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Where the end-of-central-directory record starts: in the last 64 KiB + 22 bytes (it may carry a comment), or -1. */
function endRecord(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) if (data.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * Throws an ImportError naming the file when the archive holds more than MAX_ZIP_ENTRIES parts or
 * inflates past MAX_UNZIPPED_BYTES. An archive this cannot walk (truncated, not a zip) is left to
 * its reader, which says what is wrong with it.
 */
export function checkZipBounds(file: string, data: Buffer): void {
  const end = endRecord(data);
  if (end < 0) return;
  const entries = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  if (entries > MAX_ZIP_ENTRIES) throw new ImportError(file, '', `the archive holds ${entries} parts; a template holds a few dozen (at most ${MAX_ZIP_ENTRIES} are read)`);
  let budget = MAX_UNZIPPED_BYTES;
  let xmlBudget = MAX_UNZIPPED_XML_BYTES;
  const tooBig = () => new ImportError(file, '', `the archive inflates to more than ${mb(MAX_UNZIPPED_BYTES)}; a template is far smaller, so it is not read`);
  const tooMuchXml = () => new ImportError(file, '', `its XML parts inflate to more than ${mb(MAX_UNZIPPED_XML_BYTES)}; a template's are far smaller, so it is not read`);
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return;
    const method = data.readUInt16LE(at + 10);
    const xml = /\.(xml|rels)$/i.test(data.toString('latin1', at + 46, at + 46 + data.readUInt16LE(at + 28)));
    const compressed = data.readUInt32LE(at + 20);
    const local = data.readUInt32LE(at + 42);
    const next = at + 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) return;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    // ZIP64 sizes (0xffffffff) run past the file: the slice ends at its end
    const part = data.subarray(start, Math.min(data.length, start + compressed));
    // the most this part may inflate to: what is left of the whole budget, and of XML's for XML
    const room = xml ? Math.min(budget, xmlBudget) : budget;
    let size = 0;
    if (method === STORED) size = part.length;
    else if (method === DEFLATED) {
      try {
        size = inflateRawSync(part, { maxOutputLength: room + 1 }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) size = room + 1;
        else return; // a broken stream is the reader's to report
      }
    }
    budget -= size;
    if (xml) xmlBudget -= size;
    if (xmlBudget < 0) throw tooMuchXml();
    if (budget < 0) throw tooBig();
    at = next;
  }
}
