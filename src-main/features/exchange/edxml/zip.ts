/**
 * The one-entry ZIP of the edXML zip rule (edxml.md §B.4), written and read by streaming so a
 * large attachment is never held in memory. Only what the rule needs: one entry, stored or
 * deflated, no ZIP64 (our attachments are far below 4 GB), no encryption.
 */
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { toVnIso } from '../../../../src-shared/domain';
import { EDXML_LIMITS, edxmlError, mb } from './edxml-limits';

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;

/** ZIP stores local wall-clock time; ours is Vietnam time whatever the machine's zone. */
function dosDateTime(d: Date): { time: number; date: number } {
  const [y, mo, da, h, mi, se] = toVnIso(d)
    .split(/[-T:+]/)
    .map(Number) as [number, number, number, number, number, number];
  return {
    time: (h << 11) | (mi << 5) | Math.floor(se / 2),
    date: ((Math.max(1980, y) - 1980) << 9) | (mo << 5) | da,
  };
}

/** Writes `dest` as a ZIP holding `src` under `entryName` (deflated); returns the ZIP's size. */
export async function zipSingleFile(src: string, dest: string, entryName: string, now: Date): Promise<number> {
  const name = Buffer.from(entryName, 'utf8');
  const headerLen = 30 + name.length;
  await fs.promises.writeFile(dest, Buffer.alloc(headerLen));
  let crc = 0;
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      crc = zlib.crc32(chunk, crc);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  let compressed = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      compressed += chunk.length;
      cb(null, chunk);
    },
  });
  await pipeline(
    fs.createReadStream(src),
    measure,
    zlib.createDeflateRaw(),
    count,
    fs.createWriteStream(dest, { flags: 'r+', start: headerLen }),
  );
  if (size >= 0xffffffff || compressed >= 0xffffffff) throw edxmlError('edxml.zipTooLarge', 'zip-too-large');
  const { time, date } = dosDateTime(now);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LOCAL_SIG, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // names are UTF-8
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(compressed, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(CENTRAL_SIG, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  local.copy(central, 8, 6, 30); // flags, method, time, date, crc, sizes, name length, extra length
  // comment length, disk, attributes, offset 0: already zero
  const cdOffset = headerLen + compressed;
  const cdSize = 46 + name.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIG, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(cdOffset, 16);
  const fh = await fs.promises.open(dest, 'r+');
  try {
    await fh.write(Buffer.concat([local, name]), 0, headerLen, 0);
    await fh.write(Buffer.concat([central, name, end]), 0, cdSize + 22, cdOffset);
    await fh.sync();
  } finally {
    await fh.close();
  }
  return cdOffset + cdSize + 22;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  localOffset: number;
}

/** A damaged ZIP; `flaw` is a code of the `zipFlaw` words. */
const damaged = (name: string, flaw: 'directory' | 'localHeader' | 'truncated' | 'data' | 'crc') =>
  edxmlError('edxml.zipDamaged', 'bad-zip', { name, flaw });

async function readEntries(fh: fs.promises.FileHandle, fileSize: number, attachment: string): Promise<Entry[]> {
  const tailLen = Math.min(fileSize, 22 + 65535);
  const tail = Buffer.alloc(tailLen);
  await fh.read(tail, 0, tailLen, fileSize - tailLen);
  let eocd = -1;
  for (let i = tailLen - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw edxmlError('edxml.zipInvalid', 'bad-zip', { name: attachment });
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) throw edxmlError('edxml.zip64', 'bad-zip', { name: attachment });
  if (cdOffset + cdSize > fileSize || cdSize > 16 * 1024 * 1024) throw damaged(attachment, 'directory');
  const cd = Buffer.alloc(cdSize);
  await fh.read(cd, 0, cdSize, cdOffset);
  const entries: Entry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG) throw damaged(attachment, 'directory');
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    entries.push({
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc: cd.readUInt32LE(p + 16),
      compressed: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Unpacks the single file entry of a ZIP to `dest` (the receiver side of the zip rule). Refuses
 * encrypted or ZIP64 archives, archives with several files, an entry larger than `maxBytes`
 * (zip bomb) and a CRC mismatch. Returns the entry name and size.
 */
export async function unzipSingleEntry(
  src: string,
  dest: string,
  maxBytes: number,
  attachment: string,
): Promise<{ name: string; size: number }> {
  const fh = await fs.promises.open(src, 'r');
  let entry: Entry;
  let dataStart: number;
  try {
    const { size: fileSize } = await fh.stat();
    const files = (await readEntries(fh, fileSize, attachment)).filter((e) => !e.name.endsWith('/'));
    if (files.length !== 1) {
      throw edxmlError('edxml.zipManyFiles', 'bad-zip', { name: attachment, count: files.length });
    }
    entry = files[0]!;
    if (entry.flags & 1) throw edxmlError('edxml.zipPassword', 'bad-zip', { name: attachment });
    if (entry.method !== 0 && entry.method !== 8)
      throw edxmlError('edxml.zipMethod', 'bad-zip', { name: attachment, method: entry.method });
    if (entry.size > maxBytes)
      throw edxmlError('edxml.unzippedTooLarge', 'attachment-too-large', { name: attachment, limit: mb(maxBytes) });
    if (entry.size > 10 * 1024 * 1024 && entry.size > EDXML_LIMITS.maxZipRatio * Math.max(1, entry.compressed)) {
      throw edxmlError('edxml.zipBomb', 'zip-bomb', {
        name: attachment,
        compressed: mb(entry.compressed),
        size: mb(entry.size),
        ratio: Math.round(entry.size / Math.max(1, entry.compressed)),
        maxRatio: EDXML_LIMITS.maxZipRatio,
      });
    }
    const local = Buffer.alloc(30);
    await fh.read(local, 0, 30, entry.localOffset);
    if (local.readUInt32LE(0) !== LOCAL_SIG) throw damaged(attachment, 'localHeader');
    dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataStart + entry.compressed > fileSize) throw damaged(attachment, 'truncated');
  } finally {
    await fh.close();
  }
  let crc = 0;
  let size = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      size += chunk.length;
      if (size > maxBytes || size > entry.size) {
        cb(edxmlError('edxml.unzipOverflow', 'attachment-too-large', { name: attachment, limit: mb(maxBytes) }));
        return;
      }
      crc = zlib.crc32(chunk, crc);
      cb(null, chunk);
    },
  });
  const source = entry.compressed === 0 ? [] : fs.createReadStream(src, { start: dataStart, end: dataStart + entry.compressed - 1 });
  try {
    if (entry.method === 8) await pipeline(source, zlib.createInflateRaw(), guard, fs.createWriteStream(dest));
    else await pipeline(source, guard, fs.createWriteStream(dest));
  } catch (err) {
    await fs.promises.rm(dest, { force: true });
    if ((err as { code?: string }).code?.startsWith('Z_')) throw damaged(attachment, 'data');
    throw err;
  }
  if (size !== entry.size || crc >>> 0 !== entry.crc >>> 0) {
    await fs.promises.rm(dest, { force: true });
    throw damaged(attachment, 'crc');
  }
  return { name: entry.name, size };
}
