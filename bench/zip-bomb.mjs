// A zip bomb shaped like a workbook: one entry (xl/worksheets/sheet1.xml) of `size` zero bytes,
// deflated as 1 MB blocks that follow each other (built in milliseconds, about 1 KB per MB). The
// central directory declares `declared` bytes unpacked: the true size, or a lie.
import { crc32, deflateRawSync, constants } from 'node:zlib';

const MB = 1024 * 1024;

export function zipBomb(size, declared = size) {
  const blocks = Math.ceil(size / MB);
  const zeros = Buffer.alloc(MB);
  // a sync flush ends each block on a byte boundary without ending the stream: copies can follow
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: blocks }, () => block), Buffer.from([0x03, 0x00])]);
  let crc = 0;
  for (let k = 0; k < blocks; k++) crc = crc32(zeros, crc);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(Math.min(declared, 0xfffffffe), 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(Math.min(declared, 0xfffffffe), 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
