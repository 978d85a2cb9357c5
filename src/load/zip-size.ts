// How many bytes a zip (an xlsx workbook) unpacks to, found before any parser sees it, so a zip
// bomb is refused in bounded memory. Two checks: the sizes the central directory declares (free),
// then each entry inflated with a cap on its output (the declared sizes may lie; the cap does not).
import { inflateRawSync } from 'node:zlib';

export type ZipSize = { ok: true; unpacked: number } | { ok: false; reason: 'too-large'; size: number } | { ok: false; reason: 'not-a-zip' };

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

interface Entry {
  method: number;
  compressed: number;
  unpacked: number;
  offset: number;
}

/** The bytes `zip` unpacks to, or `too-large` as soon as it exceeds `limit`. */
export function zipSize(zip: Uint8Array, limit: number): ZipSize {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = centralDirectory(buf);
  if (!entries) return { ok: false, reason: 'not-a-zip' };
  const declared = entries.reduce((n, e) => n + e.unpacked, 0);
  if (declared > limit) return { ok: false, reason: 'too-large', size: declared };
  let total = 0;
  for (const e of entries) {
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) return { ok: false, reason: 'not-a-zip' };
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    const data = buf.subarray(start, start + e.compressed);
    if (e.method === 0) total += data.length;
    else if (e.method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'too-large', size: limit + 1 };
        // a damaged entry: the workbook parser says what is wrong with it
        continue;
      }
    }
    if (total > limit) return { ok: false, reason: 'too-large', size: total };
  }
  return { ok: true, unpacked: total };
}

function centralDirectory(buf: Buffer): Entry[] | null {
  // the end record is in the last 65,557 bytes (22 bytes and a comment of at most 65,535)
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let count = buf.readUInt16LE(end + 10);
  let offset = buf.readUInt32LE(end + 16);
  if ((count === 0xffff || offset === MAX32) && end >= 20 && buf.readUInt32LE(end - 20) === EOCD64_LOCATOR) {
    const at = Number(buf.readBigUInt64LE(end - 20 + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) return null;
    count = Number(buf.readBigUInt64LE(at + 32));
    offset = Number(buf.readBigUInt64LE(at + 48));
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const e: Entry = {
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      unpacked: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
    };
    // zip64: the 32-bit fields that are all ones are in the extra field, in this order
    if (e.unpacked === MAX32 || e.compressed === MAX32 || e.offset === MAX32) {
      let x = p + 46 + nameLen;
      const xEnd = x + extraLen;
      while (x + 4 <= xEnd && x + 4 <= buf.length) {
        const id = buf.readUInt16LE(x);
        const size = buf.readUInt16LE(x + 2);
        if (id === 0x0001) {
          let q = x + 4;
          const next = () => {
            const v = q + 8 <= x + 4 + size ? Number(buf.readBigUInt64LE(q)) : MAX32;
            q += 8;
            return v;
          };
          if (e.unpacked === MAX32) e.unpacked = next();
          if (e.compressed === MAX32) e.compressed = next();
          if (e.offset === MAX32) e.offset = next();
          break;
        }
        x += 4 + size;
      }
    }
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
