// A zip archive written by hand, for uploads that claim to be a .docx or .xlsx: one part of
// `inflatesTo` bytes of spaces, deflated (64 MB become some 64 KB), and a content-types part so it
// looks like an Office file. The CRCs are left 0: the readers under test do not check them.
import { deflateRawSync } from 'node:zlib';

function entry(name: string, body: Buffer, inflated: number, offset: number): { local: Buffer; central: Buffer } {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflated
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(inflated, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(inflated, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(offset, 42);
  return { local: Buffer.concat([local, n, body]), central: Buffer.concat([central, n]) };
}

/** An archive whose `part` inflates to `inflatesTo` bytes; `declared` is the size its headers claim (a lying archive claims little). */
export function zipBomb(part: string, inflatesTo: number, declared = inflatesTo): Buffer {
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const parts: [string, Buffer, number][] = [
    ['[Content_Types].xml', deflateRawSync(types), types.length],
    [part, deflateRawSync(Buffer.alloc(inflatesTo, 0x20)), declared],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, body, size] of parts) {
    const e = entry(name, body, size, offset);
    locals.push(e.local);
    centrals.push(e.central);
    offset += e.local.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
