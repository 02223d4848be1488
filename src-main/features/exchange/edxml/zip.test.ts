import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unzipSingleEntry, zipSingleFile } from './zip';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-test-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A hand-made ZIP (stored or deflated entries) to feed the reader things our writer never makes. */
function handZip(entries: { name: string; data: Buffer; deflate?: boolean; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ? zlib.deflateRawSync(e.data) : e.data;
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(e.deflate ? 8 : 0, 8);
    h.writeUInt32LE(zlib.crc32(e.data) >>> 0, 14);
    h.writeUInt32LE(body.length, 18);
    h.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    h.copy(c, 8, 6, 30);
    c.writeUInt32LE(offset, 42);
    locals.push(h, name, body);
    centrals.push(c, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('one-entry ZIP of the edXML zip rule', () => {
  it('round-trips a file and names the entry as asked', async () => {
    const src = path.join(dir, 'a.txt');
    fs.writeFileSync(src, 'Nội dung '.repeat(10_000));
    const zip = path.join(dir, 'a.zip');
    await zipSingleFile(src, zip, 'uuid.txt', new Date());
    const out = path.join(dir, 'out');
    expect(await unzipSingleEntry(zip, out, 1e9, 'Tệp')).toEqual({ name: 'uuid.txt', size: fs.statSync(src).size });
    expect(fs.readFileSync(out)).toEqual(fs.readFileSync(src));
  });

  it('reads stored entries and refuses several files, lies about size (zip bomb) and garbage', async () => {
    const stored = path.join(dir, 's.zip');
    fs.writeFileSync(stored, handZip([{ name: 'x.doc', data: Buffer.from('hello') }]));
    await unzipSingleEntry(stored, path.join(dir, 'o1'), 1e6, 'Tệp');
    expect(fs.readFileSync(path.join(dir, 'o1'), 'utf8')).toBe('hello');

    const two = path.join(dir, 't.zip');
    fs.writeFileSync(
      two,
      handZip([
        { name: 'a', data: Buffer.from('1') },
        { name: 'b', data: Buffer.from('2') },
      ]),
    );
    await expect(unzipSingleEntry(two, path.join(dir, 'o2'), 1e6, 'Tệp')).rejects.toThrow(/chứa 2 tệp/);

    const bomb = path.join(dir, 'b.zip');
    fs.writeFileSync(bomb, handZip([{ name: 'a.txt', data: Buffer.alloc(5_000_000), deflate: true, declaredSize: 10 }]));
    await expect(unzipSingleEntry(bomb, path.join(dir, 'o3'), 1_000_000, 'Tệp')).rejects.toThrow(/lớn hơn/);
    expect(fs.existsSync(path.join(dir, 'o3'))).toBe(false);

    const junk = path.join(dir, 'j.zip');
    fs.writeFileSync(junk, 'không phải zip');
    await expect(unzipSingleEntry(junk, path.join(dir, 'o4'), 1e6, 'Tệp')).rejects.toThrow(/không phải tệp ZIP hợp lệ/);
  });
});
